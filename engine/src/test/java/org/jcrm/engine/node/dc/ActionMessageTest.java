package org.jcrm.engine.node.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OpStatus;
import org.jcrm.engine.node.ChannelMux;
import org.jcrm.engine.node.GroupChannel;
import org.jcrm.engine.store.replicated.InMemoryGroup;
import org.junit.jupiter.api.Test;

/** The controller's wire format, and the channel lanes it travels on. */
class ActionMessageTest {
    private static final ExecutorAction ACTION = new ExecutorAction("d1", new AgentRef("ocf", "jcrm", "Dummy"), "monitor",
            Duration.ofSeconds(10), Duration.ofSeconds(20), Map.of("state", "/tmp/x"), Map.of("operation", "monitor"));

    @Test
    void messagesSurviveTheWire() {
        ActionResult r = new ActionResult(7, OpStatus.DONE, "gone", "x".repeat(10_000), Duration.ofMillis(42));
        ActionMessage.Run run = new ActionMessage.Run("3:12", ACTION);
        assertEquals(run, ActionMessage.decode(ActionMessage.encode(run)));
        ActionMessage.Monitor m = (ActionMessage.Monitor) ActionMessage.decode(ActionMessage.encode(new ActionMessage.Monitor("n2", ACTION, r)));
        assertEquals(ACTION, m.action());
        assertEquals(ActionMessage.OUTPUT_LIMIT, m.result().output().length());
        assertEquals(42, m.result().execTime().toMillis());
        ActionMessage.Done d = new ActionMessage.Done("3:12", "n1",
                new ActionResult(0, OpStatus.TIMEOUT, "", "", Duration.ZERO));
        assertEquals(d, ActionMessage.decode(ActionMessage.encode(d)));
        assertThrows(IllegalArgumentException.class, () -> ActionMessage.decode(new byte[] {9}));
    }

    @Test
    void lanesOnlyHearTheirOwnMessages() {
        InMemoryGroup group = new InMemoryGroup();
        InMemoryGroup.Member a = group.member("a");
        InMemoryGroup.Member b = group.member("b");
        group.join(a);
        group.join(b);
        ChannelMux muxA = new ChannelMux(a);
        ChannelMux muxB = new ChannelMux(b);
        GroupChannel a0 = muxA.lane(0);
        GroupChannel a1 = muxA.lane(1);
        StringBuilder heard = new StringBuilder();
        muxB.lane(0).onMessage((from, p) -> heard.append("0:").append(from).append(':').append(new String(p)).append(' '));
        muxB.lane(1).onMessage((from, p) -> heard.append("1:").append(from).append(':').append(new String(p)).append(' '));
        a0.broadcast("x".getBytes());
        a1.send("b", "y".getBytes());
        assertEquals("0:a:x 1:a:y ", heard.toString());
        assertThrows(IllegalArgumentException.class, () -> muxA.lane(256));
    }
}
