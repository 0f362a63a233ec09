package org.jcrm.grammar.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcrm.grammar.parse.MiniJson;

/**
 * The local variables of crmsh's parser tests that their assertions use but the case data does
 * not hold ({@code conformance/crmsh-test-locals.json}), put back into the assertions in place of
 * their names.
 */
final class TestLocals {
    private final Map<String, Map<String, Object>> byCase = new HashMap<>();

    @SuppressWarnings("unchecked")
    TestLocals() throws IOException {
        try (InputStream in = TestLocals.class.getResourceAsStream("/conformance/crmsh-test-locals.json")) {
            if (in == null) {
                throw new IOException("conformance/crmsh-test-locals.json missing from the test resources");
            }
            Map<String, Object> root = (Map<String, Object>) MiniJson.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (Object c : (List<Object>) root.get("cases")) {
                Map<String, Object> entry = (Map<String, Object>) c;
                byCase.put(entry.get("test") + "\n" + entry.get("input"), (Map<String, Object>) entry.get("locals"));
            }
        }
    }

    /** The assertions of case {@code test}/{@code input} with its known local variables written out. */
    List<String> expand(String test, String input, List<String> assertions) {
        Map<String, Object> locals = byCase.get(test + "\n" + input);
        if (locals == null) {
            return assertions;
        }
        List<String> out = new ArrayList<>();
        for (String assertion : assertions) {
            String expanded = assertion;
            for (Map.Entry<String, Object> local : locals.entrySet()) {
                expanded = Pattern.compile("\\b" + Pattern.quote(local.getKey()) + "\\b").matcher(expanded)
                        .replaceAll(Matcher.quoteReplacement((String) local.getValue()));
            }
            out.add(expanded);
        }
        return out;
    }
}
