package org.jcrm.shell.cluster;

import org.jcrm.agents.AgentRegistry;
import org.jcrm.engine.node.NodeDaemon;

/**
 * The {@code jcrmd} entry point of a real node: the engine's {@link NodeDaemon} with the agents
 * module's handlers (OCF, LSB, systemd, service, stonith). The wiring lives here because the engine
 * must not depend on the agents module, and the shell module is the one that depends on both.
 * <pre>
 * java org.jcrm.shell.cluster.NodeMain --config CLUSTER_FILE --node NAME --dir STATE_DIR
 * </pre>
 */
public final class NodeMain {
    private NodeMain() {
    }

    public static void main(String[] args) throws Exception {
        NodeDaemon.run(args, AgentRegistry.standard().resolver());
    }
}
