package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcrm.grammar.ast.AclPermission;
import org.jcrm.grammar.ast.AclSpec;
import org.jcrm.grammar.ast.NvPair;

/**
 * Builds ACL permissions: {@code read|write|deny [id:] [description=] spec...}, where a spec is
 * {@code xpath:}, {@code ref:}, {@code tag:}, {@code attribute:} (or their crmsh synonyms) or one of
 * crmsh's shortcuts such as {@code meta:rsc:attr} or {@code node}.
 */
final class AclReader {
    private static final Map<String, String> SPEC_KINDS = Map.of(
            "xpath", "xpath", "ref", "ref", "reference", "ref", "tag", "tag", "type", "tag",
            "attr", "attribute", "attribute", "attribute");
    private static final List<String> SHORTCUTS = List.of("meta", "params", "utilization", "location",
            "property", "nodeattr", "nodeutil", "node", "status", "cib");

    private final Positions positions;
    private final AttrSetReader pairs;

    AclReader(Positions positions, AttrSetReader pairs) {
        this.positions = positions;
        this.pairs = pairs;
    }

    List<AclPermission> permissions(List<CrmParser.PermissionContext> ctxs) {
        List<AclPermission> out = new ArrayList<>();
        for (CrmParser.PermissionContext ctx : ctxs) {
            out.add(permission(ctx));
        }
        return out;
    }

    private AclPermission permission(CrmParser.PermissionContext ctx) {
        String id = ctx.TERM() == null ? null : AttrSetReader.termWord(ctx.TERM());
        String description = null;
        if (ctx.NVPAIR() != null) {
            NvPair pair = pairs.pair(ctx.NVPAIR());
            if (!pair.name().equalsIgnoreCase("description")) {
                throw positions.error(ctx.NVPAIR(), "unexpected '" + pair.name() + "=' in permission; "
                        + "only description= is allowed here");
            }
            description = pair.value();
        }
        List<AclSpec> specs = new ArrayList<>();
        for (CrmParser.AclSpecContext spec : ctx.aclSpec()) {
            specs.add(spec(spec));
        }
        return new AclPermission(ctx.right.getText().toLowerCase(Locale.ROOT), id, description, specs,
                positions.of(ctx));
    }

    private AclSpec spec(CrmParser.AclSpecContext ctx) {
        String text = ctx.getText();
        int colon = text.indexOf(':');
        String head = (colon < 0 ? text : text.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? null : text.substring(colon + 1);
        if (SPEC_KINDS.containsKey(head)) {
            if (rest == null || rest.isEmpty()) {
                throw positions.error(ctx, "'" + head + ":' needs a value");
            }
            return new AclSpec(SPEC_KINDS.get(head), List.of(ShellWords.unquote(rest)));
        }
        if (SHORTCUTS.contains(head)) {
            List<String> args = rest == null ? List.of() : Arrays.asList(rest.split(":", -1));
            return new AclSpec(head, args);
        }
        throw positions.error(ctx, "unknown ACL specification '" + text + "'");
    }
}
