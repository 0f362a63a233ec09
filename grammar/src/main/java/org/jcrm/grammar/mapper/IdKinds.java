package org.jcrm.grammar.mapper;

import java.util.HashMap;
import java.util.Map;
import org.jcrm.engine.cib.AclGroup;
import org.jcrm.engine.cib.AclLegacyRole;
import org.jcrm.engine.cib.AclTarget;
import org.jcrm.engine.cib.Alert;
import org.jcrm.engine.cib.Bundle;
import org.jcrm.engine.cib.Clone;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.cib.Group;
import org.jcrm.engine.cib.Identified;
import org.jcrm.engine.cib.Master;
import org.jcrm.engine.cib.Node;
import org.jcrm.engine.cib.Primitive;
import org.jcrm.engine.cib.RscColocation;
import org.jcrm.engine.cib.RscLocation;
import org.jcrm.engine.cib.RscOrder;
import org.jcrm.engine.cib.RscTicket;
import org.jcrm.engine.cib.Tag;
import org.jcrm.engine.cib.Template;
import org.jcrm.grammar.ast.AclGroupDef;
import org.jcrm.grammar.ast.AclRoleDef;
import org.jcrm.grammar.ast.AclTargetDef;
import org.jcrm.grammar.ast.AlertDef;
import org.jcrm.grammar.ast.BundleDef;
import org.jcrm.grammar.ast.CloneDef;
import org.jcrm.grammar.ast.ColocationDef;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.GroupDef;
import org.jcrm.grammar.ast.LocationDef;
import org.jcrm.grammar.ast.MsDef;
import org.jcrm.grammar.ast.NodeDef;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.ast.OrderDef;
import org.jcrm.grammar.ast.PrimitiveDef;
import org.jcrm.grammar.ast.RscTicketDef;
import org.jcrm.grammar.ast.TagDef;
import org.jcrm.grammar.ast.TemplateDef;

/**
 * Refuses a script object whose id is already used by a different kind of object, in the CIB or
 * earlier in the script (redefining an object of the same kind is an update and is allowed).
 */
final class IdKinds {
    private static final Map<Class<? extends ObjectDef>, Class<?>> ELEMENT_OF = Map.ofEntries(
            Map.entry(NodeDef.class, Node.class),
            Map.entry(PrimitiveDef.class, Primitive.class),
            Map.entry(TemplateDef.class, Template.class),
            Map.entry(GroupDef.class, Group.class),
            Map.entry(CloneDef.class, Clone.class),
            Map.entry(MsDef.class, Master.class),
            Map.entry(BundleDef.class, Bundle.class),
            Map.entry(LocationDef.class, RscLocation.class),
            Map.entry(ColocationDef.class, RscColocation.class),
            Map.entry(OrderDef.class, RscOrder.class),
            Map.entry(RscTicketDef.class, RscTicket.class),
            Map.entry(TagDef.class, Tag.class),
            Map.entry(AlertDef.class, Alert.class),
            Map.entry(AclRoleDef.class, AclLegacyRole.class),
            Map.entry(AclTargetDef.class, AclTarget.class),
            Map.entry(AclGroupDef.class, AclGroup.class));

    private final Map<String, Class<?>> existing = new HashMap<>();
    private final Map<String, ObjectDef> seen = new HashMap<>();

    IdKinds(Configuration config) {
        config.walk(e -> {
            if (e instanceof Identified identified && identified.getId() != null) {
                existing.putIfAbsent(identified.getId(), e.getClass());
            }
        });
    }

    void check(ConfigScript script) {
        for (ObjectDef object : script.objects()) {
            check(object);
        }
    }

    /** Checks the script's next object against the CIB and the objects checked before it. */
    void check(ObjectDef object) {
        Class<?> kind = ELEMENT_OF.get(object.getClass());
        if (kind == null || object.id() == null) {
            return;
        }
        ObjectDef earlier = seen.putIfAbsent(object.id(), object);
        if (earlier != null && earlier.getClass() != object.getClass()) {
            throw clash(object, "a " + nameOf(ELEMENT_OF.get(earlier.getClass())) + " at " + earlier.pos());
        }
        Class<?> found = existing.get(object.id());
        if (earlier == null && found != null && found != kind) {
            throw clash(object, "a " + nameOf(found) + " in the CIB");
        }
    }

    private static CibMappingException clash(ObjectDef object, String owner) {
        return new CibMappingException(object.pos(), "id " + object.id() + " is already used by " + owner
                + "; cannot define a " + nameOf(ELEMENT_OF.get(object.getClass())) + " with it");
    }

    private static String nameOf(Class<?> element) {
        jakarta.xml.bind.annotation.XmlRootElement root =
                element.getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class);
        return root != null ? root.name() : element.getSimpleName();
    }
}
