package org.jcrm.engine.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.NaturalOrder;
import org.jcrm.engine.scheduler.unpack.NodeHealth;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/** Prints a cluster view the way crm_simulate shows cluster status: the node list, then every resource. */
public final class StatusPrinter {
    private StatusPrinter() {
    }

    public static void print(ClusterView view, StringBuilder out) {
        WorkingSet ws = view.workingSet();
        out.append("  * Node List:\n");
        List<String> online = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        List<String> remoteOnline = new ArrayList<>();
        List<String> remoteOffline = new ArrayList<>();
        List<String> guestOnline = new ArrayList<>();
        for (ClusterNode n : ws.nodes()) {
            if (n.remote()) {
                remoteNode(view, n, n.guest() ? guestOnline : remoteOnline, n.guest() ? null : remoteOffline, out);
                continue;
            }
            boolean isDown = view.down(n);
            if (!isDown && n.unclean()) {
                out.append("    * Node ").append(n.uname()).append(": UNCLEAN (").append(n.online() ? "online" : "offline").append(")\n");
            } else if (!isDown && n.pending()) {
                out.append("    * Node ").append(n.uname()).append(": pending\n");
            } else if (!isDown && n.online() && n.maintenance()) {
                out.append("    * Node ").append(n.uname()).append(": maintenance\n");
            } else if (!isDown && n.online() && n.standby()) {
                boolean hasResources = ws.primitives().stream().anyMatch(p -> view.activeOn(p).containsKey(n));
                out.append("    * Node ").append(n.uname()).append(": standby").append(hasResources ? " (with active resources)" : "").append('\n');
            } else if (!isDown && n.online() && NodeHealth.colour(ws, n) != null) {
                out.append("    * Node ").append(n.uname()).append(": online (health is ").append(NodeHealth.colour(ws, n)).append(")\n");
            } else if (!isDown && n.online()) {
                online.add(n.uname());
            } else {
                offline.add(n.uname());
            }
        }
        if (!online.isEmpty()) {
            out.append("    * Online: [ ").append(String.join(" ", online)).append(" ]\n");
        }
        if (!offline.isEmpty()) {
            out.append("    * OFFLINE: [ ").append(String.join(" ", offline)).append(" ]\n");
        }
        nodeList("RemoteOnline", remoteOnline, out);
        nodeList("RemoteOFFLINE", remoteOffline, out);
        nodeList("GuestOnline", guestOnline, out);
        out.append("\n  * Full List of Resources:\n");
        boolean any = false;
        for (Resource r : ws.processingOrder()) {
            if (r instanceof Primitive p && (p.internal() || p.orphan() && view.activeOn(p).isEmpty())) {
                continue;
            }
            resource(view, r, "    ", out);
            any = true;
        }
        if (!any) {
            out.append("    * No resources\n");
        }
    }

    private static void nodeList(String label, List<String> names, StringBuilder out) {
        if (!names.isEmpty()) {
            out.append("    * ").append(label).append(": [ ").append(String.join(" ", names)).append(" ]\n");
        }
    }

    /** Remote and guest nodes are up while their connection (and container) runs in the view. */
    private static void remoteNode(ClusterView view, ClusterNode n, List<String> online, List<String> offline,
            StringBuilder out) {
        Primitive conn = n.connection();
        boolean up = conn != null && !view.activeOn(conn).isEmpty() && !view.failed(conn)
                && (n.container() == null || !view.activeOn(n.container()).isEmpty())
                && (!n.unclean() || view.down(n)); // an unclean node is up again only once fenced
        String label = n.guest() ? "GuestNode " : "RemoteNode ";
        if (n.unclean() && !up && !n.guest()) {
            out.append("    * ").append(label).append(n.uname()).append(": UNCLEAN (offline)\n");
        } else if (up && n.maintenance()) {
            out.append("    * ").append(label).append(n.uname()).append(": maintenance\n");
        } else if (up && n.standby()) {
            out.append("    * ").append(label).append(n.uname()).append(": standby\n");
        } else if (up) {
            online.add(n.uname());
        } else if (offline != null) {
            offline.add(n.uname());
        }
    }

    private static void resource(ClusterView view, Resource r, String indent, StringBuilder out) {
        if (r instanceof Primitive p) {
            out.append(indent).append("* ").append(primitiveLine(view, p)).append('\n');
        } else if (r instanceof GroupResource g) {
            out.append(indent).append("* Resource Group: ").append(g.id()).append(flags(g, view.workingSet().maintenanceMode())).append(":\n");
            for (Resource c : g.children()) {
                resource(view, c, indent + "  ", out);
            }
        } else if (r instanceof CloneResource c) {
            clone(view, c, indent, out);
        }
    }

    private static String flags(Resource r, boolean maintenance) {
        List<String> f = new ArrayList<>();
        if (r instanceof CloneResource c) {
            if (c.promotable()) {
                f.add("promotable");
            }
            if (c.unique()) {
                f.add("unique");
            }
        }
        if (!r.managed() || maintenance) {
            f.add("unmanaged");
        }
        if (r.targetRole() == Role.STOPPED) {
            f.add("disabled");
        }
        return f.isEmpty() ? "" : " (" + String.join(", ", f) + ")";
    }

