package org.jcrm.shell.simulate;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.Transition;
import org.jcrm.engine.scheduler.assign.Explanation;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;

/** Says in words why a resource goes where it goes: each node's final score and what made it. */
final class ExplainPrinter {
    private ExplainPrinter() {
    }

    static void print(Transition t, String rscId, PrintStream out) {
        Resource r = t.workingSet().resource(rscId);
        if (r == null) {
            throw new org.jcrm.shell.cli.CliException(org.jcrm.shell.cli.ExitCode.DATA_ERROR, "no resource '" + rscId + "' in the CIB");
        }
        Explanation why = t.explanation();
        out.println("Why " + rscId + " goes where it goes:");
        for (Primitive p : r.primitives()) {
            out.println("  " + p.id() + ": " + (why.decision(p.id()) == null ? "not placed" : why.decision(p.id())));
            for (ClusterNode n : t.workingSet().nodes()) {
                String state = n.canHostResources() ? "" : " (node cannot host resources)";
                out.println("    on " + n.uname() + ": base score " + Score.format(p.score(n)) + state);
                print(why.contributions(p.id()), n, out);
                for (Resource a = p.parent(); a != null; a = a.parent()) {
                    print(why.contributions(a.id()), n, out);
                }
            }
            for (Map.Entry<ClusterNode, Integer> f : p.failCounts().entrySet()) {
                out.println("    failcount on " + f.getKey().uname() + ": " + Score.format(f.getValue()));
            }
        }
    }

    private static void print(List<Explanation.Contribution> cs, ClusterNode n, PrintStream out) {
        for (Explanation.Contribution c : cs) {
            if (c.node().equals(n.uname())) {
                out.println("      " + c.amount() + "  " + c.reason());
            }
        }
    }
}
