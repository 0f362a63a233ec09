package org.jcrm.shell.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * The words after a cluster subcommand: {@code --name value} options (repeatable), bare flags, and
 * positional words.
 */
public final class Options {
    private static final Set<String> FLAGS = Set.of("--force", "--all", "--delete", "--watch", "--query");

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    public static Options parse(List<String> words) {
        Options o = new Options();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (FLAGS.contains(w)) {
                o.flags.add(w);
            } else if (w.startsWith("--")) {
                if (i + 1 >= words.size()) {
                    throw new CliException(ExitCode.USAGE, "option " + w + " needs a value");
                }
                o.values.computeIfAbsent(w, k -> new ArrayList<>()).add(words.get(++i));
            } else {
                o.positional.add(w);
            }
        }
        return o;
    }

    public List<String> all(String option) {
        return values.getOrDefault(option, List.of());
    }

    public Optional<String> one(String option) {
        List<String> v = all(option);
        if (v.size() > 1) {
            throw new CliException(ExitCode.USAGE, "option " + option + " given more than once");
        }
        return v.stream().findFirst();
    }

    public String required(String option) {
        return one(option).orElseThrow(() -> new CliException(ExitCode.USAGE, "missing " + option));
    }

    public boolean flag(String flag) {
        return flags.contains(flag);
    }

    public List<String> positional() {
        return positional;
    }
}
