package org.jcrm.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.shell.repl.Shell;
import org.jcrm.shell.repl.ShellCompleter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's levels and configure commands as scripts run them, against a file CIB in a temp dir. */
class ShellLevelsTest {
    private static final String WEB = """
            property stonith-enabled=false
            primitive web-vip ocf:heartbeat:IPaddr2 params ip=192.168.0.100 op monitor interval=30s
            primitive web-server ocf:heartbeat:apache
            group web web-vip web-server
            location web-prefers-node1 web-vip 100: node1
            """;

    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>();

    private record Run(ExitCode code, String out, String err) {
    }

    @BeforeEach
    void environment() {
        env.put("CIB_file", dir.resolve("cib.xml").toString());
        env.put("HOME", dir.toString());
    }

    private Run jcrm(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(Main.defaultCommands(),
                new CrmShellCommand(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        ExitCode code = main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run script(String text) {
        return jcrm(text);
    }

    private String cib() throws Exception {
        return Files.readString(dir.resolve("cib.xml"));
    }

    private void loadWeb() throws Exception {
        Path file = dir.resolve("web.crm");
        Files.writeString(file, WEB);
        Run load = jcrm("", "configure", "load", "update", file.toString());
        assertEquals(ExitCode.OK, load.code(), load.err());
    }

    @Test
    void shadowCibsAreFilesBesideTheCibAndCommitCopiesThemToTheLiveCib() throws Exception {
        loadWeb();
        Run run = script("cib new test\nconfigure primitive extra ocf:heartbeat:Dummy\ncib diff\ncib list\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("shadow.test")));
        assertTrue(run.out().contains("INFO: cib.new: test shadow CIB created"), run.out());
        assertTrue(run.out().contains("+primitive extra Dummy"), run.out());
        assertTrue(run.out().lines().anyMatch("test"::equals), run.out());
        assertFalse(cib().contains("extra"), "the live CIB is untouched until cib commit");

        Run commit = script("cib commit test\ncib delete test\n");
        assertEquals(ExitCode.OK, commit.code(), commit.err());
        assertTrue(cib().contains("id=\"extra\""));
        assertFalse(Files.exists(dir.resolve("shadow.test")));
    }

    @Test
    void cibResetUseAndTheShadowInUse() throws Exception {
        loadWeb();
        assertEquals(ExitCode.OK, script("cib new s\nconfigure delete web-server\n").code());
        Run reset = script("cib reset s\ncib use s\nconfigure show web-server\n");
        assertEquals(ExitCode.OK, reset.code(), reset.err());
        assertTrue(reset.out().contains("primitive web-server apache"), reset.out());
        Run delete = script("cib use s\ncib delete s\n");
        assertEquals(ExitCode.ERROR, delete.code());
        assertTrue(delete.err().contains("shadow CIB s is in use"), delete.err());
        Run missing = script("cib use nosuch\n");
        assertTrue(missing.err().contains("shadow CIB nosuch does not exist"), missing.err());
    }

    @Test
    void switchingCibWithUncommittedChangesIsRefusedInScripts() throws Exception {
        loadWeb();
        Run run = script("cib new s\nconfigure\nprimitive extra ocf:heartbeat:Dummy\ncib use live\n");
        assertEquals(ExitCode.ERROR, run.code());
        assertTrue(run.err().contains("there are uncommitted changes in s"), run.err());
        assertFalse(cib().contains("extra"));
    }

    @Test
    void thePromptNamesTheShadowInUse() {
        CrmShellCommand command = new CrmShellCommand(env, new ByteArrayInputStream(new byte[0]));
        Shell shell = command.newShell(new PrintStream(new ByteArrayOutputStream()), System.err, false);
        assertEquals("crm(live)# ", shell.prompt());
        shell.execute("cib new s1");
        shell.execute("configure");
        assertEquals("crm(s1)configure# ", shell.prompt());
        shell.execute("cib use live");
        assertEquals("crm(live)configure# ", shell.prompt());
    }

    @Test
    void verifyNamesTheObjectAndCommitRefusesErrorsLeavingTheCibUnchanged() throws Exception {
        loadWeb();
        String before = cib();
        Run refused = script("configure\nproperty stonith-enabled=true\nverify\n");
        assertEquals(ExitCode.ERROR, refused.code());
        assertTrue(refused.out().contains("ERROR: fencing is enabled"), refused.out());
        assertTrue(refused.out().contains(" [cib-bootstrap-options-stonith-enabled"), refused.out());

        Run commit = script("configure\nproperty stonith-enabled=true\ncommit\n");
        assertEquals(ExitCode.ERROR, commit.code());
        assertTrue(commit.err().contains("nothing committed"), commit.err());
        assertEquals(before, cib());

        Run forced = script("configure\nproperty stonith-enabled=true\ncommit force\n");
        assertEquals(ExitCode.OK, forced.code(), forced.err());
        assertTrue(cib().contains("name=\"stonith-enabled\" value=\"true\""));
    }

    @Test
    void renameMakesConstraintsAndGroupsFollow() throws Exception {
        loadWeb();
        Run run = script("configure\nrename web-vip vip\nshow\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        // As in crmsh, the group holding the renamed primitive is not reported: only references are.
        assertTrue(run.out().startsWith("INFO: modified location:web-prefers-node1 from web-vip to vip\n"), run.out());
        assertTrue(run.out().contains("group web vip web-server"), run.out());
        assertTrue(run.out().contains("location web-prefers-node1 vip 100: node1"), run.out());
        assertFalse(run.out().lines().filter(l -> !l.startsWith("INFO: ")).anyMatch(l -> l.contains("web-vip")), run.out());
        Run clash = script("configure\nrename vip web-server\n");
        assertTrue(clash.err().contains("object web-server already exists"), clash.err());
    }

    @Test
    void showSelectsByTypeAndTag() throws Exception {
        loadWeb();
        Run run = script("configure\nprimitive solo ocf:heartbeat:Dummy\nshow type:primitive\n");
        assertTrue(run.out().startsWith("primitive solo Dummy\n"), run.out());
        assertFalse(run.out().contains("group"), run.out());
        Run tagged = script("configure\ntag frontend: web-vip\nshow tag:frontend\n");
        assertTrue(tagged.out().startsWith("primitive web-vip IPaddr2"), tagged.out());
        assertFalse(tagged.out().contains("web-server"), tagged.out());
    }

    @Test
    void editAppliesWhatTheEditorSavedAndAnUnchangedFileChangesNothing() throws Exception {
        loadWeb();
        env.put("EDITOR", editor("sed -i 's/100: node1/50: node1/' \"$1\"").toString());
        Run run = script("configure\nedit web-prefers-node1\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(cib().contains("score=\"50\""), cib());

        env.put("EDITOR", editor("true").toString());
        String before = cib();
        Run same = script("configure\nedit\n");
        assertTrue(same.out().contains("INFO: no changes"), same.out());
        assertEquals(before, cib());
    }

    @Test
    void editReopensWithTheErrorsOnTopAndKeepsTheText() throws Exception {
        loadWeb();
        Path seen = dir.resolve("second-round.txt");
        // First round: break the text; second round: keep what was shown, then fix it.
        env.put("EDITOR", editor("if [ -f " + dir.resolve("round1") + " ]; then cp \"$1\" " + seen
                + "; sed -i -e '/^# jcrm: /d' -e 's/xyz:/200:/' \"$1\"; else touch " + dir.resolve("round1")
                + "; sed -i 's/100:/xyz:/' \"$1\"; fi").toString());
        Run run = script("configure\nedit web-prefers-node1\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        String second = Files.readString(seen);
        assertTrue(second.startsWith("# jcrm: "), second);
        assertTrue(second.contains("location web-prefers-node1 web-vip xyz: node1"), second);
        assertTrue(cib().contains("score=\"200\""), cib());
    }

    @Test
    void simulateShowsTheTransitionOfTheWorkingCopy() throws Exception {
        loadWeb();
        Run run = script("configure\nnode node1\nsimulate\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("Transition Summary:"), run.out());
        assertTrue(run.out().contains("web-vip"), run.out());
    }

    @Test
    void optionsAreKeptInTheRcFile() throws Exception {
        Run run = script("options\neditor nano -w\noutput plain\nshow\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("editor \"nano -w\""), run.out());
        assertTrue(Files.readString(dir.resolve(".jcrmrc")).contains("editor = nano -w"));
        assertTrue(script("options\neditor\n").out().startsWith("nano -w"));
        Run bad = script("options output purple\n");
        assertTrue(bad.err().contains("bad value 'purple' for output"), bad.err());
    }

    @Test
    void theRaLevelRunsTheRaCommand() {
        Run run = script("ra\nlist ocf:pacemaker\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("Dummy"), run.out());
    }

    @Test
    void statusWithoutAClusterSaysWhy() {
        env.put("JCRM_CLUSTER_DIR", dir.resolve("no-cluster").toString());
        Run run = script("status\n");
        assertEquals(ExitCode.ERROR, run.code());
        assertTrue(run.err().contains("no cluster in " + dir.resolve("no-cluster")), run.err());
    }

    @Test
    void helpOfEveryCommandHasAnExample() {
        CrmShellCommand command = new CrmShellCommand(env, new ByteArrayInputStream(new byte[0]));
        Shell shell = command.newShell(new PrintStream(new ByteArrayOutputStream()), System.err, false);
        for (String level : List.of("configure", "cib", "ra", "options")) {
            shell.execute(level);
            shell.current().commands().forEach(c -> assertTrue(c.help().contains("Example: "), level + " " + c.name()));
            shell.execute("up");
        }
        Run help = script("configure\nhelp rename\n");
        assertTrue(help.out().startsWith("usage: rename OLD NEW"), help.out());
    }

    @Test
    void completionOffersIdsAgentsParametersAndValues() throws Exception {
        loadWeb();
        CrmShellCommand command = new CrmShellCommand(env, new ByteArrayInputStream(new byte[0]));
        Shell shell = command.newShell(new PrintStream(new ByteArrayOutputStream()), System.err, false);
        ShellCompleter completer = new ShellCompleter(shell);
        assertTrue(completer.candidates(List.of(), "").containsAll(List.of("configure", "cib", "ra", "options", "status")));
        shell.execute("configure");
        assertTrue(completer.candidates(List.of("show"), "").containsAll(List.of("web-vip", "web", "type:primitive")));
        assertTrue(completer.candidates(List.of("group", "g2"), "").contains("web-server"));
        shell.execute("node node1");
        assertEquals(List.of("node1"), completer.candidates(List.of("location", "l2", "web", "100:"), ""));
        assertTrue(completer.candidates(List.of("primitive", "p"), "ocf:").contains("ocf:heartbeat:"));
        assertTrue(completer.candidates(List.of("primitive", "p"), "ocf:heartbeat:").contains("ocf:heartbeat:IPaddr2"));
        assertTrue(completer.candidates(List.of("primitive", "p", "ocf:heartbeat:IPaddr2", "params"), "")
                .contains("cidr_netmask="));
        assertTrue(completer.candidates(List.of("primitive", "p", "Dummy", "meta"), "target-role=")
                .contains("target-role=Stopped"));
        assertTrue(completer.candidates(List.of("primitive", "p", "Dummy", "op"), "").contains("monitor"));
        assertEquals(List.of("stonith-enabled=true", "stonith-enabled=false"),
                completer.candidates(List.of("property"), "stonith-enabled="));
        assertTrue(completer.candidates(List.of("property"), "").contains("no-quorum-policy="));
    }

    private Path editor(String body) throws Exception {
        Path script = Files.createTempFile(dir, "editor", ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
