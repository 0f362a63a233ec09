package org.jcrm.grammar.mapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.cib.Acls;
import org.jcrm.engine.cib.Alerts;
import org.jcrm.engine.cib.Bundle;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.FencingTopology;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Clone;
import org.jcrm.engine.cib.ClusterPropertySet;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.cib.Constraints;
import org.jcrm.engine.cib.CrmConfig;
import org.jcrm.engine.cib.Group;
import org.jcrm.engine.cib.Identified;
import org.jcrm.engine.cib.Master;
import org.jcrm.engine.cib.MetaAttributes;
import org.jcrm.engine.cib.Node;
import org.jcrm.engine.cib.Nodes;
import org.jcrm.engine.cib.NvSet;
import org.jcrm.engine.cib.Nvpair;
import org.jcrm.engine.cib.ObjRef;
import org.jcrm.engine.cib.Op;
import org.jcrm.engine.cib.OpDefaults;
import org.jcrm.engine.cib.Operations;
import org.jcrm.engine.cib.Primitive;
import org.jcrm.engine.cib.Resource;
import org.jcrm.engine.cib.Resources;
import org.jcrm.engine.cib.RscColocation;
import org.jcrm.engine.cib.RscDefaults;
import org.jcrm.engine.cib.RscLocation;
import org.jcrm.engine.cib.RscOrder;
import org.jcrm.engine.cib.RscTicket;
import org.jcrm.engine.cib.Tag;
import org.jcrm.engine.cib.Tags;
import org.jcrm.engine.cib.Template;
import org.jcrm.engine.cib.XmlComment;
import org.jcrm.grammar.ast.AclGroupDef;
import org.jcrm.grammar.ast.AclRoleDef;
import org.jcrm.grammar.ast.AclTargetDef;
import org.jcrm.grammar.ast.AclUserDef;
import org.jcrm.grammar.ast.Agent;
import org.jcrm.grammar.ast.AlertDef;
import org.jcrm.grammar.ast.BundleDef;
import org.jcrm.grammar.ast.FencingTopologyDef;
import org.jcrm.grammar.ast.MonitorDef;
import org.jcrm.grammar.ast.CloneDef;
import org.jcrm.grammar.ast.ColocationDef;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.GroupDef;
import org.jcrm.grammar.ast.LocationDef;
import org.jcrm.grammar.ast.MsDef;
import org.jcrm.grammar.ast.NodeDef;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.ast.OpDef;
import org.jcrm.grammar.ast.OpDefaultsDef;
import org.jcrm.grammar.ast.OrderDef;
import org.jcrm.grammar.ast.PrimitiveDef;
import org.jcrm.grammar.ast.PropertyDef;
import org.jcrm.grammar.ast.ResourceRef;
import org.jcrm.grammar.ast.RscDefaultsDef;
import org.jcrm.grammar.ast.RscTicketDef;
import org.jcrm.grammar.ast.SourcePos;
import org.jcrm.grammar.ast.TagDef;
import org.jcrm.grammar.ast.TemplateDef;
import org.jcrm.grammar.ast.XmlDef;

/**
 * Applies a parsed crm script to a CIB the way {@code crm configure load update} does: each object
 * becomes the element crmsh writes (same attributes, values and generated ids); an element with the
 * same id is replaced in place, others are appended, property sets are merged by nvpair name, and
 * group/clone/bundle children are moved into their container and {@code monitor} lines add ops
 * once all objects are in place. Legacy {@code user} ACLs (which crmsh writes in a form the pacemaker 3
 * schema rejects), an id already taken by another kind of object, and objects crmsh refuses raise
 * {@link CibMappingException} naming the id and position.
 */
public final class CibMapper {
    /** The order in which crmsh writes the configuration sections. */
    private static final List<Class<?>> SECTION_ORDER = List.of(CrmConfig.class, Nodes.class, Resources.class,
            Constraints.class, Tags.class, FencingTopology.class, RscDefaults.class, OpDefaults.class, Acls.class,
            Alerts.class);
    /** The order in which crmsh writes new top-level resources: by kind, then in document order. */
    private static final List<Class<?>> RESOURCE_ORDER = List.of(Template.class, Primitive.class, Bundle.class,
            Group.class, Master.class, Clone.class);

    private final ProviderResolver providers;

    /** A mapper resolving ocf providers with the given resolver. */
    public CibMapper(ProviderResolver providers) {
        this.providers = providers;
    }

