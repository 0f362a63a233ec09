package org.jcrm.engine.node.dc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OpStatus;
import org.jcrm.engine.store.replicated.WireText;

/**
 * The controller's messages between the DC and the nodes' executors. {@link Run} asks a node to run
 * an action; {@link Done} answers it; {@link Monitor} reports a change seen by a recurring monitor;
 * {@link Hello} tells every member which boot of a node's daemon is in the view.
 */
sealed interface ActionMessage {
    /** Output kept in messages; the status section records no output anyway. */
    int OUTPUT_LIMIT = 4096;

    /** Run {@code action} (tagged {@code key} by the DC) on the receiving node. */
    record Run(String key, ExecutorAction action) implements ActionMessage {
    }

    /** The result of the {@link Run} tagged {@code key}, from {@code node}. */
    record Done(String key, String node, ActionResult result) implements ActionMessage {
    }

    /** A recurring monitor's new result on {@code node}. */
    record Monitor(String node, ExecutorAction action, ActionResult result) implements ActionMessage {
    }

    /** {@code node} runs the daemon started as {@code boot} (a new one after each restart). */
    record Hello(String node, String boot) implements ActionMessage {
    }

    static byte[] encode(ActionMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (message instanceof Run r) {
                out.writeByte(1);
                out.writeUTF(r.key());
                writeAction(out, r.action());
            } else if (message instanceof Done d) {
                out.writeByte(2);
                out.writeUTF(d.key());
                out.writeUTF(d.node());
                writeResult(out, d.result());
            } else if (message instanceof Monitor m) {
                out.writeByte(3);
                out.writeUTF(m.node());
                writeAction(out, m.action());
                writeResult(out, m.result());
            } else if (message instanceof Hello h) {
                out.writeByte(4);
                out.writeUTF(h.node());
                out.writeUTF(h.boot());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ActionMessage decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int type = in.readByte();
            return switch (type) {
                case 1 -> new Run(in.readUTF(), readAction(in));
                case 2 -> new Done(in.readUTF(), in.readUTF(), readResult(in));
                case 3 -> new Monitor(in.readUTF(), readAction(in), readResult(in));
                case 4 -> new Hello(in.readUTF(), in.readUTF());
                default -> throw new IllegalArgumentException("unknown controller message type " + type);
            };
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed controller message: " + e.getMessage(), e);
        }
    }

    private static void writeAction(DataOutputStream out, ExecutorAction a) throws IOException {
        out.writeUTF(a.resourceId());
        out.writeUTF(a.agent().standard());
        out.writeUTF(a.agent().provider() == null ? "" : a.agent().provider());
        out.writeUTF(a.agent().type());
        out.writeUTF(a.action());
        out.writeLong(a.interval().toMillis());
        out.writeLong(a.timeout().toMillis());
        writeMap(out, a.parameters());
        writeMap(out, a.meta());
    }

    private static ExecutorAction readAction(DataInputStream in) throws IOException {
        String rsc = in.readUTF();
        AgentRef agent = new AgentRef(in.readUTF(), in.readUTF(), in.readUTF());
        String action = in.readUTF();
        Duration interval = Duration.ofMillis(in.readLong());
        Duration timeout = Duration.ofMillis(in.readLong());
        return new ExecutorAction(rsc, agent, action, interval, timeout, readMap(in), readMap(in));
    }

    private static void writeResult(DataOutputStream out, ActionResult r) throws IOException {
        out.writeInt(r.rc());
        out.writeInt(r.status().code());
        WireText.write(out, r.exitReason());
        String output = r.output();
        WireText.write(out, output.length() > OUTPUT_LIMIT ? output.substring(0, OUTPUT_LIMIT) : output);
        out.writeLong(r.execTime().toMillis());
    }

    private static ActionResult readResult(DataInputStream in) throws IOException {
        return new ActionResult(in.readInt(), OpStatus.ofCode(in.readInt()), WireText.read(in), WireText.read(in),
                Duration.ofMillis(in.readLong()));
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            WireText.write(out, e.getKey());
            WireText.write(out, e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(WireText.read(in), WireText.read(in));
        }
        return map;
    }
}
