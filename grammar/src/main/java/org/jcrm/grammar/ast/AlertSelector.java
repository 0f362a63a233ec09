package org.jcrm.grammar.ast;

import java.util.List;

/** One selector of an alert: {@code nodes}, {@code fencing}, {@code resources} or {@code attributes} (with the attribute names of {@code attributes { ... }}), at the position of its select clause. */
public record AlertSelector(String kind, List<String> attributes, SourcePos pos) {
    public AlertSelector {
        attributes = List.copyOf(attributes);
    }
}
