package org.jcrm.shell.resource;

import java.util.HashMap;
import java.util.Map;
import org.jcrm.shell.repl.ShellContext;

/**
 * The questions one command asks, each asked once: a CIB edit may be applied again when another
 * writer committed first, and the user must not be asked (or told) twice.
 */
final class Questions {
    private final ShellContext context;
    private final Map<String, Boolean> answers = new HashMap<>();

    Questions(ShellContext context) {
        this.context = context;
    }

    /** The answer to {@code question}, asked through the shell the first time. */
    boolean ask(String question) {
        return answers.computeIfAbsent(question, context::ask);
    }
}
