package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code colocation ID SCORE: RSC[:ROLE] WITH[:ROLE] [node-attribute=A]} and
 * {@code order ID [KIND:] FIRST[:ACTION] THEN[:ACTION] [symmetrical=B]}, or their set forms.
 */
final class PairConstraintFormatter implements ObjectFormatter {
    private final String keyword;

    PairConstraintFormatter(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String head(XmlElement e, ShowContext context) {
        String score = CliSyntax.score(e);
        if (score.isEmpty() && e.has("kind")) {
            score = e.attr("kind");
        }
        List<String> col;
        if (e.child("resource_set") != null) {
            col = ResourceSetText.sets(e, keyword);
        } else if (keyword.equals("colocation")) {
            col = new ArrayList<>(List.of(qualified(e, "rsc", "-role"), qualified(e, "with-rsc", "-role")));
        } else {
            col = new ArrayList<>(List.of(qualified(e, "first", "-action"), qualified(e, "then", "-action")));
        }
        if (keyword.equals("order") && e.attr("symmetrical") != null && !e.attr("symmetrical").isEmpty()) {
            col.add("symmetrical=" + e.attr("symmetrical"));
        } else if (keyword.equals("colocation") && e.attr("node-attribute") != null
                && !e.attr("node-attribute").isEmpty()) {
            col.add("node-attribute=" + e.attr("node-attribute"));
        }
        StringBuilder s = new StringBuilder(keyword).append(' ').append(e.attr("id")).append(' ');
        if (!score.isEmpty()) {
            s.append(score).append(": ");
        }
        return s.append(String.join(" ", col)).toString();
    }

    /** {@code rsc}, {@code rsc:role-or-action} or {@code rsc:instance}. */
    static String qualified(XmlElement e, String attribute, String qualifierSuffix) {
        String rsc = e.attr(attribute);
        String q = e.attr(attribute + qualifierSuffix);
        if (q == null || q.isEmpty()) {
            q = e.attr(attribute + "-instance");
        }
        return q == null || q.isEmpty() ? rsc : rsc + ":" + q;
    }
}
