package org.jcrm.shell.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.verify.Finding;
import org.jcrm.engine.verify.Severity;
import org.jcrm.engine.verify.SourcePos;
import org.jcrm.grammar.ast.CloneDef;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.GroupDef;
import org.jcrm.grammar.ast.MsDef;
import org.jcrm.grammar.ast.NodeDef;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.ast.OpDefaultsDef;
import org.jcrm.grammar.ast.PropertyDef;
import org.jcrm.grammar.ast.RscDefaultsDef;

/**
 * Checks a parsed crm script for the defects the mapper resolves silently, as crmsh's "load update"
 * does, so that they never reach the CIB verify reads: an id defined twice (the later definition wins),
 * a group or clone naming an object the file does not define, and a resource claimed by two containers.
 */
final class CrmScriptCheck {
    private CrmScriptCheck() {
    }

    /** The findings for {@code script}, each at the position of the object at fault. */
    static List<Finding> check(ConfigScript script) {
        List<Finding> findings = new ArrayList<>();
        Map<String, ObjectDef> defined = new HashMap<>();
        Map<String, ObjectDef> nodes = new HashMap<>();
        for (ObjectDef object : script.objects()) {
            if (object.id() == null || mergesIntoOneSet(object)) {
                continue;
            }
            Map<String, ObjectDef> space = object instanceof NodeDef ? nodes : defined;
            ObjectDef earlier = space.putIfAbsent(object.id(), object);
            if (earlier != null) {
                findings.add(error(object, "id '" + object.id() + "' is already defined at line " + earlier.pos().line()
                        + "; this definition replaces it"));
            }
        }
        Map<String, ObjectDef> container = new HashMap<>();
        for (ObjectDef object : script.objects()) {
            for (String member : members(object)) {
                if (!defined.containsKey(member)) {
                    findings.add(error(object, kind(object) + " '" + object.id() + "' names '" + member
                            + "', which this configuration does not define"));
                    continue;
                }
                ObjectDef other = container.putIfAbsent(member, object);
                if (other != null && other != object) {
                    findings.add(error(object, "'" + member + "' is already in " + kind(other) + " '" + other.id()
                            + "' (line " + other.pos().line() + "): a resource can be in only one group or clone"));
                }
            }
        }
        return findings;
    }

    /** Property and defaults lines with one id add to the same set, as crmsh merges them. */
    private static boolean mergesIntoOneSet(ObjectDef object) {
        return object instanceof PropertyDef || object instanceof RscDefaultsDef || object instanceof OpDefaultsDef;
    }

    private static List<String> members(ObjectDef object) {
        String child = null;
        if (object instanceof GroupDef g) {
            return g.members();
        } else if (object instanceof CloneDef c) {
            child = c.child();
        } else if (object instanceof MsDef m) {
            child = m.child();
        }
        return child == null ? List.of() : List.of(child);
    }

    private static String kind(ObjectDef object) {
        if (object instanceof GroupDef) {
            return "group";
        }
        return object instanceof MsDef ? "ms" : "clone";
    }

    private static Finding error(ObjectDef object, String message) {
        return new Finding(Severity.ERROR, "crm-script", message, object.id(), "/",
                new SourcePos(object.pos().line(), object.pos().column()));
    }
}
