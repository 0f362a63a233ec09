package org.jcrm.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.agents.stonith.FenceAgentClass;
import org.jcrm.agents.stonith.FenceDevice;
import org.jcrm.agents.stonith.FenceDeviceSelector;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OcfCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FenceTest {
    @TempDir
    Path tmp;

    /** A probe answering from fixed tables, counting nothing: the selector's logic alone. */
    private static final FenceDeviceSelector.DeviceProbe PROBE = new FenceDeviceSelector.DeviceProbe() {
        @Override
        public Optional<Set<String>> list(FenceDevice d) {
            return d.id().equals("lister") ? Optional.of(Set.of("n1", "plug-n2")) : Optional.empty();
        }

        @Override
        public boolean reachable(FenceDevice d, String plug) {
            return plug.equals("n3");
        }
    };

    private static FenceDevice dev(String id, Map<String, String> p) {
        return new FenceDevice(id, "fence_x", p);
    }

    @Test
    void selectorHonoursHostListMapAndCheckModes() throws Exception {
        FenceDevice staticList = dev("static", Map.of("pcmk_host_list", "n1, n2"));
        FenceDevice mapped = dev("mapped", Map.of("pcmk_host_map", "n2:plug-n2;n4=p4"));
        FenceDevice lister = dev("lister", Map.of("pcmk_host_map", "n2:plug-n2", "pcmk_host_check", "dynamic-list"));
        FenceDevice status = dev("status", Map.of("pcmk_host_check", "status"));
        FenceDevice any = dev("any", Map.of("pcmk_host_check", "none"));
        FenceDevice unlisted = dev("quiet", Map.of());
        List<FenceDevice> all = List.of(staticList, mapped, lister, status, any, unlisted);
        FenceDeviceSelector sel = new FenceDeviceSelector(PROBE);
        assertEquals(List.of(staticList, lister, any), sel.devicesFor("n1", all));
        assertEquals(List.of(staticList, mapped, lister, any), sel.devicesFor("n2", all));
        assertEquals(List.of(status, any, unlisted), sel.devicesFor("n3", all));
        assertEquals(List.of(mapped, any), sel.devicesFor("n4", all));
        assertEquals("p4", FenceDeviceSelector.plugFor(mapped, "n4"));
        assertEquals("static-list", FenceDeviceSelector.hostCheck(mapped));
        assertEquals("dynamic-list", FenceDeviceSelector.hostCheck(unlisted));
        assertThrows(IllegalArgumentException.class,
                () -> FenceDeviceSelector.hostMap(dev("bad", Map.of("pcmk_host_map", "n1:"))));
    }

    @Test
    void fenceJcrmKillsTheNodeDaemonAndReportsStatus() throws Exception {
        Path cluster = tmp.resolve("cluster");
        Files.createDirectories(cluster.resolve("node2"));
        Process daemon = new ProcessBuilder("sleep", "300").start();
        Files.writeString(cluster.resolve("node2/jcrmd.pid"), daemon.pid() + "\n");
        FenceAgentClass fence = new FenceAgentClass(TestAgents.paths(null, tmp), new ProcessRunner());
        Map<String, String> params = Map.of("cluster_dir", cluster.toString(),
                "pcmk_host_map", "n2:node2", "pcmk_host_list", "n2");
        AgentRef ref = AgentRef.parse("stonith:fence_jcrm");
        assertEquals(OcfCode.SUCCESS, fence.execute(act(ref, "status", params, "n2")).rc());
        ActionResult off = fence.execute(act(ref, "off", params, "n2"));
        assertTrue(off.is(OcfCode.SUCCESS), off.summary());
        assertTrue(daemon.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(OcfCode.NOT_RUNNING, fence.execute(act(ref, "status", params, "n2")).rc());
        assertEquals(Optional.of(Set.of("node2")), fence.list(new FenceDevice("f", "fence_jcrm", params)));
        ActionResult on = fence.execute(act(ref, "on", params, "n2"));
        assertEquals(OcfCode.ERR_GENERIC, on.rc());
        assertTrue(on.exitReason().contains("no on_command"), on.exitReason());
        assertFalse(fence.execute(act(ref, "monitor", Map.of("cluster_dir", "/no/such"), null)).is(0));
    }

    @Test
    void stdinCarriesActionTargetAndDeviceParametersButNoPcmkOnes() throws Exception {
        Path dump = tmp.resolve("stdin.txt");
        Path dir = tmp.resolve("fence");
        TestAgents.script(dir.resolve("fence_dump"), "#!/bin/sh\ncat > " + dump + "\n");
        AgentPaths paths = new AgentPaths(List.of(), AgentPaths.SYSTEM_OCF_ROOT, tmp, List.of(dir));
        FenceAgentClass fence = new FenceAgentClass(paths, new ProcessRunner());
        fence.execute(act(AgentRef.parse("stonith:fence_dump"), "reboot",
                Map.of("ipaddr", "10.1.1.1", "pcmk_host_map", "n1:7"), "n1"));
        List<String> lines = Files.readAllLines(dump);
        assertEquals(List.of("action=reboot", "nodename=n1", "port=7", "ipaddr=10.1.1.1"), lines);
    }

    private static ExecutorAction act(AgentRef ref, String action, Map<String, String> params, String target) {
        return new ExecutorAction("fence1", ref, action, Duration.ZERO, Duration.ofSeconds(20), params,
                target == null ? Map.of() : Map.of(FenceAgentClass.TARGET_META, target));
    }
}
