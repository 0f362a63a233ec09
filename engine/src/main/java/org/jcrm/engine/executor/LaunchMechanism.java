package org.jcrm.engine.executor;

import java.util.List;
import java.util.Optional;

/**
 * How this JVM should start child processes: {@code VFORK} where the runtime still offers it without
 * complaint (Linux, Java 24 and older), else the runtime's default. It only ever fills in the system
 * property {@value #PROPERTY}; a value the user gave is kept.
 *
 * <p>Why: the default on Linux, {@code POSIX_SPAWN}, execs the JDK's {@code jspawnhelper} first, which
 * then execs the real program, and hands it its arguments and environment over an extra pipe: one more
 * exec and more system calls for every agent action. With a thousand monitored resources that is most of
 * what a node spends beyond the agents themselves. {@code VFORK} execs the program directly. Java 25
 * deprecates it (and prints a warning on first use), so there the default stays.
 */
public final class LaunchMechanism {
    /** The system property the JDK reads, once, when it starts its first child process. */
    public static final String PROPERTY = "jdk.lang.Process.launchMechanism";
    /** The first Java release that deprecates {@code VFORK}. */
    private static final int VFORK_DEPRECATED_IN = 25;

    private LaunchMechanism() {
    }

    /** The mechanism jcrm prefers on this runtime, or empty to keep the runtime's default. */
    public static Optional<String> preferred() {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        return linux && Runtime.version().feature() < VFORK_DEPRECATED_IN ? Optional.of("VFORK") : Optional.empty();
    }

    /**
     * Sets the property to {@link #preferred()} unless it is set already. It takes effect only if this
     * JVM has not started a child process yet, so call it early; later it changes nothing, harmlessly.
     */
    public static void applyPreferred() {
        preferred().ifPresent(m -> {
            if (System.getProperty(PROPERTY) == null) {
                System.setProperty(PROPERTY, m);
            }
        });
    }

    /**
     * The {@code -D} option for a JVM started with this same runtime: the mechanism set in this JVM if
     * any (so a user's choice reaches the node daemons), else the preferred one, else none.
     */
    public static List<String> jvmOptions() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).or(LaunchMechanism::preferred)
                .map(m -> List.of("-D" + PROPERTY + "=" + m)).orElse(List.of());
    }
}
