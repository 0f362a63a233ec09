package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jcrm.grammar.ast.AclGroupDef;
import org.jcrm.grammar.ast.AclRoleDef;
import org.jcrm.grammar.ast.AclTargetDef;
import org.jcrm.grammar.ast.AclUserDef;
import org.jcrm.grammar.ast.Agent;
import org.jcrm.grammar.ast.AlertDef;
import org.jcrm.grammar.ast.AlertRecipient;
import org.jcrm.grammar.ast.AlertSelector;
import org.jcrm.grammar.ast.BundleContainer;
import org.jcrm.grammar.ast.BundleDef;
import org.jcrm.grammar.ast.CloneDef;
import org.jcrm.grammar.ast.ColocationDef;
import org.jcrm.grammar.ast.ConstraintItem;
import org.jcrm.grammar.ast.FencingLevel;
import org.jcrm.grammar.ast.FencingTarget;
import org.jcrm.grammar.ast.FencingTopologyDef;
import org.jcrm.grammar.ast.GroupDef;
import org.jcrm.grammar.ast.LocationDef;
import org.jcrm.grammar.ast.MonitorDef;
import org.jcrm.grammar.ast.MsDef;
import org.jcrm.grammar.ast.NodeDef;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.NvSet;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.ast.OpDefaultsDef;
import org.jcrm.grammar.ast.OrderDef;
import org.jcrm.grammar.ast.PrimitiveDef;
import org.jcrm.grammar.ast.PropertyDef;
import org.jcrm.grammar.ast.ResourceRef;
import org.jcrm.grammar.ast.RscDefaultsDef;
import org.jcrm.grammar.ast.RscTicketDef;
import org.jcrm.grammar.ast.Score;
import org.jcrm.grammar.ast.SetKind;
import org.jcrm.grammar.ast.SourcePos;
import org.jcrm.grammar.ast.TagDef;
import org.jcrm.grammar.ast.TemplateDef;
import org.jcrm.grammar.ast.XmlDef;
import org.jcrm.grammar.parse.ConstraintReader.Qualifier;

/**
 * Turns a parse tree into the AST, one visit per object kind, checking what the grammar leaves to
 * words (scores, roles, agent specs, node types) and failing at the first problem with its position.
 */
final class AstBuilder extends CrmParserBaseVisitor<ObjectDef> {
    private final Positions positions;
    private final AttrSetReader sets;
    private final ConstraintReader constraints;
    private final AclReader acls;
    private final ResourceReader resources;
    private List<String> comments = List.of();

    AstBuilder(String source) {
        this.positions = new Positions(source);
        this.sets = new AttrSetReader(positions);
        this.constraints = new ConstraintReader(positions, sets);
        this.acls = new AclReader(positions, sets);
        this.resources = new ResourceReader(positions, sets);
    }

    /** One statement of the script; {@code comments} are the comment lines just before it. */
    ObjectDef statement(CrmParser.StatementContext statement, List<String> comments) {
        this.comments = List.copyOf(comments);
        return visit(statement.getChild(0));
    }

    private SourcePos pos(ParserRuleContext ctx) {
        return positions.of(ctx);
    }

