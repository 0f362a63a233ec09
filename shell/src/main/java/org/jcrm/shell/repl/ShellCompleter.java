package org.jcrm.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the REPL: the first word completes to the current level's commands, levels and
 * navigation words; {@code LEVEL WORD...} completes inside that level; later words are completed by
 * the command itself ({@link LevelCommand#complete}).
 */
public final class ShellCompleter implements Completer {
    private static final List<String> NAVIGATION = List.of("cd", "up", "end", "quit", "help");
    private final Shell shell;

    public ShellCompleter(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        for (String value : candidates(before, word)) {
            boolean partial = value.endsWith("=") || value.endsWith(":");
            candidates.add(new Candidate(value, value, null, null, null, null, !partial));
        }
    }

    /** The candidates for {@code word} after the complete words {@code before}, at the current level. */
    public List<String> candidates(List<String> before, String word) {
        return candidates(shell.current(), before, word);
    }

    private List<String> candidates(Level level, List<String> before, String word) {
        List<String> out = new ArrayList<>();
        if (before.isEmpty()) {
            level.commands().forEach(command -> out.add(command.name()));
            out.addAll(level.sublevelNames());
            out.addAll(NAVIGATION);
            return out;
        }
        String first = before.get(0);
        List<String> rest = before.subList(1, before.size());
        if (first.equals("help") || first.equals("?")) {
            if (rest.isEmpty()) {
                level.commands().forEach(command -> out.add(command.name()));
                out.addAll(level.sublevelNames());
            }
            return out;
        }
        if (first.equals("cd")) {
            return rest.isEmpty() ? level.sublevelNames() : out;
        }
        Optional<Level> sub = level.command(first).isPresent() ? Optional.empty() : level.sublevel(first);
        if (sub.isPresent()) {
            return candidates(sub.get(), rest, word);
        }
        return level.command(first).map(command -> command.complete(shell.context(), rest, word)).orElse(out);
    }
}
