package org.jcrm.shell.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The `jcrm` entry point: picks the command named by the first word and maps its outcome to an exit
 * code, with every error message on stderr.
 */
public final class Main {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main(List<Command> available) {
        for (Command c : available) {
            commands.put(c.name(), c);
        }
    }

    /** The commands jcrm offers, in the order the usage text lists them. */
    static List<Command> defaultCommands() {
        List<Command> list = new ArrayList<>();
        list.add(new org.jcrm.shell.simulate.SimulateCommand());
        return list;
    }

    public static void main(String[] args) {
        int code = new Main(defaultCommands()).run(List.of(args), System.out, System.err).code();
        System.out.flush();
        System.exit(code);
    }

    ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("jcrm: unknown command '" + args.get(0) + "' (try 'jcrm help')");
            return ExitCode.USAGE;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (CliException e) {
            err.println("jcrm " + command.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("jcrm " + command.name() + ": internal error: " + e);
            return ExitCode.SOFTWARE;
        }
    }

    private void usage(PrintStream out) {
        out.println("usage: jcrm COMMAND [ARGS...]");
        out.println();
        for (Command c : commands.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
    }
}