    /** A new CIB ({@link Cib#empty()}) holding the script's objects. */
    public Cib toCib(ConfigScript script) {
        Cib cib = Cib.empty();
        update(cib, script);
        return cib;
    }

    /** Applies the script to cib with {@code load update} semantics. */
    public void update(Cib cib, ConfigScript script) {
        new IdKinds(cib.getConfiguration()).check(script);
        IdAllocator ids = new IdAllocator();
        Session session = session(cib, ids);
        for (ObjectDef object : script.objects()) {
            ids.reserve(object.id());
        }
        for (ObjectDef object : script.objects()) {
            session.map(object);
        }
        session.finish();
    }

    /**
     * {@link #update} of a script whose objects come one at a time, each mapped as it comes (while a
     * parser reads the rest, so that no whole AST is kept). Only objects of a script that parses whole
     * may be given.
     */
    public ObjectStream stream(Cib cib) {
        return new ObjectStream(cib);
    }

    /**
     * A {@link #update} made one object at a time: {@link #add} maps each, {@link #finish} does what
     * needs the whole script (new resources in crmsh's order, group members, monitors).
     */
    public final class ObjectStream {
        private final IdKinds kinds;
        private final IdAllocator ids = new IdAllocator();
        private final Session session;

        private ObjectStream(Cib cib) {
            kinds = new IdKinds(cib.getConfiguration());
            session = session(cib, ids);
        }

        /** Maps the script's next object; throws {@link CibMappingException} as {@link #update} does. */
        public void add(ObjectDef object) {
            kinds.check(object);
            ids.reserve(object.id());
            session.map(object);
        }

        /**
         * Finishes the update. False when the result may differ from {@link #update}'s: an id generated
         * for an element was written for a later object, which {@code update} reserves first (make the
         * update again on an unchanged CIB with {@code update}).
         */
        public boolean finish() {
            session.finish();
            return !ids.clashed();
        }
    }

    /** A session on cib's configuration, whose ids are reserved and whose nodes are known. */
    private Session session(Cib cib, IdAllocator ids) {
        List<String> knownNodes = new ArrayList<>();
        for (Node node : cib.getConfiguration().childrenOf(Nodes.class).stream()
                .flatMap(n -> n.childrenOf(Node.class).stream()).toList()) {
            knownNodes.add(node.getUname() != null ? node.getUname() : node.getId());
        }
        cib.getConfiguration().walk(e -> {
            if (e instanceof Identified identified) {
                ids.reserve(identified.getId());
            }
        });
        return new Session(cib.getConfiguration(), ids, knownNodes, false);
    }

    /**
     * The element one statement builds on its own, the way crmsh's parser builds it before anything
     * is checked against the CIB: a group, clone, ms or bundle names its members without containing
     * them, a {@code monitor} line gives its op, a property its {@code cluster_property_set}, and
     * rsc_defaults or op_defaults their section holding the one set, a pre-2.0 {@code user} its
     * {@code acl_user} (which {@link #update} refuses). Members and monitored resources
     * need not exist, so a shell can check a command as it is typed. {@code context} is read, never
     * changed: its ids are not reused, and its nodes are the targets of a {@code fencing_topology}
     * that names none. Errors of the statement itself raise {@link CibMappingException}.
     */
    public StatementElement element(Cib context, ObjectDef statement) {
        List<String> knownNodes = new ArrayList<>();
        IdAllocator ids = new IdAllocator();
        context.getConfiguration().walk(e -> {
            if (e instanceof Node node) {
                knownNodes.add(node.getUname() != null ? node.getUname() : node.getId());
            }
            if (e instanceof Identified identified) {
                ids.reserve(identified.getId());
            }
        });
        ids.reserve(statement.id());
        Session session = new Session(Cib.empty().getConfiguration(), ids, knownNodes, true);
        session.map(statement);
        session.flushResources();
        if (statement instanceof MonitorDef m) {
            return new StatementElement(session.monitorOp(m), List.of(m.rsc()));
        }
        List<String> members = session.adoptions.isEmpty() ? List.of() : session.adoptions.get(0).children();
        return new StatementElement(session.built, members);
    }

    /** The children of one parent by id, and the child count it was built at. */
    private static final class ChildIndex {
        final Map<String, Object> byId = new HashMap<>();
        int size;
    }

