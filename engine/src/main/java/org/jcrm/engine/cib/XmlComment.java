package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;

/**
 * An XML comment inside a CIB element, kept in its parent's child list at its document position
 * (crmsh keeps its {@code #} comments this way). {@link CibXml} reads and writes it as a real
 * {@code <!--comment-->}; the element name below only carries it through JAXB.
 */
@XmlRootElement(name = "comment", namespace = XmlComment.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
public class XmlComment {
    /** The private namespace of the element that stands for a comment inside JAXB. */
    static final String NAMESPACE = "urn:jcrm:xml-comment";

    @XmlValue
    private String text;

    /** For JAXB. */
    public XmlComment() {
    }

    /** A comment with this text (what stands between {@code <!--} and {@code -->}). */
    public XmlComment(String text) {
        this.text = text;
    }

    /** The text between {@code <!--} and {@code -->}, exactly as written. */
    public String getText() {
        return text == null ? "" : text;
    }

    /** Sets the comment text. */
    public void setText(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return "<!--" + getText() + "-->";
    }
}
