package org.jcrm.shell.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the REPL: the first word completes to the current level's commands, levels and
 * navigation words; later words are completed by the command itself.
 */
final class ShellCompleter implements Completer {
    private static final List<String> NAVIGATION = List.of("cd", "up", "end", "quit", "help");
    private final Shell shell;

    ShellCompleter(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        Level level = shell.current();
        if (index == 0) {
            for (LevelCommand command : level.commands()) {
                candidates.add(new Candidate(command.name()));
            }
            level.sublevelNames().forEach(name -> candidates.add(new Candidate(name)));
            NAVIGATION.forEach(name -> candidates.add(new Candidate(name)));
            return;
        }
        String first = words.get(0);
        if (first.equals("help")) {
            level.commands().forEach(command -> candidates.add(new Candidate(command.name())));
            return;
        }
        level.command(first).ifPresent(command -> {
            List<String> before = new ArrayList<>(words.subList(1, Math.min(index, words.size())));
            for (String value : command.complete(shell.context(), before)) {
                boolean partial = value.endsWith("=") || value.endsWith(":");
                candidates.add(new Candidate(value, value, null, null, null, null, !partial));
            }
        });
    }
}
