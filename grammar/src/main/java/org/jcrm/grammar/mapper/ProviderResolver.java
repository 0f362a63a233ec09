package org.jcrm.grammar.mapper;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks the OCF provider of an agent written without one, as crmsh does: {@code heartbeat} when it
 * has the agent or nobody does, else the first installed provider that has it.
 */
public interface ProviderResolver {
    /** The provider for an ocf agent type. */
    String providerOf(String type);

    /** Looks under an OCF resource.d directory (e.g. {@code /usr/lib/ocf/resource.d}). */
    static ProviderResolver installedUnder(Path resourceDir) {
        return type -> {
            if (Files.isRegularFile(resourceDir.resolve("heartbeat").resolve(type))) {
                return "heartbeat";
            }
            try (var providers = Files.list(resourceDir)) {
                return providers.filter(p -> Files.isRegularFile(p.resolve(type)))
                        .map(p -> p.getFileName().toString()).sorted().findFirst().orElse("heartbeat");
            } catch (java.io.IOException e) {
                return "heartbeat";
            }
        };
    }
}
