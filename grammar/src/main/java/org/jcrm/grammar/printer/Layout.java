package org.jcrm.grammar.printer;

/** How an object is laid out: crmsh's {@code show} layout, or one line with or without comments. */
public enum Layout {
    /** One part per line joined by {@code " \\\n\t"}, comments above the object. */
    SHOW(true, true),
    /** Everything on one line, comments above the object. */
    ONE_LINE(false, true),
    /** Everything on one line, no comments (the form crmsh compares in its own tests). */
    PLAIN(false, false);

    final boolean breakLines;
    final boolean comments;

    Layout(boolean breakLines, boolean comments) {
        this.breakLines = breakLines;
        this.comments = comments;
    }
}
