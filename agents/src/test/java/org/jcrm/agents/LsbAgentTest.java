package org.jcrm.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.agents.lsb.LsbAgentClass;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An LSB init script written for the test, run through the LSB class. */
class LsbAgentTest {
    @TempDir
    Path tmp;

    /** A well-behaved init script whose "service" is a flag file; STATUS_DEAD makes status say 1. */
    static String goodScript(Path flag) {
        return "#!/bin/sh\n"
                + "### BEGIN INIT INFO\n"
                + "# Provides:          demo\n"
                + "# Short-Description: Demo service\n"
                + "# Description:       A demo service for tests\n"
                + "#                    on two lines.\n"
                + "### END INIT INFO\n"
                + "F=" + flag + "\n"
                + "case \"$1\" in\n"
                + "  start) touch $F; echo Starting demo; exit 0 ;;\n"
                + "  stop) rm -f $F; exit 0 ;;\n"
                + "  status) [ -f $F.dead ] && exit 1; [ -f $F ] && { echo running; exit 0; }; echo stopped; exit 3 ;;\n"
                + "  *) echo \"usage: $0 start|stop|status\"; exit 2 ;;\n"
                + "esac\n";
    }

    @Test
    void statusCodesMapToOcf() throws Exception {
        Path flag = tmp.resolve("demo.flag");
        TestAgents.script(tmp.resolve("init.d/demo"), goodScript(flag));
        LsbAgentClass lsb = new LsbAgentClass(tmp.resolve("init.d"), new ProcessRunner());
        List<Integer> rcs = new ArrayList<>();
        for (String action : List.of("monitor", "start", "monitor", "stop", "monitor", "reload")) {
            rcs.add(lsb.execute(ExecutorAction.of("demo", new AgentRef("lsb", null, "demo"), action,
                    Duration.ofSeconds(10), Map.of())).rc());
        }
        assertEquals(List.of(7, 0, 0, 0, 7, 2), rcs);
        java.nio.file.Files.createFile(Path.of(flag + ".dead"));
        assertEquals(1, lsb.execute(ExecutorAction.of("demo", new AgentRef("lsb", null, "demo"), "monitor",
                Duration.ofSeconds(10), Map.of())).rc());
    }

    @Test
    void metadataComesFromTheInitInfoBlock() throws Exception {
        TestAgents.script(tmp.resolve("init.d/demo"), goodScript(tmp.resolve("f")));
        AgentRegistry reg = AgentRegistry.standard(TestAgents.paths(null, tmp.resolve("init.d")));
        var md = reg.metadata(AgentRef.parse("lsb:demo")).orElseThrow();
        assertEquals("Demo service", md.shortdesc());
        assertEquals("A demo service for tests on two lines.", md.longdesc());
        assertEquals(List.of("demo"), reg.list("lsb", null));
    }
}
