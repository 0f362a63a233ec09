package org.jcrm.engine.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs Debian's crm_verify on a CIB file: its verdict (exit code 0 or not) and what it printed. */
final class CrmVerifyOracle {
    record Verdict(boolean invalid, String output) {
    }

    private CrmVerifyOracle() {
    }

    /** Whether crm_verify is installed here. */
    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "crm_verify"))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin/crm_verify"));
    }

    static Verdict run(Path cib) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("crm_verify", "-V", "-V", "-x", cib.toString()).redirectErrorStream(true);
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "") + ":/usr/sbin");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("crm_verify timed out on " + cib);
        }
        return new Verdict(p.exitValue() != 0, out.strip());
    }
}
