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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource and node levels against a CIB file: each command changes the stored CIB at once, as
 * crm_resource and crm_attribute do, and prints crmsh's messages.
 */
class ResourceAndNodeLevelsTest {
    private static final String CONFIG = """
            node node1
            primitive p0 ocf:pacemaker:Dummy
            primitive p3 ocf:pacemaker:Dummy
            primitive st stonith:null params hostlist=node1
            group g p0 p3
            """;

    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>();

    private record Run(ExitCode code, String out, String err) {
    }

    @BeforeEach
    void load() throws Exception {
        env.put("CIB_file", dir.resolve("cib.xml").toString());
        env.put("HOME", dir.toString());
        Path file = dir.resolve("config.crm");
        Files.writeString(file, CONFIG);
        Run load = jcrm("configure", "load", "update", file.toString());
        assertEquals(ExitCode.OK, load.code(), load.err());
    }

    private Run jcrm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(Main.defaultCommands(), new CrmShellCommand(env, new ByteArrayInputStream(new byte[0])));
        ExitCode code = main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run ok(String... args) {
        Run run = jcrm(args);
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        return run;
    }

    private String cib() throws Exception {
        return Files.readString(dir.resolve("cib.xml"));
    }

    private String xml(String id) {
        return ok("configure", "show", "xml", id).out();
    }

    @Test
    void startAndStopSetTargetRoleOnTheResource() {
        ok("resource", "stop", "p3");
        assertTrue(xml("p3").contains("<nvpair id=\"p3-meta_attributes-target-role\" name=\"target-role\" value=\"Stopped\"/>"),
                xml("p3"));
        ok("resource", "start", "p3");
        assertTrue(xml("p3").contains("name=\"target-role\" value=\"Started\""), xml("p3"));
        assertEquals("resource p3 is NOT running\n", ok("resource", "status", "p3").out());
        Run missing = jcrm("resource", "start", "nosuch");
        assertEquals(ExitCode.ERROR, missing.code());
        assertTrue(missing.err().contains("Resource not found: nosuch"), missing.err());
    }

    @Test
    void showXmlPrintsTheTopLevelObjectInCrmshsSkeleton() {
        assertEquals("""
                <?xml version="1.0" ?>
                <cib>
                  <configuration>
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <group id="g">
                        <primitive id="p0" class="ocf" provider="pacemaker" type="Dummy"/>
                        <primitive id="p3" class="ocf" provider="pacemaker" type="Dummy"/>
                      </group>
                    </resources>
                    <constraints/>
                  </configuration>
                </cib>
                """, xml("p0"));
    }

    @Test
    void startingAGroupRemovesTheMembersOwnValueOnlyWhenManageChildrenSaysSo() {
        ok("resource", "stop", "p0");
        ok("resource", "start", "g");
        assertTrue(xml("g").contains("p0-meta_attributes-target-role"), "batch mode asks nobody: the child keeps it");
        ok("options", "manage-children", "always");
        ok("resource", "stop", "g");
        String g = xml("g");
        assertFalse(g.contains("p0-meta_attributes"), g);
        assertTrue(g.contains("<nvpair id=\"g-meta_attributes-target-role\" name=\"target-role\" value=\"Stopped\"/>"), g);
    }

    @Test
    void maintenanceRemovesIsManagedOnlyWhenForced() {
        ok("resource", "unmanage", "p3");
        Run asked = ok("resource", "maintenance", "p3");
        assertEquals("", asked.err());
        assertTrue(xml("p3").contains("is-managed"), "without -F nobody agreed to remove is-managed");
        Run forced = ok("-F", "resource", "maintenance", "p3", "off");
        assertTrue(forced.err().contains("INFO: 'maintenance' conflicts with 'is-managed' attribute. Remove "
                + "'is-managed' for resource p3? [YES]"), forced.err());
        String p3 = xml("p3");
        assertFalse(p3.contains("is-managed"), p3);
        assertTrue(p3.contains("name=\"maintenance\" value=\"false\""), p3);
    }

