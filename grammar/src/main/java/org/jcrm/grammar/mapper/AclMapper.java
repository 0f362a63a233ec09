package org.jcrm.grammar.mapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jcrm.engine.cib.AclGroup;
import org.jcrm.engine.cib.AclLegacyRole;
import org.jcrm.engine.cib.AclPermission;
import org.jcrm.engine.cib.AclRole;
import org.jcrm.engine.cib.AclTarget;
import org.jcrm.engine.cib.AclUser;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.grammar.ast.AclGroupDef;
import org.jcrm.grammar.ast.AclRoleDef;
import org.jcrm.grammar.ast.AclSpec;
import org.jcrm.grammar.ast.AclTargetDef;
import org.jcrm.grammar.ast.AclUserDef;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes ACLs in the pacemaker 2.0 form crmsh uses: a role becomes {@code acl_role} with
 * {@code acl_permission}s (ids {@code ROLE-0}, {@code ROLE-1}, ...; shortcuts expanded to xpaths), and
 * targets and groups list {@code role} references. The pre-2.0 {@code user} form becomes
 * {@code acl_user} with {@code role_ref}s and {@code read}/{@code write}/{@code deny} elements, which
 * only the pacemaker 1.x schemas accept.
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

    /** A pre-2.0 {@code user}: role references first, then its permissions in order. */
    AclUser user(AclUserDef def) {
        AclUser user = new AclUser().setId(def.id());
        Document doc = document();
        for (String role : def.roleRefs()) {
            Element ref = doc.createElement("role_ref");
            ref.setAttribute("id", role);
            user.add(ref);
        }
        AclLegacyRole permissions = role(new AclRoleDef(def.id(), null, def.permissions(), List.of(), def.pos()));
        for (AclPermission p : permissions.childrenOf(AclPermission.class)) {
            Element e = doc.createElement(p.getKind());
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("description", p.getDescription());
            attributes.put("tag", p.getObjectType());
            attributes.put("ref", p.getReference());
            attributes.put("xpath", p.getXpath());
            attributes.put("attribute", p.getAttribute());
            attributes.forEach((name, value) -> {
                if (value != null) {
                    e.setAttribute(name, value);
                }
            });
            user.add(e);
        }
        return user;
    }

    private static Document document() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
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
