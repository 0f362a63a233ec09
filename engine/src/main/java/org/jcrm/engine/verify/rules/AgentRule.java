package org.jcrm.engine.verify.rules;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.jcrm.engine.verify.AgentSpec;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Suggestions;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Each primitive against its agent's meta-data: required parameters set, unknown parameters warned
 * (with the nearest known name), operations the agent does not offer and op timeouts below what the
 * agent advises warned. Agents not installed
 * on this machine are warned about once each, since the cluster's nodes may well have them.
 */
public final class AgentRule implements VerifyRule {
    private static final Set<String> STANDARDS = Set.of("ocf", "lsb", "systemd", "service", "stonith", "upstart",
            "nagios");
    /** Actions Pacemaker runs on every resource whatever its meta-data says (fencing devices: itself). */
    private static final Set<String> ALWAYS_ACTIONS = Set.of("start", "stop", "monitor");

    @Override
    public String name() {
        return "agent";
    }

    /** Each distinct installed-agent lookup (a process per agent) starts now, in parallel. */
    @Override
    public void prepare(VerifyContext context) {
        if (!context.agents().available()) {
            return;
        }
        for (Element p : context.cib().elements(context.cib().section("resources"), "primitive")) {
            String standard = p.getAttribute("class");
            if (!p.hasAttribute("template") && STANDARDS.contains(standard)
                    && !(standard.equals("ocf") && !p.hasAttribute("provider"))) {
                context.prefetchAgent(standard, CibDocument.attr(p, "provider"), p.getAttribute("type"));
            }
        }
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        Set<String> missing = new TreeSet<>();
        for (Element p : context.cib().elements(context.cib().section("resources"), "primitive")) {
            if (p.hasAttribute("template")) {
                continue;
            }
            String standard = p.getAttribute("class");
            String provider = CibDocument.attr(p, "provider");
            String type = p.getAttribute("type");
            String id = p.getAttribute("id");
            if (!STANDARDS.contains(standard)) {
                report.error(p, "resource '" + id + "': '" + standard + "' is not a resource class"
                        + Suggestions.hint(standard, STANDARDS));
                continue;
            }
            if (standard.equals("ocf") && provider == null) {
                report.error(p, "resource '" + id + "': ocf agents need a provider (ocf:PROVIDER:" + type + ")");
                continue;
            }
            if (!context.agents().available()) {
                continue;
            }
            String agent = standard + (provider == null ? "" : ":" + provider) + ":" + type;
            Optional<AgentSpec> spec = context.agents().find(standard, provider, type);
            if (spec.isEmpty()) {
                if (missing.add(agent)) {
                    report.warning(p, "resource agent " + agent + " is not installed on this machine; its parameters "
                            + "were not checked");
                }
                continue;
            }
            checkParameters(p, spec.get(), report);
            checkTimeouts(p, spec.get(), report);
        }
    }

    private static void checkParameters(Element p, AgentSpec spec, Reporter report) {
        if (!spec.parametersKnown()) {
            return;
        }
        Map<String, Element> given = CibDocument.nvpairs(p, "instance_attributes");
        String id = p.getAttribute("id");
        boolean fence = "stonith".equals(p.getAttribute("class"));
        Set<String> supplied = fence ? fencerSupplied(given) : Set.of();
        for (Map.Entry<String, Boolean> param : spec.parameters().entrySet()) {
            if (param.getValue() && !given.containsKey(param.getKey()) && !supplied.contains(param.getKey())) {
                report.error(p, "resource '" + id + "': required parameter '" + param.getKey() + "' is not set");
            }
        }
        for (Map.Entry<String, Element> nv : given.entrySet()) {
            String name = nv.getKey();
            if (!spec.parameters().containsKey(name) && !(fence && name.startsWith("pcmk_"))) {
                report.warning(nv.getValue(), "resource '" + id + "': the agent has no parameter '" + name + "'"
                        + Suggestions.hint(name, spec.parameters().keySet()));
            }
        }
    }

    /**
     * The parameters Pacemaker's fencer passes to a fence agent itself on every call: the action, the
     * target's name, and the target as the agent's host argument (port or plug, or pcmk_host_argument).
     */
    private static Set<String> fencerSupplied(Map<String, Element> given) {
        Set<String> supplied = new TreeSet<>(Set.of("action", "nodename", "port", "plug"));
        Element hostArgument = given.get("pcmk_host_argument");
        if (hostArgument != null) {
            supplied.add(hostArgument.getAttribute("value"));
        }
        return supplied;
    }

    private static void checkTimeouts(Element p, AgentSpec spec, Reporter report) {
        for (Element ops : CibDocument.children(p, "operations")) {
            for (Element op : CibDocument.children(ops, "op")) {
                String action = op.getAttribute("name");
                if (!spec.actions().isEmpty() && !action.isEmpty() && !ALWAYS_ACTIONS.contains(action)
                        && !spec.actions().contains(action)) {
                    report.warning(op, "resource '" + p.getAttribute("id") + "': operation '" + action
                            + "' is not an action its agent offers" + Suggestions.hint(action, spec.actions()));
                }
                Optional<Duration> advised = spec.advisedTimeout(action);
                OptionalLong timeout = Values.durationMillis(CibDocument.attr(op, "timeout"));
                if (advised.isPresent() && timeout.isPresent() && timeout.getAsLong() < advised.get().toMillis()) {
                    report.warning(op, "resource '" + p.getAttribute("id") + "': " + action + " timeout "
                            + op.getAttribute("timeout") + " is below the " + advised.get().toSeconds()
                            + "s the agent advises");
                }
            }
        }
    }
}
