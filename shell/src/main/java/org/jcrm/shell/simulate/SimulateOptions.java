package org.jcrm.shell.simulate;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/** The command line of {@code jcrm simulate}, with crm_simulate's short and long option names. */
final class SimulateOptions {
    String xmlFile;
    boolean live;
    boolean simulate;
    boolean run;
    boolean showScores;
    boolean quiet;
    String dateTime;
    String saveOutput;
    String saveGraph;
    String saveDot;
    String explain;
    final List<String> nodeUp = new ArrayList<>();
    final List<String> nodeDown = new ArrayList<>();
    final List<String> nodeFail = new ArrayList<>();
    final List<String> opInject = new ArrayList<>();
    final List<String> opFail = new ArrayList<>();

    static SimulateOptions parse(List<String> args) {
        SimulateOptions o = new SimulateOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "-L", "--live-check" -> o.live = true;
                case "-S", "--simulate" -> o.simulate = true;
                case "-R", "--run" -> o.run = true;
                case "-s", "--show-scores" -> o.showScores = true;
                case "-Q", "--quiet" -> o.quiet = true;
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.size() || !takesValue(a)) {
                            throw new CliException(ExitCode.USAGE, takesValue(a) ? "option " + a + " needs a value" : "unknown option '" + a + "'");
                        }
                        value = args.get(++i);
                    }
                    o.set(a, value);
                }
            }
        }
        if (o.xmlFile == null && !o.live) {
            throw new CliException(ExitCode.USAGE, "give a CIB with -x FILE (or -L for the live cluster)");
        }
        return o;
    }

    private static boolean takesValue(String a) {
        return List.of("-x", "--xml-file", "-t", "--set-datetime", "-u", "--node-up", "-d", "--node-down", "-f",
                "--node-fail", "-i", "--op-inject", "-F", "--op-fail", "-O", "--save-output", "-G", "--save-graph",
                "-D", "--save-dotfile", "--explain").contains(a);
    }

    private void set(String option, String value) {
        switch (option) {
            case "-x", "--xml-file" -> xmlFile = value;
            case "-t", "--set-datetime" -> dateTime = value;
            case "-u", "--node-up" -> nodeUp.add(value);
            case "-d", "--node-down" -> nodeDown.add(value);
            case "-f", "--node-fail" -> nodeFail.add(value);
            case "-i", "--op-inject" -> opInject.add(value);
            case "-F", "--op-fail" -> opFail.add(value);
            case "-O", "--save-output" -> saveOutput = value;
            case "-G", "--save-graph" -> saveGraph = value;
            case "-D", "--save-dotfile" -> saveDot = value;
            case "--explain" -> explain = value;
            default -> throw new CliException(ExitCode.USAGE, "unknown option '" + option + "'");
        }
    }
}
