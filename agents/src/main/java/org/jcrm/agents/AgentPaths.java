package org.jcrm.agents;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where agents live on this node. jcrm's own agents are in a directory holding {@code ocf/resource.d}
 * and {@code fence/}; it is the system property {@code jcrm.agents.dir}, else the environment variable
 * {@code JCRM_AGENTS_DIR}, else the {@code agents} directory found by walking up from where jcrm's
 * classes are installed. System agents are under {@code /usr/lib/ocf/resource.d}, {@code /etc/init.d}
 * and {@code /usr/sbin/fence_*}; the environment variable {@code OCF_RA_PATH} (colon-separated resource.d
 * directories, as Pacemaker reads it) replaces the system OCF directory. {@code OCF_ROOT} given to agents is {@code /usr/lib/ocf} when it
 * exists, as Pacemaker and ocf-tester do, because Debian's agents load their shell libraries from
 * there even when the agent itself lives in another root.
 */
public record AgentPaths(List<Path> ocfResourceDirs, Path ocfRoot, Path lsbDir, List<Path> fenceDirs) {
    public static final Path SYSTEM_OCF_ROOT = Path.of("/usr/lib/ocf");

    public AgentPaths {
        ocfResourceDirs = List.copyOf(ocfResourceDirs);
        fenceDirs = List.copyOf(fenceDirs);
    }

    /** The paths of this installation: jcrm's agents first, then the system's. */
    public static AgentPaths standard() {
        Optional<Path> jcrm = jcrmAgentsDir();
        List<Path> ocf = new ArrayList<>();
        List<Path> fence = new ArrayList<>();
        jcrm.ifPresent(dir -> {
            ocf.add(dir.resolve("ocf/resource.d"));
            fence.add(dir.resolve("fence"));
        });
        String raPath = System.getenv("OCF_RA_PATH");
        if (raPath != null && !raPath.isBlank()) {
            for (String dir : raPath.split(":")) {
                if (!dir.isBlank()) {
                    ocf.add(Path.of(dir));
                }
            }
        } else {
            ocf.add(SYSTEM_OCF_ROOT.resolve("resource.d"));
        }
        fence.add(Path.of("/usr/sbin"));
        Path root = Files.isDirectory(SYSTEM_OCF_ROOT) || jcrm.isEmpty() ? SYSTEM_OCF_ROOT : jcrm.get().resolve("ocf");
        return new AgentPaths(ocf, root, Path.of("/etc/init.d"), fence);
    }

    /** The same paths with another init script directory (tests, chroots). */
    public AgentPaths withLsbDir(Path dir) {
        return new AgentPaths(ocfResourceDirs, ocfRoot, dir, fenceDirs);
    }

    /** jcrm's own agents directory, as the class Javadoc describes. */
    public static Optional<Path> jcrmAgentsDir() {
        String configured = System.getProperty("jcrm.agents.dir", System.getenv("JCRM_AGENTS_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath());
        }
        Path start = codeLocation();
        for (Path p = start; p != null; p = p.getParent()) {
            for (Path candidate : List.of(p, p.resolve("agents"))) {
                if (Files.isDirectory(candidate.resolve("ocf/resource.d/jcrm"))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Path codeLocation() {
        try {
            CodeSource cs = AgentPaths.class.getProtectionDomain().getCodeSource();
            return cs == null ? null : Path.of(cs.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
