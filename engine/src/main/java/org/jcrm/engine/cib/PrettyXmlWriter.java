package org.jcrm.engine.cib;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the SAX events of a marshalled CIB as text the way {@code cibadmin} prints it: no XML
 * declaration, one element per line indented by two spaces, empty elements as {@code <x/>},
 * whitespace-only text dropped, newline at the end. {@link XmlComment} elements become comments and
 * their private namespace is never declared.
 */
final class PrettyXmlWriter extends DefaultHandler {
    private static final String INDENT = "  ";
    /** The indentation of the first levels, ready made. */
    private static final String[] INDENTS = new String[16];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = INDENT.repeat(i);
        }
    }

    private final Writer out;
    private final List<String[]> pendingNamespaces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int depth;
    private boolean openTag;
    private boolean wroteText;
    private boolean inComment;

    PrettyXmlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (!XmlComment.NAMESPACE.equals(uri)) {
            pendingNamespaces.add(new String[] {prefix, uri});
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        try {
            finishOpenTag();
            if (XmlComment.NAMESPACE.equals(uri)) {
                inComment = true;
                text.setLength(0);
                return;
            }
            indent();
            out.write('<');
            out.write(qName);
            for (String[] namespace : pendingNamespaces) {
                out.write(namespace[0].isEmpty() ? " xmlns" : " xmlns:" + namespace[0]);
                writeAttributeValue(namespace[1]);
            }
            pendingNamespaces.clear();
            for (int i = 0; i < attributes.getLength(); i++) {
                out.write(' ');
                out.write(attributes.getQName(i));
                writeAttributeValue(attributes.getValue(i));
            }
            openTag = true;
            wroteText = false;
            depth++;
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        if (inComment) {
            text.append(chars, start, length);
            return;
        }
        if (isBlank(chars, start, length)) {
            return;
        }
        try {
            if (openTag) {
                out.write('>');
                openTag = false;
            }
            // Unescaped runs go out in one write: per-character writes dominated large documents.
            int run = start;
            for (int i = start; i < start + length; i++) {
                String escape = escape(chars[i], false);
                if (escape != null) {
                    out.write(chars, run, i - run);
                    out.write(escape);
                    run = i + 1;
                }
            }
            out.write(chars, run, start + length - run);
            wroteText = true;
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            if (XmlComment.NAMESPACE.equals(uri)) {
                inComment = false;
                indent();
                out.write("<!--");
                out.write(text.toString());
                out.write("-->\n");
                return;
            }
            depth--;
            if (openTag) {
                out.write("/>\n");
                openTag = false;
                return;
            }
            if (!wroteText) {
                indent();
            }
            out.write("</");
            out.write(qName);
            out.write(">\n");
            wroteText = false;
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        try {
            out.flush();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private void finishOpenTag() throws IOException {
        if (openTag) {
            out.write(">\n");
            openTag = false;
        }
    }

    private void indent() throws IOException {
        if (depth < INDENTS.length) {
            out.write(INDENTS[depth]);
            return;
        }
        for (int i = 0; i < depth; i++) {
            out.write(INDENT);
        }
    }

    private void writeAttributeValue(String value) throws IOException {
        out.write("=\"");
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = escape(value.charAt(i), true);
            if (escape != null) {
                out.write(value, run, i - run);
                out.write(escape);
                run = i + 1;
            }
        }
        out.write(value, run, value.length() - run);
        out.write('"');
    }

    /**
     * The entity {@code c} is written as, or null when it goes out as it is; inside an attribute
     * value quotes and the white space that normalisation would change are escaped too.
     */
    private static String escape(char c, boolean inAttribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '"' -> inAttribute ? "&quot;" : null;
            case '\n' -> inAttribute ? "&#10;" : null;
            case '\t' -> inAttribute ? "&#9;" : null;
            default -> null;
        };
    }

    private static boolean isBlank(char[] chars, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
