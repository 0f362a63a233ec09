package org.jcrm.shell.node;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.AttributeSets;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;
import org.w3c.dom.Element;

/**
 * {@code attribute}, {@code utilization} and {@code status-attr} of the node level: one attribute of
 * a node, permanent ({@code nodes} scope: the node's {@code instance_attributes} set
 * {@code nodes-ID} or its {@code utilization} set {@code nodes-ID-utilization}) or transient
 * ({@code status} scope: the node's transient attributes), with {@code crm_attribute}'s messages.
 */
final class NodeAttributes {
    /** Which attributes: the set tag under the node, or null for the status section's transient ones. */
    private final String setTag;
    private final String name;

    private NodeAttributes(String name, String setTag) {
        this.name = name;
        this.setTag = setTag;
    }

    static NodeAttributes permanent() {
        return new NodeAttributes("attribute", "instance_attributes");
    }

    static NodeAttributes utilization() {
        return new NodeAttributes("utilization", "utilization");
    }

    static NodeAttributes transientOnes() {
        return new NodeAttributes("status-attr", null);
    }

    String usage() {
        return name + " NODE set NAME VALUE | delete NAME | show NAME";
    }

    void run(ShellContext ctx, List<String> args) {
        if (args.size() < 3 || (args.get(1).equals("set") ? args.size() != 4 : args.size() != 3)) {
            throw new CliException(ExitCode.USAGE, "usage: " + usage());
        }
        String node = args.get(0);
        String attr = args.get(2);
        CibEditor cib = new CibEditor(ctx.store());
        String scope = setTag == null ? "status" : "nodes";
        switch (args.get(1)) {
            case "set" -> cib.edit(doc -> {
                write(doc, node, attr, args.get(3));
                return null;
            });
            case "delete" -> {
                Optional<String> id = cib.edit(doc -> {
                    Optional<String> was = pairId(doc, node, attr);
                    write(doc, node, attr, null);
                    return was;
                });
                if (id.isEmpty()) {
                    throw new CliException(ExitCode.ERROR, "Attribute '" + attr + "' not found for node " + node);
                }
                ctx.out().println("Deleted " + scope + " attribute: id=" + id.get() + " name=" + attr);
            }
            case "show" -> {
                StatusDocument doc = cib.read();
                String value = read(doc, node, attr).orElseThrow(() -> new CliException(ExitCode.ERROR,
                        "Attribute '" + attr + "' not found for node " + node));
                ctx.out().println("scope=" + scope + "  name=" + attr + " value=" + value);
            }
            default -> throw new CliException(ExitCode.USAGE, "usage: " + usage());
        }
    }

    /** Sets (or with a null value removes) the attribute. */
    void write(StatusDocument doc, String node, String attr, String value) {
        Element n = new ResourceTree(doc.root()).requireNode(node);
        if (setTag == null) {
            doc.transientAttribute(node, attr, value);
        } else if (value == null) {
            AttributeSets.remove(n, setTag, attr);
        } else {
            String setId = "nodes-" + n.getAttribute("id") + (setTag.equals("utilization") ? "-utilization" : "");
            AttributeSets.set(n, setTag, setId, attr, value, Set.of());
        }
    }

    private Optional<String> read(StatusDocument doc, String node, String attr) {
        Element n = new ResourceTree(doc.root()).requireNode(node);
        return setTag == null ? doc.transientAttribute(node, attr) : AttributeSets.get(n, setTag, attr);
    }

    private Optional<String> pairId(StatusDocument doc, String node, String attr) {
        Element n = new ResourceTree(doc.root()).requireNode(node);
        if (setTag == null) {
            return doc.transientAttribute(node, attr).map(v -> "status-" + n.getAttribute("id") + "-" + attr);
        }
        return AttributeSets.pair(n, setTag, attr).map(nv -> nv.getAttribute("id"));
    }
}
