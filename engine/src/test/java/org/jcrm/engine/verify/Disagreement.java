package org.jcrm.engine.verify;

import java.nio.file.Path;
import java.util.stream.Collectors;

/** Formats one disagreement between jcrm verify and crm_verify, with both outputs. */
final class Disagreement {
    private Disagreement() {
    }

    static String describe(Path input, CrmVerifyOracle.Verdict oracle, VerifyReport report) {
        String ours = report.findings().stream()
                .map(f -> "    " + f.severity().word() + ": " + f.message() + " [" + f.objectId() + "]")
                .collect(Collectors.joining("\n"));
        return "DISAGREE " + input.getFileName() + ": crm_verify " + (oracle.invalid() ? "invalid" : "valid")
                + ", jcrm " + (report.hasErrors() ? "errors" : "no errors") + "\n  crm_verify:\n    "
                + oracle.output().replace("\n", "\n    ") + "\n  jcrm:\n" + ours;
    }
}
