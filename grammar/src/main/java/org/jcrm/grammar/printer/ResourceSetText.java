package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Resource sets of a constraint in crm syntax: {@code ( a b )} for a non-sequential set,
 * {@code [ a b sequential=true ]} for one that does not require all, a plain list otherwise.
 */
final class ResourceSetText {
    /** Marks a set constraint that would otherwise read as a simple two-resource one. */
    static final String DEGENERATE_MARK = "_rsc_set_";

    private ResourceSetText() {
    }

    /** The set members and brackets; {@code type} is location, colocation, order or rsc_ticket. */
    static List<String> sets(XmlElement constraint, String type) {
        List<String> col = new ArrayList<>();
        int count = 0;
        Boolean sequential = null;
        Boolean requireAll = null;
        for (XmlElement set : constraint.children("resource_set")) {
            sequential = bool(set.attr("sequential"));
            requireAll = bool(set.attr("require-all"));
            if (Boolean.FALSE.equals(requireAll)) {
                col.add("[");
            } else if (Boolean.FALSE.equals(sequential)) {
                col.add("(");
            }
            String qualifier = type.equals("order") ? set.attr("action") : set.attr("role");
            for (XmlElement ref : set.children("resource_ref")) {
                String id = ref.attr("id");
                col.add(qualifier == null || qualifier.isEmpty() ? id : id + ":" + qualifier);
                count++;
            }
            if (Boolean.FALSE.equals(requireAll)) {
                if (!Boolean.FALSE.equals(sequential)) {
                    col.add("sequential=true");
                }
                col.add("]");
            } else if (Boolean.FALSE.equals(sequential)) {
                col.add(")");
            }
        }
        // crmsh judges "degenerate" by the last set's flags only; kept for identical output
        boolean ticket = type.equals("rsc_ticket");
        boolean seqAll = !Boolean.FALSE.equals(sequential) && !Boolean.FALSE.equals(requireAll);
        if (!type.equals("location") && ((seqAll && !ticket && count <= 2) || (ticket && count <= 1))) {
            col.add(0, DEGENERATE_MARK);
        }
        return col;
    }

    private static Boolean bool(String v) {
        return v == null ? null : (v.isEmpty() ? Boolean.FALSE : CliSyntax.isTrue(v));
    }
}
