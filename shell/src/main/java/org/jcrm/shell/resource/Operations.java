package org.jcrm.shell.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;
import org.jcrm.shell.simulate.SimulateCommand;
import org.w3c.dom.Element;

/**
 * What the status section says about resources: {@code operations} lists the recorded operations
 * (of RSC, on NODE) as {@code crm_resource --list-operations} does, and {@code scores} prints the
 * placement scores of the CIB in use as {@code crm_simulate -s} computes them.
 */
final class Operations {
    private Operations() {
    }

    /** {@code operations [RSC [NODE]]}. */
    static void list(ShellContext ctx, List<String> args) {
        if (args.size() > 2) {
            throw new CliException(ExitCode.USAGE, "usage: operations [RSC [NODE]]");
        }
        String rsc = args.isEmpty() ? null : args.get(0);
        String node = args.size() > 1 ? args.get(1) : null;
        StatusDocument doc = new CibEditor(ctx.store()).read();
        if (rsc != null) {
            new ResourceTree(doc.root()).require(rsc);
        }
        for (String uname : doc.nodeStates()) {
            if (node != null && !node.equals(uname)) {
                continue;
            }
            for (Element r : doc.lrmResources(uname)) {
                String id = r.getAttribute("id");
                if (rsc != null && !id.equals(rsc) && !id.startsWith(rsc + ":")) {
                    continue;
                }
                String agent = r.getAttribute("class") + (r.hasAttribute("provider") ? ":" + r.getAttribute("provider") : "")
                        + ":" + r.getAttribute("type");
                for (Element op : Dom.children(r, "lrm_rsc_op")) {
                    boolean ok = op.getAttribute("rc-code").equals(expectedRc(op));
                    ctx.out().println(id + "\t(" + agent + "):\t" + op.getAttribute("id") + " (node=" + uname + ", call="
                            + op.getAttribute("call-id") + ", rc=" + op.getAttribute("rc-code") + "): "
                            + (ok ? "complete" : "failed"));
                }
            }
        }
    }

    private static String expectedRc(Element op) {
        String[] key = op.getAttribute("transition-key").split(":");
        return key.length >= 3 ? key[2] : "0";
    }

    /** {@code scores}: the scheduler's scores for the CIB in use. */
    static void scores(ShellContext ctx, List<String> args) {
        if (!args.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "usage: scores");
        }
        Path file = null;
        try {
            file = Files.createTempFile("jcrm-scores", ".xml");
            Files.writeString(file, CibXml.toXml(ctx.store().current()));
            ExitCode code = new SimulateCommand().run(List.of("-x", file.toString(), "-s"), ctx.out(), ctx.err());
            if (code != ExitCode.OK) {
                throw new CliException(code, "scores: the scheduler failed");
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "scores: cannot write the CIB for the scheduler: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // only a leftover temporary file
                }
            }
        }
    }
}
