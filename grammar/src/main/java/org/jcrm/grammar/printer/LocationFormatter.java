package org.jcrm.grammar.printer;

/** {@code location ID RSC|/PATTERN/|{ SETS } [role=R] [resource-discovery=D] (SCORE: NODE | rule ...)}. */
final class LocationFormatter implements ObjectFormatter {
    @Override
    public String head(XmlElement e, ShowContext context) {
        String rsc;
        if (e.has("rsc")) {
            rsc = e.attr("rsc");
        } else if (e.has("rsc-pattern")) {
            rsc = "/" + e.attr("rsc-pattern") + "/";
        } else if (e.child("resource_set") != null) {
            rsc = "{ " + String.join(" ", ResourceSetText.sets(e, "location")) + " }";
        } else {
            return null;
        }
        StringBuilder s = new StringBuilder("location ").append(e.attr("id")).append(' ').append(rsc);
        for (String attribute : new String[] {"role", "resource-discovery"}) {
            if (e.has(attribute)) {
                s.append(' ').append(attribute).append('=').append(e.attr(attribute));
            }
        }
        if (e.has("node")) {
            s.append(' ').append(CliSyntax.score(e)).append(": ").append(e.attr("node"));
        }
        return s.toString();
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return c.name().equals("rule") ? "rule " + RuleText.rule(c) : null;
    }
}