    /** Children to move into a container once all objects are mapped. */
    private record Adoption(Resource container, List<String> children, int metasBefore) {
        /** Adds child to the container: appended, or placed after {@code metasBefore} meta sets. */
        void insert(Object child) {
            List<Object> children = container.getChildren();
            int metas = 0;
            for (int i = 0; metasBefore >= 0 && i < children.size(); i++) {
                if (children.get(i) instanceof MetaAttributes && metas++ == metasBefore) {
                    children.add(i, child);
                    return;
                }
            }
            children.add(child);
        }
    }

    private final class Session {
        private final Configuration config;
        private final IdAllocator ids;
        private final AttributeMapper attributes;
        private final ConstraintMapper constraints;
        private final List<Adoption> adoptions = new ArrayList<>();
        private final List<MonitorDef> monitors = new ArrayList<>();
        private final List<String> knownNodes;
        /** Whether one statement is mapped on its own: references are neither checked nor resolved. */
        private final boolean standalone;
        /** The element the last statement became (in standalone mode, what {@link #element} returns). */
        private CibElement built;
        private boolean topologySeen;
        private final Map<CibElement, ChildIndex> indexes = new IdentityHashMap<>();
        private final List<CibElement> pendingResources = new ArrayList<>();
        /** The object being mapped, whose comments go into the element it becomes. */
        private ObjectDef current;

        Session(Configuration config, IdAllocator ids, List<String> knownNodes, boolean standalone) {
            this.config = config;
            this.ids = ids;
            this.knownNodes = knownNodes;
            this.standalone = standalone;
            this.attributes = new AttributeMapper(ids);
            this.constraints = new ConstraintMapper(ids);
        }

        void map(ObjectDef object) {
            current = object;
            if (object instanceof NodeDef n) {
                node(n);
            } else if (object instanceof PrimitiveDef p) {
                place(section(Resources.class), primitive(p), p.id());
            } else if (object instanceof TemplateDef t) {
                place(section(Resources.class), template(t), t.id());
            } else if (object instanceof GroupDef g) {
                group(g);
            } else if (object instanceof CloneDef c) {
                container(new Clone().setId(c.id()), c.pos(), c.id(), c.description(), c.sets(),
                        List.of(c.child()), -1);
            } else if (object instanceof MsDef m) {
                container(new Master().setId(m.id()), m.pos(), m.id(), m.description(), m.sets(),
                        List.of(m.child()), -1);
            } else if (object instanceof LocationDef l) {
                place(section(Constraints.class), location(l), l.id());
            } else if (object instanceof ColocationDef c) {
                place(section(Constraints.class), colocation(c), c.id());
            } else if (object instanceof OrderDef o) {
                place(section(Constraints.class), order(o), o.id());
            } else if (object instanceof RscTicketDef t) {
                place(section(Constraints.class), ticket(t), t.id());
            } else if (object instanceof PropertyDef p) {
                options(section(CrmConfig.class), new ClusterPropertySet(), p.set(),
                        "cib-bootstrap-options");
            } else if (object instanceof RscDefaultsDef d) {
                options(section(RscDefaults.class), new MetaAttributes(), d.set(),
                        "rsc-options");
            } else if (object instanceof OpDefaultsDef d) {
                options(section(OpDefaults.class), new MetaAttributes(), d.set(),
                        "op-options");
            } else if (object instanceof TagDef t) {
                tag(t);
            } else if (object instanceof MonitorDef m) {
                monitors.add(m);
            } else if (object instanceof FencingTopologyDef f) {
                topology(f);
            } else if (object instanceof AlertDef a) {
                place(section(Alerts.class), new AlertMapper(ids, attributes).alert(a), a.id());
            } else if (object instanceof AclRoleDef r) {
                place(section(Acls.class), new AclMapper(ids).role(r), r.id());
            } else if (object instanceof AclTargetDef t) {
                place(section(Acls.class), new AclMapper(ids).target(t), t.id());
            } else if (object instanceof AclGroupDef g) {
                place(section(Acls.class), new AclMapper(ids).group(g), g.id());
            } else if (object instanceof AclUserDef u) {
                if (!standalone) {
                    throw new CibMappingException(u.pos(), "user " + u.id() + ": the pre-2.0 ACL form is not "
                            + "valid in the pacemaker 3 schema; use role and acl_target");
                }
                place(section(Acls.class), new AclMapper(ids).user(u), u.id());
            } else if (object instanceof BundleDef b) {
                bundle(b);
            } else if (object instanceof XmlDef x) {
                raw(x);
            } else {
                throw new CibMappingException(object.pos(), object.getClass().getSimpleName()
                        .replace("Def", "").toLowerCase() + (object.id() == null ? "" : " " + object.id())
                        + ": this object kind is not mapped to the CIB yet");
            }
        }

