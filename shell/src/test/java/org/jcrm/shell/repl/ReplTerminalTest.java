package org.jcrm.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.jcrm.engine.node.LocalCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL as an admin meets it on a terminal (tmux), with HOME and the CIB in a temp dir. */
class ReplTerminalTest {
    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void needsTmux() {
        assumeTrue(TmuxSession.available(), "tmux is not installed");
    }

    @BeforeEach
    void environment() throws Exception {
        env.put("HOME", dir.toString());
        env.put("CIB_file", dir.resolve("cib.xml").toString());
        Files.writeString(dir.resolve("web.crm"), """
                property stonith-enabled=false
                node node1
                primitive web-vip ocf:heartbeat:IPaddr2 params ip=192.168.0.100
                primitive web-server ocf:heartbeat:apache
                location web-prefers-node1 web-vip 100: node1
                """);
    }

    private TmuxSession start() throws Exception {
        TmuxSession session = TmuxSession.start(dir, env);
        session.waitForLastLine("crm(live)#");
        return session;
    }

    private void loadWeb(TmuxSession session) throws Exception {
        session.line("configure load update " + dir.resolve("web.crm"));
        session.line("y");
    }

    @Test
    void promptsFollowTheLevelsAndTheShadowInUse() throws Exception {
        try (TmuxSession session = start()) {
            session.line("configure");
            session.waitForLastLine("crm(live)configure#");
            session.line("up");
            session.line("cib");
            session.waitForLastLine("crm(live)cib#");
            session.line("new trial");
            session.waitFor("INFO: cib.new: trial shadow CIB created");
            session.waitForLastLine("crm(trial)cib#");
            session.line("cd /");
            session.line("configure");
            session.waitForLastLine("crm(trial)configure#");
            session.line("cib use live");
            session.waitForLastLine("crm(live)configure#");
            session.line("end");
            session.line("options");
            session.waitForLastLine("crm(live)options#");
            session.quit();
        }
    }

    @Test
    void tabCompletesCommandsIdsAgentsAndValues() throws Exception {
        try (TmuxSession session = start()) {
            loadWeb(session);
            session.line("configure");
            session.waitForLastLine("crm(live)configure#");
            session.type("rena");
            session.key("Tab");
            session.waitForLastLine("crm(live)configure# rename");
            session.type("web-s");
            session.key("Tab");
            session.waitForLastLine("crm(live)configure# rename web-server");
            session.key("C-u");
            session.type("primitive p ocf:pacemaker:Statef");
            session.key("Tab");
            session.waitForLastLine("crm(live)configure# primitive p ocf:pacemaker:Stateful");
            session.type(" meta target-role=St");
            session.key("Tab");
            session.key("Tab");
            String screen = session.waitFor("target-role=Stopped");
            assertTrue(screen.contains("target-role=Started"), screen);
            session.key("C-u");
            session.type("show ");
            session.key("Tab");
            session.key("Tab");
            screen = session.waitFor("web-prefers-node1");
            assertTrue(screen.contains("type:primitive"), screen);
            session.key("C-u");
            session.quit();
        }
    }

    @Test
    void helpShowsUsageAndAnExample() throws Exception {
        try (TmuxSession session = start()) {
            session.line("configure");
            session.line("help commit");
            String screen = session.waitFor("usage: commit [force]");
            assertTrue(screen.contains("Example: commit"), screen);
            session.line("help");
            session.waitFor("Levels: cib");
            session.quit();
        }
    }

    @Test
    void editRoundTripThroughTheEditor() throws Exception {
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i 's/ip=192.168.0.100/ip=10.9.9.9/' \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        env.put("EDITOR", editor.toString());
        try (TmuxSession session = start()) {
            loadWeb(session);
            session.line("configure");
            session.line("edit web-vip");
            session.line("show web-vip");
            session.waitFor("params ip=10.9.9.9");
            session.line("commit");
            session.waitForLastLine("crm(live)configure#");
            session.quit();
        }
        assertTrue(Files.readString(dir.resolve("cib.xml")).contains("value=\"10.9.9.9\""));
    }

    @Test
    void historySurvivesARestart() throws Exception {
        try (TmuxSession session = start()) {
            session.line("configure show");
            session.waitForLastLine("crm(live)#");
            session.line("help");
            session.waitForLastLine("crm(live)#");
            session.quit();
        }
        assertTrue(Files.readString(dir.resolve(".jcrm_history")).contains("configure show"));
        try (TmuxSession session = start()) {
            session.key("Up");
            session.waitForLastLine("crm(live)# quit");
            session.key("Up");
            session.waitForLastLine("crm(live)# help");
            session.key("Up");
            session.waitForLastLine("crm(live)# configure show");
            session.key("C-u");
            session.quit();
        }
    }

    @Test
    void aRefusedCommitLeavesTheCibUnchanged() throws Exception {
        try (TmuxSession session = start()) {
            loadWeb(session);
            String before = Files.readString(dir.resolve("cib.xml"));
            session.line("configure");
            session.line("property stonith-enabled=true");
            session.line("commit");
            String screen = session.waitFor("nothing committed");
            assertTrue(screen.contains("ERROR: fencing is enabled"), screen);
            assertEquals(before, Files.readString(dir.resolve("cib.xml")));
            session.line("refresh");
            session.quit();
            assertEquals(before, Files.readString(dir.resolve("cib.xml")));
            assertFalse(screen.contains("Exception"), screen);
        }
    }

    @Test
    void theEmbeddedDefaultTakesACommitRightAfterStartingItsCluster() throws Exception {
        env.remove("CIB_file");
        try (TmuxSession session = TmuxSession.start(dir, env)) {
            session.waitFor("started a local 3-node cluster");
            session.waitForLastLine("crm(live)#");
            session.line("configure");
            session.line("primitive d1 ocf:jcrm:Dummy");
            session.line("commit");
            session.line("end");
            // refused, the commit would print an error and leaving would ask about the pending change
            String screen = session.waitFor("configure# end");
            assertFalse(screen.contains("ERROR") || screen.contains("changes pending"), screen);
            session.quit();
        } finally {
            new LocalCluster(dir.resolve(".jcrm")).stop();
        }
    }
}
