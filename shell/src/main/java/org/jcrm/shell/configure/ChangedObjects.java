package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.CibXml;

/** Finds the objects of a working copy that differ from the stored CIB, for {@code show changed}. */
final class ChangedObjects {
    private ChangedObjects() {
    }

    /** Ids of objects new in {@code work} or different from their stored version, in work's order. */
    static List<String> between(Cib stored, Cib work) {
        Map<String, String> before = new HashMap<>();
        for (CibElement[] object : TopLevelObjects.objects(stored.getConfiguration())) {
            String id = WorkingCib.idOf(object[1]);
            if (id != null) {
                before.put(id, CibXml.elementToXml(object[1]));
            }
        }
        List<String> changed = new ArrayList<>();
        for (CibElement[] object : TopLevelObjects.objects(work.getConfiguration())) {
            String id = WorkingCib.idOf(object[1]);
            if (id != null && !CibXml.elementToXml(object[1]).equals(before.get(id))) {
                changed.add(id);
            }
        }
        return changed;
    }
}
