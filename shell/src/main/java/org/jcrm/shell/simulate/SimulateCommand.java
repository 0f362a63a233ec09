package org.jcrm.shell.simulate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.SplitCib;
import org.jcrm.engine.scheduler.Transition;
import org.jcrm.engine.scheduler.unpack.IsoDates;
import org.jcrm.engine.simulate.CibEdits;
import org.jcrm.engine.simulate.CibEdits.NodeChange;
import org.jcrm.engine.simulate.GraphWriter;
import org.jcrm.engine.simulate.SimulationReport;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Document;

/**
 * {@code jcrm simulate}: what the cluster would do for a CIB file, printed as crm_simulate prints it,
 * with what-if edits (nodes up/down/failed, injected results) and {@code --explain RSC}.
 */
public final class SimulateCommand implements Command {
    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "show what the scheduler would do for a CIB (crm_simulate options)";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        SimulateOptions o = SimulateOptions.parse(args);
        if (o.live) {
            throw new CliException(ExitCode.ERROR, "no live cluster to check yet: give a CIB file with -x");
        }
        boolean saveCib = o.saveOutput != null;
        SplitCib cib = read(o, saveCib);
        Document doc = cib.document();
        String execDate = doc.getDocumentElement().getAttribute("execution-date");
        Instant executionDate = execDate.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(execDate.trim()));
        Instant now = executionDate != null ? executionDate
                : o.dateTime != null ? parseDate(o.dateTime) : Instant.now();
        Transition t;
        try {
            t = Scheduler.schedule(cib, now);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.DATA_ERROR, o.xmlFile + ": " + e.getMessage(), e);
        }
        boolean execute = o.simulate || o.saveOutput != null;
        String report = SimulationReport.render(t, new SimulationReport.Options(!o.quiet, execute && !o.quiet || o.simulate,
                executionDate, o.showScores), saveCib ? doc : null);
        out.print(report);
        if (o.explain != null) {
            out.println();
            ExplainPrinter.print(t, o.explain, out);
        }
        // each file is rendered only when asked for: a big transition's graph text costs time
        if (execute) {
            save(o.saveOutput, () -> CibEdits.toXml(doc));
        }
        save(o.saveGraph, () -> GraphWriter.xml(t.actions()));
        save(o.saveDot, () -> GraphWriter.dot(t.actions()));
        return ExitCode.OK;
    }

    /**
     * Reads the CIB and applies the what-if edits. Only a CIB to save needs its whole document (the
     * simulated results are recorded in it); else the status, nearly all of a large CIB, is read
     * straight into the scheduler's records and edited there.
     */
    private static SplitCib read(SimulateOptions o, boolean whole) {
        SplitCib cib;
        try {
            if (whole) {
                Document doc = CibEdits.read(Path.of(o.xmlFile));
                applyEdits(o, (n, c) -> CibEdits.change(doc, n, c), (op, rc) -> CibEdits.injectOp(doc, op, rc));
                return SplitCib.of(doc);
            }
            cib = SplitCib.read(Path.of(o.xmlFile));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.DATA_ERROR, o.xmlFile + ": " + e.getMessage(), e);
        }
        applyEdits(o, (n, c) -> CibEdits.change(cib, n, c), (op, rc) -> CibEdits.injectOp(cib, op, rc));
        return cib;
    }

    private static Instant parseDate(String text) {
        try {
            return IsoDates.parse(text).toInstant();
        } catch (RuntimeException e) {
            throw new CliException(ExitCode.USAGE, "bad date '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Applies the what-if edits: {@code node} changes a node's membership, {@code inject} records a result. */
    private static void applyEdits(SimulateOptions o, BiConsumer<String, NodeChange> node, BiConsumer<String, Integer> inject) {
        try {
            o.nodeUp.forEach(n -> node.accept(n, NodeChange.UP));
            o.nodeDown.forEach(n -> node.accept(n, NodeChange.DOWN));
            o.nodeFail.forEach(n -> node.accept(n, NodeChange.FAILED));
            o.opInject.forEach(s -> inject.accept(s, 0));
            o.opFail.forEach(s -> inject.accept(s, 1));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    private static void save(String file, Supplier<String> text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), text.get());
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
