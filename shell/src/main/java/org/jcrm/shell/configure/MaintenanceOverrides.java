package org.jcrm.shell.configure;

import org.jcrm.shell.cibedit.AttributeSets;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.repl.ShellContext;
import org.w3c.dom.Element;

/**
 * Setting {@code maintenance-mode=true} puts the whole cluster in maintenance, but a resource's or
 * node's own {@code maintenance} attribute would still win over it: as crmsh does, each one is
 * offered for removal (resources inside a container first, then nodes), which {@code crm -F} accepts.
 */
final class MaintenanceOverrides {
    private MaintenanceOverrides() {
    }

    /** True when the property definition turns cluster-wide maintenance on. */
    static boolean turnsOn(java.util.List<String> args) {
        return args.stream().anyMatch(a -> a.matches("maintenance-mode=(?i)(true|on|yes|y|1)"));
    }

    /** Offers the removals in the configuration under the CIB element {@code cib}. */
    static void offerRemoval(Element cib, ShellContext ctx) {
        ResourceTree tree = new ResourceTree(cib);
        for (Element rsc : tree.childrenFirst()) {
            offer(rsc, "meta_attributes", rsc.getAttribute("id"), ctx);
        }
        for (Element node : Dom.children(tree.nodes(), "node")) {
            offer(node, "instance_attributes", node.getAttribute("uname"), ctx);
        }
    }

    private static void offer(Element owner, String setTag, String name, ShellContext ctx) {
        if (AttributeSets.get(owner, setTag, "maintenance").isPresent()
                && ctx.ask("'maintenance' attribute already exists in " + name + ". Remove it?")) {
            AttributeSets.remove(owner, setTag, "maintenance");
        }
    }
}