    @Test
    void moveBanAndClearManageTheCliConstraints() throws Exception {
        Run move = ok("resource", "migrate", "p3", "node1");
        assertEquals("""
                WARNING: This command 'migrate' is deprecated, please use 'move'
                INFO: "migrate" is accepted as "move"
                INFO: Move constraint created for p3 to node1
                INFO: Use `crm resource clear p3` to remove this constraint
                """, move.err());
        assertTrue(xml("cli-prefer-p3").contains(
                "<rsc_location id=\"cli-prefer-p3\" rsc=\"p3\" role=\"Started\" node=\"node1\" score=\"INFINITY\"/>"));
        Run ban = ok("resource", "ban", "p3", "node1");
        assertTrue(ban.err().contains("INFO: Ban constraint created for p3 to node1"), ban.err());
        assertTrue(cib().contains("cli-ban-p3-on-node1"));
        assertEquals("INFO: Removed migration constraints for p3\n", ok("resource", "clear", "p3").err());
        assertFalse(cib().contains("cli-"), "both constraints are gone");
        Run noNode = jcrm("resource", "move", "p3");
        assertTrue(noNode.err().contains("No target node"), noNode.err());
    }

    @Test
    void paramMetaAndUtilizationShowSetAndDelete() {
        assertEquals("Set 'p0' option: id=p0-instance_attributes-a0 set=p0-instance_attributes name=a0 value=1 2 3\n",
                ok("resource", "param", "p0", "set", "a0", "1 2 3").out());
        assertEquals("1 2 3\n", ok("resource", "param", "p0", "show", "a0").out());
        assertEquals("Deleted 'p0' option: id=p0-instance_attributes-a0 name=a0\n",
                ok("resource", "param", "p0", "delete", "a0").out());
        Run gone = jcrm("resource", "param", "p0", "show", "a0");
        assertTrue(gone.err().contains("Attribute 'a0' not found for 'p0'"), gone.err());
        assertTrue(ok("resource", "utilization", "p0", "set", "cpu", "2").out().contains("set=p0-utilization"));
        assertTrue(ok("resource", "meta", "p0", "set", "m0", "1").out().contains("set=p0-meta_attributes"));
    }

    @Test
    void traceAddsTheOperationAndUntraceTakesItAway() throws Exception {
        Run trace = ok("resource", "trace", "p0", "start");
        assertTrue(trace.err().contains("INFO: Trace for p0:start is written to /var/lib/heartbeat/trace_ra/Dummy"));
        assertTrue(xml("p0").contains("<op name=\"start\" interval=\"0\" id=\"p0-start-0\">"), xml("p0"));
        assertEquals("INFO: Stop tracing p0 for operation start\n", ok("resource", "untrace", "p0", "start").err());
        assertFalse(cib().contains("p0-start-0"), "the operation only carried the trace");
    }

    @Test
    void nodeAttributesAndStates() throws Exception {
        ok("node", "attribute", "node1", "set", "a1", "1 2 3");
        assertEquals("scope=nodes  name=a1 value=1 2 3\n", ok("node", "attribute", "node1", "show", "a1").out());
        ok("node", "standby", "node1");
        assertEquals("node1: member\n\ta1=1 2 3\n\tstandby=on\n", ok("node", "show").out());
        assertEquals("Deleted nodes attribute: id=nodes-node1-a1 name=a1\n",
                ok("node", "attribute", "node1", "delete", "a1").out());
        ok("node", "utilization", "node1", "set", "cpu", "4");
        assertTrue(cib().contains("id=\"nodes-node1-utilization-cpu\""));
        ok("node", "status-attr", "node1", "set", "s1", "x");
        assertEquals("scope=status  name=s1 value=x\n", ok("node", "status-attr", "node1", "show", "s1").out());
        ok("resource", "maintenance", "p3");
        Run forced = ok("-F", "node", "maintenance", "node1");
        assertEquals("INFO: 'maintenance' attribute already exists in p3. Remove it? [YES]\n", forced.err());
        assertTrue(cib().contains("id=\"nodes-node1-maintenance\" name=\"maintenance\" value=\"true\"")
                || xml("node1").contains("<nvpair id=\"nodes-node1-maintenance\" name=\"maintenance\" value=\"true\"/>"));
        assertFalse(xml("p3").contains("maintenance"), xml("p3"));
    }

