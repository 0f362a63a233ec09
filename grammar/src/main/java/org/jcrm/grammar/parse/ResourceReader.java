package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.jcrm.grammar.ast.Agent;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.NvSet;
import org.jcrm.grammar.ast.OpDef;
import org.jcrm.grammar.ast.Operations;
import org.jcrm.grammar.ast.SetKind;

/**
 * Builds the parts shared by nodes and resources: the agent spec, an optional leading
 * {@code description=}, the keyword-less first attribute list, {@code params|meta|...} sections and
 * operations.
 */
final class ResourceReader {
    /** Attributes of an op element; any other name=value after {@code op NAME} is an instance attribute. */
    static final List<String> OP_ATTRIBUTES = List.of("id", "name", "interval", "description", "start-delay",
            "interval-origin", "timeout", "enabled", "record-pending", "role", "requires", "on-fail");
    private static final Pattern AGENT_PART = Pattern.compile("[A-Za-z0-9_.-]+");

    /** The leading description and keyword-less attribute list of an object. */
    record Head(String description, List<NvSet> sets) {
    }

    /** Everything after a resource's agent. */
    record Body(String description, List<NvSet> sets, Operations operations) {
    }

    private final Positions positions;
    private final AttrSetReader sets;

    ResourceReader(Positions positions, AttrSetReader sets) {
        this.positions = positions;
        this.sets = sets;
    }

    /** {@code [class:[provider:]]type}; the provider stays null when an ocf agent is written without one. */
    Agent agent(ParserRuleContext at, String text) {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (part.isEmpty() || !AGENT_PART.matcher(part).matches()) {
                throw positions.error(at, "bad resource type specification '" + text + "'");
            }
        }
        return switch (parts.length) {
            case 1 -> new Agent("ocf", null, parts[0]);
            case 2 -> new Agent(parts[0].toLowerCase(Locale.ROOT), null, parts[1]);
            case 3 -> {
                if (!parts[0].equalsIgnoreCase("ocf")) {
                    throw positions.error(at, "class " + parts[0] + " does not support providers");
                }
                yield new Agent("ocf", parts[1], parts[2]);
            }
            default -> throw positions.error(at, "expected [<class>:[<provider>:]]<type>, got '" + text + "'");
        };
    }

    /** The description (a leading {@code description=}) and the keyword-less list of kind. */
    Head head(CrmParser.ImplicitSetContext ctx, SetKind kind) {
        if (ctx == null) {
            return new Head(null, List.of());
        }
        List<NvPair> pairs = new ArrayList<>(sets.items(ctx.nvItem()));
        String description = null;
        if (ctx.descr != null) {
            NvPair lead = sets.pair(ctx.descr);
            if (!lead.name().equalsIgnoreCase("description")) {
                throw positions.error(ctx.descr, "unexpected '" + lead.name() + "=' before $id=; only "
                        + "description= may come first");
            }
            return new Head(lead.value(), List.of(sets.implicit(kind, ctx, pairs)));
        }
        boolean plain = ctx.ID_SPEC() == null && ctx.TERM() == null && ctx.ruleDef().isEmpty();
        if (plain && !pairs.isEmpty() && "description".equalsIgnoreCase(pairs.get(0).name())
                && pairs.get(0).value() != null) {
            description = pairs.remove(0).value();
            if (pairs.isEmpty()) {
                return new Head(description, List.of());
            }
        }
        return new Head(description, List.of(sets.implicit(kind, ctx, pairs)));
    }

    /** Keyword sections, each of a kind from allowed. */
    List<NvSet> blocks(List<CrmParser.AttrBlockContext> ctxs, List<SetKind> allowed) {
        List<NvSet> out = new ArrayList<>();
        for (CrmParser.AttrBlockContext ctx : ctxs) {
            out.add(block(ctx, allowed));
        }
        return out;
    }

    private NvSet block(CrmParser.AttrBlockContext ctx, List<SetKind> allowed) {
        SetKind kind = SetKind.valueOf(ctx.setKind.getText().toUpperCase(Locale.ROOT));
        if (!allowed.contains(kind)) {
            throw positions.error(ctx, "'" + ctx.setKind.getText() + "' is not allowed here; expected "
                    + String.join(" or ", allowed.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        }
        return sets.body(kind, ctx.attrListBody(), positions.of(ctx));
    }

    /** The body of a primitive or template. */
    Body body(CrmParser.ImplicitSetContext implicit, List<CrmParser.ResourcePartContext> parts) {
        Head head = head(implicit, SetKind.PARAMS);
        List<NvSet> all = new ArrayList<>(head.sets());
        String opsId = null;
        String opsRef = null;
        boolean opsSeen = false;
        List<OpDef> ops = new ArrayList<>();
        for (CrmParser.ResourcePartContext part : parts) {
            if (part.attrBlock() != null) {
                all.add(block(part.attrBlock(), List.of(SetKind.PARAMS, SetKind.META, SetKind.UTILIZATION)));
            } else if (part.operationsSpec() != null) {
                CrmParser.OperationsSpecContext spec = part.operationsSpec();
                if (opsSeen) {
                    throw positions.error(spec, "operations given twice");
                }
                opsSeen = true;
                if (spec.ID_SPEC() != null) {
                    opsId = sets.idValue(spec.ID_SPEC());
                } else {
                    opsRef = sets.idValue(spec.IDREF_SPEC());
                }
            } else {
                ops.add(op(part.opDef()));
            }
        }
        Operations operations = opsSeen || !ops.isEmpty() ? new Operations(opsId, opsRef, ops) : null;
        return new Body(head.description(), all, operations);
    }

    private OpDef op(CrmParser.OpDefContext ctx) {
        List<NvPair> attributes = new ArrayList<>();
        List<NvPair> instance = new ArrayList<>();
        for (CrmParser.NvItemContext item : ctx.nvItem()) {
            NvPair pair = sets.item(item);
            if (pair.name() != null && OP_ATTRIBUTES.contains(pair.name())) {
                if (!instance.isEmpty()) {
                    throw positions.error(item, "attribute order error: " + pair.name()
                            + " must appear before any instance attribute");
                }
                if (pair.name().equals("role")) {
                    pair = new NvPair("role", sets.role(pair.value(), item.getStart()), null, pair.pos());
                }
                attributes.add(pair);
            } else {
                instance.add(pair);
            }
        }
        List<NvSet> opSets = new ArrayList<>();
        for (CrmParser.OpBlockContext block : ctx.opBlock()) {
            SetKind kind = block.OP_PARAMS() != null ? SetKind.OP_PARAMS : SetKind.OP_META;
            opSets.add(sets.body(kind, block.attrListBody(), positions.of(block)));
        }
        return new OpDef(Words.name(ctx.opName), attributes, instance, opSets, positions.of(ctx));
    }
}
