package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.jcrm.grammar.ast.Bracket;
import org.jcrm.grammar.ast.ConstraintItem;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.ResourceRef;
import org.jcrm.grammar.ast.ResourceSet;
import org.jcrm.grammar.ast.SetOption;

/**
 * Builds the resource lists of constraints: references with a role or action, bracketed sets and
 * set options; checks qualifiers against the closed role or action list.
 */
final class ConstraintReader {
    /** What a {@code rsc:qualifier} suffix means in a constraint. */
    enum Qualifier { ROLE, ACTION }

    private final Positions positions;
    private final AttrSetReader pairs;

    ConstraintReader(Positions positions, AttrSetReader pairs) {
        this.positions = positions;
        this.pairs = pairs;
    }

    /**
     * The items of a resource list, minus a trailing {@code tailName=value} option (crmsh reads
     * that option only as the last word), which is returned in tail[0] when present.
     */
    List<ConstraintItem> items(ParserRuleContext owner, List<CrmParser.SetItemContext> ctxs, Qualifier qualifier,
                               String tailName, NvPair[] tail) {
        List<CrmParser.SetItemContext> list = new ArrayList<>(ctxs);
        if (tailName != null && !list.isEmpty()) {
            CrmParser.SetItemContext last = list.get(list.size() - 1);
            if (last.NVPAIR() != null) {
                NvPair pair = pairs.pair(last.NVPAIR());
                if (pair.name().equalsIgnoreCase(tailName)) {
                    tail[0] = pair;
                    list.remove(list.size() - 1);
                }
            }
        }
        List<ConstraintItem> out = new ArrayList<>();
        for (CrmParser.SetItemContext ctx : list) {
            out.add(item(ctx, qualifier));
        }
        if (out.stream().noneMatch(i -> !(i instanceof SetOption))) {
            throw positions.error(owner.getStop(), "expected at least one resource");
        }
        return out;
    }

    private ConstraintItem item(CrmParser.SetItemContext ctx, Qualifier qualifier) {
        if (ctx.resourceRef() != null) {
            return ref(ctx.resourceRef(), qualifier);
        }
        if (ctx.NVPAIR() != null) {
            return option(pairs.pair(ctx.NVPAIR()), ctx);
        }
        Bracket bracket = ctx.LPAREN() != null ? Bracket.PAREN : Bracket.SQUARE;
        List<ConstraintItem> members = new ArrayList<>();
        for (CrmParser.SetMemberContext member : ctx.setMember()) {
            members.add(member.resourceRef() != null ? ref(member.resourceRef(), qualifier)
                    : option(pairs.pair(member.NVPAIR()), member));
        }
        if (members.stream().allMatch(m -> m instanceof SetOption)) {
            throw positions.error(ctx, "empty resource set");
        }
        return new ResourceSet(bracket, members, positions.of(ctx));
    }

    private SetOption option(NvPair pair, ParserRuleContext at) {
        if (!pair.name().equals("sequential") && !pair.name().equals("require-all")) {
            throw positions.error(at, "unknown resource set attribute '" + pair.name()
                    + "'; expected sequential or require-all");
        }
        if (!CrmWords.isBoolean(pair.value())) {
            throw positions.error(at, "not a boolean: " + pair.value());
        }
        return new SetOption(pair.name(), pair.value(), pair.pos());
    }

    ResourceRef ref(CrmParser.ResourceRefContext ctx, Qualifier qualifier) {
        String text = ShellWords.unquote(ctx.getText());
        String[] parts = text.split(":", -1);
        if (parts.length > 2) {
            throw positions.error(ctx, "expected <rsc>[:<" + qualifier.name().toLowerCase() + ">], got '"
                    + text + "'");
        }
        String rsc = parts[0];
        if (parts.length == 1) {
            return new ResourceRef(rsc, null, positions.of(ctx));
        }
        String q = parts[1];
        Optional<String> canonical = CrmWords.canonical(q,
                qualifier == Qualifier.ROLE ? CrmWords.ROLES : CrmWords.ACTIONS);
        if (canonical.isEmpty() && !q.chars().allMatch(Character::isDigit)) {
            throw positions.error(ctx, "invalid " + qualifier.name().toLowerCase() + " '" + q + "' for '"
                    + rsc + "'");
        }
        return new ResourceRef(rsc, canonical.orElse(q), positions.of(ctx));
    }
}