    @Test
    void cleanupForgetsFailedOperationsAndFailCounts() throws Exception {
        String withStatus = cib().replace("<status/>", """
                <status><node_state id="node1" uname="node1" in_ccm="true" crmd="online" join="member" expected="member">
                <transient_attributes id="node1"><instance_attributes id="status-node1">
                <nvpair id="status-node1-fail-count-p3.start_0" name="fail-count-p3#start_0" value="INFINITY"/>
                </instance_attributes></transient_attributes>
                <lrm id="node1"><lrm_resources>
                <lrm_resource id="p3" class="ocf" provider="pacemaker" type="Dummy">
                <lrm_rsc_op id="p3_last_0" operation_key="p3_start_0" operation="start" transition-key="1:1:0:x"
                 call-id="3" rc-code="1" op-status="0" interval="0"/></lrm_resource>
                <lrm_resource id="p0" class="ocf" provider="pacemaker" type="Dummy">
                <lrm_rsc_op id="p0_last_0" operation_key="p0_start_0" operation="start" transition-key="2:1:0:x"
                 call-id="4" rc-code="0" op-status="0" interval="0"/></lrm_resource>
                </lrm_resources></lrm></node_state></status>""");
        assertTrue(withStatus.contains("node_state"), "the test CIB has an empty status section to fill");
        Files.writeString(dir.resolve("cib.xml"), withStatus);
        assertEquals("scope=status  name=fail-count-p3 value=INFINITY\n",
                ok("resource", "failcount", "p3", "show", "node1").out());
        assertTrue(ok("resource", "operations", "p3").out().contains("p3_last_0 (node=node1, call=3, rc=1): failed"));
        assertEquals("Cleaned up all resources on node1\n", ok("resource", "cleanup").out());
        String after = cib();
        assertFalse(after.contains("fail-count-p3"), after);
        assertFalse(after.contains("p3_last_0"), after);
        assertTrue(after.contains("p0_last_0"), "cleanup keeps what did not fail; refresh would not");
        ok("resource", "refresh", "p0");
        assertFalse(cib().contains("p0_last_0"));
    }

    @Test
    void deprecatedNamesWarnAndStillWork() {
        Run rm = ok("configure", "rm", "p3");
        assertTrue(rm.err().startsWith("WARNING: This command 'rm' is deprecated, please use 'delete'\n"
                + "INFO: \"rm\" is accepted as \"delete\"\n"), rm.err());
        List<String> words = new ArrayList<>(List.of("configure", "ms", "ms0", "p0", "meta", "notify=true"));
        Run ms = jcrm(words.toArray(String[]::new));
        assertTrue(ms.err().startsWith("WARNING: \"ms\" is deprecated. Please use \"clone ms0 p0 meta notify=true "
                + "promotable=true\""), ms.err());
    }

    @Test
    void clusterMaintenanceModeOffersToDropTheResourcesAndNodesOwnMaintenance() throws Exception {
        ok("resource", "maintenance", "p3");
        ok("resource", "maintenance", "g");
        ok("node", "maintenance", "node1");
        Run forced = ok("-F", "configure", "property", "maintenance-mode=true");
        assertEquals("""
                INFO: 'maintenance' attribute already exists in p3. Remove it? [YES]
                INFO: 'maintenance' attribute already exists in g. Remove it? [YES]
                INFO: 'maintenance' attribute already exists in node1. Remove it? [YES]
                """, forced.err());
        String cib = cib();
        assertTrue(cib.contains("name=\"maintenance-mode\" value=\"true\""), cib);
        assertFalse(cib.contains("name=\"maintenance\""), cib);
    }
}
