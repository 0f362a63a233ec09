package org.jcrm.shell.configure;

import java.util.List;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.Configuration;

/**
 * crmsh's {@code load xml update}: each object of the incoming configuration replaces the object
 * with the same id in its place, or is appended to its section; sections the target lacks are added.
 */
final class XmlUpdate {
    private XmlUpdate() {
    }

    static void merge(Configuration target, Configuration incoming) {
        for (CibElement section : TopLevelObjects.sections(incoming)) {
            CibElement existing = sectionLike(target, section);
            if (existing == null || !TopLevelObjects.holdsObjects(section)) {
                replaceOrAdd(target.getChildren(), existing, section);
                continue;
            }
            for (CibElement object : section.elementChildren()) {
                String id = WorkingCib.idOf(object);
                CibElement same = null;
                for (CibElement candidate : existing.elementChildren()) {
                    if (id != null && id.equals(WorkingCib.idOf(candidate))) {
                        same = candidate;
                    }
                }
                replaceOrAdd(existing.getChildren(), same, object);
            }
        }
    }

    private static CibElement sectionLike(Configuration target, CibElement section) {
        for (CibElement candidate : target.elementChildren()) {
            if (candidate.getClass() == section.getClass()) {
                return candidate;
            }
        }
        return null;
    }

    private static void replaceOrAdd(List<Object> children, Object existing, Object replacement) {
        int at = existing == null ? -1 : children.indexOf(existing);
        if (at < 0) {
            children.add(replacement);
        } else {
            children.set(at, replacement);
        }
    }
}
