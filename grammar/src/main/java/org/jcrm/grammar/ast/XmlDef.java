package org.jcrm.grammar.ast;

import java.util.List;

/**
 * {@code xml <element ... />}: a CIB element given as raw XML; {@code id} is its id attribute (a
 * node's uname when it has no id), or null when it has neither.
 */
public record XmlDef(String id, String xml, List<String> comments, SourcePos pos) implements ObjectDef {
    public XmlDef {
        comments = List.copyOf(comments);
    }
}
