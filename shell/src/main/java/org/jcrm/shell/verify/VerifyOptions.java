package org.jcrm.shell.verify;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/** The command line of {@code jcrm verify}, parsed: inputs, live mode, verbosity, strictness, format. */
record VerifyOptions(List<String> files, boolean live, boolean verbose, boolean strict, FindingFormat format) {
    static VerifyOptions parse(List<String> args, String usage) {
        List<String> files = new ArrayList<>();
        boolean live = false;
        boolean verbose = false;
        boolean strict = false;
        String output = "human";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-L", "--live-check" -> live = true;
                case "-V", "--verbose" -> verbose = true;
                case "--strict" -> strict = true;
                case "-x", "--xml-file", "--output-as" -> {
                    if (i + 1 == args.size()) {
                        throw new CliException(ExitCode.USAGE, a + " needs a value\n" + usage);
                    }
                    String value = args.get(++i);
                    if (a.equals("--output-as")) {
                        output = value;
                    } else {
                        files.add(value);
                    }
                }
                default -> {
                    if (a.startsWith("--output-as=")) {
                        output = a.substring("--output-as=".length());
                    } else if (a.startsWith("-") && !a.equals("-")) {
                        throw new CliException(ExitCode.USAGE, "unknown option " + a + "\n" + usage);
                    } else {
                        files.add(a);
                    }
                }
            }
        }
        if (live == !files.isEmpty()) {
            throw new CliException(ExitCode.USAGE, (live ? "-L takes no files" : "nothing to verify") + "\n" + usage);
        }
        FindingFormat format = switch (output) {
            case "human", "text" -> new HumanFormat(verbose);
            case "json" -> new JsonFormat();
            case "sarif" -> new SarifFormat();
            default -> throw new CliException(ExitCode.USAGE, "unknown output format '" + output
                    + "' (human, json, sarif)\n" + usage);
        };
        return new VerifyOptions(List.copyOf(files), live, verbose, strict, format);
    }
}
