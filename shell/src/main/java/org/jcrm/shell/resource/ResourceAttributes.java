package org.jcrm.shell.resource;

import java.util.List;
import java.util.Set;
import org.jcrm.shell.cibedit.AttributeSets;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;
import org.w3c.dom.Element;

/**
 * {@code param}, {@code meta} and {@code utilization} of the resource level: one attribute of one
 * resource's {@code instance_attributes}, {@code meta_attributes} or {@code utilization} set, shown,
 * set or deleted in the stored CIB, with {@code crm_resource}'s messages.
 */
final class ResourceAttributes {
    private final String setTag;

    /** Attributes kept in sets with this tag. */
    ResourceAttributes(String setTag) {
        this.setTag = setTag;
    }

    /** Runs {@code RSC set NAME VALUE | delete NAME | show NAME}. */
    void run(ShellContext ctx, List<String> args, String usage) {
        if (args.size() < 3) {
            throw new CliException(ExitCode.USAGE, "usage: " + usage);
        }
        String rsc = args.get(0);
        String name = args.get(2);
        CibEditor cib = new CibEditor(ctx.store());
        switch (args.get(1)) {
            case "set" -> {
                if (args.size() != 4) {
                    throw new CliException(ExitCode.USAGE, "usage: " + usage);
                }
                String value = args.get(3);
                AttributeSets.Written w = cib.edit(doc -> AttributeSets.set(new ResourceTree(doc.root()).require(rsc),
                        setTag, name, value, Set.of()));
                ctx.out().println("Set '" + rsc + "' option: id=" + w.id() + " set=" + w.setId() + " name=" + name
                        + " value=" + value);
            }
            case "delete" -> {
                List<String> removed = cib.edit(doc -> AttributeSets.remove(new ResourceTree(doc.root()).require(rsc),
                        setTag, name));
                if (removed.isEmpty()) {
                    throw notFound(rsc, name);
                }
                removed.forEach(id -> ctx.out().println("Deleted '" + rsc + "' option: id=" + id + " name=" + name));
            }
            case "show" -> {
                Element r = new ResourceTree(cib.read().root()).require(rsc);
                ctx.out().println(AttributeSets.get(r, setTag, name).orElseThrow(() -> notFound(rsc, name)));
            }
            default -> throw new CliException(ExitCode.USAGE, "usage: " + usage);
        }
    }

    private static CliException notFound(String rsc, String name) {
        return new CliException(ExitCode.ERROR, "Attribute '" + name + "' not found for '" + rsc + "'");
    }
}
