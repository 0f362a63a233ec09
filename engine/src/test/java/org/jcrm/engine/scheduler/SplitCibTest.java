package org.jcrm.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jcrm.engine.scheduler.status.NodeStateEntry;
import org.jcrm.engine.scheduler.status.RecordedOp;
import org.jcrm.engine.scheduler.status.StatusSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A CIB whose status is scanned into records gives the same records as its DOM, and text the scanner
 * does not read is left to the full parse.
 */
class SplitCibTest {
    private static String cib(String statusBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cib epoch=\"1\">\n  <configuration>\n    <nodes/>\n"
                + "  </configuration>\n  <status>\n" + statusBody + "  </status>\n</cib>\n";
    }

    private static String nodes(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append("    <node_state id=\"").append(i).append("\" uname=\"node").append(i)
                    .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">\n")
                    .append("      <transient_attributes id=\"").append(i).append("\"><instance_attributes id=\"s")
                    .append(i).append("\"><nvpair id=\"n").append(i).append("\" name=\"fail-count-r\" value=\"")
                    .append(i % 3).append("\"/></instance_attributes></transient_attributes>\n")
                    .append("      <lrm id=\"").append(i).append("\"><lrm_resources><lrm_resource id=\"r\" class=\"ocf\"")
                    .append(" provider=\"heartbeat\" type=\"Dummy\"><lrm_rsc_op id=\"r_start_0\" operation=\"start\"")
                    .append(" call-id=\"").append(i).append("\" rc-code=\"0\" op-status=\"0\" interval=\"0\"")
                    .append(" transition-key=\"3:1:0:abc\" op-digest=\"d").append(i).append("\" note=\"a > b\"/>")
                    .append("</lrm_resource></lrm_resources></lrm>\n    </node_state>\n");
        }
        return b.toString();
    }

    private static SplitCib split(String xml) {
        return SplitCib.split(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static StatusSection fromDom(String xml) {
        return SplitCib.of(CibDocuments.parse(xml)).status();
    }

    private static void assertScannedAsDom(String xml) {
        SplitCib split = split(xml);
        assertNotNull(split, "the status should be scanned");
        assertEquals(fromDom(xml), split.status());
        assertNull(split.document().getDocumentElement().getElementsByTagName("status").item(0).getFirstChild());
    }

    @Test
    void scannedStatusEqualsTheDomsAndTheDocumentKeepsTheRest() {
        String xml = cib(nodes(1, 5) + "    <tickets><ticket_state id=\"t1\" granted=\"true\"/></tickets>\n");
        assertScannedAsDom(xml);
        StatusSection status = split(xml).status();
        assertEquals(4, status.nodes().size());
        NodeStateEntry node2 = status.node("node2");
        assertEquals("2", node2.transientAttributes().get("fail-count-r"));
        RecordedOp start = node2.resources().get(0).ops().get(0);
        assertEquals("start", start.task());
        assertEquals(2, start.callId());
        assertEquals("d2", start.digest());
        assertEquals(List.of(java.util.Map.of("id", "t1", "granted", "true")), status.tickets());
        assertEquals("1", split(xml).document().getDocumentElement().getAttribute("epoch"));
    }

    @Test
    void referencesBlanksNumbersAndKeysReadAsTheDomReadsThem() {
        String op = "<lrm_rsc_op id=\"x\" operation=\"mon&#105;tor\" interval=\" 10000 \" rc-code=\"&#55;\""
                + " op-status=\"x\" call-id=\"+4\" last-rc-change=\"99999999999999999999\" transition-key=\"1:2::\""
                + " op-digest=\"a&amp;b&lt;&gt;&quot;&apos;\tc\r\nd\" crm_feature_set=\"3.1\u00e9\"/>";
        String other = "<lrm_rsc_op id='y' operation='stop' transition-key=':b:8:' rc-code='-1' call-id='-'/>";
        String xml = cib("<node_state id=\"1\" uname=\"n\u00e9\"><lrm><lrm_resources><lrm_resource id=\"r\">" + op + other
                + "</lrm_resource></lrm_resources></lrm></node_state>\n");
        assertScannedAsDom(xml);
        List<RecordedOp> ops = split(xml).status().nodes().get(0).resources().get(0).ops();
        assertEquals("monitor", ops.get(0).task());
        assertEquals(10000, ops.get(0).intervalMs());
        assertEquals(7, ops.get(0).rc());
        assertEquals(0, ops.get(0).lastRcChange());
        assertEquals(0, ops.get(0).expectedRc(), "no third field: the default of a recurring monitor");
        assertEquals("a&b<>\"' c d", ops.get(0).digest());
        assertEquals(8, ops.get(1).expectedRc());
        assertEquals(-1, ops.get(1).rc());
    }

    @Test
    void commentsCdataInstructionsAndUnknownElementsAreSkipped() {
        assertScannedAsDom(cib("<!-- <node_state id=\"9\"/> -->\n<?pi x?>\n<x><![CDATA[<node_state>]]><node_state id=\"7\"/></x>\n"
                + nodes(1, 3) + "<node_state id=\"8\" uname=\"e\"/>\n"));
    }

    @Test
    void onlyTheFirstOfRepeatedSectionsIsRead() {
        String xml = cib("<node_state id=\"1\"><lrm><lrm_resources><lrm_resource id=\"a\"/></lrm_resources>"
                + "<lrm_resources><lrm_resource id=\"b\"/></lrm_resources></lrm><lrm><lrm_resources><lrm_resource id=\"c\"/>"
                + "</lrm_resources></lrm><transient_attributes><instance_attributes><nvpair name=\"k\" value=\"1\"/>"
                + "<nvpair name=\"k\" value=\"2\"/><nvpair name=\"v\"/></instance_attributes></transient_attributes>"
                + "<transient_attributes><instance_attributes><nvpair name=\"z\" value=\"1\"/></instance_attributes>"
                + "</transient_attributes></node_state><tickets><ticket_state id=\"a\"/></tickets><tickets>"
                + "<ticket_state id=\"b\"/></tickets>\n");
        assertScannedAsDom(xml);
        NodeStateEntry node = split(xml).status().nodes().get(0);
        assertEquals(1, node.resources().size());
        assertEquals(java.util.Map.of("k", "1", "v", ""), node.transientAttributes());
    }

    @Test
    void textTheScannerDoesNotReadIsLeftToTheParser() {
        assertNull(split(cib("<node_state id=\"1\" id=\"2\"/>\n")), "a repeated attribute");
        assertNull(split(cib("<node_state id=\"1\"><lrm></node_state>\n")), "mismatched tags");
        assertNull(split(cib("<node_state id=\"1\" x=\"&nbsp;\"/>\n")), "an unknown entity");
        assertNull(split(cib("<node_state id=\"1\"x=\"2\"/>\n")), "attributes not separated");
        assertNull(split(cib("<node_state id=1/>\n")), "an unquoted value");
        assertNull(split(cib("").replace("<status>\n", "<status/>\n<!-- ").replace("</status>", "</status> -->")));
        assertNull(split("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + cib(nodes(1, 2)).substring(38)));
        assertNull(split(cib(nodes(1, 2)).replace("<configuration>", "<configuration><status>").replace("</configuration>",
                "</status></configuration>")), "a status element that is not the root's child");
    }

    @Test
    void malformedStatusIsReportedByLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cib.xml");
        Files.writeString(file, cib(nodes(1, 3) + "    <node_state id=\"3\"><lrm></node_state>\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitCib.read(file));
        assertTrue(e.getMessage().startsWith("line 15, column 31: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SplitCib.read(dir.resolve("missing.xml")));
    }

    @Test
    void aLargeStatusIsScannedInTwoPartsAsOne() {
        String xml = cib(nodes(1, 9000));
        assertTrue(xml.length() > 4 << 20, "large enough to be scanned in two parts");
        assertScannedAsDom(xml);
        String commented = cib(nodes(1, 10) + "<!--\n" + nodes(10, 9000) + "-->\n");
        assertScannedAsDom(commented);
        assertEquals(9, split(commented).status().nodes().size());
    }

    @Test
    void aLargeFileIsReadWhole(@TempDir Path dir) throws IOException {
        String xml = cib(nodes(1, 17000));
        assertTrue(xml.length() > 8 << 20, "large enough to be read in two halves");
        Path file = dir.resolve("big.xml");
        Files.writeString(file, xml);
        assertEquals(xml, new String(CibDocuments.readBytes(file), StandardCharsets.UTF_8));
        assertEquals(fromDom(xml), SplitCib.read(file).status());
    }

    @Test
    void everyConformanceCibIsScannedAsItsDomReadsIt() throws IOException {
        String shared = System.getProperty("jcrm.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "jcrm.shared not available");
        Path xmlDir = Path.of(shared, "conformance", "pacemaker-2.1.5", "scheduler", "xml");
        assumeTrue(Files.isDirectory(xmlDir), "no conformance cases");
        int scanned = 0;
        try (Stream<Path> files = Files.list(xmlDir)) {
            for (Path f : files.sorted().toList()) {
                byte[] text = Files.readAllBytes(f);
                Document whole = CibDocuments.parse(f);
                SplitCib split = SplitCib.split(text);
                StatusSection expected = SplitCib.of(whole).status();
                if (split == null) {
                    assertTrue(expected.nodes().isEmpty() && expected.tickets() == null, f + " was not scanned");
                    continue;
                }
                assertEquals(expected, split.status(), f.toString());
                scanned++;
            }
        }
        assertFalse(scanned < 500, "only " + scanned + " CIBs scanned");
    }
}
