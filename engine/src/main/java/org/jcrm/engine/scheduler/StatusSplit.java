package org.jcrm.engine.scheduler;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a large CIB's text can be cut in two so that each half parses on its own: before a
 * {@code node_state} near the middle of the status section, up to the status section's end tag.
 * The first half is the text without the cut-out part (it stays a whole CIB); the cut-out part,
 * wrapped in a status element, is the second. A cut is offered only when the text before it leaves
 * exactly the root and one child open (no comment, CDATA section, processing instruction or tag
 * open) and the text is UTF-8, so that parsing both halves and appending the second's nodes to the
 * first's status element builds the same document as parsing the whole.
 */
record StatusSplit(byte[] text, int cut, int statusEnd) {
    private static final byte[] NODE_STATE = "<node_state".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATUS_END = "</status".getBytes(StandardCharsets.US_ASCII);

    /** The cut of {@code text}, or null when it has none that is known to be safe. */
    static StatusSplit of(byte[] text) {
        if (!utf8(text)) {
            return null;
        }
        int statusEnd = lastIndexOf(text, STATUS_END);
        if (statusEnd < 0 || !endsName(text, statusEnd + STATUS_END.length)) {
            return null;
        }
        int cut = text.length / 2;
        do {
            cut = indexOf(text, NODE_STATE, cut + 1, statusEnd);
        } while (cut >= 0 && !endsName(text, cut + NODE_STATE.length));
        if (cut < 0 || !twoOpenAt(text, cut)) {
            return null;
        }
        return new StatusSplit(text, cut, statusEnd);
    }

    /** Whether the text is UTF-8: no other byte order mark, and no other encoding declared. */
    static boolean utf8(byte[] text) {
        if (text.length >= 2 && (text[0] == (byte) 0xFE || text[0] == (byte) 0xFF)) {
            return false;
        }
        int start = text.length >= 3 && text[0] == (byte) 0xEF ? 3 : 0;
        if (!startsWith(text, start, "<?xml")) {
            return true;
        }
        int end = indexOf(text, "?>".getBytes(StandardCharsets.US_ASCII), start, text.length);
        if (end < 0) {
            return false;
        }
        String declaration = new String(text, start, end - start, StandardCharsets.US_ASCII);
        return !declaration.contains("encoding") || declaration.toLowerCase(Locale.ROOT).matches(
                "(?s).*encoding\\s*=\\s*[\"']utf-8[\"'].*");
    }

    /**
     * Whether the markup before {@code end} leaves exactly two elements open and no other construct
     * open. Attribute values cannot hold '<', so outside comments, CDATA and processing instructions
     * every '<' opens a tag.
     */
    private static boolean twoOpenAt(byte[] t, int end) {
        int depth = 0;
        int i = 0;
        while (i < end) {
            if (t[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(t, i, "<!--")) {
                i = after(t, "-->", i + 4, end);
            } else if (startsWith(t, i, "<![CDATA[")) {
                i = after(t, "]]>", i + 9, end);
            } else if (startsWith(t, i, "<?")) {
                i = after(t, "?>", i + 2, end);
            } else if (startsWith(t, i, "<!")) {
                return false;
            } else {
                int close = tagEnd(t, i + 1, end);
                if (close < 0) {
                    return false;
                }
                depth += t[i + 1] == '/' ? -1 : t[close - 1] == '/' ? 0 : 1;
                i = close + 1;
            }
            if (i < 0) {
                return false;
            }
        }
        return depth == 2;
    }

    /** The index of the '>' ending a tag that starts before {@code from} (quoted values skipped), or -1. */
    static int tagEnd(byte[] t, int from, int end) {
        byte quote = 0;
        for (int j = from; j < end; j++) {
            byte c = t[j];
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    private static int after(byte[] t, String terminator, int from, int end) {
        int at = indexOf(t, terminator.getBytes(StandardCharsets.US_ASCII), from, end);
        return at < 0 || at + terminator.length() > end ? -1 : at + terminator.length();
    }

    static boolean endsName(byte[] t, int at) {
        return at < t.length && (t[at] == ' ' || t[at] == '\t' || t[at] == '\r' || t[at] == '\n' || t[at] == '>'
                || t[at] == '/');
    }

    private static boolean startsWith(byte[] t, int at, String prefix) {
        if (at + prefix.length() > t.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (t[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] t, byte[] what, int from, int end) {
        for (int i = Math.max(from, 0); i + what.length <= end; i++) {
            if (t[i] == what[0] && startsWith(t, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] t, int at, byte[] what) {
        for (int k = 1; k < what.length; k++) {
            if (t[at + k] != what[k]) {
                return false;
            }
        }
        return true;
    }

    static int lastIndexOf(byte[] t, byte[] what) {
        for (int i = t.length - what.length; i >= 0; i--) {
            if (t[i] == what[0] && startsWith(t, i, what)) {
                return i;
            }
        }
        return -1;
    }
}
