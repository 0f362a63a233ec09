package org.jcrm.grammar.ast;

import java.util.List;

/** One configuration object of a crm script; every object knows its id (null where the object has none, e.g. an unnamed property set), the comment lines written right before it and its position. */
public sealed interface ObjectDef permits NodeDef, PrimitiveDef, TemplateDef, GroupDef, CloneDef, MsDef,
        BundleDef, LocationDef, ColocationDef, OrderDef, RscTicketDef, PropertyDef, RscDefaultsDef,
        OpDefaultsDef, FencingTopologyDef, TagDef, AlertDef, AclRoleDef, AclUserDef, AclTargetDef,
        AclGroupDef, MonitorDef, XmlDef {

    /** The object id, or null for objects without one. */
    String id();

    /** Comment lines (with their leading {@code #}) that preceded the object. */
    List<String> comments();

    /** Where the object starts. */
    SourcePos pos();
}
