package org.jcrm.grammar.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.jcrm.grammar.printer.XmlElement;
import org.jcrm.grammar.printer.XmlElementReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One assertion of crmsh's parser unit tests about the XML it produced, in the forms those tests
 * use: an attribute value, the tag, the number of children, the string values or the count of an
 * XPath's result, an attribute an XPath's match lacks, the serialised element (compared as a
 * tree, ids only where the expected XML has them). The element is named as in the test: {@code out},
 * {@code out2} (a second parse in the same test), {@code out[N]} (out's N-th child) or
 * {@code outp[N]} (the N-th statement of a multi-line parse). Other forms, and names the case data
 * does not hold, raise UnsupportedOperationException.
 */
final class ParseAssertion {
    private static final String STR = "'((?:[^'\\\\]|\\\\.)*)'";
    private static final String VAR = "(out2?(?:\\[\\d+\\])?|outp(?:\\[\\d+\\])?)";
    private static final Pattern GET = Pattern.compile(
            "self\\.assertEqual\\(" + VAR + "\\.get\\(" + STR + "\\), (?:" + STR + "|None)\\)");
    private static final Pattern GET_REVERSED = Pattern.compile(
            "self\\.assertEqual\\(" + STR + ", " + VAR + "\\.get\\(" + STR + "\\)\\)");
    private static final Pattern TAG = Pattern.compile("self\\.assertEqual\\(" + STR + ", " + VAR + "\\.tag\\)");
    private static final Pattern LEN = Pattern.compile(
            "self\\.assertEqual\\((?:len\\(" + VAR + "\\), (\\d+)|(\\d+), len\\(" + VAR + "\\))\\)");
    private static final Pattern XPATH_LEN = Pattern.compile(
            "self\\.assertEqual\\((\\d+), len\\(" + VAR + "\\.xpath\\(" + STR + "\\)\\)\\)");
    private static final Pattern XPATH_LEN_REVERSED = Pattern.compile(
            "self\\.assertEqual\\(len\\(" + VAR + "\\.xpath\\(" + STR + "\\)\\), (\\d+)\\)");
    private static final Pattern XPATH_ATTRIBUTE_ABSENT = Pattern.compile(
            "self\\.assertTrue\\(" + STR + " not in " + VAR + "\\.xpath\\(" + STR + "\\)\\[(\\d+)\\]\\.attrib\\)");
    private static final Pattern XPATH_VALUES = Pattern.compile(
            "self\\.assertEqual\\(\\[(.*)\\],\\s*" + VAR + "\\.xpath\\(" + STR + "\\)\\)", Pattern.DOTALL);
    private static final Pattern TEXT_FIND = Pattern.compile(
            "self\\.assertNotEqual\\(-1, xml_tostring\\(" + VAR + "\\)\\.find\\(" + STR + "\\)\\)");
    private static final Pattern TEXT_EQUAL = Pattern.compile(
            "self\\.assertEqual\\(xml_tostring\\(" + VAR + "\\), xml_tostring\\(" + VAR + "\\)\\)");
    private static final Pattern TEXT_LITERAL = Pattern.compile(
            "self\\.assertEqual\\(" + STR + ",\\s*xml_tostring\\(" + VAR + "\\)\\)", Pattern.DOTALL);
    private static final Pattern ACCEPTED = Pattern.compile("self\\.assertNotEqual\\(" + VAR + ", False\\)");
    private static final Pattern ANY_NAME = Pattern.compile("\\b(?:len|xml_tostring)\\((\\w+)\\)|\\((\\w+)[.,)]");

    private ParseAssertion() {
    }

    /** True when crmsh expects the input to be refused. */
    static boolean expectsFailure(String assertion) {
        return assertion.equals("self.assertFalse(out)") || assertion.equals("self.assertEqual(False, out)");
    }

    /** True when the assertion names {@code out2}, a second parse whose {@code out} is the case before. */
    static boolean comparesWithPrevious(String assertion) {
        return assertion.matches(".*\\bout2\\b.*");
    }

    /**
     * Null when {@code assertion} holds for the elements in {@code vars} ({@code out}, {@code out2},
     * {@code outp}: the statements' elements in order), else why not.
     *
     * @throws UnsupportedOperationException when the form is not understood or names an element
     *         the case does not give
     */
    static String check(String assertion, Map<String, List<XmlElement>> vars) {
        Matcher m;
        if ((m = GET.matcher(assertion)).matches()) {
            return same(unescape(m.group(3)), element(vars, m.group(1)).attr(unescape(m.group(2))), "@" + m.group(2));
        }
        if ((m = GET_REVERSED.matcher(assertion)).matches()) {
            return same(unescape(m.group(1)), element(vars, m.group(2)).attr(unescape(m.group(3))), "@" + m.group(3));
        }
        if ((m = TAG.matcher(assertion)).matches()) {
            return same(m.group(1), element(vars, m.group(2)).name(), "tag of " + m.group(2));
        }
        if ((m = LEN.matcher(assertion)).matches()) {
            String var = m.group(1) != null ? m.group(1) : m.group(4);
            String n = m.group(1) != null ? m.group(2) : m.group(3);
            String got = var.equals("outp") ? String.valueOf(list(vars, "outp").size())
                    : String.valueOf(elements(element(vars, var)).size());
            return same(n, got, "length of " + var);
        }
        if ((m = XPATH_LEN.matcher(assertion)).matches()) {
            return same(m.group(1), String.valueOf(xpath(element(vars, m.group(2)), unescape(m.group(3))).size()),
                    "count of " + m.group(3));
        }
        if ((m = XPATH_LEN_REVERSED.matcher(assertion)).matches()) {
            return same(m.group(3), String.valueOf(xpath(element(vars, m.group(1)), unescape(m.group(2))).size()),
                    "count of " + m.group(2));
        }
        if ((m = XPATH_ATTRIBUTE_ABSENT.matcher(assertion)).matches()) {
            List<Element> found = xpathElements(element(vars, m.group(2)), unescape(m.group(3)));
            int i = Integer.parseInt(m.group(4));
            if (i >= found.size()) {
                return m.group(3) + ": no match " + i + " (" + found.size() + " found)";
            }
            return found.get(i).hasAttribute(unescape(m.group(1))) ? m.group(3) + " has @" + m.group(1) : null;
        }
        if ((m = XPATH_VALUES.matcher(assertion)).matches()) {
            List<String> want = new ArrayList<>();
            Matcher s = Pattern.compile(STR).matcher(m.group(1));
            while (s.find()) {
                want.add(unescape(s.group(1)));
            }
            return same(want.toString(), xpath(element(vars, m.group(2)), unescape(m.group(3))).toString(), m.group(3));
        }
        if ((m = TEXT_FIND.matcher(assertion)).matches()) {
            String text = text(element(vars, m.group(1)));
            return text.contains(unescape(m.group(2))) ? null : m.group(1) + " lacks " + m.group(2) + ": " + text;
        }
        if ((m = TEXT_EQUAL.matcher(assertion)).matches()) {
            return same(text(element(vars, m.group(1))), text(element(vars, m.group(2))),
                    m.group(2) + " serialised like " + m.group(1));
        }
        if ((m = TEXT_LITERAL.matcher(assertion)).matches()) {
            // compared as trees: crmsh's parser writes no generated ids, jcrm's element has them
            XmlElement want = XmlElementReader.parse(unescape(m.group(1)), "assertion");
            return same(CanonicalXml.withIdsOf(want, want), CanonicalXml.withIdsOf(element(vars, m.group(2)), want),
                    "serialised " + m.group(2));
        }
        if ((m = ACCEPTED.matcher(assertion)).matches()) {
            element(vars, m.group(1));
            return null;
        }
        Matcher name = ANY_NAME.matcher(assertion);
        while (name.find()) {
            String n = name.group(1) != null ? name.group(1) : name.group(2);
            if (!n.startsWith("out") && !n.equals("self")) {
                throw new UnsupportedOperationException("the assertion uses '" + n
                        + "', a local variable of crmsh's test that the case data does not hold: " + assertion);
            }
        }
        throw new UnsupportedOperationException("no checker for the form of: " + assertion);
    }

    /** The element a test names: out, out2, outp[N], or the N-th child of one of those. */
    private static XmlElement element(Map<String, List<XmlElement>> vars, String expression) {
        Matcher m = Pattern.compile("(\\w+)(?:\\[(\\d+)\\])?").matcher(expression);
        if (!m.matches()) {
            throw new UnsupportedOperationException("cannot name " + expression);
        }
        List<XmlElement> values = list(vars, m.group(1));
        if (m.group(1).equals("outp")) {
            int i = Integer.parseInt(m.group(2));
            if (i >= values.size()) {
                throw new AssertionFailure("no statement " + i + " (" + values.size() + " parsed)");
            }
            return values.get(i);
        }
        XmlElement e = values.get(values.size() - 1);
        if (m.group(2) == null) {
            return e;
        }
        List<XmlElement> children = elements(e);
        int i = Integer.parseInt(m.group(2));
        if (i >= children.size()) {
            throw new AssertionFailure(m.group(1) + " has no child " + i + ": " + text(e));
        }
        return children.get(i);
    }

    private static List<XmlElement> list(Map<String, List<XmlElement>> vars, String name) {
        List<XmlElement> values = vars.get(name);
        if (values == null || values.isEmpty()) {
            throw new UnsupportedOperationException("the assertion names '" + name + "', which the case does not give");
        }
        return values;
    }

    /** An assertion that cannot even be evaluated because the element it names is missing. */
    static final class AssertionFailure extends RuntimeException {
        AssertionFailure(String message) {
            super(message);
        }
    }

    private static List<XmlElement> elements(XmlElement e) {
        return e.children().stream().filter(c -> !c.isComment()).toList();
    }

    /** The element as lxml's {@code tostring} writes it: no white space, {@code <x/>} when empty, comments kept. */
    static String text(XmlElement e) {
        if (e.isComment()) {
            return "<!--" + e.text() + "-->";
        }
        StringBuilder b = new StringBuilder("<").append(e.name());
        e.attributes().forEach((k, v) -> b.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (e.children().isEmpty()) {
            return b.append("/>").toString();
        }
        b.append('>');
        for (XmlElement c : e.children()) {
            b.append(text(c));
        }
        return b.append("</").append(e.name()).append('>').toString();
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String same(String want, String got, String what) {
        return Objects.equals(want, got) ? null : what + ": expected " + want + " got " + got;
    }

    private static String unescape(String s) {
        return s == null ? null : s.replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\");
    }

    private static List<String> xpath(XmlElement out, String expression) {
        NodeList nodes = nodes(out, expression);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static List<Element> xpathElements(XmlElement out, String expression) {
        NodeList nodes = nodes(out, expression);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static NodeList nodes(XmlElement out, String expression) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            doc.appendChild(dom(doc, out));
            return (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(expression, doc.getDocumentElement(), XPathConstants.NODESET);
        } catch (ParserConfigurationException | XPathExpressionException e) {
            throw new IllegalStateException("xpath " + expression + ": " + e.getMessage(), e);
        }
    }

    private static Element dom(Document doc, XmlElement e) {
        Element d = doc.createElement(e.name());
        e.attributes().forEach(d::setAttribute);
        for (XmlElement c : e.children()) {
            if (!c.isComment()) {
                d.appendChild(dom(doc, c));
            }
        }
        return d;
    }
}
