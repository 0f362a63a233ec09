package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CibXmlTest {
    @Test
    void malformedXmlNamesSourceLineAndColumn() {
        String xml = "<cib>\n  <configuration>\n    <nodes></node>\n";
        CibFormatException e = assertThrows(CibFormatException.class, () -> CibXml.parse(xml, "broken.xml"));
        assertEquals("broken.xml", e.getSource());
        assertEquals(3, e.getLine());
        assertTrue(e.getColumn() > 0, "column " + e.getColumn());
        assertTrue(e.getMessage().startsWith("broken.xml:3:" + e.getColumn() + ": "), e.getMessage());
    }

    @Test
    void streamErrorsNameTheGivenSource() {
        byte[] bytes = "<cib>\n<".getBytes(StandardCharsets.UTF_8);
        CibFormatException e = assertThrows(CibFormatException.class,
                () -> CibXml.read(new ByteArrayInputStream(bytes), "upload"));
        assertTrue(e.getMessage().startsWith("upload:2:"), e.getMessage());
    }

    @Test
    void wrongRootElementIsRefused() {
        CibFormatException e = assertThrows(CibFormatException.class,
                () -> CibXml.parse("<primitive id=\"a\"/>", "frag.xml"));
        assertTrue(e.getMessage().contains("expected <cib> but the document is <primitive>"), e.getMessage());
        CibFormatException unknown = assertThrows(CibFormatException.class,
                () -> CibXml.parse("<foo/>", "foo.xml"));
        assertTrue(unknown.getMessage().startsWith("foo.xml:1:"), unknown.getMessage());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE cib [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<cib epoch=\"&x;\"/>";
        CibFormatException e = assertThrows(CibFormatException.class, () -> CibXml.parse(xml, "evil.xml"));
        assertEquals(2, e.getLine());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void fragmentsReadAndWrite() {
        String xml = """
                <primitive id="ip" class="ocf" provider="heartbeat" type="IPaddr2">
                  <instance_attributes id="ip-params">
                    <nvpair id="ip-params-ip" name="ip" value="10.0.0.1"/>
                  </instance_attributes>
                </primitive>
                """;
        Primitive primitive = CibXml.parseElement(xml, "frag", Primitive.class);
        assertEquals("IPaddr2", primitive.getType());
        assertEquals("10.0.0.1", primitive.instanceAttributes().get(0).value("ip"));
        assertEquals(xml, CibXml.elementToXml(primitive));
        assertThrows(CibFormatException.class, () -> CibXml.parseElement(xml, "frag", Group.class));
    }

    @Test
    void unknownAttributesAndElementsKeepTheirPlace() {
        String xml = """
                <group id="g" future-attr="1">
                  <primitive id="a" class="ocf" provider="pacemaker" type="Dummy"/>
                  <something-new id="x" kind="y">
                    <deeper/>
                  </something-new>
                  <primitive id="b" class="ocf" provider="pacemaker" type="Dummy"/>
                </group>
                """;
        Group group = CibXml.parseElement(xml, "frag", Group.class);
        assertEquals("1", group.getOtherAttributes().get(new QName("future-attr")));
        assertEquals("1", group.getOtherAttribute("future-attr"));
        List<Object> children = group.getChildren();
        assertEquals(3, children.size());
        assertEquals("something-new", ((Element) children.get(1)).getTagName());
        assertEquals(List.of("a", "b"), group.primitives().stream().map(Primitive::getId).toList());
        assertNull(CanonicalXml.difference(xml, CibXml.elementToXml(group)));
    }

    @Test
    void absentAttributesStayAbsent() {
        Primitive primitive = CibXml.parseElement("<primitive id=\"p\" type=\"Dummy\"/>", "frag", Primitive.class);
        assertNull(primitive.getAgentClass());
        assertEquals("<primitive id=\"p\" type=\"Dummy\"/>\n", CibXml.elementToXml(primitive));
    }

    @Test
    void commentsKeepTheirPlace() {
        String xml = """
                <group id="g">
                  <!-- first -->
                  <primitive id="a" type="Dummy"/>
                  <!--second-->
                </group>
                """;
        Group group = CibXml.parseElement(xml, "frag", Group.class);
        assertEquals(" first ", ((XmlComment) group.getChildren().get(0)).getText());
        assertEquals(1, group.primitives().size());
        assertEquals(xml, CibXml.elementToXml(group));
    }

    @Test
    void specialCharactersAreEscaped() {
        Nvpair pair = new Nvpair().setId("n").setName("cmd").setValue("a<b & \"c\"\nd");
        String xml = CibXml.elementToXml(pair);
        assertEquals("<nvpair id=\"n\" name=\"cmd\" value=\"a&lt;b &amp; &quot;c&quot;&#10;d\"/>\n", xml);
        assertEquals("a<b & \"c\"\nd", CibXml.parseElement(xml, "frag", Nvpair.class).getValue());
    }
}
