package org.jcrm.engine.verify;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Collects the findings of one rule, filling in the object id, XPath and source position from the
 * element a finding is about.
 */
public final class Reporter {
    private final String rule;
    private final SourceMap sources;
    private final List<Finding> sink;

    Reporter(String rule, SourceMap sources, List<Finding> sink) {
        this.rule = rule;
        this.sources = sources;
        this.sink = sink;
    }

    /** Reports an error about {@code element} (its own id or the nearest enclosing one). */
    public void error(Element element, String message) {
        add(Severity.ERROR, element, message);
    }

    /** Reports a warning about {@code element}. */
    public void warning(Element element, String message) {
        add(Severity.WARNING, element, message);
    }

    /** Reports a finding about {@code element} with the given severity. */
    public void add(Severity severity, Element element, String message) {
        String id = CibDocument.owningId(element);
        sink.add(new Finding(severity, rule, message, id, CibDocument.xpath(element), position(element)));
    }

    private SourcePos position(Element element) {
        // The crm text names only top-level objects, so climb until an id the source map knows.
        for (org.w3c.dom.Node n = element; n instanceof Element e; n = e.getParentNode()) {
            if (e.hasAttribute("id")) {
                SourcePos pos = sources.find(e.getAttribute("id")).orElse(null);
                if (pos != null) {
                    return pos;
                }
            }
        }
        return null;
    }
}
