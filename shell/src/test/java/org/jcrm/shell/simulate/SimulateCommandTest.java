package org.jcrm.shell.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    private static Path scheduler() {
        String shared = System.getProperty("jcrm.shared");
        assumeTrue(shared != null, "jcrm.shared not set");
        Path dir = Path.of(shared, "conformance", "pacemaker-2.1.5", "scheduler");
        assumeTrue(Files.isDirectory(dir), "no conformance data");
        return dir;
    }

    @Test
    void simulatePrintsWhatCrmSimulatePrints() throws IOException {
        Path dir = scheduler();
        ExitCode code = new SimulateCommand().run(List.of("-x", dir.resolve("xml/group2.xml").toString(), "-S"), print, print);
        assertEquals(ExitCode.OK, code);
        assertEquals(normalized(Files.readString(dir.resolve("summary/group2.summary"))), normalized(out.toString(StandardCharsets.UTF_8)));
    }

    /**
     * The what-if edits give the same transition whether the status is edited as records (no CIB to
     * save) or in the whole document (-O), and the saved CIB holds them.
     */
    @Test
    void editsAreTheSameOnRecordsAndOnTheDocument(@TempDir Path tmp) throws IOException {
        Path dir = scheduler();
        List<String> edits = List.of("-x", dir.resolve("xml/group2.xml").toString(), "-S", "-f", "node1", "-u", "node3",
                "-d", "node4", "-i", "rsc3_monitor_0@node2=0", "-F", "child_rsc1_start_0@node2", "-i", "rsc1_stop_0@node9=1");
        assertEquals(ExitCode.OK, new SimulateCommand().run(edits, print, print));
        String onRecords = out.toString(StandardCharsets.UTF_8);
        out.reset();
        Path saved = tmp.resolve("out.xml");
        List<String> withSave = new java.util.ArrayList<>(edits);
        withSave.addAll(List.of("-O", saved.toString()));
        assertEquals(ExitCode.OK, new SimulateCommand().run(withSave, print, print));
        assertEquals(onRecords, out.toString(StandardCharsets.UTF_8));
        assertTrue(onRecords.contains("child_rsc1"), onRecords);
        String cib = Files.readString(saved);
        assertTrue(cib.contains("id=\"rsc3_monitor_0\""), cib);
        assertTrue(cib.contains("uname=\"node9\""), cib);
    }

    @Test
    void explainNamesTheReasons() {
        Path dir = scheduler();
        new SimulateCommand().run(List.of("-x", dir.resolve("xml/rsc_dep1.xml").toString(), "-Q", "--explain", "rsc1"), print, print);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("anti-colocation not_same_1 with rsc2"), text);
        assertTrue(text.contains("rsc1: assigned to node2"), text);
    }

    @Test
    void liveCheckIsAClearError() {
        CliException e = assertThrows(CliException.class, () -> new SimulateCommand().run(List.of("-L"), print, print));
        assertTrue(e.getMessage().contains("no live cluster"), e.getMessage());
    }

    @Test
    void aCibIsRequired() {
        CliException e = assertThrows(CliException.class, () -> new SimulateCommand().run(List.of("-S"), print, print));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @Test
    void unreadableInputNamesTheFile() {
        CliException e = assertThrows(CliException.class,
                () -> new SimulateCommand().run(List.of("-x", "does-not-exist.xml"), print, print));
        assertEquals(ExitCode.DATA_ERROR, e.exitCode());
        assertTrue(e.getMessage().startsWith("does-not-exist.xml: "), e.getMessage());
    }

    private static String normalized(String text) {
        StringBuilder s = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.replaceAll("\\s+", "");
            if (!t.isEmpty()) {
                s.append(t).append('\n');
            }
        }
        return s.toString();
    }
}
