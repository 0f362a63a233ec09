package org.jcrm.agents.ocf;

import java.nio.file.Path;
import java.util.Map;
import org.jcrm.agents.process.AgentEnvironment;
import org.jcrm.agents.process.ResultTranslator;
import org.jcrm.engine.executor.ExecutorAction;

/**
 * The environment of an OCF agent process: OCF_ROOT, the API version, the resource's identity, each
 * parameter as {@code OCF_RESKEY_name}, each meta attribute as {@code OCF_RESKEY_CRM_meta_name} (dashes
 * become underscores, as Pacemaker writes them), the action's interval and timeout in milliseconds,
 * and OCF_CHECK_LEVEL from the {@code OCF_CHECK_LEVEL} parameter or the {@code depth} meta attribute.
 */
public final class OcfEnvironment {
    /** The parameter and meta attribute that set the monitor depth instead of becoming RESKEYs. */
    public static final String CHECK_LEVEL = "OCF_CHECK_LEVEL";

    private OcfEnvironment() {
    }

    /** Builds the full environment for running {@code action} with {@code ocfRoot} as OCF_ROOT. */
    public static Map<String, String> build(ExecutorAction action, Path ocfRoot) {
        Map<String, String> env = AgentEnvironment.base();
        env.put("OCF_ROOT", ocfRoot.toString());
        env.put("OCF_RA_VERSION_MAJOR", "1");
        env.put("OCF_RA_VERSION_MINOR", "1");
        env.put("OCF_RESOURCE_INSTANCE", action.resourceId());
        env.put("OCF_RESOURCE_TYPE", action.agent().type());
        env.put("OCF_RESOURCE_PROVIDER", action.agent().provider());
        env.put("OCF_EXIT_REASON_PREFIX", ResultTranslator.EXIT_REASON_PREFIX);
        action.parameters().forEach((k, v) -> {
            if (k.equals(CHECK_LEVEL)) {
                env.put(CHECK_LEVEL, v);
            } else {
                env.put("OCF_RESKEY_" + k, v);
            }
        });
        action.meta().forEach((k, v) -> {
            if (k.equals(CHECK_LEVEL) || k.equals("depth")) {
                env.put(CHECK_LEVEL, v);
            } else {
                env.put("OCF_RESKEY_CRM_meta_" + k.replace('-', '_'), v);
            }
        });
        env.put("OCF_RESKEY_CRM_meta_interval", Long.toString(action.interval().toMillis()));
        env.put("OCF_RESKEY_CRM_meta_timeout", Long.toString(action.timeout().toMillis()));
        return env;
    }
}
