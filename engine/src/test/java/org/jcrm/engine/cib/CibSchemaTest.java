package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CibSchemaTest {
    private static CibSchema installed() {
        CibSchema schema = CibSchema.system();
        assumeTrue(schema.available(), "Pacemaker schemas are not installed");
        return schema;
    }

    @Test
    void emptyCibIsValid() {
        SchemaCheck check = installed().validate(Cib.empty());
        assertTrue(check.valid(), check.findings().toString());
        assertEquals("pacemaker-3.9", check.schemaName());
    }

    @Test
    void violationsAreReportedWithPosition() {
        String xml = """
                <cib validate-with="pacemaker-3.9" epoch="1" num_updates="0" admin_epoch="0">
                  <configuration>
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <primitive id="p" class="ocf" type="Dummy" bogus="x"/>
                    </resources>
                    <constraints/>
                  </configuration>
                </cib>
                """;
        SchemaCheck check = installed().validate(xml, "bad.xml");
        assertEquals(SchemaCheck.Outcome.INVALID, check.outcome());
        assertFalse(check.findings().isEmpty());
        assertEquals(6, check.findings().get(0).line());
    }

    @Test
    void validateWithNoneIsNotChecked() {
        String xml = "<cib validate-with=\"none\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\"/>";
        assertEquals(SchemaCheck.Outcome.NOT_REQUESTED, installed().validate(xml, "none.xml").outcome());
    }

    @Test
    void unknownSchemaNameIsReportedMissing() {
        String xml = "<cib validate-with=\"pacemaker-9.9\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\"/>";
        SchemaCheck check = installed().validate(xml, "future.xml");
        assertEquals(SchemaCheck.Outcome.SCHEMA_MISSING, check.outcome());
        assertTrue(check.explanation().contains("pacemaker-9.9"), check.explanation());
    }

    @Test
    void absentSchemaDirectoryIsReportedClearly() {
        CibSchema schema = new CibSchema(Path.of("no-such-schema-dir"));
        assertFalse(schema.available());
        SchemaCheck check = schema.validate(Cib.empty());
        assertEquals(SchemaCheck.Outcome.SCHEMA_DIR_ABSENT, check.outcome());
        assertTrue(check.explanation().contains("no-such-schema-dir"), check.explanation());
    }
}