        private <T extends CibElement> T section(Class<T> type) {
            T existing = config.childrenOf(type).stream().findFirst().orElse(null);
            if (existing != null) {
                return existing;
            }
            T created;
            try {
                created = type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
            }
            insertInOrder(created);
            return created;
        }

        /** Puts a new section where crmsh writes it: before the first section that crmsh writes later. */
        private void insertInOrder(CibElement section) {
            List<Object> children = config.getChildren();
            int rank = SECTION_ORDER.indexOf(section.getClass());
            for (int i = 0; i < children.size(); i++) {
                int other = SECTION_ORDER.indexOf(children.get(i).getClass());
                if (rank >= 0 && other > rank) {
                    children.add(i, section);
                    return;
                }
            }
            children.add(section);
        }

        /** Puts the comment lines before the current object first in its element, as crmsh does. */
        private void comment(CibElement element) {
            List<String> comments = current.comments();
            for (int i = comments.size() - 1; i >= 0; i--) {
                element.getChildren().add(0, new XmlComment(comments.get(i)));
            }
        }

        /** Replaces the element with this id in parent, or appends. */
        private void place(CibElement parent, CibElement element, String id) {
            comment(element);
            built = element;
            ChildIndex index = childIndex(parent);
            Object existing = index.byId.get(id);
            if (existing != null) {
                int at = parent.getChildren().indexOf(existing);
                int pending = at >= 0 ? -1 : pendingResources.indexOf(existing);
                if (at >= 0) {
                    parent.getChildren().set(at, element);
                } else if (pending >= 0) {
                    pendingResources.set(pending, element);
                }
                if (at >= 0 || pending >= 0) {
                    index.byId.put(id, element);
                    return;
                }
            }
            index.byId.put(id, element);
            if (parent instanceof Resources && RESOURCE_ORDER.contains(element.getClass())) {
                // new top-level resources are put in crmsh's kind order once, after the whole script
                pendingResources.add(element);
                return;
            }
            parent.add(element);
            index.size = parent.getChildren().size();
        }

        /** The id index of a parent's children, rebuilt when someone else changed the children. */
        private ChildIndex childIndex(CibElement parent) {
            ChildIndex index = indexes.get(parent);
            if (index == null || index.size != parent.getChildren().size()) {
                index = new ChildIndex();
                for (Object child : parent.getChildren()) {
                    if (child instanceof Identified identified && identified.getId() != null) {
                        index.byId.putIfAbsent(identified.getId(), child);
                    }
                }
                for (Object child : parent instanceof Resources ? pendingResources : List.<CibElement>of()) {
                    index.byId.put(((Identified) child).getId(), child);
                }
                index.size = parent.getChildren().size();
                indexes.put(parent, index);
            }
            return index;
        }

        /** What follows the last object: resources placed, members adopted, monitors added. */
        void finish() {
            flushResources();
            adoptChildren();
            addMonitors();
        }

        /**
         * Adds the new top-level resources where crmsh puts them: each before the first resource of a
         * later kind (templates, primitives, bundles, groups, ms, clones), in script order.
         */
        void flushResources() {
            if (pendingResources.isEmpty()) {
                return;
            }
            List<Object> children = section(Resources.class).getChildren();
            if (kindOrdered(children)) {
                // inserting one by one into a kind-ordered list is a stable sort by kind
                List<Object> merged = new ArrayList<>(children);
                merged.addAll(pendingResources);
                merged.sort(java.util.Comparator.comparingInt(c -> RESOURCE_ORDER.indexOf(c.getClass())));
                children.clear();
                children.addAll(merged);
            } else {
                for (CibElement element : pendingResources) {
                    int rank = RESOURCE_ORDER.indexOf(element.getClass());
                    int at = children.size();
                    for (int i = 0; i < children.size(); i++) {
                        if (RESOURCE_ORDER.indexOf(children.get(i).getClass()) > rank) {
                            at = i;
                            break;
                        }
                    }
                    children.add(at, element);
                }
            }
            pendingResources.clear();
            indexes.clear();
        }

