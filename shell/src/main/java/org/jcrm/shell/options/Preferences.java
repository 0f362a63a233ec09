package org.jcrm.shell.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * The user's shell preferences ({@code editor}, {@code pager}, {@code output}, {@code sort-elements},
 * {@code manage-children}),
 * kept as {@code name = value} lines in a small rc file. Unset names fall back to the environment
 * ({@code $EDITOR}, {@code $PAGER}) and then to fixed defaults.
 */
public final class Preferences {
    /** The options and their allowed values (empty: any value). */
    static final Map<String, List<String>> OPTIONS = Map.of(
            "editor", List.of(),
            "pager", List.of(),
            "output", List.of("plain", "color", "color-always", "uppercase"),
            "sort-elements", List.of("yes", "no", "true", "false"),
            "manage-children", List.of("ask", "always", "never"));

    private final Path file;
    private final Map<String, String> env;
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Preferences stored in {@code file}, read now if it exists. */
    public Preferences(Path file, Map<String, String> env) {
        this.file = file;
        this.env = env;
        read();
    }

    /** The rc file. */
    public Path file() {
        return file;
    }

    /** The editor command to run: the option, else $VISUAL / $EDITOR, else vi. */
    public String editor() {
        return firstSet(values.get("editor"), env.get("VISUAL"), env.get("EDITOR"), "vi");
    }

    /** The pager command: the option, else $PAGER, else less. */
    public String pager() {
        return firstSet(values.get("pager"), env.get("PAGER"), "less");
    }

    /** The value in effect for {@code name}. */
    public String get(String name) {
        return switch (name) {
            case "editor" -> editor();
            case "pager" -> pager();
            case "output" -> values.getOrDefault("output", "plain");
            case "sort-elements" -> values.getOrDefault("sort-elements", "yes");
            case "manage-children" -> values.getOrDefault("manage-children", "ask");
            default -> throw unknown(name);
        };
    }

    /** Sets {@code name} and writes the rc file. */
    public void set(String name, String value) {
        List<String> allowed = OPTIONS.get(name);
        if (allowed == null) {
            throw unknown(name);
        }
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new CliException(ExitCode.USAGE, "bad value '" + value + "' for " + name + " (one of: "
                    + String.join(", ", allowed) + ")");
        }
        values.put(name, value);
        save();
    }

    /** Forgets every setting and removes them from the rc file. */
    public void reset() {
        values.clear();
        save();
    }

    /** Writes the settings to the rc file. */
    public void save() {
        StringBuilder text = new StringBuilder("# jcrm shell preferences\n");
        values.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot write " + file + ": " + e.getMessage());
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || !OPTIONS.containsKey(line.substring(0, eq).strip())) {
                throw new CliException(ExitCode.DATA_ERROR, file + ":" + (i + 1) + ": expected 'option = value' with "
                        + "one of " + String.join(", ", OPTIONS.keySet()));
            }
            values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
    }

    private static String firstSet(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    private static CliException unknown(String name) {
        return new CliException(ExitCode.USAGE, "unknown option '" + name + "' (" + String.join(", ",
                new TreeSet<>(OPTIONS.keySet())) + ")");
    }
}
