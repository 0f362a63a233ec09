package org.jcrm.grammar.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jcrm.engine.cib.Cib;
import org.jcrm.grammar.parse.CrmText;
import org.junit.jupiter.api.Test;

/** Objects the mapper refuses, with the id and position in the message. */
class MapperErrorTest {
    private final CibMapper mapper = new CibMapper(type -> "heartbeat");

    private String error(String script) {
        return assertThrows(CibMappingException.class,
                () -> mapper.toCib(new CrmText().parse(script, "in.crm"))).getMessage();
    }

    @Test
    void idOfAnotherKindInTheScript() {
        assertEquals("in.crm:2:1: error: id d1 is already used by a primitive at in.crm:1:1; cannot define a group with it",
                error("primitive d1 ocf:pacemaker:Dummy\ngroup d1 d2\n"));
    }

    @Test
    void idOfAnotherKindInTheCib() {
        Cib cib = mapper.toCib(new CrmText().parse("primitive d1 ocf:pacemaker:Dummy\n", "a.crm"));
        String message = assertThrows(CibMappingException.class,
                () -> mapper.update(cib, new CrmText().parse("tag d1 x y\n", "b.crm"))).getMessage();
        assertEquals("b.crm:1:1: error: id d1 is already used by a primitive in the CIB; cannot define a tag with it",
                message);
    }

    @Test
    void monitorOfMissingResource() {
        assertEquals("in.crm:1:1: error: monitor nosuch: object nosuch does not exist", error("monitor nosuch 10s\n"));
    }

    @Test
    void monitorIntervalAlreadyMonitored() {
        assertEquals("in.crm:2:1: error: monitor d1: d1 already has a monitor op with interval 20s",
                error("primitive d1 ocf:pacemaker:Dummy op monitor interval=20s\nmonitor d1 20s\n"));
    }

    @Test
    void legacyUserAcl() {
        assertEquals("in.crm:1:1: error: user bob: the pre-2.0 ACL form is not valid in the pacemaker 3 schema; "
                + "use role and acl_target", error("user bob role:r1\n"));
    }
}
