package org.jcrm.shell.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The `jcrm` entry point: picks the command named by the first word and maps its outcome to an exit
 * code, with every error message on stderr. Words that name a shell level ({@code configure},
 * {@code resource}, {@code node} ...) run as one crm shell command, unless they carry the
 * {@code --option} forms of the command-line tools of the same name.
 */
public final class Main {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final CrmShellCommand crmShell;

    Main(List<Command> available, CrmShellCommand crmShell) {
        for (Command c : available) {
            commands.put(c.name(), c);
        }
        this.crmShell = crmShell;
    }

    /** The commands jcrm offers, in the order the usage text lists them. */
    static List<Command> defaultCommands() {
        List<Command> list = new ArrayList<>();
        list.add(new org.jcrm.shell.ra.RaCommand());
        list.add(new org.jcrm.shell.verify.VerifyCommand());
        list.add(new org.jcrm.shell.cluster.ClusterCommand());
        list.add(new org.jcrm.shell.cluster.StatusCommand());
        list.add(new org.jcrm.shell.node.NodeCommand());
        list.add(new org.jcrm.shell.resource.ResourceCommand());
        list.add(new org.jcrm.shell.simulate.SimulateCommand());
        return list;
    }

    public static void main(String[] args) {
        CrmShellCommand crmShell = new CrmShellCommand(System.getenv(), System.in);
        crmShell.prepare(List.of(args));
        int code = new Main(defaultCommands(), crmShell).run(List.of(args), System.out, System.err).code();
        System.out.flush();
        System.exit(code);
    }

    ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && (args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h"))) {
            usage(out);
            return ExitCode.OK;
        }
        Command command = args.isEmpty() ? null : commands.get(args.get(0));
        // `jcrm resource start p3` is crm's command line and works on the CIB in use (CIB_file, else the
        // running cluster); the option forms (--cluster DIR, --node N --name X ...) are the tools' own.
        if (command != null && args.stream().noneMatch(a -> a.startsWith("--")) && crmShell.handles(args.get(0))) {
            command = null;
        }
        if (command == null && (args.isEmpty() || crmShell.handles(args.get(0)))) {
            try {
                return crmShell.run(args, out, err);
            } catch (CliException e) {
                err.println("jcrm: " + e.getMessage());
                return e.exitCode();
            }
        }
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
        out.println("usage: jcrm                      the crm shell (interactive on a terminal, else reads stdin)");
        out.println("       jcrm -f SCRIPT            runs a crm script");
        out.println("       jcrm LEVEL COMMAND...     one shell command, e.g. jcrm configure show");
        out.println("       jcrm COMMAND [ARGS...]");
        out.println();
        for (Command c : commands.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
    }
}
