package org.jcrm.grammar.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.ClusterPropertySet;
import org.jcrm.grammar.parse.CrmSyntaxException;
import org.jcrm.grammar.parse.CrmText;
import org.junit.jupiter.api.Test;

/**
 * {@link CibMapper#element} of a {@link CrmText#parseStatement} statement: one statement's element,
 * references unresolved, the context untouched.
 */
class StatementElementTest {
    private final CibMapper mapper = new CibMapper(type -> "heartbeat");
    private final Cib context = mapper.toCib(new CrmText().parse("""
            node n2
            node n1
            primitive d1 ocf:pacemaker:Dummy
            """, "context.crm"));

    private StatementElement element(String statement) {
        return mapper.element(context, new CrmText().parseStatement(statement, "typed"));
    }

    private static String xml(StatementElement e) {
        return CibXml.elementToXml(e.element()).replaceAll(">\\s+<", "><").strip();
    }

    @Test
    void containerNamesMembersThatNeedNotExist() {
        StatementElement group = element("group g1 d1 missing meta target-role=Stopped");
        assertEquals(List.of("d1", "missing"), group.references());
        assertEquals("<group id=\"g1\"><meta_attributes id=\"g1-meta_attributes\"><nvpair name=\"target-role\" "
                + "value=\"Stopped\" id=\"g1-meta_attributes-target-role\"/></meta_attributes></group>", xml(group));
        assertEquals(List.of("nowhere"), element("ms m nowhere").references());
    }

    @Test
    void monitorGivesItsOpAndResource() {
        StatementElement op = element("monitor absent:Promoted 10s:20s");
        assertEquals(List.of("absent"), op.references());
        assertEquals("<op name=\"monitor\" role=\"Promoted\" interval=\"10s\" timeout=\"20s\" "
                + "id=\"absent-monitor-10s\"/>", xml(op));
    }

    @Test
    void topologyWithoutTargetsCoversTheContextNodes() {
        assertEquals("<fencing-topology><fencing-level target=\"n1\" index=\"1\" devices=\"st\" id=\"fencing\"/>"
                + "<fencing-level target=\"n2\" index=\"1\" devices=\"st\" id=\"fencing-0\"/></fencing-topology>",
                xml(element("fencing_topology st")));
    }

    @Test
    void propertyGivesItsSetAndDefaultsTheirSection() {
        assertInstanceOf(ClusterPropertySet.class, element("property stonith-enabled=false").element());
        assertEquals("<rsc_defaults><meta_attributes id=\"defaults\"/></rsc_defaults>",
                xml(element("rsc_defaults defaults:")));
    }

    @Test
    void legacyUserIsBuiltThoughUpdateRefusesIt() {
        assertEquals("<acl_user id=\"u1\"><role_ref id=\"r1\"/><write xpath=\"/cib\"/></acl_user>",
                xml(element("user u1 role:r1 write xpath:/cib")));
        assertThrows(CibMappingException.class,
                () -> mapper.update(context, new CrmText().parse("user u1 role:r1", "typed")));
    }

    @Test
    void contextIsNotChangedAndItsIdsAreNotReused() {
        String before = CibXml.toXml(context);
        StatementElement p = element("primitive d2 ocf:pacemaker:Dummy op monitor interval=10s");
        assertEquals(before, CibXml.toXml(context));
        assertEquals("d2-monitor-10s", ((org.jcrm.engine.cib.Primitive) p.element())
                .childrenOf(org.jcrm.engine.cib.Operations.class).get(0)
                .childrenOf(org.jcrm.engine.cib.Op.class).get(0).getId());
        assertEquals("d1-0", ((org.jcrm.engine.cib.Primitive) element("primitive d1-0 Dummy").element()).getId());
    }

    @Test
    void exactlyOneStatementIsParsed() {
        assertEquals("typed:2:1: error: expected one statement, found 2", assertThrows(CrmSyntaxException.class,
                () -> new CrmText().parseStatement("node n1\nnode n2", "typed")).getMessage());
        assertEquals("typed:1:1: error: expected a statement, found none", assertThrows(CrmSyntaxException.class,
                () -> new CrmText().parseStatement("# only a comment", "typed")).getMessage());
    }

    @Test
    void errorsOfTheStatementItselfAreRaised() {
        assertEquals("typed:1:1: error: role r: 'meta' takes at most 2 argument(s), got 3",
                assertThrows(CibMappingException.class, () -> element("role r read meta:a:b:c")).getMessage());
    }
}