    static String primitiveLine(ClusterView view, Primitive p) {
        Map<ClusterNode, Role> on = view.activeOn(p);
        StringBuilder s = new StringBuilder();
        s.append(p.id()).append("\t(").append(p.agentSpec()).append("):\t ");
        if (p.orphan()) {
            s.append("ORPHANED ");
        }
        if (on.isEmpty()) {
            s.append("Stopped");
        } else if (on.size() > 1) {
            s.append(roleWord(view, p, on.values().iterator().next())).append(p.blockedByFailure() ? " (blocked)" : "").append(" [ ");
            List<String> names = new ArrayList<>();
            on.keySet().forEach(n -> names.add(n.uname()));
            s.append(String.join(" ", names)).append(" ]");
        } else {
            Map.Entry<ClusterNode, Role> e = on.entrySet().iterator().next();
            String pendingWord = view.failed(p) ? null : PendingWords.state(view.pendingTask(p, e.getKey()));
            s.append(pendingWord != null ? pendingWord : roleWord(view, p, e.getValue())).append(' ').append(e.getKey().uname());
            if (e.getKey().unclean() && !view.down(e.getKey())) {
                s.append(" (UNCLEAN)");
            }
        }
        List<String> f = new ArrayList<>();
        if (on.size() == 1 && "monitor".equals(view.pendingTask(p, on.keySet().iterator().next()))) {
            f.add("Monitoring");
        }
        if (p.targetRole() == Role.STOPPED && p.cloneAncestor() == null) {
            f.add("disabled");
        }
        boolean blocked = p.blockedByFailure() && on.size() == 1;
        if ((!p.managed() || view.workingSet().maintenanceMode()) && !blocked) {
            f.add("unmanaged");
        }
        if (blocked) {
            f.add("blocked");
        }
        if (p.failureIgnored()) {
            f.add("failure ignored");
        }
        if (!f.isEmpty()) {
            s.append(" (").append(String.join(", ", f)).append(")");
        }
        return s.toString();
    }

    private static String roleWord(ClusterView view, Primitive p, Role role) {
        if (view.failed(p)) {
            return "FAILED" + (role == Role.PROMOTED ? " Promoted" : "");
        }
        return role.text();
    }

    private static void clone(ClusterView view, CloneResource c, String indent, StringBuilder out) {
        Resource templ = c.template();
        out.append(indent).append("* Clone Set: ").append(c.id()).append(" [").append(templ == null ? "" : templ.id())
                .append("]").append(flags(c, view.workingSet().maintenanceMode())).append(":\n");
        String inner = indent + "  ";
        if (c.unique()) {
            for (Resource inst : c.children()) {
                resource(view, inst, inner, out);
            }
            return;
        }
        List<String> promoted = new ArrayList<>();
        List<String> unpromoted = new ArrayList<>();
        List<String> started = new ArrayList<>();
        List<ClusterNode> running = new ArrayList<>();
        for (Resource inst : c.children()) {
            List<Primitive> prims = inst.primitives();
            boolean special = prims.stream().anyMatch(p -> view.failed(p) || view.activeOn(p).size() > 1 || !p.managed()
                    || p.orphan() && !view.activeOn(p).isEmpty());
            if (inst instanceof GroupResource g) {
                ClusterNode node = groupNode(view, g);
                boolean whole = node != null && prims.stream().allMatch(p -> view.activeOn(p).containsKey(node));
                if (special || (node != null && !whole)) {
                    resource(view, inst, inner, out);
                    prims.forEach(p -> running.addAll(view.activeOn(p).keySet()));
                } else if (node != null) {
                    started.add(node.uname());
                    running.add(node);
                }
                continue;
            }
            Primitive p = (Primitive) inst;
            Map<ClusterNode, Role> on = view.activeOn(p);
            if (special) {
                out.append(inner).append("* ").append(primitiveLine(view, p)).append('\n');
                running.addAll(on.keySet());
                continue;
            }
            for (Map.Entry<ClusterNode, Role> e : on.entrySet()) {
                running.add(e.getKey());
                switch (e.getValue()) {
                    case PROMOTED -> promoted.add(e.getKey().uname());
                    case UNPROMOTED -> unpromoted.add(e.getKey().uname());
                    default -> started.add(e.getKey().uname());
                }
            }
        }
        list(out, inner, "Promoted", promoted);
        list(out, inner, "Unpromoted", unpromoted);
        list(out, inner, "Started", started);
        List<String> stopped = new ArrayList<>();
        for (ClusterNode n : view.workingSet().nodes()) {
            Integer score = c.scores().get(n);
            if (!running.contains(n) && score != null) {
                stopped.add(n.uname());
            }
        }
        if (c.targetRole() == Role.STOPPED) {
            stopped.clear();
            for (ClusterNode n : view.workingSet().nodes()) {
                if (!running.contains(n)) {
                    stopped.add(n.uname());
                }
            }
            list(out, inner, "Stopped (disabled)", stopped);
        } else {
            list(out, inner, "Stopped", stopped);
        }
    }

    private static ClusterNode groupNode(ClusterView view, GroupResource g) {
        for (Primitive p : g.primitives()) {
            if (!view.activeOn(p).isEmpty()) {
                return view.activeOn(p).keySet().iterator().next();
            }
        }
        return null;
    }

    private static void list(StringBuilder out, String indent, String label, List<String> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        List<String> sorted = new ArrayList<>(nodes);
        sorted.sort(NaturalOrder.INSTANCE);
        out.append(indent).append("* ").append(label).append(": [ ").append(String.join(" ", sorted)).append(" ]\n");
    }
}
