package org.jcrm.engine.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The launch mechanism jcrm asks for, and that a user's own choice wins. */
class LaunchMechanismTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(LaunchMechanism.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(LaunchMechanism.PROPERTY);
        } else {
            System.setProperty(LaunchMechanism.PROPERTY, saved);
        }
    }

    @Test
    void vforkOnLinuxUntilTheRuntimeDeprecatesIt() {
        boolean linux = System.getProperty("os.name").toLowerCase().contains("linux");
        Optional<String> expected = linux && Runtime.version().feature() < 25 ? Optional.of("VFORK") : Optional.empty();
        assertEquals(expected, LaunchMechanism.preferred());
    }

    @Test
    void fillsInOnlyWhatTheUserLeftUnset() {
        System.clearProperty(LaunchMechanism.PROPERTY);
        LaunchMechanism.applyPreferred();
        assertEquals(LaunchMechanism.preferred().orElse(null), System.getProperty(LaunchMechanism.PROPERTY));
        System.setProperty(LaunchMechanism.PROPERTY, "FORK");
        LaunchMechanism.applyPreferred();
        assertEquals("FORK", System.getProperty(LaunchMechanism.PROPERTY));
    }

    @Test
    void daemonsGetTheUsersChoiceElseThePreferredOne() {
        System.setProperty(LaunchMechanism.PROPERTY, "POSIX_SPAWN");
        assertEquals(List.of("-D" + LaunchMechanism.PROPERTY + "=POSIX_SPAWN"), LaunchMechanism.jvmOptions());
        System.clearProperty(LaunchMechanism.PROPERTY);
        assertEquals(LaunchMechanism.preferred().map(m -> List.of("-D" + LaunchMechanism.PROPERTY + "=" + m))
                .orElse(List.of()), LaunchMechanism.jvmOptions());
    }
}
