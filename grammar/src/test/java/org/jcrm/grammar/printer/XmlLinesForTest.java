package org.jcrm.grammar.printer;

/** Test helper: an {@link XmlElement} tree as an XML document string. */
final class XmlLinesForTest {
    private XmlLinesForTest() {
    }

    static String cibXml(XmlElement root) {
        return String.join("\n", XmlLines.of(root)) + "\n";
    }
}
