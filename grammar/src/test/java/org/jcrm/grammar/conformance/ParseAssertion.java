package org.jcrm.grammar.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.jcrm.grammar.printer.XmlElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One assertion of crmsh's parser unit tests about the XML it produced ({@code out}), in the forms
 * those tests use: an attribute value, the tag, the number of children, the string values or the
 * count of an XPath's result. Other forms raise UnsupportedOperationException.
 */
final class ParseAssertion {
    private static final String STR = "'((?:[^'\\\\]|\\\\.)*)'";
    private static final Pattern GET = Pattern.compile("self\\.assertEqual\\(out\\.get\\(" + STR + "\\), (?:" + STR + "|None)\\)");
    private static final Pattern GET_REVERSED = Pattern.compile("self\\.assertEqual\\(" + STR + ", out\\.get\\(" + STR + "\\)\\)");
    private static final Pattern TAG = Pattern.compile("self\\.assertEqual\\(" + STR + ", out\\.tag\\)");
    private static final Pattern LEN = Pattern.compile("self\\.assertEqual\\((?:len\\(out\\), (\\d+)|(\\d+), len\\(out\\))\\)");
    private static final Pattern XPATH_LEN = Pattern.compile("self\\.assertEqual\\((\\d+), len\\(out\\.xpath\\(" + STR + "\\)\\)\\)");
    private static final Pattern LINES_LEN = Pattern.compile("self\\.assertEqual\\((?:len\\(outp\\), (\\d+)|(\\d+), len\\(outp\\))\\)");
    private static final Pattern LINE_TAG = Pattern.compile("self\\.assertEqual\\(" + STR + ", outp\\[(\\d+)\\]\\.tag\\)");
    private static final Pattern LINE_TEXT = Pattern.compile(
            "self\\.assertNotEqual\\(-1, xml_tostring\\(outp\\[(\\d+)\\]\\)\\.find\\(" + STR + "\\)\\)");
    private static final Pattern XPATH_VALUES = Pattern.compile("self\\.assertEqual\\(\\[(.*)\\],\\s*out\\.xpath\\(" + STR + "\\)\\)", Pattern.DOTALL);

    private ParseAssertion() {
    }

    /** True when crmsh expects the input to be refused. */
    static boolean expectsFailure(String assertion) {
        return assertion.equals("self.assertFalse(out)") || assertion.equals("self.assertEqual(False, out)");
    }

    /**
     * Null when {@code assertion} holds for {@code out}, else why not.
     *
     * @throws UnsupportedOperationException when the assertion's form is not understood
     */
    static String check(String assertion, XmlElement out) {
        Matcher m;
        if ((m = GET.matcher(assertion)).matches()) {
            return same(unescape(m.group(2)), out.attr(unescape(m.group(1))), "@" + m.group(1));
        }
        if ((m = GET_REVERSED.matcher(assertion)).matches()) {
            return same(unescape(m.group(1)), out.attr(unescape(m.group(2))), "@" + m.group(2));
        }
        if ((m = TAG.matcher(assertion)).matches()) {
            return same(m.group(1), out.name(), "tag");
        }
        if ((m = LEN.matcher(assertion)).matches()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            long children = out.children().stream().filter(c -> !c.isComment()).count();
            return same(n, String.valueOf(children), "number of children");
        }
        if ((m = XPATH_LEN.matcher(assertion)).matches()) {
            return same(m.group(1), String.valueOf(xpath(out, unescape(m.group(2))).size()), "count of " + m.group(2));
        }
        if ((m = XPATH_VALUES.matcher(assertion)).matches()) {
            List<String> want = new ArrayList<>();
            Matcher s = Pattern.compile(STR).matcher(m.group(1));
            while (s.find()) {
                want.add(unescape(s.group(1)));
            }
            return same(want.toString(), xpath(out, unescape(m.group(2))).toString(), m.group(2));
        }
        throw new UnsupportedOperationException(assertion);
    }

    /**
     * Null when {@code assertion} about the per-line results {@code outp} holds, else why not.
     *
     * @throws UnsupportedOperationException when the assertion's form is not understood
     */
    static String checkLines(String assertion, List<XmlElement> outp) {
        Matcher m;
        if ((m = LINES_LEN.matcher(assertion)).matches()) {
            return same(m.group(1) != null ? m.group(1) : m.group(2), String.valueOf(outp.size()), "number of objects");
        }
        if ((m = LINE_TAG.matcher(assertion)).matches()) {
            XmlElement e = element(outp, Integer.parseInt(m.group(2)));
            return e == null ? "no element for object " + m.group(2) : same(m.group(1), e.name(), "tag of object " + m.group(2));
        }
        if ((m = LINE_TEXT.matcher(assertion)).matches()) {
            XmlElement e = element(outp, Integer.parseInt(m.group(1)));
            String text = e == null ? "" : text(e);
            return text.contains(unescape(m.group(2))) ? null : "object " + m.group(1) + " lacks " + m.group(2) + ": " + text;
        }
        throw new UnsupportedOperationException(assertion);
    }

    private static XmlElement element(List<XmlElement> outp, int i) {
        return i < outp.size() ? outp.get(i) : null;
    }

    /** The element as XML text, comments included. */
    private static String text(XmlElement e) {
        if (e.isComment()) {
            return "<!--" + e.text() + "-->";
        }
        StringBuilder b = new StringBuilder("<").append(e.name());
        e.attributes().forEach((k, v) -> b.append(' ').append(k).append("=\"").append(v).append('"'));
        b.append('>');
        for (XmlElement c : e.children()) {
            b.append(text(c));
        }
        return b.append("</").append(e.name()).append('>').toString();
    }

    private static String same(String want, String got, String what) {
        return java.util.Objects.equals(want, got) ? null : what + ": expected " + want + " got " + got;
    }

    private static String unescape(String s) {
        return s == null ? null : s.replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\");
    }

    private static List<String> xpath(XmlElement out, String expression) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            doc.appendChild(dom(doc, out));
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(expression, doc.getDocumentElement(), XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
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
