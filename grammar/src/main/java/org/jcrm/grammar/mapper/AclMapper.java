package org.jcrm.grammar.mapper;

import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.AclGroup;
import org.jcrm.engine.cib.AclLegacyRole;
import org.jcrm.engine.cib.AclPermission;
import org.jcrm.engine.cib.AclRole;
import org.jcrm.engine.cib.AclTarget;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.grammar.ast.AclGroupDef;
import org.jcrm.grammar.ast.AclRoleDef;
import org.jcrm.grammar.ast.AclSpec;
import org.jcrm.grammar.ast.AclTargetDef;

/**
 * Writes ACLs in the pacemaker 2.0 form crmsh uses: a role becomes {@code acl_role} with
 * {@code acl_permission}s (ids {@code ROLE-0}, {@code ROLE-1}, ...; shortcuts expanded to xpaths), and
 * targets and groups list {@code role} references.
 */
final class AclMapper {
    /** xpath parts of each shortcut; the n-th argument fills the n-th part's {@code @@} (all of them). */
    private static final Map<String, List<String>> SHORTCUTS = Map.of(
            "meta", List.of("//primitive[@id='@@']/meta_attributes", "/nvpair[@name='@@']"),
            "params", List.of("//primitive[@id='@@']/instance_attributes", "/nvpair[@name='@@']"),
            "utilization", List.of("//primitive[@id='@@']/utilization"),
            "location", List.of("//rsc_location[@id='cli-prefer-@@' and @rsc='@@']"),
            "property", List.of("//crm_config/cluster_property_set", "/nvpair[@name='@@']"),
            "nodeattr", List.of("//nodes/node/instance_attributes", "/nvpair[@name='@@']"),
            "nodeutil", List.of("//nodes/node/utilization", "[@uname='@@']"),
            "node", List.of("//nodes/node", "[@uname='@@']"),
            "status", List.of("/cib/status"),
            "cib", List.of("/cib"));

    private final IdAllocator ids;

    AclMapper(IdAllocator ids) {
        this.ids = ids;
    }

    AclLegacyRole role(AclRoleDef def) {
        AclLegacyRole role = new AclLegacyRole().setId(def.id()).setDescription(def.description());
        for (org.jcrm.grammar.ast.AclPermission p : def.permissions()) {
            AclPermission permission = null;
            boolean first = true;
            for (AclSpec spec : p.specs()) {
                // a permission names one object (xpath, reference or type); a second one starts a
                // new permission of the same kind, as crmsh does with 'deny ref:d0 type:nvpair'
                if (permission == null || (selectsObject(spec) && selectsObject(permission))) {
                    permission = new AclPermission().setKind(p.kind());
                    permission.setId(p.id() != null && first ? p.id() : ids.next(def.id()));
                    first = false;
                    permission.setDescription(p.description());
                    role.add(permission);
                }
                spec(spec, permission, def);
            }
        }
        return role;
    }

    private static boolean selectsObject(AclSpec spec) {
        return !spec.kind().equals("attribute");
    }

    private static boolean selectsObject(AclPermission permission) {
        return permission.getXpath() != null || permission.getReference() != null
                || permission.getObjectType() != null;
    }

    AclTarget target(AclTargetDef def) {
        return roles(new AclTarget().setId(def.id()), def.roles());
    }

    AclGroup group(AclGroupDef def) {
        return roles(new AclGroup().setId(def.id()), def.roles());
    }

    private static <T extends CibElement> T roles(T owner, List<String> roles) {
        for (String role : roles) {
            owner.add(new AclRole().setId(role));
        }
        return owner;
    }

    private static void spec(AclSpec spec, AclPermission permission, AclRoleDef role) {
        switch (spec.kind()) {
            case "xpath" -> permission.setXpath(spec.args().get(0));
            case "ref" -> permission.setReference(spec.args().get(0));
            case "tag" -> permission.setObjectType(spec.args().get(0));
            case "attribute" -> permission.setAttribute(spec.args().get(0));
            default -> permission.setXpath(shortcut(spec, role));
        }
    }

    private static String shortcut(AclSpec spec, AclRoleDef role) {
        List<String> parts = SHORTCUTS.get(spec.kind());
        long placeholders = parts.stream().filter(p -> p.contains("@@")).count();
        if (spec.args().size() > placeholders) {
            throw new CibMappingException(role.pos(), "role " + role.id() + ": '" + spec.kind()
                    + "' takes at most " + placeholders + " argument(s), got " + spec.args().size());
        }
        StringBuilder xpath = new StringBuilder();
        int used = 0;
        for (String part : parts) {
            if (!part.contains("@@")) {
                xpath.append(part);
            } else if (used < spec.args().size()) {
                xpath.append(part.replace("@@", spec.args().get(used++)));
            } else {
                break;
            }
        }
        if (xpath.isEmpty()) {
            throw new CibMappingException(role.pos(), "role " + role.id() + ": '" + spec.kind()
                    + "' needs an argument");
        }
        return xpath.toString();
    }
}
