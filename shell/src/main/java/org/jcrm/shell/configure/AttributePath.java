package org.jcrm.shell.configure;

import java.util.List;
import java.util.Optional;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Element;

/**
 * {@code set PATH VALUE}: changes one attribute that is already configured, named by the path
 * {@code ID.NAME} (a parameter, meta or utilization attribute of the object) or
 * {@code ID.OP.[INTERVAL.]NAME} (an attribute of one of its operations, the interval telling apart
 * operations of the same name).
 */
final class AttributePath {
    private static final List<String> SETS = List.of("instance_attributes", "meta_attributes", "utilization");

    private AttributePath() {
    }

    static void set(Element configuration, String path, String value) {
        String[] parts = path.split("\\.");
        if (parts.length < 2 || parts.length > 4) {
            throw new CliException(ExitCode.USAGE, "configure.set: the path is ID.NAME or ID.OP.[INTERVAL.]NAME, not "
                    + path);
        }
        Element object = Dom.find(configuration, parts[0], List.of("primitive", "group", "clone", "master", "bundle",
                "template", "node", "cluster_property_set", "meta_attributes", "rsc_location", "rsc_colocation",
                "rsc_order", "rsc_ticket")).orElseThrow(() -> new CliException(ExitCode.DATA_ERROR,
                        "configure.set: Object " + parts[0] + " not found"));
        String name = parts[parts.length - 1];
        Element owner = parts.length == 2 ? object : operation(object, parts[1], parts.length == 4 ? parts[2] : null, path);
        if (parts.length > 2 && owner.hasAttribute(name)) {
            owner.setAttribute(name, value);
            return;
        }
        Element pair = pair(owner, name).orElseThrow(() -> new CliException(ExitCode.DATA_ERROR,
                "configure.set: Attribute not found: " + path));
        pair.setAttribute("value", value);
    }

    private static Optional<Element> pair(Element owner, String name) {
        if (owner.getTagName().equals("cluster_property_set") || owner.getTagName().equals("meta_attributes")) {
            return Dom.children(owner, "nvpair").stream().filter(nv -> name.equals(nv.getAttribute("name"))).findFirst();
        }
        for (Element set : Dom.children(owner)) {
            if (SETS.contains(set.getTagName())) {
                for (Element nv : Dom.children(set, "nvpair")) {
                    if (name.equals(nv.getAttribute("name"))) {
                        return Optional.of(nv);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Element operation(Element object, String op, String interval, String path) {
        List<Element> ops = Dom.child(object, "operations").map(o -> Dom.children(o, "op")).orElse(List.of()).stream()
                .filter(o -> op.equals(o.getAttribute("name"))
                        && (interval == null || interval.equals(o.getAttribute("interval")))).toList();
        if (ops.isEmpty()) {
            throw new CliException(ExitCode.DATA_ERROR, "configure.set: Attribute not found: " + path);
        }
        if (ops.size() > 1) {
            throw new CliException(ExitCode.USAGE, "configure.set: " + object.getAttribute("id") + " has " + ops.size()
                    + " " + op + " operations: give the interval (ID.OP.INTERVAL.NAME)");
        }
        return ops.get(0);
    }
}
