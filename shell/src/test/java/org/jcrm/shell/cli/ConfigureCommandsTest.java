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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crm shell as scripts and admins use it from the command line, against a file CIB. */
class ConfigureCommandsTest {
    @TempDir
    Path dir;

    private record Run(ExitCode code, String out, String err) {
    }

    private Run jcrm(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("CIB_file", dir.resolve("cib.xml").toString());
        Main main = new Main(Main.defaultCommands(),
                new CrmShellCommand(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        ExitCode code = main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static final String WEB = """
            primitive web-vip ocf:heartbeat:IPaddr2 params ip=192.168.0.100 cidr_netmask=24 \\
                op monitor interval=30s
            primitive web-server ocf:heartbeat:apache params configfile=/etc/apache2/apache2.conf
            group web web-vip web-server
            location web-prefers-node1 web 100: node1
            property stonith-enabled=false
            """;

    @Test
    void loadUpdateCreatesTheCibAndShowPrintsItInCrmSyntax() throws Exception {
        Path crm = write("web.crm", WEB);
        Run load = jcrm("", "configure", "load", "update", crm.toString());
        assertEquals(ExitCode.OK, load.code(), load.err());
        assertTrue(Files.exists(dir.resolve("cib.xml")));

        Run show = jcrm("", "configure", "show");
        assertEquals(ExitCode.OK, show.code(), show.err());
        assertTrue(show.out().contains("group web web-vip web-server"), show.out());
        assertTrue(show.out().contains("location web-prefers-node1 web 100: node1"), show.out());

        Run xml = jcrm("", "configure", "show", "xml", "web-vip");
        // Attributes in the order Pacemaker's tools write them (crmsh keeps the order each writer used).
        // crmsh's order for a pair crm text made (crm configure show xml prints the same)
        assertTrue(xml.out().contains("<nvpair name=\"ip\" value=\"192.168.0.100\" id=\"web-vip-instance_attributes-ip\"/>"),
                xml.out());
        assertTrue(xml.out().startsWith("<?xml version=\"1.0\" ?>\n<cib>\n  <configuration>\n    <crm_config/>\n"
                + "    <nodes/>\n    <resources>\n      <group id=\"web\">\n"), xml.out());
    }

    @Test
    void aFileWithAnErrorChangesNothingAndNamesTheLine() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB).toString());
        String before = Files.readString(dir.resolve("cib.xml"));
        Path bad = write("bad.crm", "primitive ok1 ocf:heartbeat:Dummy\nlocation l2 web xyz: node1\n");

        Run load = jcrm("", "configure", "load", "update", bad.toString());

        assertEquals(ExitCode.DATA_ERROR, load.code());
        assertTrue(load.err().contains(bad + ":2:"), load.err());
        assertEquals(before, Files.readString(dir.resolve("cib.xml")));
    }

    @Test
    void aSyntaxErrorAfterAMappingErrorIsTheOneReported() throws Exception {
        // statements are mapped while the rest parses, yet the text's syntax is judged first
        Path bad = write("bad.crm", "group g no-such-member\nprimitive ok ocf:heartbeat:Dummy\nprimitive = =\n");

        Run load = jcrm("", "configure", "load", "update", bad.toString());

        assertEquals(ExitCode.DATA_ERROR, load.code());
        assertTrue(load.err().contains(bad + ":3:"), load.err());
        assertFalse(Files.exists(dir.resolve("cib.xml")));
    }

    @Test
    void anIdWrittenLaterInTheScriptIsNotGivenToAnEarlierGeneratedElement() throws Exception {
        Path crm = write("ids.crm", "primitive p1 ocf:heartbeat:Dummy params state=/tmp/p1\n"
                + "primitive p1-instance_attributes ocf:heartbeat:Dummy\nproperty stonith-enabled=false\n");

        Run load = jcrm("", "configure", "load", "update", crm.toString());

        assertEquals(ExitCode.OK, load.code(), load.err());
        String xml = jcrm("", "configure", "show", "xml", "p1").out();
        assertTrue(xml.contains("<instance_attributes id=\"p1-instance_attributes-0\">"), xml);
    }

