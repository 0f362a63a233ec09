package org.jcrm.shell.verify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jcrm.engine.verify.Finding;

/**
 * SARIF 2.1.0 for code scanning: one run of the tool "jcrm verify", one result per finding with its
 * rule id, level, message and location (file, plus line and column for crm text; the XPath as a
 * logical location for XML).
 */
final class SarifFormat implements FindingFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void print(List<VerifiedInput> results, PrintStream out) {
        Set<String> rules = new LinkedHashSet<>();
        List<String> entries = new ArrayList<>();
        for (VerifiedInput input : results) {
            for (Finding f : input.report().findings()) {
                rules.add(f.rule());
                entries.add(result(input, f));
            }
        }
        List<String> ruleObjects = new ArrayList<>();
        for (String r : rules) {
            ruleObjects.add("{\"id\":" + Json.str(r) + "}");
        }
        out.println("{\"$schema\":" + Json.str(SCHEMA) + ",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":"
                + "{\"name\":\"jcrm verify\",\"rules\":["
                + String.join(",", ruleObjects) + "]}},\"results\":[" + String.join(",", entries) + "]}]}");
    }

    private static String result(VerifiedInput input, Finding f) {
        String region = input.crmText() && f.pos() != null
                ? ",\"region\":{\"startLine\":" + f.pos().line() + ",\"startColumn\":" + f.pos().column() + "}" : "";
        String logical = f.objectId() == null ? "" : ",\"logicalLocations\":[{\"name\":" + Json.str(f.objectId())
                + ",\"fullyQualifiedName\":" + Json.str(f.xpath()) + "}]";
        return "{\"ruleId\":" + Json.str(f.rule()) + ",\"level\":" + Json.str(f.isError() ? "error" : "warning")
                + ",\"message\":{\"text\":" + Json.str(f.message()) + "},\"locations\":[{\"physicalLocation\":"
                + "{\"artifactLocation\":{\"uri\":" + Json.str(input.name()) + "}" + region + "}" + logical + "}]}";
    }
}
