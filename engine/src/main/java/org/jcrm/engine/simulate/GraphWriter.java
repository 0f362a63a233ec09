package org.jcrm.engine.simulate;

import java.util.List;
import org.jcrm.engine.scheduler.actions.Action;

/** Writes a transition's action graph as transition-graph XML (synapses with inputs) or as a Graphviz dot file. */
public final class GraphWriter {
    private GraphWriter() {
    }

    public static String xml(List<Action> actions) {
        StringBuilder out = new StringBuilder("<transition_graph>\n");
        int synapse = 0;
        for (Action a : actions) {
            out.append("  <synapse id=\"").append(synapse++).append("\">\n    <action_set>\n      ");
            out.append(element(a)).append("\n    </action_set>\n    <inputs>\n");
            for (Action in : a.inputs()) {
                out.append("      <trigger>").append(element(in)).append("</trigger>\n");
            }
            out.append("    </inputs>\n  </synapse>\n");
        }
        return out.append("</transition_graph>\n").toString();
    }

    private static String element(Action a) {
        String tag = switch (a.kind()) {
            case RESOURCE -> "rsc_op";
            case PSEUDO -> "pseudo_event";
            case FENCE, CLUSTER -> "crm_event";
        };
        StringBuilder s = new StringBuilder("<").append(tag).append(" id=\"").append(a.id()).append("\" operation=\"")
                .append(esc(a.task())).append("\" operation_key=\"").append(esc(a.key())).append('"');
        if (a.node() != null) {
            s.append(" on_node=\"").append(esc(a.node().uname())).append('"');
        }
        return s.append("/>").toString();
    }

    public static String dot(List<Action> actions) {
        StringBuilder out = new StringBuilder("digraph \"g\" {\n");
        for (Action a : actions) {
            out.append("\"").append(label(a)).append("\" [ style=bold color=\"")
                    .append(a.kind() == Action.Kind.PSEUDO ? "orange" : "green").append("\" ]\n");
        }
        for (Action a : actions) {
            for (Action in : a.inputs()) {
                out.append("\"").append(label(in)).append("\" -> \"").append(label(a)).append("\" [ style = bold]\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String label(Action a) {
        return a.key() + (a.node() == null || a.kind() == Action.Kind.PSEUDO ? "" : " " + a.node().uname());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