        private static boolean kindOrdered(List<Object> children) {
            int last = 0;
            for (Object child : children) {
                int rank = RESOURCE_ORDER.indexOf(child.getClass());
                if (rank < last) {
                    return false;
                }
                last = rank;
            }
            return true;
        }

        private void sets(CibElement owner, String ownerId, List<org.jcrm.grammar.ast.NvSet> sets) {
            for (org.jcrm.grammar.ast.NvSet set : sets) {
                owner.add(attributes.set(set, ownerId, AttributeMapper.elementFor(set.kind()),
                        AttributeMapper.tagFor(set.kind())));
            }
        }

        private void node(NodeDef n) {
            String id = n.id() != null ? n.id() : n.uname();
            Node node = new Node().setUname(n.uname()).setId(id);
            node.setType(n.type());
            node.setDescription(n.description());
            // crmsh names a node's attribute sets after its uname even when $id gives another id
            sets(node, n.uname(), n.sets());
            place(section(Nodes.class), node, id);
        }

        private Primitive primitive(PrimitiveDef p) {
            Primitive primitive = new Primitive().setId(p.id());
            if (p.agent() != null) {
                agent(p.agent(), primitive);
            } else {
                primitive.setTemplate(p.template());
            }
            primitive.setDescription(p.description());
            sets(primitive, p.id(), p.sets());
            operations(p.operations(), p.id(), primitive);
            return primitive;
        }

        private Template template(TemplateDef t) {
            Template template = new Template();
            template.setId(t.id());
            Primitive shape = new Primitive();
            agent(t.agent(), shape);
            template.setAgentClass(shape.getAgentClass());
            template.setProvider(shape.getProvider());
            template.setType(shape.getType());
            template.setDescription(t.description());
            sets(template, t.id(), t.sets());
            operations(t.operations(), t.id(), template);
            return template;
        }

        private void agent(Agent agent, Primitive primitive) {
            primitive.setAgentClass(agent.cls());
            String provider = agent.provider();
            if (provider == null && agent.cls().equals("ocf")) {
                provider = providers.providerOf(agent.type());
            }
            primitive.setProvider(provider);
            primitive.setType(agent.type());
        }

        private void operations(org.jcrm.grammar.ast.Operations ast, String rscId, CibElement owner) {
            if (ast == null) {
                return;
            }
            Operations ops = new Operations();
            ops.setId(ast.id());
            ops.setIdRef(ast.idRef());
            // ops inside 'operations $id=X' take their generated ids from X, not from the resource
            String prefix = ast.id() != null ? ast.id() : rscId;
            for (OpDef def : ast.ops()) {
                ops.add(op(def, prefix));
            }
            owner.add(ops);
        }

        private Op op(OpDef def, String rscId) {
            Op op = new Op().setName(def.name());
            String interval = null;
            for (NvPair pair : def.attributes()) {
                OpAttributes.set(op, pair.name(), pair.value());
                if (pair.name().equals("interval")) {
                    interval = pair.value();
                }
            }
            if (interval == null) {
                op.setInterval("0");
            }
            String opInterval = interval == null ? "0" : interval;
            String id = def.attributes().stream().filter(a -> a.name().equals("id")).map(NvPair::value)
                    .findFirst().orElseGet(() -> ids.next(rscId + "-" + def.name() + "-" + opInterval));
            op.setId(id);
            if (!def.instanceAttributes().isEmpty()) {
                String setId = ids.next(id + "-instance_attributes");
                org.jcrm.engine.cib.InstanceAttributes set = new org.jcrm.engine.cib.InstanceAttributes();
                set.setId(setId);
                attributes.pairs(def.instanceAttributes(), setId, set);
                op.add(set);
            }
            sets(op, id, def.sets());
            return op;
        }

        private void topology(FencingTopologyDef def) {
            if (topologySeen) {
                throw new CibMappingException(def.pos(), "fencing_topology: only one fencing topology may be defined");
            }
            topologySeen = true;
            config.getChildren().removeIf(c -> c instanceof FencingTopology);
            FencingTopology topology = new FencingMapper(ids).topology(def, knownNodes);
            comment(topology);
            built = topology;
            insertInOrder(topology);
        }

