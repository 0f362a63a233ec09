package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.cib.FencingTopology;

/**
 * The objects crm syntax deals in, one per line of {@code show}: the children of each configuration
 * section (cluster property sets, nodes, resources, constraints, defaults, tags, ACLs, alerts) and
 * the fencing topology as a whole.
 */
final class TopLevelObjects {
    private TopLevelObjects() {
    }

    /** The section elements of a configuration, in document order. */
    static List<CibElement> sections(Configuration configuration) {
        return configuration == null ? List.of() : configuration.elementChildren();
    }

    /** Whether objects are the section's children (true) or the section itself is one object. */
    static boolean holdsObjects(CibElement section) {
        return !(section instanceof FencingTopology);
    }

    /** Every object with its section, in document order. */
    static List<CibElement[]> objects(Configuration configuration) {
        List<CibElement[]> all = new ArrayList<>();
        for (CibElement section : sections(configuration)) {
            if (holdsObjects(section)) {
                for (CibElement child : section.elementChildren()) {
                    all.add(new CibElement[] {section, child});
                }
            } else {
                all.add(new CibElement[] {null, section});
            }
        }
        return all;
    }
}
