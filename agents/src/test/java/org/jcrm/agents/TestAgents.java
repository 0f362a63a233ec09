package org.jcrm.agents;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/** Paths of this repository's agents and helpers to write throw-away agents for tests. */
public final class TestAgents {
    private TestAgents() {
    }

    /** The repository's agents directory (holding ocf/ and fence/). */
    public static Path agentsDir() {
        String root = System.getProperty("jcrm.root");
        Path dir = root != null ? Path.of(root, "agents") : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("ocf"))) {
            dir = Path.of("").toAbsolutePath();
        }
        return dir;
    }

    /** Paths with {@code extraOcfDir} (may be null) searched first, then jcrm's and the system's. */
    public static AgentPaths paths(Path extraOcfDir, Path lsbDir) {
        List<Path> ocf = new ArrayList<>();
        if (extraOcfDir != null) {
            ocf.add(extraOcfDir);
        }
        ocf.add(agentsDir().resolve("ocf/resource.d"));
        ocf.add(AgentPaths.SYSTEM_OCF_ROOT.resolve("resource.d"));
        return new AgentPaths(ocf, AgentPaths.SYSTEM_OCF_ROOT, lsbDir,
                List.of(agentsDir().resolve("fence"), Path.of("/usr/sbin")));
    }

    /** Writes an executable script. */
    public static Path script(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** Whether a process is alive (a zombie waiting to be reaped counts as gone). */
    public static boolean alive(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String s = Files.readString(stat);
            String afterName = s.substring(s.lastIndexOf(')') + 2);
            return afterName.charAt(0) != 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Skips the test unless {@code file} exists. */
    public static void assumeExists(Path file) {
        assumeTrue(Files.exists(file), file + " is not installed here");
    }
}