        /** An {@code xml} object: the element goes, as written, into the section of its kind. */
        private void raw(XmlDef x) {
            CibElement element;
            try {
                element = CibXml.parseElement(x.xml(), x.pos().toString(), CibElement.class);
            } catch (RuntimeException e) {
                throw new CibMappingException(x.pos(), "xml: " + e.getMessage());
            }
            Class<? extends CibElement> sectionType = RawSections.sectionOf(element);
            if (sectionType == null) {
                throw new CibMappingException(x.pos(), "xml: <" + CibXml.elementToXml(element).strip()
                        .replaceAll("^<([\\w-]+).*", "$1") + "> is not a configuration object");
            }
            if (element instanceof Node node && node.getId() == null) {
                node.setId(node.getUname());
            }
            String id = element instanceof Identified identified ? identified.getId() : x.id();
            place(section(sectionType), element, id == null ? "" : id);
        }

        private void bundle(BundleDef b) {
            Bundle bundle = new Bundle().setId(b.id()).setDescription(b.description());
            new BundleMapper(ids).sections(b, bundle);
            container(bundle, b.pos(), b.id(), null, b.sets(),
                    b.primitive() == null ? List.of() : List.of(b.primitive()), b.metasBeforePrimitive());
        }

        /** Adds each {@code monitor} line's op to its primitive, refusing an interval already monitored. */
        void addMonitors() {
            for (MonitorDef m : monitors) {
                Primitive primitive = findPrimitive(m.rsc());
                if (primitive == null) {
                    throw new CibMappingException(m.pos(), "monitor " + m.rsc() + ": object " + m.rsc()
                            + " does not exist");
                }
                Operations ops = primitive.childrenOf(Operations.class).stream().findFirst()
                        .orElseGet(() -> primitive.add(new Operations()));
                for (Op existing : ops.childrenOf(Op.class)) {
                    if ("monitor".equals(existing.getName()) && m.interval().equals(existing.getInterval())) {
                        throw new CibMappingException(m.pos(), "monitor " + m.rsc() + ": " + m.rsc()
                                + " already has a monitor op with interval " + m.interval());
                    }
                }
                ops.add(monitorOp(m));
            }
        }

        /** The op a {@code monitor} line adds to its resource. */
        Op monitorOp(MonitorDef m) {
            Op op = new Op().setName("monitor");
            op.setRole(m.role());
            op.setInterval(m.interval());
            op.setTimeout(m.timeout());
            op.setId(ids.next(m.rsc() + "-monitor-" + m.interval()));
            return op;
        }

        private Resource findResource(String id) {
            // top-level and newly placed resources by index; nested ones of the CIB by a walk
            Object top = childIndex(section(Resources.class)).byId.get(id);
            if (top instanceof Resource r && !(top instanceof Template)) {
                return r;
            }
            Resource[] found = new Resource[1];
            section(Resources.class).walk(e -> {
                if (found[0] == null && e instanceof Resource r && !(e instanceof Template) && id.equals(r.getId())) {
                    found[0] = r;
                }
            });
            return found[0];
        }

        private Primitive findPrimitive(String id) {
            Primitive[] found = new Primitive[1];
            section(Resources.class).walk(e -> {
                if (found[0] == null && e instanceof Primitive p && id.equals(p.getId())) {
                    found[0] = p;
                }
            });
            return found[0];
        }

        private void group(GroupDef g) {
            container(new Group().setId(g.id()), g.pos(), g.id(), g.description(), g.sets(), g.members(), -1);
        }

        /**
         * Places a group, clone, ms or bundle; unless standalone, its children must already be defined
         * (earlier in the script or in the CIB), as crmsh refuses a container that refers to a missing resource;
         * metasBefore places a bundle's primitive among its meta sets (-1: at the end).
         */
        private void container(Resource element, SourcePos pos, String id, String description,
                               List<org.jcrm.grammar.ast.NvSet> sets, List<String> children, int metasBefore) {
            for (String child : standalone ? List.<String>of() : children) {
                if (findResource(child) == null) {
                    throw new CibMappingException(pos, id + " refers to missing object " + child);
                }
            }
            element.setDescription(description);
            sets(element, id, sets);
            place(section(Resources.class), element, id);
            adoptions.add(new Adoption(element, children, metasBefore));
        }

