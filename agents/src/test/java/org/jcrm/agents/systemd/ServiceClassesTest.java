package org.jcrm.agents.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.jcrm.agents.lsb.LsbAgentClass;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** systemd and service agents on a node where systemd is not running. */
class ServiceClassesTest {
    @TempDir
    Path tmp;

    private static ExecutorAction act(String ref, String action) {
        return ExecutorAction.of("r", AgentRef.parse(ref), action, Duration.ofSeconds(10), Map.of());
    }

    @Test
    void systemdWithoutSystemdSaysNotAvailableHere() throws Exception {
        SystemdAgentClass systemd = new SystemdAgentClass(new ProcessRunner(), false);
        assertFalse(systemd.available());
        ActionResult r = systemd.execute(act("systemd:nginx", "start"));
        assertEquals(5, r.rc());
        assertEquals(OpStatus.NOT_INSTALLED, r.status());
        assertEquals("systemd is not running on this node, so systemd:nginx is not available here", r.exitReason());
        assertTrue(systemd.list(null).isEmpty());
    }

    @Test
    void serviceFallsBackToTheInitScript() throws Exception {
        Path init = tmp.resolve("init.d");
        Files.createDirectories(init);
        Path script = init.resolve("demo");
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = status ] && exit 3\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessRunner runner = new ProcessRunner();
        ServiceAgentClass service = new ServiceAgentClass(new SystemdAgentClass(runner, false),
                new LsbAgentClass(init, runner));
        assertEquals(7, service.execute(act("service:demo", "monitor")).rc());
        ActionResult missing = service.execute(act("service:nothere", "start"));
        assertEquals(OpStatus.NOT_INSTALLED, missing.status());
        assertTrue(missing.exitReason().contains("systemd is not running here"), missing.exitReason());
    }
}
