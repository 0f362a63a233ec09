package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** An edit made on a DOM tree gives elements their attributes back in the order the CIB had them. */
class AttributeOrderRestoreTest {
    private static final String BEFORE = """
            <cib epoch="1"><configuration><resources>\
            <primitive type="Dummy" id="p" class="ocf" provider="heartbeat">\
            <meta_attributes id="p-meta"><nvpair name="a" value="1" id="p-meta-a"/></meta_attributes>\
            </primitive></resources><rsc_defaults><meta_attributes id="d">\
            <nvpair value="x" name="b" id="d-b"/></meta_attributes></rsc_defaults>\
            <tags><tag id="t"><obj_ref id="p"/></tag></tags></configuration><status/></cib>""";

    @Test
    void elementsGetTheirOldOrderAndNewOnesKeepTheirs() {
        // as a DOM writes it: attributes sorted by name; one pair added, one value changed
        String after = """
                <cib epoch="1"><configuration><resources>\
                <primitive class="ocf" id="p" provider="heartbeat" type="Dummy">\
                <meta_attributes id="p-meta"><nvpair id="p-meta-a" name="a" value="2"/>\
                <nvpair id="p-meta-z" name="z" value="3"/></meta_attributes>\
                </primitive></resources><rsc_defaults><meta_attributes id="d">\
                <nvpair id="d-b" name="b" value="x"/></meta_attributes></rsc_defaults>\
                <tags><tag id="t"><obj_ref id="p"/></tag></tags></configuration><status/></cib>""";
        String restored = AttributeOrder.of(BEFORE).restore(after);
        assertEquals("""
                <cib epoch="1"><configuration><resources>\
                <primitive type="Dummy" id="p" class="ocf" provider="heartbeat">\
                <meta_attributes id="p-meta"><nvpair name="a" value="2" id="p-meta-a"></nvpair>\
                <nvpair id="p-meta-z" name="z" value="3"></nvpair></meta_attributes>\
                </primitive></resources><rsc_defaults><meta_attributes id="d">\
                <nvpair value="x" name="b" id="d-b"></nvpair></meta_attributes></rsc_defaults>\
                <tags><tag id="t"><obj_ref id="p"></obj_ref></tag></tags></configuration><status></status></cib>""",
                restored);
    }

    @Test
    void elementsWithoutIdsAreMatchedByPositionAmongTheirNamesakes() {
        String before = "<cib><configuration><rules><r b=\"1\" a=\"1\"/><r d=\"1\" c=\"1\"/></rules></configuration></cib>";
        String after = "<cib><configuration><rules><r a=\"1\" b=\"1\"/><r c=\"1\" d=\"1\"/></rules></configuration></cib>";
        assertEquals("<cib><configuration><rules><r b=\"1\" a=\"1\"></r><r d=\"1\" c=\"1\"></r></rules></configuration></cib>",
                AttributeOrder.of(before).restore(after));
    }

    @Test
    void anOrderDeclaredOnANewElementIsUsed() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(BEFORE)));
        Element meta = (Element) doc.getElementsByTagName("meta_attributes").item(0);
        Element nv = doc.createElement("nvpair");
        nv.setAttribute("name", "n");
        nv.setAttribute("value", "v");
        nv.setAttribute("id", "p-meta-n");
        meta.appendChild(nv);
        AttributeOrder.declare(nv, "name", "value", "id");
        AttributeOrder order = AttributeOrder.of(BEFORE).withDeclared(doc);
        String key = AttributeOrder.key(nv, "/cib[0]/configuration[0]/resources[0]/primitive#p/meta_attributes#p-meta");
        assertEquals(List.of("name", "value", "id"), order.sort(key, List.of("id", "name", "value")));
        assertEquals(List.of("type", "id", "class", "provider"),
                order.sort("/cib[0]/configuration[0]/resources[0]/primitive#p", List.of("class", "id", "provider", "type")));
    }

    @Test
    void aRenamedElementKeepsItsOrderUnderItsNewId() {
        String before = "<configuration><primitive type=\"Dummy\" id=\"d1\"><op name=\"start\" id=\"o\"/></primitive></configuration>";
        String after = "<configuration><primitive id=\"p1\" type=\"Dummy\"><op id=\"o\" name=\"start\"/></primitive></configuration>";
        assertEquals("<configuration><primitive type=\"Dummy\" id=\"p1\"><op name=\"start\" id=\"o\"></op></primitive></configuration>",
                AttributeOrder.of(before).renamed("d1", "p1").restore(after));
    }
}
