package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.Bundle;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.Clone;
import org.jcrm.engine.cib.ClusterPropertySet;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.cib.Group;
import org.jcrm.engine.cib.Master;
import org.jcrm.engine.cib.Node;
import org.jcrm.engine.cib.OpDefaults;
import org.jcrm.engine.cib.Primitive;
import org.jcrm.engine.cib.Resource;
import org.jcrm.engine.cib.RscColocation;
import org.jcrm.engine.cib.RscDefaults;
import org.jcrm.engine.cib.RscLocation;
import org.jcrm.engine.cib.RscOrder;
import org.jcrm.engine.cib.RscTicket;
import org.jcrm.engine.cib.Tag;
import org.jcrm.engine.cib.Template;

/**
 * The ids of a configuration's objects as the shell needs them: all of them, resources only, node
 * names, and objects of one crm type ({@code show type:primitive}).
 */
final class ObjectIds {
    /** crm type names of top-level objects by their model class. */
    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(Node.class, "node"), Map.entry(Primitive.class, "primitive"), Map.entry(Group.class, "group"),
            Map.entry(Clone.class, "clone"), Map.entry(Master.class, "ms"), Map.entry(Template.class, "rsc_template"),
            Map.entry(Bundle.class, "bundle"), Map.entry(RscLocation.class, "location"),
            Map.entry(RscColocation.class, "colocation"), Map.entry(RscOrder.class, "order"),
            Map.entry(RscTicket.class, "rsc_ticket"), Map.entry(ClusterPropertySet.class, "property"),
            Map.entry(Tag.class, "tag"));

    private ObjectIds() {
    }

    /** The crm type names {@code show type:} accepts. */
    static List<String> typeNames() {
        return List.of("node", "primitive", "group", "clone", "ms", "rsc_template",
                "bundle", "location", "colocation", "order", "rsc_ticket", "property", "rsc_defaults", "op_defaults",
                "tag");
    }

    /** Every top-level object id, in document order. */
    static List<String> all(Cib cib) {
        List<String> ids = new ArrayList<>();
        for (CibElement[] object : TopLevelObjects.objects(cib.getConfiguration())) {
            String id = WorkingCib.idOf(object[1]);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Every top-level object id and the ids of resources inside groups, clones and bundles. */
    static List<String> allWithResources(Cib cib) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(all(cib));
        ids.addAll(resources(cib));
        return List.copyOf(ids);
    }

    /** Ids of the objects of crm type {@code type}, resources inside others included. */
    static List<String> ofType(Cib cib, String type) {
        List<String> ids = new ArrayList<>();
        for (CibElement[] object : TopLevelObjects.objects(cib.getConfiguration())) {
            String id = WorkingCib.idOf(object[1]);
            if (id != null && type.equals(typeOf(object[0], object[1]))) {
                ids.add(id);
            }
            if (object[1] instanceof Resource resource) {
                collectOfType(resource.elementChildren(), type, ids);
            }
        }
        return ids;
    }

    private static void collectOfType(List<CibElement> elements, String type, List<String> ids) {
        for (CibElement element : elements) {
            if (element instanceof Resource resource) {
                if (type.equals(TYPES.get(element.getClass()))) {
                    ids.add(resource.getId());
                }
                collectOfType(resource.elementChildren(), type, ids);
            }
        }
    }

    private static String typeOf(CibElement section, CibElement object) {
        if (section instanceof RscDefaults) {
            return "rsc_defaults";
        }
        if (section instanceof OpDefaults) {
            return "op_defaults";
        }
        return TYPES.get(object.getClass());
    }

    /** Ids of the objects tag {@code tag} names; fails when there is no such tag. */
    static List<String> tagged(Cib cib, String tag) {
        return cib.findById(tag, Tag.class).orElseThrow(() -> WorkingCib.noSuchObject(tag))
                .objRefs().stream().map(ref -> ref.getId()).toList();
    }

    /** Every resource id, containers before their children. */
    static List<String> resources(Cib cib) {
        List<String> ids = new ArrayList<>();
        Configuration configuration = cib.getConfiguration();
        if (configuration != null && configuration.getResources() != null) {
            collect(configuration.getResources().elementChildren(), ids);
        }
        return ids;
    }

    private static void collect(List<CibElement> elements, List<String> ids) {
        for (CibElement element : elements) {
            if (element instanceof Resource resource && resource.getId() != null) {
                ids.add(resource.getId());
                collect(resource.elementChildren(), ids);
            }
        }
    }

    /** The node names (unames) of the configuration. */
    static List<String> nodes(Cib cib) {
        Configuration configuration = cib.getConfiguration();
        if (configuration == null || configuration.getNodes() == null) {
            return List.of();
        }
        return configuration.getNodes().nodes().stream().map(n -> n.getUname() != null ? n.getUname() : n.getId())
                .toList();
    }
}
