package org.jcrm.agents.systemd;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.lsb.LsbAgentClass;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * {@code service:NAME}: the systemd unit when systemd runs and has it, otherwise the LSB init script
 * of that name, otherwise "not installed".
 */
public final class ServiceAgentClass implements AgentClass {
    private final SystemdAgentClass systemd;
    private final LsbAgentClass lsb;

    public ServiceAgentClass(SystemdAgentClass systemd, LsbAgentClass lsb) {
        this.systemd = systemd;
        this.lsb = lsb;
    }

    @Override
    public String name() {
        return "service";
    }

    @Override
    public List<String> list(String provider) {
        TreeSet<String> all = new TreeSet<>(lsb.list(null));
        all.addAll(systemd.list(null));
        return List.copyOf(all);
    }

    private Optional<AgentClass> backend(AgentRef agent) {
        AgentRef lsbRef = new AgentRef("lsb", null, agent.type());
        if (systemd.available() && systemd.exists(new AgentRef("systemd", null, agent.type()))) {
            return Optional.of(systemd);
        }
        return lsb.exists(lsbRef) ? Optional.of(lsb) : Optional.empty();
    }

    @Override
    public boolean exists(AgentRef agent) {
        return backend(agent).isPresent();
    }

    @Override
    public Optional<String> metadataXml(AgentRef agent) throws InterruptedException {
        Optional<AgentClass> b = backend(agent);
        return b.isPresent() ? b.get().metadataXml(agent) : Optional.empty();
    }

    @Override
    public ActionResult execute(ExecutorAction action) throws InterruptedException {
        Optional<AgentClass> b = backend(action.agent());
        if (b.isEmpty()) {
            return ActionResult.failed(OcfCode.ERR_INSTALLED, OpStatus.NOT_INSTALLED, "service "
                    + action.agent().type() + " is neither a systemd unit"
                    + (systemd.available() ? "" : " (systemd is not running here)") + " nor an init script");
        }
        return b.get().execute(action);
    }
}
