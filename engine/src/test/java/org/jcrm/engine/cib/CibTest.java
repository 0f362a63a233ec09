package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CibTest {
    private static final String SAMPLE = """
            <cib validate-with="pacemaker-3.9" epoch="3" num_updates="1" admin_epoch="0">
              <configuration>
                <crm_config/>
                <nodes>
                  <node id="1" uname="alpha"/>
                  <node id="2" uname="beta"/>
                </nodes>
                <resources>
                  <template id="tmpl" class="ocf" provider="heartbeat" type="apache"/>
                  <primitive id="fence" class="stonith" type="fence_ipmilan"/>
                  <group id="web">
                    <primitive id="ip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                    <primitive id="www" class="ocf" provider="heartbeat" type="apache"/>
                  </group>
                  <clone id="db-clone">
                    <primitive id="db" class="ocf" provider="heartbeat" type="pgsql"/>
                  </clone>
                  <bundle id="httpd">
                    <docker image="httpd" replicas="2"/>
                    <primitive id="httpd-rsc" class="ocf" provider="heartbeat" type="apache"/>
                  </bundle>
                </resources>
                <constraints>
                  <rsc_location id="loc" rsc="web" node="alpha" score="100"/>
                </constraints>
              </configuration>
              <status>
                <node_state id="1" uname="alpha" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """;

    @Test
    void emptyIsWhatCibadminEmptyPrints() {
        assertEquals(Golden.text("empty.xml"), CibXml.toXml(Cib.empty()));
        assertEquals(Cib.CURRENT_SCHEMA, Cib.empty().getValidateWith());
    }

    @Test
    void allResourcesIncludeNestedOnesInDocumentOrder() {
        Cib cib = CibXml.parse(SAMPLE, "sample");
        assertEquals(List.of("fence", "web", "ip", "www", "db-clone", "db", "httpd", "httpd-rsc"),
                cib.allResources().stream().map(Resource::getId).toList());
        assertEquals(List.of("fence", "web", "db-clone", "httpd"),
                cib.topResources().stream().map(Resource::getId).toList());
    }

    @Test
    void findsConfigurationElementsById() {
        Cib cib = CibXml.parse(SAMPLE, "sample");
        assertEquals("IPaddr2", cib.findById("ip", Primitive.class).orElseThrow().getType());
        assertTrue(cib.findById("loc").orElseThrow() instanceof RscLocation);
        assertTrue(cib.findById("web", Primitive.class).isEmpty());
        assertTrue(cib.findById("nothing").isEmpty());
        assertEquals("2", cib.findById("httpd", Bundle.class).orElseThrow().getDocker().getReplicas());
        assertEquals("apache", cib.findById("tmpl", Template.class).orElseThrow().getType());
    }

    @Test
    void findsNodesAndNodeStates() {
        Cib cib = CibXml.parse(SAMPLE, "sample");
        assertEquals("2", cib.nodeByUname("beta").orElseThrow().getId());
        assertEquals("alpha", cib.nodeById("1").orElseThrow().getUname());
        assertFalse(cib.nodeByUname("gamma").isPresent());
        assertEquals("online", cib.nodeStateByUname("alpha").orElseThrow().getCrmd());
        assertTrue(cib.nodeStateById("2").isEmpty());
    }

    @Test
    void settingASingleChildReplacesItInPlace() {
        Cib cib = CibXml.parse(SAMPLE, "sample");
        Configuration configuration = cib.getConfiguration();
        Resources replacement = new Resources();
        configuration.setResources(replacement);
        assertSame(replacement, configuration.getResources());
        assertSame(replacement, configuration.elementChildren().get(2));
        configuration.setConstraints(null);
        assertEquals(3, configuration.getChildren().size());
    }
}
