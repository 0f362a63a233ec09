package org.jcrm.engine.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jcrm's verdict (errors or not) against crm_verify's (valid or not) on every scheduler regression
 * input of Pacemaker 2.1.5. Prints the agreement and every disagreement with both outputs; fails when
 * the agreement falls below the floor kept in verify/agreement-floor.properties.
 */
class SchedulerCasesAgreementTest {
    @Test
    void agreesWithCrmVerifyOnSchedulerInputs() throws Exception {
        Path xmlDir = Path.of(System.getProperty("jcrm.shared", "../shared"), "conformance", "pacemaker-2.1.5",
                "scheduler", "xml");
        assumeTrue(Files.isDirectory(xmlDir), "no conformance data at " + xmlDir);
        assumeTrue(CrmVerifyOracle.installed(), "crm_verify is not installed");
        List<Path> inputs;
        try (Stream<Path> s = Files.list(xmlDir)) {
            inputs = s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        }
        List<String> disagreements = new ArrayList<>();
        Verifier verifier = Verifier.standard();
        for (Path input : inputs) {
            VerifyReport report;
            try (InputStream in = Files.newInputStream(input)) {
                report = verifier.verify(CibXmlReader.read(in, input.toString()), AgentCatalog.NONE,
                        SourceMap.empty());
            }
            CrmVerifyOracle.Verdict oracle = CrmVerifyOracle.run(input);
            if (oracle.invalid() != report.hasErrors()) {
                disagreements.add(Disagreement.describe(input, oracle, report));
            }
        }
        int agree = inputs.size() - disagreements.size();
        disagreements.forEach(System.out::println);
        System.out.printf("verify agreement with crm_verify on scheduler inputs: %d/%d%n", agree, inputs.size());
        int floor = AgreementFloor.get("scheduler");
        assertTrue(agree >= floor, "agreement " + agree + "/" + inputs.size() + " is below the floor " + floor);
    }
}
