package org.jcrm.shell.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jcrm.engine.cib.AttributeOrder;
import org.jcrm.shell.cibedit.AttributeSets;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;
import org.w3c.dom.Element;

/**
 * {@code trace} and {@code untrace} of the resource level: the {@code trace_ra=1} operation
 * attribute that makes the OCF agent trace an operation (written under
 * {@value #TRACE_DIR}/TYPE). An operation not configured yet gets an {@code op} element
 * ({@code RSC-OP-INTERVAL}); {@code probe} is the monitor of interval 0; without an operation the
 * start and stop (and the other non-monitor operations configured) are traced. Untracing removes
 * the attribute, and the operations that only existed to carry it.
 */
final class Tracing {
    static final String TRACE_DIR = "/var/lib/heartbeat/trace_ra";

    private Tracing() {
    }

    /** {@code trace RSC [OP [INTERVAL]]}. */
    static void trace(ShellContext ctx, List<String> args) {
        Operation op = operation(args, "trace");
        String type = new CibEditor(ctx.store()).edit(doc -> {
            Element rsc = primitive(doc.root(), op.rsc());
            Element ops = Dom.childOrNew(rsc, "operations");
            for (String name : op.names(ops)) {
                String interval = op.interval();
                Element element = find(ops, name, interval).orElseGet(() -> newOp(ops, op.rsc(), name, interval));
                AttributeSets.set(element, "instance_attributes", "trace_ra", "1", Set.of());
                // crmsh writes this pair itself, in its own order (crm_resource would put the id first).
                AttributeSets.pair(element, "instance_attributes", "trace_ra")
                        .ifPresent(nv -> AttributeOrder.declare(nv, "name", "value", "id"));
            }
            return rsc.getAttribute("type");
        });
        ctx.err().println("INFO: Trace for " + op.rsc() + (op.name() == null ? "" : ":" + op.name())
                + " is written to " + TRACE_DIR + "/" + type);
        ctx.err().println("INFO: Trace set, restart " + op.rsc() + " to trace " + (op.name() == null
                || op.name().equals("monitor") ? "non-monitor operations" : "the " + op.name() + " operation"));
    }

    /** {@code untrace RSC [OP [INTERVAL]]}. */
    static void untrace(ShellContext ctx, List<String> args) {
        Operation op = operation(args, "untrace");
        new CibEditor(ctx.store()).edit(doc -> {
            Element rsc = primitive(doc.root(), op.rsc());
            Element ops = Dom.child(rsc, "operations").orElse(null);
            List<Element> traced = new ArrayList<>();
            if (ops != null) {
                for (Element element : Dom.children(ops, "op")) {
                    boolean named = op.name() == null || (element.getAttribute("name").equals(op.name())
                            && (op.interval() == null || sameInterval(element.getAttribute("interval"), op.interval())));
                    if (named && AttributeSets.get(element, "instance_attributes", "trace_ra").isPresent()) {
                        traced.add(element);
                    }
                }
            }
            if (traced.isEmpty() && op.name() != null) {
                throw new CliException(ExitCode.ERROR, "resource.untrace: Operation " + op.name() + " not found in "
                        + op.rsc());
            }
            for (Element element : traced) {
                AttributeSets.remove(element, "instance_attributes", "trace_ra");
                AttributeSets.removeEmptySets(element);
                if (Dom.children(element).isEmpty()) {
                    ops.removeChild(element);
                }
            }
            if (ops != null && Dom.children(ops).isEmpty()) {
                rsc.removeChild(ops);
            }
            return null;
        });
        ctx.err().println("INFO: Stop tracing " + op.rsc() + (op.name() == null ? "" : " for operation " + op.name()));
    }

    /** The operation named on the command line; {@code name} null means every non-monitor operation. */
    private record Operation(String rsc, String name, String interval) {
        List<String> names(Element ops) {
            if (name != null) {
                return List.of(name);
            }
            List<String> all = new ArrayList<>(List.of("start", "stop"));
            for (Element element : Dom.children(ops, "op")) {
                String n = element.getAttribute("name");
                if (!n.equals("monitor") && !all.contains(n)) {
                    all.add(n);
                }
            }
            return all;
        }
    }

    private static Operation operation(List<String> args, String command) {
        if (args.isEmpty() || args.size() > 3) {
            throw new CliException(ExitCode.USAGE, "usage: " + command + " RSC [OP [INTERVAL]]");
        }
        String name = args.size() > 1 ? args.get(1) : null;
        String interval = args.size() > 2 ? args.get(2) : null;
        if ("probe".equals(name)) {
            name = "monitor";
            interval = "0";
        } else if (name != null && interval == null && !name.equals("monitor")) {
            interval = "0";
        }
        return new Operation(args.get(0), name, interval);
    }

    private static Element primitive(Element cib, String id) {
        Element rsc = new ResourceTree(cib).require(id);
        if (!rsc.getTagName().equals("primitive")) {
            throw new CliException(ExitCode.USAGE, "resource.trace: " + id + " is a " + rsc.getTagName()
                    + ", not a primitive: trace the primitives inside it");
        }
        return rsc;
    }

    private static java.util.Optional<Element> find(Element ops, String name, String interval) {
        return Dom.children(ops, "op").stream().filter(o -> o.getAttribute("name").equals(name)
                && (interval == null || sameInterval(o.getAttribute("interval"), interval))).findFirst();
    }

    private static Element newOp(Element ops, String rsc, String name, String interval) {
        if (interval == null) {
            throw new CliException(ExitCode.ERROR, "resource.trace: No " + name + " operation configured for " + rsc);
        }
        Element op = ops.getOwnerDocument().createElement("op");
        op.setAttribute("name", name);
        op.setAttribute("interval", interval);
        op.setAttribute("id", AttributeSets.unique(rsc + "-" + name + "-" + interval,
                new java.util.HashSet<>(Dom.ids(ops.getOwnerDocument().getDocumentElement()))));
        AttributeOrder.declare(op, "name", "interval", "id");
        ops.appendChild(op);
        return op;
    }

    private static boolean sameInterval(String a, String b) {
        return a.equals(b) || (isZero(a) && isZero(b));
    }

    private static boolean isZero(String interval) {
        return interval.isEmpty() || interval.matches("0+[a-z]*");
    }
}
