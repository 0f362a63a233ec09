package org.jcrm.shell.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.engine.verify.AgentCatalog;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.CibXmlReader;
import org.jcrm.engine.verify.SourceMap;
import org.jcrm.engine.verify.Verifier;
import org.jcrm.engine.verify.VerifyReport;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@code jcrm verify}: checks configurations the way crm_verify does and lints them the way crmsh
 * does. Exit codes: 0 valid, 78 errors (or warnings with --strict; crm text that does not parse is
 * one such error, at its line and column), 64 usage, 65 XML that cannot be read, 66 missing file.
 */
public final class VerifyCommand implements Command {
    private static final String USAGE = "usage: jcrm verify [-V] [--strict] [--output-as human|json|sarif] "
            + "(FILE... | -x FILE | -L)";
    private final Supplier<AgentCatalog> agents;
    private final InputStream stdin;
    /** Built on first use and kept, so that each schema is compiled once however often commit checks. */
    private Verifier verifier;

    /** A verify command that checks agents against this machine's installed agents. */
    public VerifyCommand() {
        this(() -> new RegistryAgentCatalog(AgentRegistry.standard()), System.in);
    }

    /** A verify command with the given agent catalog and standard input (for tests). */
    public VerifyCommand(Supplier<AgentCatalog> agents, InputStream stdin) {
        this.agents = agents;
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "check crm text or CIB XML for errors (crm_verify style)";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        VerifyOptions options = VerifyOptions.parse(args, USAGE);
        AgentCatalog catalog = agents.get();
        Verifier verifier = verifier();
        CrmTextInput crmText = new CrmTextInput(Path.of(System.getenv().getOrDefault("OCF_ROOT", "/usr/lib/ocf"), "resource.d"));
        List<VerifiedInput> results = new ArrayList<>();
        for (String file : inputs(options)) {
            String text = read(file);
            String name = file.equals("-") ? "<stdin>" : file;
            if (!looksLikeXml(text)) {
                results.add(new VerifiedInput(name, true, crmText.check(text, name, verifier, catalog).report()));
                continue;
            }
            CibDocument cib;
            try {
                cib = CibXmlReader.parse(text, name);
            } catch (IOException e) {
                throw new CliException(ExitCode.DATA_ERROR, e.getMessage(), e);
            }
            results.add(new VerifiedInput(name, false, verifier.verify(cib, catalog, SourceMap.empty())));
        }
        options.format().print(results, out);
        boolean errors = results.stream().anyMatch(r -> r.report().hasErrors());
        boolean warnings = results.stream().anyMatch(r -> r.report().hasWarnings());
        if (options.verbose() && !errors && !(options.strict() && warnings)) {
            err.println("jcrm verify: configuration is valid");
        }
        return errors || options.strict() && warnings ? ExitCode.CONFIG : ExitCode.OK;
    }

    /**
     * Checks a CIB already in memory as {@code run} checks an XML file, against the same agents and
     * rules: the configure level's commit uses this instead of writing the CIB to a file to read back.
     */
    public VerifyReport verify(CibDocument cib) {
        return verifier().verify(cib, agents.get(), SourceMap.empty());
    }

    private synchronized Verifier verifier() {
        if (verifier == null) {
            verifier = Verifier.standard();
        }
        return verifier;
    }

    private static List<String> inputs(VerifyOptions options) {
        if (!options.live()) {
            return options.files();
        }
        String cibFile = System.getenv("CIB_file");
        return List.of(cibFile == null || cibFile.isEmpty() ? LIVE : cibFile);
    }

    /** The input name that stands for the running cluster's CIB. */
    private static final String LIVE = "live CIB";

    private static String readLive() {
        Path dir = Path.of(System.getenv().getOrDefault("JCRM_CLUSTER_DIR", ".jcrm"));
        return org.jcrm.engine.node.AdminCibStore.forClusterDir(dir)
                .map(store -> org.jcrm.engine.cib.CibXml.toXml(store.current()))
                .orElseThrow(() -> new CliException(ExitCode.ERROR, "cannot read the live CIB: no jcrm cluster is "
                        + "running in " + dir + " (set JCRM_CLUSTER_DIR, or CIB_file to verify a CIB file instead)"));
    }

    private String read(String file) {
        if (file.equals(LIVE)) {
            return readLive();
        }
        try {
            if (file.equals("-")) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.NO_INPUT, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.NO_INPUT, file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** XML starts with '<' after optional white space and a byte-order mark; crm text never does. */
    static boolean looksLikeXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '<';
            }
        }
        return false;
    }
}
