package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Elements keep their attributes in document order on read and in first-set order when built. */
class AttributeOrderTest {
    @Test
    void readingKeepsDocumentOrderOfTypedAndUnknownAttributes() {
        String xml = "<op timeout=\"20s\" future=\"x\" interval=\"10s\" name=\"monitor\" id=\"m\"/>\n";
        Op op = CibXml.parseElement(xml, "frag", Op.class);
        assertEquals("10s", op.getInterval());
        assertEquals("x", op.getOtherAttribute("future"));
        assertEquals(List.of("timeout", "future", "interval", "name", "id"), names(op));
        assertEquals(xml, CibXml.elementToXml(op));
    }

    @Test
    void buildingKeepsTheOrderAttributesWereFirstSet() {
        Op op = new Op().setTimeout("20s").setName("monitor").setId("m").setInterval("0");
        assertEquals("<op timeout=\"20s\" name=\"monitor\" id=\"m\" interval=\"0\"/>\n", CibXml.elementToXml(op));
    }

    @Test
    void settingKeepsThePositionAndNullRemoves() {
        DateSpec spec = CibXml.parseElement("<date_spec id=\"d\" weekdays=\"1-5\" hours=\"9-17\"/>", "frag",
                DateSpec.class);
        spec.setWeekdays("1-3").setId(null).setYears("2026").setYears(null).setMonths("1");
        assertNull(spec.getId());
        assertNull(spec.getYears());
        assertEquals("<date_spec weekdays=\"1-3\" hours=\"9-17\" months=\"1\"/>\n", CibXml.elementToXml(spec));
    }

    @Test
    void theAttributeMapIsALiveOrderedViewOfTheTypedAttributes() {
        Primitive primitive = new Primitive().setId("p").setAgentClass("ocf");
        Map<QName, String> attributes = primitive.getOtherAttributes();
        attributes.put(new QName("type"), "Dummy");
        attributes.put(new QName("id"), "q");
        attributes.put(new QName("class"), null);
        assertEquals("q", primitive.getId());
        assertEquals("Dummy", primitive.getType());
        assertNull(primitive.getAgentClass());
        Map<QName, String> expected = new LinkedHashMap<>();
        expected.put(new QName("id"), "q");
        expected.put(new QName("type"), "Dummy");
        assertEquals(expected, attributes);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(attributes.entrySet()));
        assertFalse(attributes.containsKey(new QName("class")));
    }

    @Test
    void iteratorRemovesAndNoticesChangesBehindIt() {
        Nvpair pair = new Nvpair().setId("n").setName("a").setValue("1");
        Iterator<Map.Entry<QName, String>> entries = pair.getOtherAttributes().entrySet().iterator();
        entries.next();
        entries.next().setValue("b");
        entries.remove();
        assertEquals(List.of("id", "value"), names(pair));
        assertNull(pair.getName());
        Iterator<Map.Entry<QName, String>> stale = pair.getOtherAttributes().entrySet().iterator();
        pair.setName("c");
        assertThrows(ConcurrentModificationException.class, stale::next);
    }

    @Test
    void namespacedAttributesKeepTheirPlace() {
        String xml = "<primitive xmlns:x=\"urn:x\" id=\"p\" x:origin=\"tool\" type=\"Dummy\"/>\n";
        Primitive primitive = CibXml.parseElement(xml, "frag", Primitive.class);
        assertEquals("tool", primitive.getOtherAttributes().get(new QName("urn:x", "origin")));
        assertNull(primitive.getOtherAttribute("origin"));
        assertEquals(List.of("id", "origin", "type"), names(primitive));
        assertEquals(xml, CibXml.elementToXml(primitive));
    }

    private static List<String> names(CibElement element) {
        return element.getOtherAttributes().keySet().stream().map(QName::getLocalPart).toList();
    }
}
