package org.jcrm.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A CIB parsed in two halves is the same document as parsed whole; unsafe cuts are refused. */
class StatusSplitTest {
    private static String cib(String statusBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cib epoch=\"1\">\n  <configuration>\n    <nodes/>\n"
                + "  </configuration>\n  <status>\n" + statusBody + "  </status>\n</cib>\n<!-- after -->\n";
    }

    private static String nodes(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append("    <node_state id=\"").append(i).append("\" uname=\"node").append(i).append("\">\n")
                    .append("      <lrm id=\"").append(i).append("\"><lrm_resources><lrm_resource id=\"r\">")
                    .append("<lrm_rsc_op id=\"r_monitor_0\" operation=\"monitor\" call-id=\"").append(i)
                    .append("\" note=\"a > b &amp; &quot;c&quot;\"/></lrm_resource></lrm_resources></lrm>\n")
                    .append("    </node_state>\n");
        }
        return b.toString();
    }

    private static String text(Document d) throws Exception {
        StringWriter w = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(w));
        return w.toString();
    }

    private static void assertSameAsWhole(String xml) throws Exception {
        assertEquals(text(CibDocuments.parse(xml)), text(CibDocuments.parseLarge(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void halvesMakeTheWholeDocument() throws Exception {
        String xml = cib(nodes(1, 40));
        assertNotNull(StatusSplit.of(xml.getBytes(StandardCharsets.UTF_8)));
        assertSameAsWhole(xml);
    }

    @Test
    void aCutInsideACommentOrCdataIsRefusedAndTheWholeIsParsed() throws Exception {
        String commented = cib(nodes(1, 3) + "    <!--\n" + nodes(3, 40) + "    -->\n");
        assertNull(StatusSplit.of(commented.getBytes(StandardCharsets.UTF_8)));
        assertSameAsWhole(commented);
        String cdata = cib("    <x><![CDATA[\n" + nodes(1, 40) + "]]></x>\n");
        assertNull(StatusSplit.of(cdata.getBytes(StandardCharsets.UTF_8)));
        assertSameAsWhole(cdata);
    }

    @Test
    void aCutBelowTheStatusChildrenIsRefused() throws Exception {
        String nested = cib("    <wrapper>\n" + nodes(1, 40) + "    </wrapper>\n");
        assertNull(StatusSplit.of(nested.getBytes(StandardCharsets.UTF_8)));
        assertSameAsWhole(nested);
    }

    @Test
    void anotherEncodingIsNotCut() {
        String latin = cib(nodes(1, 40)).replace("UTF-8", "ISO-8859-1");
        assertNull(StatusSplit.of(latin.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void malformedSecondHalfIsReportedForTheWholeFile() {
        String broken = cib(nodes(1, 30) + "    <node_state id=\"x\">\n" + nodes(30, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CibDocuments.parseLarge(broken.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("line "), e.getMessage());
    }
}
