package org.jcrm.engine.verify;

import java.util.Map;
import java.util.Set;

/**
 * Where each object of a crm configuration file starts: the line of the statement that defines it
 * (continuation lines ending in a backslash belong to their statement). A locator, not a parser: it
 * reads only each statement's first two words, so positions can be given for any text the real
 * parser accepted.
 */
public final class CrmSourceIndex {
    private static final Set<String> OBJECT_STATEMENTS = Set.of("node", "primitive", "group", "clone", "ms", "master",
            "location", "colocation", "collocation", "order", "rsc_ticket", "tag", "rsc_template", "template",
            "role", "user", "acl_target", "acl_group", "alert", "bundle");
    /** crmsh's ids for the attribute sets written without an explicit id. */
    private static final Map<String, String> DEFAULT_SET_IDS = Map.of("property", "cib-bootstrap-options",
            "rsc_defaults", "rsc-options", "op_defaults", "op-options");

    private CrmSourceIndex() {
    }

    /** The id → position map of {@code text}. */
    public static SourceMap index(String text) {
        SourceMap map = SourceMap.empty();
        String[] lines = text.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean startsStatement = !continued;
            continued = line.stripTrailing().endsWith("\\");
            if (!startsStatement) {
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] words = trimmed.split("\\s+");
            String keyword = words[0];
            int column = line.indexOf(keyword) + 1;
            if (OBJECT_STATEMENTS.contains(keyword) && words.length > 1) {
                map.put(stripNodeId(words[1]), new SourcePos(i + 1, column));
            } else if (DEFAULT_SET_IDS.containsKey(keyword)) {
                map.put(setId(words, DEFAULT_SET_IDS.get(keyword)), new SourcePos(i + 1, column));
            }
        }
        return map;
    }

    /** "node n1:" or "node $id=1 n1" style: the node's name without the trailing colon. */
    private static String stripNodeId(String word) {
        return word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
    }

    /** "property $id=x ..." or "property x: ..." name their set; otherwise crmsh's default id. */
    private static String setId(String[] words, String fallback) {
        if (words.length > 1 && words[1].startsWith("$id=")) {
            return words[1].substring(4);
        }
        if (words.length > 1 && words[1].endsWith(":") && !words[1].contains("=")) {
            return words[1].substring(0, words[1].length() - 1);
        }
        return fallback;
    }
}
