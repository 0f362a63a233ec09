package org.jcrm.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Debian's ocf-tester passes each of jcrm's OCF agents. */
class OcfTesterTest {
    private static final Path OCF_TESTER = Path.of("/usr/sbin/ocf-tester");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"Dummy,state=STATE", "Stateful,state=STATE", "anything,binfile=sleep;cmdline_options=600;pidfile=STATE"})
    void ocfTesterPasses(String agent, String options) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(OCF_TESTER), "ocf-tester is not installed");
        List<String> cmd = new ArrayList<>(List.of(OCF_TESTER.toString(), "-n", "ocftest-" + agent));
        for (String opt : options.split(";")) {
            cmd.add("-o");
            cmd.add(opt.replace("STATE", tmp.resolve(agent + ".state").toString()));
        }
        cmd.add(TestAgents.agentsDir().resolve("ocf/resource.d/jcrm/" + agent).toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("passed all tests"), out);
    }
}