    @Override
    public ObjectDef visitNodeDef(CrmParser.NodeDefContext ctx) {
        String id = null;
        if (ctx.ID_SPEC() != null) {
            id = sets.idValue(ctx.ID_SPEC());
        } else if (ctx.TERM() != null) {
            id = AttrSetReader.termWord(ctx.TERM());
        }
        String[] uname = Words.nameOrCompound(ctx.uname).split(":", -1);
        String type = null;
        if (uname.length > 2 || uname[0].isEmpty()) {
            throw positions.error(ctx.uname, "expected uname[:type]");
        }
        if (uname.length == 2) {
            type = CrmWords.canonical(uname[1], CrmWords.NODE_TYPES).orElseThrow(() -> positions.error(ctx.uname,
                    "unknown node type '" + uname[1] + "'; expected one of "
                            + String.join(", ", CrmWords.NODE_TYPES)));
        }
        ResourceReader.Head head = resources.head(ctx.implicitSet(), SetKind.ATTRIBUTES);
        List<NvSet> all = new ArrayList<>(head.sets());
        all.addAll(resources.blocks(ctx.attrBlock(), List.of(SetKind.ATTRIBUTES, SetKind.UTILIZATION)));
        return new NodeDef(id, uname[0], type, head.description(), all, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitPrimitiveDef(CrmParser.PrimitiveDefContext ctx) {
        String id = Words.name(ctx.name());
        String agentText = Words.nameOrCompound(ctx.agent);
        String template = null;
        Agent agent = null;
        if (agentText.startsWith("@")) {
            template = agentText.substring(1);
            if (template.isEmpty()) {
                throw positions.error(ctx.agent, "expected a template name after '@'");
            }
        } else {
            agent = resources.agent(ctx.agent, agentText);
        }
        ResourceReader.Body body = resources.body(ctx.implicitSet(), ctx.resourcePart());
        return new PrimitiveDef(id, agent, template, body.description(), body.sets(), body.operations(),
                comments, pos(ctx));
    }

    @Override
    public ObjectDef visitTemplateDef(CrmParser.TemplateDefContext ctx) {
        Agent agent = resources.agent(ctx.agent, Words.nameOrCompound(ctx.agent));
        ResourceReader.Body body = resources.body(ctx.implicitSet(), ctx.resourcePart());
        return new TemplateDef(Words.name(ctx.name()), agent, body.description(), body.sets(), body.operations(),
                comments, pos(ctx));
    }

    @Override
    public ObjectDef visitGroupDef(CrmParser.GroupDefContext ctx) {
        String id = Words.name(ctx.name());
        List<String> members = new ArrayList<>();
        for (CrmParser.MemberContext member : ctx.member()) {
            String name = Words.member(member);
            if (members.contains(name)) {
                throw positions.error(member, "child " + name + " listed more than once in group " + id);
            }
            members.add(name);
        }
        ResourceReader.Head head = resources.head(ctx.implicitSet(), SetKind.PARAMS);
        List<NvSet> all = new ArrayList<>(head.sets());
        all.addAll(resources.blocks(ctx.attrBlock(), List.of(SetKind.PARAMS, SetKind.META)));
        if (members.isEmpty() && all.isEmpty()) {
            throw positions.error(ctx.getStop(), "group " + id + " needs at least one resource");
        }
        return new GroupDef(id, members, head.description(), all, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitCloneDef(CrmParser.CloneDefContext ctx) {
        String id = Words.name(ctx.name(0));
        String child = Words.name(ctx.child);
        ResourceReader.Head head = resources.head(ctx.implicitSet(), SetKind.PARAMS);
        List<NvSet> all = new ArrayList<>(head.sets());
        all.addAll(resources.blocks(ctx.attrBlock(), List.of(SetKind.PARAMS, SetKind.META)));
        if (ctx.kind.getType() == CrmLexer.CLONE) {
            return new CloneDef(id, child, head.description(), all, comments, pos(ctx));
        }
        return new MsDef(id, child, head.description(), all, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitBundleDef(CrmParser.BundleDefContext ctx) {
        String description = null;
        if (ctx.nvItem() != null) {
            NvPair pair = sets.item(ctx.nvItem());
            if (!"description".equalsIgnoreCase(pair.name()) || pair.value() == null) {
                throw positions.error(ctx.nvItem(), "expected docker, rkt, network, storage, meta or primitive");
            }
            description = pair.value();
        }
        List<BundleContainer> containers = new ArrayList<>();
        List<NvSet> metas = new ArrayList<>();
        String primitive = null;
        int metasBeforePrimitive = 0;
        for (CrmParser.BundlePartContext part : ctx.bundlePart()) {
            if (part.META() != null) {
                metas.add(sets.body(SetKind.META, part.attrListBody(), pos(part)));
            } else if (part.PRIMITIVE() != null) {
                if (primitive != null) {
                    throw positions.error(part, "a bundle holds one primitive");
                }
                primitive = Words.name(part.name());
                metasBeforePrimitive = metas.size();
            } else {
                containers.add(new BundleContainer(part.kind.getText().toLowerCase(Locale.ROOT),
                        sets.items(part.nvItem()), pos(part)));
            }
        }
        return new BundleDef(Words.name(ctx.name()), description, containers, metas, primitive,
                metasBeforePrimitive, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitLocationDef(CrmParser.LocationDefContext ctx) {
        String id = Words.name(ctx.name(0));
        CrmParser.LocationTargetContext target = ctx.locationTarget();
        String rsc = null;
        String pattern = null;
        List<ConstraintItem> set = List.of();
        if (target.LBRACE() != null) {
            set = constraints.items(target, target.setItem(), Qualifier.ROLE, null, null);
        } else {
            String text = ShellWords.unquote(target.getText());
            if (text.startsWith("/")) {
                if (text.length() < 3 || !text.endsWith("/")) {
                    throw positions.error(target, "expected /<rsc-pattern>/, got '" + text + "'");
                }
                pattern = text.substring(1, text.length() - 1);
            } else {
                rsc = text;
            }
        }
        List<NvPair> attributes = new ArrayList<>();
        for (TerminalNode node : ctx.NVPAIR()) {
            attributes.add(locationAttribute(node));
        }
        Score score = null;
        String node = null;
        if (ctx.score != null) {
            String word = ShellWords.unquote(ctx.score.getText().substring(0, ctx.score.getText().length() - 1));
            score = Scores.parse(word, false);
            if (score == null) {
                throw positions.error(ctx.score, "invalid score '" + word + "'");
            }
            node = Words.name(ctx.node);
        }
        return new LocationDef(id, rsc, pattern, set, attributes, score, node, sets.rules(ctx.ruleDef()), comments,
                pos(ctx));
    }

    private NvPair locationAttribute(TerminalNode node) {
        NvPair pair = sets.pair(node);
        String name = pair.name().startsWith("$") ? pair.name().substring(1) : pair.name();
        if (name.equalsIgnoreCase("role")) {
            return new NvPair("role", sets.role(pair.value(), node.getSymbol()), null, pair.pos());
        }
        if (name.equals("resource-discovery")) {
            if (!List.of("always", "never", "exclusive").contains(pair.value())) {
                throw positions.error(node, "invalid resource-discovery '" + pair.value()
                        + "'; expected always, never or exclusive");
            }
            return new NvPair(name, pair.value(), null, pair.pos());
        }
        throw positions.error(node, "unknown location attribute '" + pair.name()
                + "'; expected role or resource-discovery");
    }

    @Override
    public ObjectDef visitColocationDef(CrmParser.ColocationDefContext ctx) {
        String word = AttrSetReader.termWord(ctx.score);
        Score score = Scores.parse(word, false);
        if (score == null) {
            throw positions.error(ctx.score, "invalid score '" + word + "'");
        }
        NvPair[] tail = new NvPair[1];
        List<ConstraintItem> items = constraints.items(ctx, ctx.setItem(), Qualifier.ROLE, "node-attribute", tail);
        String nodeAttribute = tail[0] == null ? null : tail[0].value().toLowerCase(Locale.ROOT);
        return new ColocationDef(Words.name(ctx.name()), score, items, nodeAttribute, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitOrderDef(CrmParser.OrderDefContext ctx) {
        String kind = null;
        if (ctx.kind != null) {
            String word = ShellWords.unquote(ctx.kind.getText().substring(0, ctx.kind.getText().length() - 1));
            kind = CrmWords.canonical(word, CrmWords.ORDER_KINDS).orElse(null);
            if (kind == null) {
                String score = Scores.literal(word);
                if (score == null) {
                    throw positions.error(ctx.kind, "invalid kind '" + word
                            + "'; expected Mandatory, Optional, Serialize or a score");
                }
                kind = Scores.kindOf(score);
            }
        }
        NvPair[] tail = new NvPair[1];
        List<ConstraintItem> items = constraints.items(ctx, ctx.setItem(), Qualifier.ACTION, "symmetrical", tail);
        String symmetrical = null;
        if (tail[0] != null) {
            if (!List.of("true", "false", "yes", "no", "on", "off").contains(tail[0].value().toLowerCase(Locale.ROOT))) {
                throw new CrmSyntaxException(tail[0].pos(), "not a boolean: " + tail[0].value());
            }
            symmetrical = CrmWords.canonicalBoolean(tail[0].value());
        }
        return new OrderDef(Words.name(ctx.name()), kind, items, symmetrical, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitTicketDef(CrmParser.TicketDefContext ctx) {
        NvPair[] tail = new NvPair[1];
        List<ConstraintItem> items = constraints.items(ctx, ctx.setItem(), Qualifier.ROLE, "loss-policy", tail);
        String lossPolicy = null;
        if (tail[0] != null) {
            lossPolicy = tail[0].value();
            if (!CrmWords.LOSS_POLICIES.contains(lossPolicy)) {
                throw new CrmSyntaxException(tail[0].pos(), "invalid loss-policy '" + lossPolicy
                        + "'; expected stop, demote, fence or freeze");
            }
        }
        return new RscTicketDef(Words.name(ctx.name()), AttrSetReader.termWord(ctx.ticket), items, lossPolicy,
                comments, pos(ctx));
    }

    @Override
    public ObjectDef visitPropertyDef(CrmParser.PropertyDefContext ctx) {
        return new PropertyDef(optionSet(ctx.setHeader(), ctx.ruleDef(), ctx.nvItem(), ctx), comments, pos(ctx));
    }

    @Override
    public ObjectDef visitDefaultsDef(CrmParser.DefaultsDefContext ctx) {
        NvSet set = optionSet(ctx.setHeader(), ctx.ruleDef(), ctx.nvItem(), ctx);
        if (ctx.kind.getType() == CrmLexer.RSC_DEFAULTS) {
            return new RscDefaultsDef(set, comments, pos(ctx));
        }
        return new OpDefaultsDef(set, comments, pos(ctx));
    }

    private NvSet optionSet(CrmParser.SetHeaderContext header, List<CrmParser.RuleDefContext> rules,
                            List<CrmParser.NvItemContext> items, ParserRuleContext ctx) {
        String id = null;
        String idRef = null;
        if (header != null) {
            if (header.TERM() != null) {
                id = AttrSetReader.termWord(header.TERM());
            } else if (header.ID_SPEC() != null) {
                id = sets.idValue(header.ID_SPEC());
            } else {
                idRef = sets.idValue(header.IDREF_SPEC());
            }
        }
        List<NvPair> pairs = sets.items(items);
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).idRef() == null && pairs.get(i).value() == null) {
                throw positions.error(items.get(i), "expected name=value, got '" + pairs.get(i).name() + "'");
            }
        }
        return new NvSet(SetKind.OPTIONS, id, idRef, null, sets.rules(rules), pairs, pos(ctx));
    }

    @Override
    public ObjectDef visitFencingDef(CrmParser.FencingDefContext ctx) {
        List<FencingLevel> levels = new ArrayList<>();
        FencingTarget target = FencingTarget.ALL_NODES;
        boolean targeted = false;
        for (CrmParser.FencingItemContext item : ctx.fencingItem()) {
            String text = item.getText();
            if (item.TERM() != null) {
                target = new FencingTarget(AttrSetReader.termWord(item.TERM()), null, null, null);
            } else if (item.NVPAIR() != null && text.toLowerCase(Locale.ROOT).startsWith("attr:")) {
                NvPair pair = sets.pair(item.NVPAIR());
                target = new FencingTarget(null, pair.name().substring(5), pair.value(), null);
            } else if (item.COMPOUND() != null && text.toLowerCase(Locale.ROOT).startsWith("pattern:")) {
                target = new FencingTarget(null, null, null, ShellWords.unquote(text.substring(8)));
            } else if (item.name() != null) {
                if (targeted && target == FencingTarget.ALL_NODES) {
                    throw positions.error(item, "expected a target before devices '" + text + "'");
                }
                levels.add(new FencingLevel(target, Words.name(item.name()), pos(item)));
                continue;
            } else {
                throw positions.error(item, "expected <node>:, attr:<name>=<value>, pattern:<regex> or devices, got '"
                        + text + "'");
            }
            if (levels.stream().anyMatch(l -> l.target() == FencingTarget.ALL_NODES)) {
                throw positions.error(item, "levels without a target cannot be mixed with targeted levels");
            }
            targeted = true;
        }
        return new FencingTopologyDef(levels, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitTagDef(CrmParser.TagDefContext ctx) {
        String id;
        List<CrmParser.NameContext> names = new ArrayList<>(ctx.name());
        if (ctx.TERM() != null) {
            id = AttrSetReader.termWord(ctx.TERM());
        } else {
            id = Words.name(names.remove(0));
        }
        if (names.isEmpty()) {
            throw positions.error(ctx.getStop(), "expected at least one resource in tag " + id);
        }
        return new TagDef(id, names.stream().map(Words::name).toList(), comments, pos(ctx));
    }

    @Override
    public ObjectDef visitXmlDef(CrmParser.XmlDefContext ctx) {
        String text = ctx.XML_OBJECT().getText();
        String xml = text.substring(text.indexOf('<')).replaceAll("\\\\\r?\n", " ").strip();
        Matcher id = XML_ID.matcher(xml);
        Matcher uname = XML_UNAME.matcher(xml);
        String objectId = id.find() ? id.group(2) : uname.find() ? uname.group(2) : null;
        return new XmlDef(objectId, xml, comments, pos(ctx));
    }

    /** The id (or a node's uname) attribute of the root element of an {@code xml} object. */
    private static final Pattern XML_ID = Pattern.compile("^<[\\w-]+[^>]*?\\sid=(['\"])(.*?)\\1");
    private static final Pattern XML_UNAME = Pattern.compile("^<node\\b[^>]*?\\suname=(['\"])(.*?)\\1");

    @Override
    public ObjectDef visitAlertDef(CrmParser.AlertDefContext ctx) {
        String description = description(ctx.NVPAIR());
        List<NvSet> attrs = new ArrayList<>();
        List<AlertSelector> selectors = new ArrayList<>();
        List<AlertRecipient> recipients = new ArrayList<>();
        for (CrmParser.AlertPartContext part : ctx.alertPart()) {
            if (part.alertAttrs() != null) {
                attrs.add(alertSet(part.alertAttrs()));
            } else if (part.alertSelect() != null) {
                for (CrmParser.SelectorContext selector : part.alertSelect().selector()) {
                    selectors.add(new AlertSelector(selector.getStart().getText().toLowerCase(Locale.ROOT),
                            selector.name().stream().map(Words::name).toList(), pos(part)));
                }
            } else {
                CrmParser.RecipientBodyContext body = part.recipient().recipientBody();
                List<NvSet> recipientSets = new ArrayList<>();
                for (CrmParser.AlertAttrsContext a : body.alertAttrs()) {
                    recipientSets.add(alertSet(a));
                }
                recipients.add(new AlertRecipient(Words.value(body.value()), description(body.NVPAIR()),
                        recipientSets, pos(part)));
            }
        }
        return new AlertDef(Words.name(ctx.name()), Words.value(ctx.path), description, attrs, selectors, recipients,
                comments, pos(ctx));
    }

    private NvSet alertSet(CrmParser.AlertAttrsContext ctx) {
        SetKind kind = ctx.META() != null ? SetKind.META : SetKind.ATTRIBUTES;
        return sets.body(kind, ctx.attrListBody(), pos(ctx));
    }

    private String description(TerminalNode node) {
        if (node == null) {
            return null;
        }
        NvPair pair = sets.pair(node);
        if (!pair.name().equalsIgnoreCase("description")) {
            throw positions.error(node, "unexpected '" + pair.name() + "='; expected description=");
        }
        return pair.value();
    }

    @Override
    public ObjectDef visitRoleDef(CrmParser.RoleDefContext ctx) {
        return new AclRoleDef(Words.name(ctx.name()), description(ctx.NVPAIR()), acls.permissions(ctx.permission()),
                comments, pos(ctx));
    }

    @Override
    public ObjectDef visitUserDef(CrmParser.UserDefContext ctx) {
        List<String> roles = new ArrayList<>();
        for (TerminalNode ref : ctx.COMPOUND()) {
            String text = ref.getText();
            if (!text.toLowerCase(Locale.ROOT).startsWith("role:")) {
                throw positions.error(ref, "expected role:<role> or a permission, got '" + text + "'");
            }
            roles.add(text.substring(5));
        }
        return new AclUserDef(Words.name(ctx.name()), roles, acls.permissions(ctx.permission()), comments, pos(ctx));
    }

    @Override
    public ObjectDef visitAclTargetDef(CrmParser.AclTargetDefContext ctx) {
        String id = Words.name(ctx.name(0));
        List<String> roles = ctx.name().subList(1, ctx.name().size()).stream().map(Words::name).toList();
        if (ctx.kind.getType() == CrmLexer.ACL_TARGET) {
            return new AclTargetDef(id, roles, comments, pos(ctx));
        }
        return new AclGroupDef(id, roles, comments, pos(ctx));
    }

    @Override
    public ObjectDef visitMonitorDef(CrmParser.MonitorDefContext ctx) {
        ResourceRef rsc = constraintRefOf(ctx.nameOrCompound(0));
        String[] times = Words.nameOrCompound(ctx.nameOrCompound(1)).split(":", -1);
        if (times.length > 2 || times[0].isEmpty()) {
            throw positions.error(ctx.nameOrCompound(1), "expected <interval>[:<timeout>]");
        }
        return new MonitorDef(rsc.id(), rsc.qualifier(), times[0], times.length == 2 ? times[1] : null, comments,
                pos(ctx));
    }

    private ResourceRef constraintRefOf(CrmParser.NameOrCompoundContext ctx) {
        String[] parts = Words.nameOrCompound(ctx).split(":", -1);
        if (parts.length > 2) {
            throw positions.error(ctx, "expected <rsc>[:<role>]");
        }
        String role = parts.length == 2 ? sets.role(parts[1], ctx.getStart()) : null;
        return new ResourceRef(parts[0], role, pos(ctx));
    }
}