    @Test
    void loadReplaceFromStdinReplacesTheConfiguration() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB).toString());
        Run replace = jcrm("primitive only ocf:heartbeat:Dummy\nproperty stonith-enabled=false\n", "configure", "load",
                "replace", "-");
        assertEquals(ExitCode.OK, replace.code(), replace.err());
        String show = jcrm("", "configure", "show").out();
        assertTrue(show.contains("primitive only Dummy"), show);
        assertFalse(show.contains("web-vip"), show);
    }

    @Test
    void deletingAResourceTakesItsConstraintsAlongAndSaysSo() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB).toString());
        Run delete = jcrm("", "configure", "delete", "web-vip", "web-server");
        assertEquals(ExitCode.OK, delete.code(), delete.err());
        assertTrue(delete.out().contains("hanging location:web-prefers-node1 deleted"), delete.out());
        String show = jcrm("", "configure", "show").out();
        assertFalse(show.contains("web-prefers-node1"), show);
        assertFalse(show.contains("web-vip"), show);
        assertFalse(show.contains("group web"), show);
    }

    @Test
    void deletingAGroupKeepsItsResourcesAndItsConstraintsFollowTheFirst() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB).toString());
        Run delete = jcrm("", "configure", "delete", "web");
        assertEquals(ExitCode.OK, delete.code(), delete.err());
        assertTrue(delete.out().contains("modified location:web-prefers-node1 from web to web-vip"), delete.out());
        String show = jcrm("", "configure", "show").out();
        assertTrue(show.contains("location web-prefers-node1 web-vip 100: node1"), show);
        assertTrue(show.contains("primitive web-server"), show);
        assertFalse(show.contains("group web"), show);
    }

    @Test
    void aScriptStopsAtTheFirstErrorNamesItsLineAndCommitsNothing() throws Exception {
        Path script = write("setup.crm", """
                configure
                primitive d1 ocf:heartbeat:Dummy
                primitive d2 ocf:heartbeat:Dummy \\
                    op monitor interval=10s
                bogus-command
                commit
                """);
        Run run = jcrm("", "-f", script.toString());
        assertEquals(ExitCode.ERROR, run.code());
        assertTrue(run.err().startsWith(script + ":5: error: unknown command 'bogus-command'"), run.err());
        assertFalse(Files.exists(dir.resolve("cib.xml")), "nothing was committed");
    }

    @Test
    void aScriptFromStdinCommitsWhenItEnds() {
        Run run = jcrm("configure\nproperty stonith-enabled=false\nprimitive d1 ocf:heartbeat:Dummy\nshow d1\n");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("primitive d1 Dummy\n", run.out());
        assertTrue(jcrm("", "configure", "show").out().contains("primitive d1 Dummy"));
    }

    @Test
    void showOfAnUnknownIdFails() {
        Run show = jcrm("", "configure", "show", "nosuch");
        assertEquals(ExitCode.DATA_ERROR, show.code());
        assertTrue(show.err().contains("object nosuch does not exist"), show.err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = jcrm("", "frobnicate");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("unknown command 'frobnicate'"), run.err());
    }

    @Test
    void setChangesAConfiguredAttributeByPath() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB).toString());
        Run set = jcrm("", "configure", "set", "web-vip.ip", "192.168.0.101");
        assertEquals(ExitCode.OK, set.code(), set.err());
        Run op = jcrm("", "configure", "set", "web-vip.monitor.interval", "20s");
        assertEquals(ExitCode.OK, op.code(), op.err());
        String show = jcrm("", "configure", "show", "web-vip").out();
        assertTrue(show.contains("ip=192.168.0.101"), show);
        assertTrue(show.contains("op monitor interval=20s"), show);
        Run missing = jcrm("", "configure", "set", "web-vip.nosuch", "1");
        assertTrue(missing.err().contains("configure.set: Attribute not found: web-vip.nosuch"), missing.err());
    }

    @Test
    void modgroupMovesPrimitivesInAndOutOfAGroup() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB + "primitive web-fs ocf:heartbeat:Dummy\n").toString());
        Run add = jcrm("configure\nmodgroup web add web-fs before web-server\n");
        assertEquals(ExitCode.OK, add.code(), add.err());
        assertTrue(jcrm("", "configure", "show", "web").out().contains("group web web-vip web-fs web-server"));
        Run remove = jcrm("configure\nmodgroup web remove web-vip\n");
        assertEquals(ExitCode.OK, remove.code(), remove.err());
        String show = jcrm("", "configure", "show").out();
        assertTrue(show.contains("group web web-fs web-server"), show);
        assertTrue(show.contains("primitive web-vip"), "a member taken out stays as a resource");
        Run notMember = jcrm("configure\nmodgroup web remove web-vip\n");
        assertTrue(notMember.err().contains("web-vip is not member of web"), notMember.err());
    }

    @Test
    void filterPipesObjectsThroughACommandAndEraseNodesRemovesOnlyNodes() throws Exception {
        jcrm("", "configure", "load", "update", write("web.crm", WEB + "node node1\n").toString());
        Run filter = jcrm("", "configure", "filter", "sed 's/100:/200:/'", "web-prefers-node1");
        assertEquals(ExitCode.OK, filter.code(), filter.err());
        assertTrue(jcrm("", "configure", "show").out().contains("location web-prefers-node1 web 200: node1"));
        Run erase = jcrm("", "configure", "erase", "nodes");
        assertEquals(ExitCode.OK, erase.code(), erase.err());
        String show = jcrm("", "configure", "show").out();
        assertFalse(show.contains("node node1"), show);
        assertTrue(show.contains("group web"), show);
    }
}