        /**
         * Moves each container's children from the top level into the container, in member order: at
         * the end, or for a bundle before its meta sets that followed the primitive clause.
         */
        void adoptChildren() {
            Resources resources = section(Resources.class);
            Map<String, Object> topById = new HashMap<>();
            for (Object child : resources.getChildren()) {
                if (child instanceof Resource r && r.getId() != null) {
                    topById.putIfAbsent(r.getId(), child);
                }
            }
            Set<Object> adopted = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Adoption adoption : adoptions) {
                for (String child : adoption.children()) {
                    Object found = topById.remove(child);
                    if (found != null) {
                        adopted.add(found);
                        adoption.insert(found);
                    }
                }
            }
            resources.getChildren().removeIf(adopted::contains);
        }

        private RscLocation location(LocationDef l) {
            RscLocation location = new RscLocation().setId(l.id());
            location.setRsc(l.rsc());
            location.setRscPattern(l.rscPattern());
            for (NvPair attr : l.attributes()) {
                if (attr.name().equals("role")) {
                    location.setRole(attr.value());
                } else {
                    location.setResourceDiscovery(attr.value());
                }
            }
            if (l.score() != null) {
                location.setScore(l.score().value());
                location.setNode(l.node());
            }
            if (!l.resources().isEmpty()) {
                constraints.sets(l.resources(), l.id(), "role", location);
            }
            attributes.rules(l.rules(), l.id(), location);
            return location;
        }

        private RscColocation colocation(ColocationDef c) {
            RscColocation colocation = new RscColocation().setId(c.id()).setScore(c.score().value());
            if (ConstraintMapper.isSimple(c.resources(), 2)) {
                ResourceRef rsc = (ResourceRef) c.resources().get(0);
                ResourceRef with = (ResourceRef) c.resources().get(1);
                colocation.setRsc(rsc.id()).setWithRsc(with.id());
                colocation.setRscRole(rsc.qualifier());
                colocation.setWithRscRole(with.qualifier());
            } else {
                constraints.sets(c.resources(), c.id(), "role", colocation);
            }
            colocation.setNodeAttribute(c.nodeAttribute());
            return colocation;
        }

        private RscOrder order(OrderDef o) {
            RscOrder order = new RscOrder().setId(o.id());
            order.setKind(o.kind());
            if (ConstraintMapper.isSimple(o.resources(), 2)) {
                ResourceRef first = (ResourceRef) o.resources().get(0);
                ResourceRef then = (ResourceRef) o.resources().get(1);
                order.setFirst(first.id()).setThen(then.id());
                order.setFirstAction(first.qualifier());
                order.setThenAction(then.qualifier());
            } else {
                constraints.sets(o.resources(), o.id(), "action", order);
            }
            order.setSymmetrical(o.symmetrical());
            return order;
        }

        private RscTicket ticket(RscTicketDef t) {
            RscTicket ticket = new RscTicket().setId(t.id()).setTicket(t.ticket());
            if (ConstraintMapper.isSimple(t.resources(), 1)) {
                ResourceRef rsc = (ResourceRef) t.resources().get(0);
                ticket.setRsc(rsc.id());
                ticket.setRscRole(rsc.qualifier());
            } else {
                constraints.sets(t.resources(), t.id(), "role", ticket);
            }
            ticket.setLossPolicy(t.lossPolicy());
            return ticket;
        }

        private void options(CibElement section, NvSet fresh, org.jcrm.grammar.ast.NvSet ast, String defaultId) {
            String id = ast.id() != null ? ast.id() : defaultId;
            NvSet existing = section.childrenOf(NvSet.class).stream().filter(s -> id.equals(s.getId()))
                    .findFirst().orElse(null);
            if (existing == null || ast.idRef() != null || !ast.rules().isEmpty()) {
                NvSet set = attributes.set(new org.jcrm.grammar.ast.NvSet(ast.kind(), ast.rules().isEmpty()
                        ? id : ast.id(), ast.idRef(), ast.score(), ast.rules(), ast.pairs(), ast.pos()),
                        "", fresh, "");
                comment(set);
                section.add(set);
                built = section instanceof CrmConfig ? set : section;
                return;
            }
            comment(existing);
            built = section instanceof CrmConfig ? existing : section;
            for (NvPair pair : ast.pairs()) {
                existing.getChildren().removeIf(c -> c instanceof Nvpair nv && pair.name() != null
                        && pair.name().equals(nv.getName()));
            }
            attributes.pairs(ast.pairs(), id, existing);
        }

        private void tag(TagDef t) {
            Tag tag = new Tag().setId(t.id());
            for (String ref : t.refs()) {
                tag.add(new ObjRef().setId(ref));
            }
            place(section(Tags.class), tag, t.id());
        }
    }
}
