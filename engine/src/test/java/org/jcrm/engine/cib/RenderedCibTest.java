package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** {@link CibXml#render(Cib)} gives the text toXml writes and the DOM a parser reads from that text. */
class RenderedCibTest {
    private static final String WITH_COMMENTS_AND_FOREIGN_XML = """
            <cib epoch="3" num_updates="0" admin_epoch="0" validate-with="pacemaker-3.9">
              <configuration>
                <crm_config/>
                <nodes/>
                <resources>
                  <!-- the web server -->
                  <primitive id="web" class="ocf" provider="heartbeat" type="apache">
                    <instance_attributes id="web-params">
                      <nvpair id="web-params-conf" name="configfile" value="a&#10;b &amp; &quot;c&quot;"/>
                    </instance_attributes>
                  </primitive>
                </resources>
                <constraints/>
                <x:extra xmlns:x="urn:example"><x:y>kept &amp; &lt;text&gt;</x:y></x:extra>
              </configuration>
              <status/>
            </cib>
            """;

    @Test
    void commentsValuesAndForeignElementsMatchAParsedDocument() throws Exception {
        assertMatchesParsed(CibXml.parse(WITH_COMMENTS_AND_FOREIGN_XML, "inline.xml"), "inline.xml");
    }

    @Test
    void testCibsMatchTheirParsedDocuments() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> found = Files.list(Path.of("src/test/resources/cib"))) {
            found.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
        }
        String shared = System.getProperty("jcrm.shared");
        Path cases = shared == null ? null : Path.of(shared, "conformance", "xml");
        if (cases != null && Files.isDirectory(cases)) {
            try (Stream<Path> found = Files.list(cases)) {
                found.filter(p -> p.toString().endsWith(".xml")).sorted().limit(60).forEach(files::add);
            }
        }
        assertTrue(!files.isEmpty(), "no test CIBs");
        for (Path file : files) {
            assertMatchesParsed(CibXml.read(file), file.toString());
        }
    }

    @Test
    void aTextWrittenWithTheRootTagOfAStampedCibIsThatCibsText() {
        Cib cib = CibXml.parse(WITH_COMMENTS_AND_FOREIGN_XML, "inline.xml");
        String before = CibXml.toXml(cib);
        cib.setEpoch("4").setNumUpdates("7").setCibLastWritten("Sat Nov 21 09:05:07 2026 <&\">");

        String after = withRootOf(cib, before);

        assertEquals(CibXml.toXml(cib), after);
        assertTrue(after.startsWith("<cib epoch=\"4\" num_updates=\"7\""), after);
    }

    @Test
    void aChildlessRootIsReplacedWhole() {
        Cib cib = new Cib().setEpoch("1");
        String before = CibXml.toXml(cib);
        cib.setEpoch("2");

        assertEquals(CibXml.toXml(cib), withRootOf(cib, before));
    }

    private static String withRootOf(Cib cib, String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CibXml.writeWithRootOf(cib, xml, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertMatchesParsed(Cib cib, String name) throws Exception {
        RenderedCib rendered = CibXml.render(cib);
        assertEquals(CibXml.toXml(cib), rendered.xml(), name);
        Document parsed = parse(rendered.xml());
        dropBlankText(parsed);
        assertEquals(describe(parsed), describe(rendered.document()), name);
        assertTrue(parsed.isEqualNode(rendered.document()), name + ": the rendered DOM differs from the parsed one");
    }

    /** Node by node, for a readable difference. */
    private static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, "", out);
        return out.toString();
    }

    private static void describe(Node node, String indent, StringBuilder out) {
        out.append(indent).append(node.getNodeType()).append(' ').append(node.getNodeName());
        if (node.getNodeValue() != null) {
            out.append(" '").append(node.getNodeValue()).append('\'');
        }
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                Node a = node.getAttributes().item(i);
                out.append(' ').append(a.getNodeName()).append("='").append(a.getNodeValue()).append('\'');
            }
        }
        out.append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            describe(c, indent + "  ", out);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void dropBlankText(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else {
                dropBlankText(child);
            }
            child = next;
        }
    }
}
