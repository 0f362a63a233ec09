package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jcrm.engine.scheduler.Score;
import org.w3c.dom.Element;

/** Unpacks the configuration section: cluster options, nodes, resources (with defaults and templates) and constraints. */
final class ConfigUnpacker {
    private final Element cib;
    private final Element config;
    private final WorkingSet ws;
    private final Map<String, List<String>> tags = new LinkedHashMap<>();
    /** Primitives built from each template, so constraints naming a template apply to all of them. */
    private final Map<String, List<String>> templateUsers = new LinkedHashMap<>();

    ConfigUnpacker(Element cib, WorkingSet ws) {
        this.cib = cib;
        this.config = Xml.child(cib, "configuration");
        this.ws = ws;
    }

    void unpack() {
        ws.options.putAll(Xml.nvpairs(Xml.child(config, "crm_config"), "cluster_property_set", ws.rules, cib));
        unpackNodes();
        unpackTags();
        unpackResources();
        RemoteNodes.link(ws, defaults("rsc_defaults"));
        unpackConstraints();
    }

    private void unpackNodes() {
        for (Element n : Xml.children(Xml.child(config, "nodes"), "node")) {
            String uname = Xml.attr(n, "uname", Xml.attr(n, "id"));
            ClusterNode node = new ClusterNode(Xml.attr(n, "id", uname), uname, Xml.attr(n, "type", "member"));
            node.remote = "remote".equals(node.type());
            node.attributes().putAll(Xml.nvpairs(n, "instance_attributes", ws.rules, cib));
            node.utilization().putAll(Xml.nvpairs(n, "utilization", ws.rules, cib));
            ws.nodes.add(node);
        }
        RemoteNodes.declare(Xml.child(config, "resources"), ws, ws.rules, cib);
        ws.nodes.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.uname(), b.uname()));
    }

    private void unpackTags() {
        for (Element t : Xml.children(Xml.child(config, "tags"), "tag")) {
            List<String> ids = new ArrayList<>();
            for (Element ref : Xml.children(t, "obj_ref")) {
                ids.add(Xml.attr(ref, "id"));
            }
            tags.put(Xml.attr(t, "id"), ids);
        }
    }

    private Map<String, String> defaults(String section) {
        Element s = Xml.child(config, section);
        return s == null ? Map.of() : Xml.nvpairs(s, "meta_attributes", ws.rules, cib);
    }

    private void unpackResources() {
        Map<String, String> rscDefaults = defaults("rsc_defaults");
        for (Element e : Xml.children(Xml.child(config, "resources"), null)) {
            Resource r = unpackResource(e, rscDefaults, null);
            if (r != null) {
                ws.resources.add(r);
            }
        }
    }

    private Map<String, String> metaOf(Element e, Map<String, String> inherited) {
        Map<String, String> meta = new LinkedHashMap<>(Xml.nvpairs(e, "meta_attributes", ws.rules, cib));
        for (Map.Entry<String, String> d : inherited.entrySet()) {
            meta.putIfAbsent(d.getKey(), d.getValue());
        }
        return meta;
    }

    private Resource unpackResource(Element e, Map<String, String> inherited, Resource parent) {
        String id = Xml.attr(e, "id");
        switch (e.getTagName()) {
            case "primitive": {
                Primitive p = primitive(e, metaOf(e, inherited), id);
                register(p);
                return p;
            }
            case "group": {
                Map<String, String> meta = metaOf(e, inherited);
                GroupResource g = new GroupResource(id, meta);
                register(g);
                for (Element c : Xml.children(e, "primitive")) {
                    g.addChild(unpackResource(c, childMeta(meta), g));
                }
                return g;
            }
            case "clone":
            case "master": {
                Map<String, String> meta = metaOf(e, inherited);
                boolean promotable = e.getTagName().equals("master") || Xml.isTrue(meta.get("promotable"));
                if (!meta.containsKey("resource-stickiness")) {
                    meta.put("resource-stickiness", "1");
                }
                CloneResource c = new CloneResource(id, meta, promotable, ws.nodes.size());
                register(c);
                Element child = null;
                for (Element x : Xml.children(e, null)) {
                    if (x.getTagName().equals("primitive") || x.getTagName().equals("group")) {
                        child = x;
                    }
                }
                if (child == null) {
                    ws.warnings.add("clone " + id + " has no child resource");
                    return null;
                }
                Resource template = unpackResource(child, childMeta(meta), c);
                c.setTemplate(template);
                ws.byId.put(template.id(), template);
                for (int i = 0; i < c.cloneMax(); i++) {
                    Resource inst = instance(template, ":" + i);
                    c.addChild(inst);
                }
                return c;
            }
            default:
                if (!e.getTagName().equals("template")) {
                    ws.warnings.add("unsupported resource variant <" + e.getTagName() + "> " + id);
                }
                return null;
        }
    }

    private static Map<String, String> childMeta(Map<String, String> parentMeta) {
        Map<String, String> m = new LinkedHashMap<>(parentMeta);
        for (String k : List.of("promotable", "clone-max", "clone-node-max", "globally-unique", "interleave",
                "promoted-max", "promoted-node-max", "master-max", "master-node-max", "ordered", "collocated")) {
            m.remove(k);
        }
        return m;
    }

    private Resource instance(Resource template, String suffix) {
        return CloneInstances.create(ws, template, suffix);
    }

    private void register(Resource r) {
        if (ws.byId.containsKey(r.id())) {
            ws.warnings.add("duplicate resource id " + r.id());
        }
        ws.byId.put(r.id(), r);
    }

    private Primitive primitive(Element e, Map<String, String> meta, String id) {
        Element source = e;
        String tmplId = Xml.attr(e, "template");
        Element tmpl = null;
        if (tmplId != null) {
            for (Element t : Xml.children(Xml.child(config, "resources"), "template")) {
                if (tmplId.equals(Xml.attr(t, "id"))) {
                    tmpl = t;
                }
            }
        }
        if (tmpl != null) {
            templateUsers.computeIfAbsent(tmplId, k -> new ArrayList<>()).add(id);
            for (Map.Entry<String, String> m : Xml.nvpairs(tmpl, "meta_attributes", ws.rules, cib).entrySet()) {
                meta.putIfAbsent(m.getKey(), m.getValue());
            }
            source = tmpl;
        }
        String standard = Xml.attr(e, "class", Xml.attr(source, "class"));
        String provider = Xml.attr(e, "provider", Xml.attr(source, "provider"));
        String type = Xml.attr(e, "type", Xml.attr(source, "type"));
        Map<String, String> params = new LinkedHashMap<>(Xml.nvpairs(e, "instance_attributes", ws.rules, cib));
        if (tmpl != null) {
            Xml.nvpairs(tmpl, "instance_attributes", ws.rules, cib).forEach(params::putIfAbsent);
        }
        List<OpConfig> ops = new ArrayList<>();
        ops.addAll(ops(e));
        if (tmpl != null) {
            for (OpConfig o : ops(tmpl)) {
                if (ops.stream().noneMatch(x -> x.name().equals(o.name()) && x.intervalMs() == o.intervalMs())) {
                    ops.add(o);
                }
            }
        }
        Primitive p = new Primitive(id, meta, standard, provider, type, ops, params);
        p.utilization().putAll(Xml.nvpairs(e, "utilization", ws.rules, cib));
        if (tmpl != null) {
            Xml.nvpairs(tmpl, "utilization", ws.rules, cib).forEach(p.utilization()::putIfAbsent);
        }
        return p;
    }

    private List<OpConfig> ops(Element e) {
        List<OpConfig> out = new ArrayList<>();
        Map<String, String> opDefaults = defaults("op_defaults");
        for (Element op : Xml.children(Xml.resolveRef(Xml.child(e, "operations"), cib), "op")) {
            Map<String, String> meta = Xml.nvpairs(op, "meta_attributes", ws.rules, cib);
            String onFail = Xml.attr(op, "on-fail", meta.getOrDefault("on-fail", opDefaults.get("on-fail")));
            String enabled = Xml.attr(op, "enabled", meta.getOrDefault("enabled", "true"));
            out.add(new OpConfig(Xml.attr(op, "name"), Durations.millis(Xml.attr(op, "interval", "0")),
                    Role.parse(Xml.attr(op, "role")), onFail, Xml.isTrue(enabled), Xml.attr(op, "id"),
                    Xml.nvpairs(op, "instance_attributes", ws.rules, cib)));
        }
        return out;
    }

    private List<Resource> resolve(String id) {
        List<Resource> out = new ArrayList<>();
        if (id == null) {
            return out;
        }
        Resource r = ws.byId.get(id);
        if (r != null) {
            out.add(r);
        } else if (tags.containsKey(id) || templateUsers.containsKey(id)) {
            for (String member : tags.getOrDefault(id, templateUsers.get(id))) {
                out.addAll(resolve(member));
            }
        }
        return out;
    }

    private void unpackConstraints() {
        for (Element c : Xml.children(Xml.child(config, "constraints"), null)) {
            switch (c.getTagName()) {
                case "rsc_location" -> location(c);
                case "rsc_colocation" -> new SetExpander(this::resolve, ws).colocation(c);
                case "rsc_order" -> new SetExpander(this::resolve, ws).order(c);
                case "rsc_ticket" -> ticket(c);
                default -> ws.warnings.add("unsupported constraint <" + c.getTagName() + ">");
            }
        }
    }

    private void location(Element c) {
        List<Resource> targets = new ArrayList<>();
        String pattern = Xml.attr(c, "rsc-pattern");
        if (pattern != null) {
            Pattern p = Pattern.compile(pattern);
            for (Resource r : ws.resources) {
                if (p.matcher(r.id()).find()) {
                    targets.add(r);
                }
            }
        } else {
            targets.addAll(resolve(Xml.attr(c, "rsc")));
            for (Element set : Xml.children(c, "resource_set")) {
                for (Element ref : Xml.children(set, "resource_ref")) {
                    targets.addAll(resolve(Xml.attr(ref, "id")));
                }
            }
        }
        if (targets.isEmpty()) {
            ws.warnings.add("location constraint " + Xml.attr(c, "id") + " names no known resource");
            return;
        }
        Integer score = Xml.attr(c, "score") == null ? null : Score.parseOr(Xml.attr(c, "score"), Score.ZERO).value();
        List<Element> rules = Xml.children(c, "rule");
        String role = Xml.attr(c, "role");
        if (role == null && !rules.isEmpty()) {
            role = Xml.attr(Xml.resolveRef(rules.get(0), cib), "role");
        }
        for (Resource r : targets) {
            ws.locations.add(new LocationConstraint(Xml.attr(c, "id"), r, Xml.attr(c, "node"), score, rules,
                    Role.parse(role), Xml.attr(c, "resource-discovery", "always")));
        }
    }

    private void ticket(Element c) {
        String lossPolicy = Xml.attr(c, "loss-policy", "stop");
        for (Resource r : resolve(Xml.attr(c, "rsc"))) {
            ws.ticketConstraints.add(new TicketConstraint(Xml.attr(c, "id"), r, Xml.attr(c, "ticket"),
                    Role.parse(Xml.attr(c, "rsc-role")), lossPolicy));
        }
        for (Element set : Xml.children(c, "resource_set")) {
            for (Element ref : Xml.children(set, "resource_ref")) {
                for (Resource r : resolve(Xml.attr(ref, "id"))) {
                    ws.ticketConstraints.add(new TicketConstraint(Xml.attr(c, "id"), r, Xml.attr(c, "ticket"),
                            Role.parse(Xml.attr(set, "role")), lossPolicy));
                }
            }
        }
    }
}
