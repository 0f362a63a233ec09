package org.jcrm.shell.ra;

import java.util.Set;
import org.jcrm.agents.metadata.ActionInfo;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.agents.metadata.ParameterInfo;
import org.jcrm.engine.executor.AgentRef;

/**
 * An agent's meta-data as text, laid out like crmsh's {@code ra info}: title line, long description,
 * the parameters (required ones starred, defaults in brackets) and the advised operation defaults.
 */
final class MetadataText {
    /** Actions that are not operations one configures, left out of the operation list. */
    private static final Set<String> NOT_OPERATIONS = Set.of("meta-data", "metadata", "validate-all", "usage");
    private final AgentMetadata md;
    private final AgentRef agent;

    MetadataText(AgentMetadata md, AgentRef agent) {
        this.md = md;
        this.agent = agent;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(md.shortdesc().isEmpty() ? agent.toString() : md.shortdesc() + " (" + agent + ")").append("\n\n");
        if (!md.longdesc().isEmpty()) {
            sb.append(md.longdesc()).append("\n\n");
        }
        if (!md.parameters().isEmpty()) {
            sb.append("Parameters (*: required, []: default):\n\n");
            for (ParameterInfo p : md.parameters()) {
                if (p.deprecated()) {
                    continue;
                }
                sb.append(p.name()).append(p.required() ? "*" : "").append(" (").append(p.type());
                if (p.defaultValue() != null && !p.defaultValue().isEmpty()) {
                    sb.append(", [").append(p.defaultValue()).append(']');
                }
                sb.append("): ").append(p.shortdesc()).append('\n');
                String longdesc = p.longdesc().isEmpty() ? p.shortdesc() : p.longdesc();
                longdesc.lines().map(String::strip).forEach(l -> sb.append("    ").append(l).append('\n'));
                sb.append('\n');
            }
        }
        StringBuilder ops = new StringBuilder();
        for (ActionInfo a : md.actions()) {
            if (NOT_OPERATIONS.contains(a.name())) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("    %-13s", a.name()));
            append(line, "timeout", a.timeout());
            append(line, "interval", a.interval());
            append(line, "depth", a.depth());
            append(line, "role", a.role());
            ops.append(line.toString().stripTrailing()).append('\n');
        }
        if (ops.length() > 0) {
            sb.append("Operations' defaults (advisory minimum):\n\n").append(ops);
        }
        return sb.toString();
    }

    private static void append(StringBuilder line, String key, String value) {
        if (value != null && !value.isEmpty()) {
            line.append(' ').append(key).append('=').append(value);
        }
    }
}
