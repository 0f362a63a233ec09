package org.jcrm.shell.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jcrm.engine.node.dc.StatusDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The configuration edits of the admin commands, with crmsh's element ids. */
class ConfigEditsTest {
    private static Element cib() {
        return StatusDocument.parse("<cib><configuration><nodes><node id=\"1\" uname=\"node1\"/></nodes><resources>"
                + "<group id=\"g\"><primitive id=\"d1\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\"/></group>"
                + "</resources></configuration><status/></cib>").root();
    }

    @Test
    void nodeAttributesLiveInTheNodesInstanceAttributes() {
        Element cib = cib();
        ConfigEdits.nodeAttribute(cib, "node1", "standby", "on");
        ConfigEdits.nodeAttribute(cib, "node1", "standby", "off");
        assertEquals(Optional.of("off"), ConfigEdits.nodeAttribute(cib, "node1", "standby"));
        Element nv = (Element) cib.getElementsByTagName("nvpair").item(0);
        assertEquals("nodes-1-standby", nv.getAttribute("id"));
        assertEquals(1, cib.getElementsByTagName("nvpair").getLength());
        ConfigEdits.nodeAttribute(cib, "node1", "standby", null);
        assertEquals(Optional.empty(), ConfigEdits.nodeAttribute(cib, "node1", "standby"));
        assertThrows(IllegalArgumentException.class, () -> ConfigEdits.nodeAttribute(cib, "node9", "x", "1"));
    }

    @Test
    void metaAttributesAndMoveConstraints() {
        Element cib = cib();
        ConfigEdits.resourceMeta(cib, "d1", "target-role", "Stopped");
        Element meta = (Element) cib.getElementsByTagName("meta_attributes").item(0);
        assertEquals("d1-meta_attributes", meta.getAttribute("id"));
        assertTrue(ConfigEdits.resource(cib, "g").isPresent());
        ConfigEdits.location(cib, "cli-prefer-d1", "d1", "node1", "INFINITY");
        ConfigEdits.location(cib, "cli-prefer-d1", "d1", "node1", "INFINITY");
        assertEquals(List.of("cli-prefer-d1"), ConfigEdits.constraintIds(cib, "cli-"));
        assertTrue(ConfigEdits.removeConstraint(cib, "cli-prefer-d1"));
        assertEquals(List.of(), ConfigEdits.constraintIds(cib, "cli-"));
    }
}
