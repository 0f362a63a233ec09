package org.jcrm.engine.scheduler.differential;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs Debian's Pacemaker tools, crm_verify and crm_simulate, on a CIB file as separate processes. */
final class DebianSimulator {
    private static final long TIMEOUT_SECONDS = 60;
    /** CRM_EX_CONFIG: crm_verify's exit code for both errors and warnings. */
    private static final int CONFIG_EXIT = 78;

    private final Path crmSimulate;
    private final Path crmVerify;

    private DebianSimulator(Path crmSimulate, Path crmVerify) {
        this.crmSimulate = crmSimulate;
        this.crmVerify = crmVerify;
    }

    /** The tools found on the PATH or in /usr/sbin, or empty when either is missing. */
    static Optional<DebianSimulator> find() {
        Optional<Path> simulate = executable("crm_simulate");
        Optional<Path> verify = executable("crm_verify");
        if (simulate.isEmpty() || verify.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DebianSimulator(simulate.get(), verify.get()));
    }

    private static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code crm_verify -x}: empty when the CIB is valid, else what crm_verify printed. Warnings
     * (failed operations, resources active twice) also make crm_verify exit 78 but leave the CIB
     * valid; only "Errors found" or another exit code reject it.
     */
    Optional<String> verify(Path cib) throws IOException {
        Run r = run(List.of(crmVerify.toString(), "-x", cib.toString()));
        boolean valid = (r.exit == 0 || r.exit == CONFIG_EXIT) && !r.output.contains("Errors found");
        return valid ? Optional.empty() : Optional.of(r.output.isBlank() ? "crm_verify exit " + r.exit : r.output);
    }

    /**
     * {@code crm_simulate -x CIB -S}: the whole text (status, summary, executed actions, revised
     * status), or empty when crm_simulate failed (it aborts on some inputs).
     */
    Optional<String> simulate(Path cib) throws IOException {
        Run r = run(List.of(crmSimulate.toString(), "-x", cib.toString(), "-S"));
        return r.exit == 0 ? Optional.of(r.output) : Optional.empty();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException {
        Path out = Files.createTempFile("crm-out", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
