package org.jcrm.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * crmsh's own parser unit cases: every input crmsh accepts parses here, and every input crmsh
 * rejects ({@code assertFalse(out)}) fails here, except the inputs listed as known differences.
 */
class CrmshParseCasesTest {
    /** Inputs crmsh handles that jcrm deliberately does not: raw XML objects. */
    private static final List<String> UNSUPPORTED = List.of("xml <node uname=\"foo-1\"/>");
    /** crmsh accepts a group with no members when it has attributes; so do we. */

    @Test
    void acceptanceMatchesCrmsh() throws IOException {
        Path file = Path.of(System.getProperty("jcrm.shared", "../../shared"), "conformance", "crmsh-4.4.1", "unit",
                "unit_cases.json");
        assumeTrue(Files.exists(file), "shared conformance data not present");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(
                Files.readString(file))).get("test_parse_cases");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> c : cases) {
            String input = (String) c.get("input");
            if (UNSUPPORTED.contains(input)) {
                continue;
            }
            checked++;
            boolean crmshRejects = c.get("assertions").toString().contains("assertFalse(out)")
                    || c.get("assertions").toString().contains("assertEqual(False, out)");
            boolean weReject;
            try {
                new CrmText().parse(input, "case");
                weReject = false;
            } catch (CrmSyntaxException e) {
                weReject = true;
            }
            if (weReject != crmshRejects) {
                mismatches.add((crmshRejects ? "accepted: " : "rejected: ") + input);
            }
        }
        assertEquals(List.of(), mismatches, checked + " cases checked");
    }
}
