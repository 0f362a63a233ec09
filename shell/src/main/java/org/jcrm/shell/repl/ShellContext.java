package org.jcrm.shell.repl;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jcrm.engine.store.CibStore;

/**
 * What every shell command works with: where output goes, the CIB store in use, and how to ask the
 * user a yes/no question (always "no" answer-free in batch mode: there nobody is asked).
 */
public final class ShellContext {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final Predicate<String> confirm;
    private java.util.function.Supplier<CibStore> storeSource;
    private final List<Runnable> switchGuards = new ArrayList<>();
    private CibStore store;
    private String cibName;
    private boolean force;

    /**
     * @param interactive true when a person types at a terminal: prompts and questions are allowed
     * @param confirm     asks a yes/no question; only called when interactive
     */
    public ShellContext(PrintStream out, PrintStream err, boolean interactive, Predicate<String> confirm,
            CibStore store, String cibName) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.confirm = confirm;
        this.store = store;
        this.cibName = cibName;
    }

    /**
     * A context whose store is found on first use, so that commands which never touch a CIB (help,
     * ra, level changes) do not need one.
     */
    public ShellContext(PrintStream out, PrintStream err, boolean interactive, Predicate<String> confirm,
            java.util.function.Supplier<CibStore> storeSource, String cibName) {
        this(out, err, interactive, confirm, (CibStore) null, cibName);
        this.storeSource = storeSource;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** True when a person is at a terminal. */
    public boolean interactive() {
        return interactive;
    }

    /** Asks a yes/no question when interactive; in batch mode returns {@code batchAnswer} without asking. */
    public boolean confirm(String question, boolean batchAnswer) {
        return interactive ? confirm.test(question) : batchAnswer;
    }

    /** Sets crm's force mode ({@code crm -F}): questions are answered yes, and said so. */
    public void force(boolean on) {
        this.force = on;
    }

    /** True in force mode. */
    public boolean force() {
        return force;
    }

    /**
     * Asks crmsh's kind of question before changing more than the user named: in force mode it is
     * answered yes and printed as {@code INFO: QUESTION [YES]}; on a terminal the user answers; in
     * batch mode it is answered no without a word.
     */
    public boolean ask(String question) {
        if (force) {
            err.println("INFO: " + question + " [YES]");
            return true;
        }
        return interactive && confirm.test(question + " (y/n)? ");
    }

    /** The store commands read and commit to. */
    public CibStore store() {
        if (store == null && storeSource != null) {
            store = storeSource.get();
        }
        return store;
    }

    /** The name of the CIB in use as the prompt shows it: {@code live} or a shadow's name. */
    public String cibName() {
        return cibName;
    }

    /**
     * Adds a check run before every switch of CIB; it may refuse the switch by throwing (the
     * configure level does while it holds uncommitted changes).
     */
    public void beforeSwitch(Runnable guard) {
        switchGuards.add(guard);
    }

    /** Switches to another CIB (a shadow, or back to live) once every guard agreed. */
    public void use(CibStore newStore, String newName) {
        switchGuards.forEach(Runnable::run);
        this.store = newStore;
        this.cibName = newName;
    }
}
