package org.jcrm.grammar.mapper;

import java.util.List;
import org.jcrm.engine.cib.AclGroup;
import org.jcrm.engine.cib.AclLegacyRole;
import org.jcrm.engine.cib.AclTarget;
import org.jcrm.engine.cib.Acls;
import org.jcrm.engine.cib.Alert;
import org.jcrm.engine.cib.Alerts;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.Constraints;
import org.jcrm.engine.cib.Node;
import org.jcrm.engine.cib.Nodes;
import org.jcrm.engine.cib.Resource;
import org.jcrm.engine.cib.Resources;
import org.jcrm.engine.cib.RscColocation;
import org.jcrm.engine.cib.RscLocation;
import org.jcrm.engine.cib.RscOrder;
import org.jcrm.engine.cib.RscTicket;
import org.jcrm.engine.cib.Tag;
import org.jcrm.engine.cib.Tags;

/** Which configuration section holds an element given as raw XML ({@code xml <...>} in crm text). */
final class RawSections {
    private RawSections() {
    }

    /** The section class for the element, or null when it is not a configuration object. */
    static Class<? extends CibElement> sectionOf(CibElement element) {
        if (element instanceof Node) {
            return Nodes.class;
        }
        if (element instanceof Resource) {
            return Resources.class;
        }
        if (isAny(element, RscLocation.class, RscColocation.class, RscOrder.class, RscTicket.class)) {
            return Constraints.class;
        }
        if (element instanceof Tag) {
            return Tags.class;
        }
        if (element instanceof Alert) {
            return Alerts.class;
        }
        if (isAny(element, AclLegacyRole.class, AclTarget.class, AclGroup.class)) {
            return Acls.class;
        }
        return null;
    }

    private static boolean isAny(CibElement element, Class<?>... types) {
        return List.of(types).stream().anyMatch(t -> t.isInstance(element));
    }
}
