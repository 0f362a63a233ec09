package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ACL objects: {@code role ID} with one part per permission ({@code read xpath:"..."},
 * {@code write meta:RSC:NAME} ...), {@code acl_target|acl_group|user ID} with one part per role.
 * XPaths that match one of crmsh's shortcuts print as the shortcut.
 */
final class AclFormatter implements ObjectFormatter {
    private static final String NAME = "([a-zA-Z_][a-zA-Z0-9_.-]*)";

    /** Shortcut name, then the xpath pieces (each may extend the previous match). */
    private static final String[][] SHORTCUTS = {
        {"meta", "//primitive\\[@id='@@'\\]/meta_attributes", "/nvpair\\[@name='@@'\\]"},
        {"params", "//primitive\\[@id='@@'\\]/instance_attributes", "/nvpair\\[@name='@@'\\]"},
        {"utilization", "//primitive\\[@id='@@'\\]/utilization"},
        {"location", "//rsc_location\\[@id='cli-prefer-@@' and @rsc='@@'\\]"},
        {"property", "//crm_config/cluster_property_set", "/nvpair\\[@name='@@'\\]"},
        {"nodeattr", "//nodes/node/instance_attributes", "/nvpair\\[@name='@@'\\]"},
        {"nodeutil", "//nodes/node/utilization", "\\[@uname='@@'\\]"},
        {"node", "//nodes/node", "\\[@uname='@@'\\]"},
        {"status", "/cib/status"},
        {"cib", "/cib"},
    };

    private final String keyword;

    AclFormatter(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String head(XmlElement e, ShowContext context) {
        return keyword + " " + e.attr("id");
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return switch (c.name()) {
            case "read", "write", "deny" -> oldStyleRule(c);
            case "role_ref" -> "role:" + c.attr("id");
            case "role" -> c.attr("id");
            case "acl_permission" -> permission(c);
            default -> null;
        };
    }

    private static String oldStyleRule(XmlElement c) {
        List<String> l = new ArrayList<>();
        l.add(c.name());
        for (String spec : new String[] {"xpath", "ref", "tag", "attribute"}) {
            String v = c.attr(spec);
            if (v != null && !v.isEmpty()) {
                l.add(spec.equals("xpath") ? xpath(spec, v) : spec + ":" + v);
            }
        }
        return String.join(" ", l);
    }

    private static String permission(XmlElement c) {
        List<String> s = new ArrayList<>();
        s.add(c.attr("kind"));
        String description = c.attr("description");
        if (description != null && !description.isEmpty()) {
            s.add(CliSyntax.nvpair("description", description));
        }
        String[][] specs = {{"xpath", "xpath"}, {"reference", "ref"}, {"attribute", "attr"}, {"object-type", "type"}};
        for (String[] spec : specs) {
            String v = c.attr(spec[0]);
            if (v != null) {
                String text = spec[1].equals("xpath") ? xpath(spec[1], v) : (v.isEmpty() ? spec[1] : spec[1] + ":" + v);
                s.add(text);
            }
        }
        return String.join(" ", s);
    }

    /** {@code xpath:"..."}, or the matching shortcut with its captured names. */
    private static String xpath(String key, String v) {
        for (String[] shortcut : SHORTCUTS) {
            StringBuilder pattern = new StringBuilder();
            for (int i = 1; i < shortcut.length; i++) {
                pattern.append(shortcut[i].replace("@@", NAME));
                Matcher m = Pattern.compile(pattern.toString()).matcher(v);
                if (m.matches()) {
                    List<String> names = new ArrayList<>();
                    for (int g = 1; g <= m.groupCount(); g++) {
                        names.add(m.group(g));
                    }
                    return names.isEmpty() ? shortcut[0] : shortcut[0] + ":" + String.join(":", names);
                }
            }
        }
        String quoted = CliSyntax.quote(v);
        return quoted.isEmpty() ? key : key + ":" + quoted;
    }
}
