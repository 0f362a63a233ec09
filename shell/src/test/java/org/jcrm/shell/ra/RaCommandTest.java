package org.jcrm.shell.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jcrm.agents.AgentPaths;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `jcrm ra` against init scripts written into a temporary init.d and the repository's own agents. */
class RaCommandTest {
    @TempDir
    Path tmp;
    private Path initDir;
    private RaCommand ra;

    @BeforeEach
    void setUp() {
        initDir = tmp.resolve("init.d");
        Path agents = Path.of(System.getProperty("jcrm.root", ".."), "agents");
        AgentPaths paths = new AgentPaths(List.of(agents.resolve("ocf/resource.d"),
                AgentPaths.SYSTEM_OCF_ROOT.resolve("resource.d")), AgentPaths.SYSTEM_OCF_ROOT, initDir,
                List.of(agents.resolve("fence")));
        ra = new RaCommand(() -> AgentRegistry.standard(paths));
    }

    private record Run(ExitCode code, String out) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ExitCode code = ra.run(List.of(args), out, System.err);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).replace(tmp.toString(), "TMP"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = RaCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void initScript(String name, String statusWhenStopped) throws IOException {
        Path flag = tmp.resolve(name + ".running");
        Path f = initDir.resolve(name);
        Files.createDirectories(initDir);
        Files.writeString(f, "#!/bin/sh\n"
                + "case \"$1\" in\n"
                + "  start) touch " + flag + "; exit 0 ;;\n"
                + "  stop) rm -f " + flag + "; exit 0 ;;\n"
                + "  status) [ -f " + flag + " ] && { echo running; exit 0; }; echo stopped; exit "
                + statusWhenStopped + " ;;\n"
                + "  *) exit 2 ;;\n"
                + "esac\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void checkOfAGoodLsbScriptPassesEveryStep() throws IOException {
        initScript("good", "3");
        Run r = run("check", "lsb:good");
        assertEquals(golden("check-good-lsb.txt"), r.out());
        assertEquals(ExitCode.OK, r.code());
    }

    @Test
    void checkOfAnLsbScriptThatSaysZeroWhenStoppedFails() throws IOException {
        initScript("broken", "0");
        Run r = run("check", "lsb:broken");
        assertEquals(golden("check-broken-lsb.txt"), r.out());
        assertEquals(ExitCode.ERROR, r.code());
    }

    @Test
    void checkOfThePromotableOcfAgentIncludesPromotion() {
        Run r = run("check", "ocf:jcrm:Stateful", "state=" + tmp.resolve("s.state"));
        assertEquals(ExitCode.OK, r.code(), r.out());
        assertTrue(r.out().contains(" 6. monitor  (promoted)"), r.out());
        assertTrue(r.out().endsWith("11/11 steps passed: ocf:jcrm:Stateful behaves as the cluster needs\n"), r.out());
    }

    @Test
    void infoShowsMetadataLikeCrmsh() throws IOException {
        Run r = run("info", "ocf:jcrm:Dummy");
        assertEquals(golden("info-dummy.txt"), r.out());
    }

    @Test
    void listsClassesProvidersAndAgents() throws IOException {
        initScript("good", "3");
        assertTrue(run("classes").out().contains("ocf / "));
        assertTrue(run("classes").out().contains(" jcrm"));
        assertTrue(run("providers", "Stateful").out().contains("jcrm"));
        assertTrue(run("list", "ocf:jcrm").out().matches("(?s)Dummy\\s+Stateful\\s+anything\\s*"), run("list", "ocf:jcrm").out());
        assertEquals("good\n", run("list", "lsb").out());
    }

    @Test
    void badUsageIsReported() {
        CliException e = assertThrows(CliException.class, () -> run("list", "nosuch"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertThrows(CliException.class, () -> run("info", "ocf:jcrm:Nope"));
        assertThrows(CliException.class, () -> run("check", "lsb:missing"));
    }
}
