package org.jcrm.grammar.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a random but valid crm configuration (crmsh 4.4.1 configure language) from a seed:
 * the same seed always gives the same text. Every object refers only to objects generated
 * before it, ids are unique, and the agents are ones Debian installs, so crmsh accepts the
 * result; across seeds every construct of the language appears (see {@link #generate()}).
 */
public final class CrmConfigGenerator {

    private static final String[] ROLES_NEW = {"Started", "Stopped", "Promoted", "Unpromoted"};
    private static final String[] ROLES_OLD = {"Started", "Stopped", "Master", "Slave"};
    private static final String[] OPERATORS = {"lt", "gt", "lte", "gte", "eq", "ne"};
    private static final String[] TYPES = {"integer", "number", "version"};
    private static final String[] ON_FAIL = {"ignore", "block", "stop", "restart", "standby"};

    private final Random rnd;
    private final CrmTextWriter out = new CrmTextWriter();
    private final Set<String> usedIds = new LinkedHashSet<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();
    /** Primitives not yet inside a group, clone or bundle. */
    private final List<String> freePrimitives = new ArrayList<>();
    private final List<String> freeStateful = new ArrayList<>();
    private final Set<String> statefulIds = new LinkedHashSet<>();
    private final List<String> stonith = new ArrayList<>();
    /** Resources that constraints may name: top-level ones. */
    private final List<String> topLevel = new ArrayList<>();
    private final List<String> promotable = new ArrayList<>();
    private final List<String> constraints = new ArrayList<>();

    /** A generator whose output is a function of {@code seed} alone. */
    public CrmConfigGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    /**
     * The whole configuration: nodes, templates, primitives (every agent form), groups, clones,
     * ms and promotable clones, bundles, location/colocation/order constraints with rules and
     * sets, rsc_ticket, tags, properties, rsc/op defaults, fencing topology, alerts and ACLs.
     */
    public String generate() {
        generateNodes();
        generateTemplates();
        generatePrimitives();
        generateStonith();
        generateGroups();
        generateClones();
        generatePromotables();
        if (chance(0.25)) {
            generateBundle();
        }
        topLevel.addAll(freePrimitives);
        topLevel.addAll(freeStateful);
        int locations = 1 + rnd.nextInt(4);
        for (int i = 0; i < locations; i++) {
            generateLocation();
        }
        int colocations = rnd.nextInt(3);
        for (int i = 0; i < colocations; i++) {
            generateColocation();
        }
        int orders = rnd.nextInt(3);
        for (int i = 0; i < orders; i++) {
            generateOrder();
        }
        if (chance(0.35)) {
            generateTicket();
        }
        if (chance(0.35)) {
            generateTag();
        }
        generateProperties();
        generateDefaults("rsc_defaults", new String[][] {
            {"resource-stickiness", "100", "INFINITY", "0"},
            {"migration-threshold", "3", "1"},
            {"failure-timeout", "10m", "60s"},
            {"priority", "1", "10"}});
        if (chance(0.6)) {
            generateDefaults("op_defaults", new String[][] {
                {"timeout", "60s", "120s", "30"},
                {"record-pending", "true", "false"},
                {"interval", "0"}});
        }
        if (!stonith.isEmpty() && chance(0.6)) {
            generateFencingTopology();
        }
        if (chance(0.4)) {
            generateAlert();
        }
        if (chance(0.4)) {
            generateAcl();
        }
        return out.text();
    }

    // ---------------------------------------------------------------- nodes

    private void generateNodes() {
        int count = 2 + rnd.nextInt(3);
        for (int i = 1; i <= count; i++) {
            String name = pick("node", "srv", "ha-", "db") + i;
            claim(name);
            nodes.add(name);
            out.start("node");
            if (chance(0.15)) {
                out.word("$id=" + (100 + i));
            }
            out.word(chance(0.15) ? name + ":member" : name);
            if (chance(0.2)) {
                out.word("description=" + quoted("node " + i + " in rack " + rnd.nextInt(4)));
            }
            if (chance(0.5)) {
                out.clause("attributes");
                if (chance(0.2)) {
                    out.word("$id=" + name + "-attrs");
                }
                nvpairs(nonEmpty(pairsFrom(new String[][] {
                    {"rack", "r1", "r2"}, {"firewall", "100", "50", "0"}, {"site", "east", "west"},
                    {"standby", "off", "on"}, {"mem", "16G", "32G"}})));
            }
            if (chance(0.4)) {
                out.clause("utilization");
                nvpairs(nonEmpty(pairsFrom(new String[][] {{"cpu", "2", "4", "8"}, {"memory", "2048", "4096"}})));
            }
            out.end();
        }
    }

    // ---------------------------------------------------------------- resources

    private void generateTemplates() {
        int count = chance(0.3) ? 1 + rnd.nextInt(2) : 0;
        for (int i = 0; i < count; i++) {
            String id = newId("tpl");
            out.start("rsc_template");
            out.word(id);
            String agent = pick("ocf:heartbeat:Dummy", "ocf:pacemaker:Dummy");
            out.word(agent);
            // no state parameter in a template: its primitives would share one state file
            body(id, "template:" + agent);
            out.end();
            templates.add(id);
        }
    }

    private void generatePrimitives() {
        int count = 3 + rnd.nextInt(8);
        for (int i = 0; i < count; i++) {
            boolean stateful = chance(0.2);
            String id = newId(stateful ? "st" : "p");
            out.start("primitive");
            out.word(id);
            String agent;
            if (stateful) {
                agent = "ocf:pacemaker:Stateful";
                out.word(agent);
            } else if (!templates.isEmpty() && chance(0.2)) {
                // params of a template-based primitive must suit both Dummy agents
                agent = "ocf:heartbeat:Dummy";
                out.word("@" + pick(templates));
            } else {
                String form = pick("ocf:heartbeat:Dummy", "ocf:pacemaker:Dummy", "Dummy", "lsb:postgresql",
                        "service:dbus", "ocf:pacemaker:Dummy");
                agent = form.equals("Dummy") ? "ocf:heartbeat:Dummy" : form;
                out.word(form);
            }
            if (chance(0.15)) {
                out.word("description=" + quoted("resource " + id));
            }
            body(id, agent);
            out.end();
            (stateful ? freeStateful : freePrimitives).add(id);
            if (stateful) {
                statefulIds.add(id);
            }
        }
        generateMonitorCommands();
    }

    /** The {@code monitor rsc[:role] interval[:timeout]} command, which adds an op to a primitive. */
    private void generateMonitorCommands() {
        List<String> primitives = new ArrayList<>(freePrimitives);
        primitives.addAll(freeStateful);
        int count = chance(0.3) ? 1 + rnd.nextInt(2) : 0;
        for (int i = 0; i < count; i++) {
            String rsc = pick(primitives);
            // 5k+3 seconds: never one of the op intervals above, which are multiples of 5
            String interval = (5 * (i * 7 + 1 + rnd.nextInt(7)) + 3) + "s";
            String role = statefulIds.contains(rsc) && chance(0.5) ? ":" + pick("Promoted", "Unpromoted", "Master") : "";
            out.start("monitor");
            out.word(rsc + role);
            out.word(chance(0.5) ? interval + ":" + pick("20s", "30") : interval);
            out.end();
        }
    }

    private void generateStonith() {
        int count = rnd.nextInt(3);
        for (int i = 0; i < count; i++) {
            String id = newId("fence");
            out.start("primitive");
            out.word(id);
            if (chance(0.5)) {
                out.word("stonith:fence_dummy");
                out.clause("params");
                nvpairs(pairs("pcmk_host_list", quoted(pick(nodes)),
                        "type", "file"));
            } else {
                out.word("stonith:null");
                out.clause("params");
                nvpairs(pairs("hostlist", quoted(String.join(" ", nodes))));
            }
            if (chance(0.5)) {
                out.clause("op monitor interval=" + pick("60s", "120s") + " timeout=" + pick("20s", "30s"));
            }
            out.end();
            stonith.add(id);
            topLevel.add(id);
        }
    }

    /** params, meta, utilization and operations of a primitive or template. */
    private void body(String id, String agent) {
        boolean stateful = agent.equals("ocf:pacemaker:Stateful");
        if (!agent.startsWith("lsb:") && !agent.startsWith("service:") && chance(0.6)) {
            out.clause(chance(0.15) ? "" : "params");
            if (chance(0.15)) {
                out.word("$id=" + newId("ia"));
            }
            List<String[]> params = pairsFrom(agent.startsWith("ocf:pacemaker:Stateful")
                    ? new String[][] {{"state", "/run/" + id + ".state", "/tmp/" + id + " x.state"}, {"notify_delay", "0", "2"}}
                    : agent.startsWith("ocf:pacemaker:")
                    ? new String[][] {{"fake", "a", "b c", "x=y", "it's"}, {"state", "/run/" + id + ".state"},
                        {"op_sleep", "0", "1"}, {"passwd", "secret"}}
                    : agent.startsWith("template:") ? new String[][] {{"fake", "a", "b c", "x=y", "it's"}}
                    : new String[][] {{"fake", "a", "b c", "x=y", "it's"}, {"state", "/run/" + id + ".state"}});
            if (params.isEmpty()) {
                params = agent.startsWith("template:") ? pairs("fake", id) : pairs("state", "/run/" + id + ".state");
            }
            nvpairs(params);
        }
        if (chance(0.5)) {
            out.clause("meta");
            if (chance(0.1)) {
                out.word("$id=" + newId("ma"));
            }
            List<String[]> meta = pairsFrom(new String[][] {
                {"target-role", "Started", "Stopped"}, {"is-managed", "true", "false"},
                {"resource-stickiness", "100", "INFINITY", "-INFINITY", "0"},
                {"migration-threshold", "3", "INFINITY"}, {"failure-timeout", "60s", "10min"},
                {"priority", "5"}, {"allow-migrate", "true"}, {"multiple-active", "block", "stop_start"}});
            nvpairs(meta.isEmpty() ? pairs("priority", "1") : meta);
        }
        if (chance(0.25)) {
            out.clause("utilization");
            nvpairs(pairs("cpu", String.valueOf(1 + rnd.nextInt(4)),
                    "memory", String.valueOf(256 * (1 + rnd.nextInt(8)))));
        }
        if (chance(0.7)) {
            operations(stateful);
        }
    }

    private void operations(boolean stateful) {
        if (chance(0.1)) {
            out.clause("operations $id=" + newId("ops"));
        }
        Set<Integer> intervals = new LinkedHashSet<>();
        Set<String> unscheduled = new LinkedHashSet<>();
        int count = 1 + rnd.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = stateful && chance(0.3) ? pick("promote", "demote", "notify")
                    : pick("monitor", "monitor", "start", "stop");
            List<String> words = new ArrayList<>();
            words.add("op");
            words.add(name);
            if (name.equals("monitor")) {
                int interval;
                do {
                    interval = 5 * (1 + rnd.nextInt(24));
                } while (!intervals.add(interval));
                words.add("interval=" + interval + pick("s", "s", ""));
                if (stateful && chance(0.5)) {
                    words.add("role=" + pick(chance(0.5) ? ROLES_NEW : ROLES_OLD, 2, 4));
                }
            } else if (!unscheduled.add(name)) {
                continue;
            } else if (chance(0.5)) {
                words.add("interval=" + pick("0", "0s"));
            }
            if (chance(0.7)) {
                words.add("timeout=" + pick("20s", "30s", "60", "2min", "90s"));
            }
            if (chance(0.2)) {
                words.add("on-fail=" + pick(ON_FAIL));
            }
            if (chance(0.1)) {
                words.add("start-delay=" + pick("5s", "10"));
            }
            if (chance(0.1)) {
                words.add("record-pending=" + pick("true", "false"));
            }
            if (chance(0.1)) {
                words.add("enabled=" + pick("true", "false"));
            }
            if (chance(0.1)) {
                words.add("description=" + quoted("op of " + name));
            }
            if (name.equals("monitor") && chance(0.1)) {
                words.add("OCF_CHECK_LEVEL=" + pick("10", "20"));
            }
            out.clause(String.join(" ", words));
            if (chance(0.1)) {
                out.clause("op_params");
                nvpairs(pairs("depth", pick("0", "10")));
            }
            if (chance(0.1)) {
                out.clause("op_meta");
                nvpairs(pairs(pick("start-delay", "timeout"), pick("10s", "60s")));
            }
        }
    }

    private void generateGroups() {
        int count = freePrimitives.size() >= 2 && chance(0.8) ? 1 + rnd.nextInt(2) : 0;
        for (int i = 0; i < count && freePrimitives.size() >= 2; i++) {
            String id = newId("g");
            int members = 2 + rnd.nextInt(Math.min(3, freePrimitives.size() - 1));
            out.start("group");
            out.word(id);
            for (int m = 0; m < members; m++) {
                out.word(freePrimitives.remove(0));
            }
            if (chance(0.15)) {
                out.word("description=" + quoted("group " + id));
            }
            if (chance(0.5)) {
                out.clause("meta");
                nvpairs(nonEmpty(pairsFrom(new String[][] {
                    {"target-role", "Started", "Stopped"}, {"is-managed", "true", "false"},
                    {"resource-stickiness", "200"}})));
            }
            out.end();
            topLevel.add(id);
            if (chance(0.3)) {
                cloneOf(id, false);
            }
        }
    }

    private void generateClones() {
        int count = chance(0.6) ? 1 + rnd.nextInt(2) : 0;
        for (int i = 0; i < count && !freePrimitives.isEmpty(); i++) {
            cloneOf(freePrimitives.remove(0), false);
        }
    }

    private void generatePromotables() {
        while (!freeStateful.isEmpty() && chance(0.8)) {
            cloneOf(freeStateful.remove(0), true);
        }
    }

    private void cloneOf(String child, boolean promote) {
        topLevel.remove(child);
        String id = newId(promote ? "ms" : "cl");
        boolean msForm = promote && chance(0.5);
        out.start(msForm ? pick("ms", "master") : "clone");
        out.word(id);
        out.word(child);
        if (chance(0.1)) {
            out.word("description=" + quoted("clone of " + child));
        }
        List<String[]> meta = new ArrayList<>(pairsFrom(new String[][] {
            {"clone-max", "2", "3"}, {"clone-node-max", "1"}, {"interleave", "true", "false"},
            {"notify", "true", "false"}, {"globally-unique", "false"}, {"ordered", "true"},
            {"target-role", "Started"}}));
        if (promote) {
            if (!msForm) {
                meta.add(0, new String[] {"promotable", "true"});
            }
            if (chance(0.5)) {
                meta.add(new String[] {"promoted-max", "1"});
                meta.add(new String[] {"promoted-node-max", "1"});
            }
        }
        if (!meta.isEmpty()) {
            out.clause("meta");
            nvpairs(meta);
        }
        out.end();
        topLevel.add(id);
        if (promote) {
            promotable.add(id);
        }
    }

    private void generateBundle() {
        String id = newId("bundle");
        String runtime = "docker";
        out.start("bundle");
        out.word(id);
        out.clause(runtime + " image=" + pick("pcmk:http", "registry.example.com/web:1.0")
                + (chance(0.5) ? " replicas=" + (1 + rnd.nextInt(3)) : "")
                + (chance(0.3) ? " run-command=" + quoted("/usr/sbin/pacemaker-remoted") : ""));
        out.clause("network ip-range-start=192.168.122." + (10 + rnd.nextInt(100))
                + (chance(0.5) ? " host-netmask=24" : "") + (chance(0.3) ? " control-port=3121" : ""));
        out.clause("port-mapping id=" + id + "-port-" + 80 + " port=80");
        if (chance(0.5)) {
            out.clause("port-mapping id=" + id + "-range range=8000-8010");
        }
        if (chance(0.6)) {
            out.clause("storage storage-mapping id=" + id + "-data source-dir=/srv/" + id
                    + " target-dir=/var/www options=rw");
        }
        if (!freePrimitives.isEmpty() && chance(0.6)) {
            out.clause("primitive " + freePrimitives.remove(0));
        }
        if (chance(0.5)) {
            out.clause("meta target-role=" + pick("Started", "Stopped"));
        }
        out.end();
        topLevel.add(id);
    }

    // ---------------------------------------------------------------- constraints

    private void generateLocation() {
        if (topLevel.isEmpty()) {
            return;
        }
        String id = newId("loc");
        String rsc = pick(topLevel);
        out.start("location");
        out.word(id);
        boolean set = chance(0.1) && topLevel.size() >= 2;
        out.word(set ? "{ " + String.join(" ", distinct(2)) + " }" : rsc);
        if (!set && promotable.contains(rsc) && chance(0.4)) {
            out.word("role=" + pick("Promoted", "Unpromoted", "Master", "Slave"));
        }
        if (chance(0.2)) {
            out.word("resource-discovery=" + pick("always", "never", "exclusive"));
        }
        if (chance(0.4)) {
            out.word(score() + ": " + pick(nodes));
        } else {
            int rules = 1 + rnd.nextInt(3);
            for (int i = 0; i < rules; i++) {
                out.clause(rule(true));
            }
        }
        out.end();
        constraints.add(id);
    }

    /** A location/defaults rule: optional $id/$role, a score and one or more expressions. */
    private String rule(boolean withScore) {
        List<String> w = new ArrayList<>();
        w.add("rule");
        if (chance(0.2)) {
            w.add("$id=" + newId("rule"));
        }
        if (withScore && chance(0.15) && !promotable.isEmpty()) {
            w.add("$role=" + pick("Promoted", "Master", "Started"));
        }
        if (withScore) {
            w.add(chance(0.2) ? pick("firewall", "pingd", "site-weight") + ":" : score() + ":");
        }
        int expressions = 1 + rnd.nextInt(3);
        String op = pick("and", "or");
        for (int i = 0; i < expressions; i++) {
            if (i > 0) {
                w.add(op);
            }
            w.add(expression());
        }
        return String.join(" ", w);
    }

    private String expression() {
        switch (rnd.nextInt(8)) {
            case 0:
                return pick("defined", "not_defined") + " " + pick("pingd", "firewall", "rack");
            case 1:
                return "date " + pick("gt", "lt") + " " + quoted(date());
            case 2:
                int year = 2009 + rnd.nextInt(20);
                return "date in start=" + date(year) + " end=" + date(year + 1 + rnd.nextInt(3));
            case 3:
                return "date in start=" + date() + " " + pick("years", "months", "weeks", "hours")
                        + "=" + (1 + rnd.nextInt(5));
            case 4:
                return "date spec " + dateSpec();
            default:
                if (chance(0.5)) {
                    String attr = pick("#uname", "rack", "site", "#kind");
                    String value = attr.equals("#uname") ? pick(nodes)
                            : attr.equals("#kind") ? pick("cluster", "remote") : pick("east", "r1", "west");
                    return attr + " " + (chance(0.3) ? "string:" : "") + pick("eq", "ne") + " " + value;
                }
                // Ordered comparisons only on numeric attributes: Pacemaker warns on text and its
                // version comparison does not terminate on non-numeric text.
                String attr = pick("pingd", "firewall");
                String type = chance(0.5) ? pick(TYPES) : "";
                String value = type.equals("version") ? pick("1", "2.1", "2.1.5") : pick("0", "1", "100", "-3");
                return attr + " " + (type.isEmpty() ? "" : type + ":") + pick(OPERATORS) + " " + value;
        }
    }

    private String date() {
        return date(2009 + rnd.nextInt(20));
    }

    private String date(int year) {
        return String.format("%d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    private String dateSpec() {
        List<String> parts = new ArrayList<>();
        String[][] fields = {{"hours", "9-17", "0-6"}, {"weekdays", "1-5", "6-7"}, {"monthdays", "1-15"},
            {"years", "2009", "2020-2030"}, {"months", "1-3"}, {"weeks", "1-26"}};
        for (String[] f : fields) {
            if (chance(0.3)) {
                parts.add(f[0] + "=" + f[1 + rnd.nextInt(f.length - 1)]);
            }
        }
        if (parts.isEmpty()) {
            parts.add("hours=9-17");
        }
        return String.join(" ", parts);
    }

    private void generateColocation() {
        if (topLevel.size() < 2) {
            return;
        }
        String id = newId("col");
        out.start(pick("colocation", "colocation", "collocation"));
        out.word(id);
        out.word(score() + ":");
        if (topLevel.size() >= 3 && chance(0.3)) {
            resourceSets(false);
        } else {
            List<String> two = distinct(2);
            out.word(withRole(two.get(0)));
            out.word(withRole(two.get(1)));
            if (chance(0.2)) {
                out.word("node-attribute=" + pick("rack", "site"));
            }
        }
        out.end();
        constraints.add(id);
    }

    private void generateOrder() {
        if (topLevel.size() < 2) {
            return;
        }
        String id = newId("ord");
        out.start("order");
        out.word(id);
        String kind = chance(0.8) ? (chance(0.7) ? pick("Mandatory", "Optional", "Serialize")
                : pick("inf", "0", "INFINITY")) : "";
        if (!kind.isEmpty()) {
            out.word(kind + ":");
        }
        if (topLevel.size() >= 3 && chance(0.3)) {
            resourceSets(true);
        } else {
            List<String> two = distinct(2);
            out.word(withAction(two.get(0)));
            out.word(withAction(two.get(1)));
            // Pacemaker ignores (and warns about) symmetrical on a Serialize order
            if (!kind.equals("Serialize") && chance(0.25)) {
                out.word("symmetrical=" + pick("true", "false"));
            }
        }
        out.end();
        constraints.add(id);
    }

    /** Two or three sets of resources, each plain, ( ) or [ ], over distinct resources. */
    private void resourceSets(boolean order) {
        List<String> members = distinct(Math.min(topLevel.size(), 3 + rnd.nextInt(3)));
        int i = 0;
        while (i < members.size()) {
            int size = Math.min(members.size() - i, 1 + rnd.nextInt(2));
            List<String> set = members.subList(i, i + size);
            i += size;
            String kind = size == 1 ? pick("plain", "plain", "(") : pick("plain", "(", "[");
            if (kind.equals("plain")) {
                for (String r : set) {
                    out.word(order ? r : withRole(r));
                }
            } else {
                String close = kind.equals("(") ? ")" : "]";
                out.word(kind + " " + String.join(" ", set)
                        + (kind.equals("[") && chance(0.4) ? " require-all=" + pick("true", "false") : "")
                        + (chance(0.2) ? " sequential=" + pick("true", "false") : "") + " " + close);
            }
        }
    }

    private String withRole(String rsc) {
        if (promotable.contains(rsc) && chance(0.6)) {
            return rsc + ":" + pick("Promoted", "Unpromoted", "Master", "Slave", "Started");
        }
        return chance(0.15) ? rsc + ":Started" : rsc;
    }

    private String withAction(String rsc) {
        if (promotable.contains(rsc) && chance(0.6)) {
            return rsc + ":" + pick("promote", "demote", "start", "stop");
        }
        return chance(0.3) ? rsc + ":" + pick("start", "stop") : rsc;
    }

    private void generateTicket() {
        String id = newId("tkt");
        out.start("rsc_ticket");
        out.word(id);
        out.word(pick("ticketA", "ticketB", "site-ticket") + ":");
        for (String r : distinct(Math.min(topLevel.size(), 1 + rnd.nextInt(2)))) {
            out.word(promotable.contains(r) && chance(0.5) ? r + ":" + pick("Promoted", "Master") : r);
        }
        if (chance(0.6)) {
            out.word("loss-policy=" + pick("stop", "demote", "freeze"));
        }
        out.end();
    }

    private void generateTag() {
        String id = newId("tag");
        out.start("tag");
        out.word(id + (chance(0.7) ? ":" : ""));
        List<String> pool = new ArrayList<>(topLevel);
        pool.addAll(constraints);
        for (String r : distinctFrom(pool, Math.min(pool.size(), 1 + rnd.nextInt(3)))) {
            out.word(r);
        }
        out.end();
    }

    // ---------------------------------------------------------------- cluster options

    private void generateProperties() {
        out.start("property");
        switch (rnd.nextInt(3)) {
            case 0:
                out.word("cib-bootstrap-options:");
                break;
            case 1:
                out.word("$id=cib-bootstrap-options");
                break;
            default:
                break;
        }
        List<String[]> props = new ArrayList<>();
        props.add(new String[] {"stonith-enabled", stonith.isEmpty() ? "false" : pick("true", "false")});
        props.addAll(pairsFrom(new String[][] {
            {"no-quorum-policy", "ignore", "stop", "freeze", "demote"},
            {"symmetric-cluster", "true", "false"}, {"placement-strategy", "utilization", "balanced", "minimal"},
            {"maintenance-mode", "false"}, {"start-failure-is-fatal", "false"},
            {"cluster-recheck-interval", "5min", "15min"}, {"stop-orphan-resources", "true"},
            {"batch-limit", "30"}, {"enable-acl", "true", "false"}}));
        nvpairs(props);
        out.end();
        if (chance(0.25)) {
            out.start("property");
            out.word(newId("extra-options") + ":");
            if (chance(0.4)) {
                out.clause("rule #uname eq " + pick(nodes));
            }
            nvpairs(pairs("maintenance-mode", pick("true", "false")));
            out.end();
        }
    }

    private void generateDefaults(String keyword, String[][] choices) {
        List<String[]> pairs = pairsFrom(choices);
        if (pairs.isEmpty()) {
            return;
        }
        out.start(keyword);
        int form = rnd.nextInt(3);
        if (form == 0) {
            out.word(newId(keyword.replace('_', '-')) + ":");
        } else if (form == 1) {
            out.word("$id=" + newId(keyword.replace('_', '-')));
        }
        nvpairs(pairs);
        out.end();
    }

    private void generateFencingTopology() {
        out.start("fencing_topology");
        if (chance(0.3)) {
            for (String s : stonith) {
                out.word(s);
            }
        } else {
            for (String node : distinctFrom(nodes, 1 + rnd.nextInt(nodes.size()))) {
                out.word(node + ":");
                List<String> devices = distinctFrom(stonith, 1 + rnd.nextInt(stonith.size()));
                if (devices.size() > 1 && chance(0.5)) {
                    out.word(String.join(",", devices));
                } else {
                    for (String d : devices) {
                        out.word(d);
                    }
                }
            }
        }
        out.end();
    }

    private void generateAlert() {
        String id = newId("alert");
        out.start("alert");
        out.word(id);
        out.word(pick("/usr/share/pacemaker/alerts/alert_file.sh.sample", "/usr/local/bin/notify.sh"));
        if (chance(0.5)) {
            out.clause("attributes");
            nvpairs(nonEmpty(pairsFrom(new String[][] {{"trap_node_states", "non-trap"},
                {"logfile", "/var/log/pcmk-alerts.log"}, {"debug", "false"}})));
        }
        if (chance(0.4)) {
            out.clause("meta");
            nvpairs(nonEmpty(pairsFrom(new String[][] {{"timeout", "10s", "30s"},
                {"timestamp-format", quoted("%H:%M:%S.%06N")}})));
        }
        if (chance(0.5)) {
            List<String> kinds = new ArrayList<>(List.of("nodes", "fencing", "resources"));
            List<String> chosen = distinctFrom(kinds, 1 + rnd.nextInt(3));
            String select = "select " + String.join(" ", chosen);
            if (chance(0.3)) {
                select += " attributes { " + pick("pingd", "standby") + " }";
            }
            out.clause(select);
        }
        int recipients = rnd.nextInt(3);
        for (int i = 0; i < recipients; i++) {
            String target = pick("/var/log/cluster-alerts.log", "192.168.40.9", "admin@example.com");
            if (chance(0.4)) {
                out.clause("to { " + target + " meta timeout=" + pick("5s", "15s") + " }");
            } else {
                out.clause("to " + target);
            }
        }
        out.end();
    }

    private void generateAcl() {
        int roles = 1 + rnd.nextInt(2);
        List<String> roleIds = new ArrayList<>();
        for (int i = 0; i < roles; i++) {
            String id = newId("role");
            roleIds.add(id);
            out.start("role");
            out.word(id);
            if (chance(0.4)) {
                out.clause("description=" + quoted("role " + id));
            }
            int rules = 1 + rnd.nextInt(3);
            for (int r = 0; r < rules; r++) {
                String right = pick("read", "write", "deny");
                switch (rnd.nextInt(4)) {
                    case 0:
                        out.clause(right + " xpath:" + quoted(pick("/cib", "//nodes", "//crm_config")));
                        break;
                    case 1:
                        out.clause(right + " " + pick("cib", "node", "status", "nodeattr", "property", "nodeutil"));
                        break;
                    case 2:
                        out.clause(right + " " + pick("ref:", "meta:", "params:", "location:", "utilization:")
                                + pick(topLevel.isEmpty() ? nodes : topLevel));
                        break;
                    default:
                        out.clause(right + " type:" + quoted(pick("primitive", "node", "clone")));
                        break;
                }
            }
            out.end();
        }
        out.start("acl_target");
        out.word(pick("alice", "bob", "hauser", "mysql"));
        for (String r : roleIds) {
            out.word(r);
        }
        out.end();
        if (chance(0.3)) {
            out.start("acl_group");
            out.word(pick("haclient", "operators"));
            out.word(roleIds.get(0));
            out.end();
        }
    }

    // ---------------------------------------------------------------- helpers

    private String score() {
        return pick("inf", "-inf", "INFINITY", "-INFINITY", "+INFINITY", "100", "-100", "0", "50");
    }

    /** A random subset of {@code choices} (each row: name, possible values), in row order. */
    private List<String[]> pairsFrom(String[][] choices) {
        List<String[]> pairs = new ArrayList<>();
        for (String[] row : choices) {
            if (chance(0.4)) {
                String value = row[1 + rnd.nextInt(row.length - 1)];
                pairs.add(new String[] {row[0], value.startsWith("\"") ? value : quoteIfNeeded(value)});
            }
        }
        return pairs;
    }

    private static List<String[]> nonEmpty(List<String[]> pairs) {
        return pairs.isEmpty() ? pairs("description", "x") : pairs;
    }

    /** Name/value pairs from alternating names and values. */
    private static List<String[]> pairs(String... namesAndValues) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            list.add(new String[] {namesAndValues[i], namesAndValues[i + 1]});
        }
        return list;
    }

    private void nvpairs(List<String[]> pairs) {
        for (String[] p : pairs) {
            out.word(p[0] + "=" + p[1]);
        }
    }

    private String quoteIfNeeded(String value) {
        if (value.contains("'")) {
            return "\"" + value + "\"";
        }
        if (value.contains(" ") || value.contains("=")) {
            return chance(0.5) ? "\"" + value + "\"" : "'" + value + "'";
        }
        return chance(0.2) ? "\"" + value + "\"" : value;
    }

    private String quoted(String value) {
        return "\"" + value + "\"";
    }

    private String newId(String prefix) {
        String id;
        int n = 1;
        do {
            id = prefix + "-" + n++;
        } while (usedIds.contains(id));
        claim(id);
        return id;
    }

    private void claim(String id) {
        if (!usedIds.add(id)) {
            throw new IllegalStateException("duplicate id " + id);
        }
    }

    private List<String> distinct(int count) {
        return distinctFrom(topLevel, count);
    }

    private List<String> distinctFrom(List<String> pool, int count) {
        List<String> copy = new ArrayList<>(pool);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            chosen.add(copy.remove(rnd.nextInt(copy.size())));
        }
        return chosen;
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private String pick(String... choices) {
        return choices[rnd.nextInt(choices.length)];
    }

    private String pick(String[] choices, int from, int to) {
        return choices[from + rnd.nextInt(to - from)];
    }

    private String pick(List<String> choices) {
        return choices.get(rnd.nextInt(choices.size()));
    }

    /** Prints one crm statement at a time, wrapping clauses onto continuation lines at random. */
    private final class CrmTextWriter {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();

        void start(String keyword) {
            line.setLength(0);
            line.append(keyword);
        }

        void word(String word) {
            if (!word.isEmpty()) {
                line.append(' ').append(word);
            }
        }

        /** A clause keyword that may start a continuation line. */
        void clause(String words) {
            if (words.isEmpty()) {
                return;
            }
            if (chance(0.5)) {
                line.append(" \\\n").append(chance(0.5) ? "\t" : "    ");
                line.append(words);
            } else {
                word(words);
            }
        }

        void end() {
            text.append(line).append('\n');
            line.setLength(0);
        }

        String text() {
            return text.toString();
        }
    }
}
