package org.jcrm.engine.scheduler.status;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the content of a status section straight from UTF-8 XML text into a {@link StatusSection},
 * without building a DOM: a status section is most of a large CIB, and its DOM cost more than the
 * scheduling. Only the elements the scheduler reads become records, and of an operation only the
 * attributes it reads become strings. The markup is checked as it is read (tags nested and closed,
 * attributes quoted, entities known), but not every rule of XML is: a caller that finds the text
 * malformed ({@link MalformedStatus}) should let a full XML parser read it and word the error.
 */
public final class StatusScanner {
    /** Thrown when the text is not markup this scanner reads; says where. */
    public static final class MalformedStatus extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedStatus(String what, int offset) {
            super(what + " at byte " + offset);
        }
    }

    // what an element is to the scheduler, from its name and its parent's kind
    private static final int IGNORED = 0;
    private static final int STATUS = 1;
    private static final int NODE_STATE = 2;
    private static final int TICKETS = 3;
    private static final int TICKET_STATE = 4;
    private static final int TRANSIENT = 5;
    private static final int SET = 6;
    private static final int NVPAIR = 7;
    private static final int LRM = 8;
    private static final int LRM_RESOURCES = 9;
    private static final int LRM_RESOURCE = 10;
    private static final int OP = 11;

    private static final NameTable OP_NAMES = new NameTable(OpFields.NAMES);
    private static final NameTable RESOURCE_NAMES = new NameTable(new String[] {"id", "class", "provider", "type"});
    /** The bytes that end a name: blanks and the markup characters that may follow one. */
    private static final boolean[] NAME_END = new boolean[256];

    static {
        for (char c : " \t\n\r>/=<\"'".toCharArray()) {
            NAME_END[c] = true;
        }
    }

    private final byte[] t;
    private final int end;
    private int i;
    /** The open elements: their kinds and where their names are (to match end tags). */
    private int[] kinds = new int[16];
    private int[] nameStarts = new int[16];
    private int[] nameLengths = new int[16];
    private int depth;

    private List<Map<String, String>> tickets;
    private final List<NodeStateEntry> nodes = new ArrayList<>();
    // the node_state, set, resource and operation being read
    private NodeStateEntry node;
    private boolean nodeHasTransient;
    private boolean nodeHasLrm;
    private boolean lrmHasResources;
    private String nvName;
    private String nvValue;
    private final String[] resourceFields = new String[RESOURCE_NAMES.size()];
    private List<RecordedOp> ops;
    private final OpValues op = new OpValues();
    /** Recently read values of attributes that take few values (tasks, agents), to share their strings. */
    private final String[] shared = new String[64];
    private Map<String, String> attributes;

    private StatusScanner(byte[] text, int from, int to) {
        this.t = text;
        this.i = from;
        this.end = to;
    }

    /**
     * Reads the content of a status element, {@code text[from, to)}: the text between its start
     * and end tags, or any part of it that begins and ends between two of its children.
     */
    public static StatusSection scan(byte[] text, int from, int to) {
        StatusScanner s = new StatusScanner(text, from, to);
        s.run();
        return new StatusSection(s.tickets, s.nodes);
    }

    /** The sections of two consecutive parts of one status section, as one section. */
    public static StatusSection join(StatusSection first, StatusSection second) {
        List<NodeStateEntry> nodes = new ArrayList<>(first.nodes());
        nodes.addAll(second.nodes());
        return new StatusSection(first.tickets() != null ? first.tickets() : second.tickets(), nodes);
    }

    private void run() {
        while (true) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0) {
                break;
            }
            i = lt;
            if (at(i + 1) == '/') {
                endTag();
            } else if (at(i + 1) == '!') {
                if (startsWith(i, "<!--")) {
                    i = after("-->", i + 4);
                } else if (startsWith(i, "<![CDATA[")) {
                    i = after("]]>", i + 9);
                } else {
                    throw new MalformedStatus("unexpected markup declaration", i);
                }
            } else if (at(i + 1) == '?') {
                i = after("?>", i + 2);
            } else {
                startTag();
            }
        }
        if (depth != 0) {
            throw new MalformedStatus("element not closed", end);
        }
    }

    private void startTag() {
        int nameStart = i + 1;
        int nameEnd = nameEnd(nameStart);
        if (nameEnd == nameStart) {
            throw new MalformedStatus("tag without a name", i);
        }
        int kind = kindOf(depth == 0 ? STATUS : kinds[depth - 1], nameStart, nameEnd - nameStart);
        open(kind);
        i = nameEnd;
        boolean empty = attributes(kind);
        if (empty) {
            close(kind);
        } else {
            push(kind, nameStart, nameEnd - nameStart);
        }
    }

    /** Reads the attributes up to the tag's end; true when the tag closes itself. */
    private boolean attributes(int kind) {
        while (true) {
            int before = i;
            skipBlanks();
            byte c = at(i);
            if (c == '>') {
                i++;
                return false;
            }
            if (c == '/' && at(i + 1) == '>') {
                i += 2;
                return true;
            }
            if (i == before) {
                throw new MalformedStatus("attribute not separated by white space", i);
            }
            int nameStart = i;
            int nameEnd = nameEnd(nameStart);
            if (nameEnd == nameStart) {
                throw new MalformedStatus("malformed attribute", i);
            }
            i = nameEnd;
            skipBlanks();
            if (at(i) != '=') {
                throw new MalformedStatus("attribute without '='", i);
            }
            i++;
            skipBlanks();
            byte quote = at(i);
            if (quote != '"' && quote != '\'') {
                throw new MalformedStatus("attribute value not quoted", i);
            }
            int valueStart = i + 1;
            int valueEnd = valueStart;
            byte v;
            while (valueEnd < end && (v = t[valueEnd]) != quote) {
                if (v == '<') {
                    throw new MalformedStatus("'<' in an attribute value", valueEnd);
                }
                valueEnd++;
            }
            if (valueEnd == end) {
                throw new MalformedStatus("markup cut short", end);
            }
            i = valueEnd + 1;
            attribute(kind, nameStart, nameEnd - nameStart, valueStart, valueEnd);
        }
    }

    private void attribute(int kind, int nameStart, int nameLength, int valueStart, int valueEnd) {
        switch (kind) {
            case OP -> {
                int index = OP_NAMES.find(t, nameStart, nameLength);
                if (index < 0) {
                    check(valueStart, valueEnd);
                } else if ((op.seen & 1 << index) != 0) {
                    throw new MalformedStatus("attribute given twice", nameStart);
                } else {
                    op.seen |= 1 << index;
                    opAttribute(index, valueStart, valueEnd);
                }
            }
            case LRM_RESOURCE -> {
                int index = RESOURCE_NAMES.find(t, nameStart, nameLength);
                if (index < 0) {
                    check(valueStart, valueEnd);
                } else if (resourceFields[index] != null) {
                    throw new MalformedStatus("attribute given twice", nameStart);
                } else {
                    resourceFields[index] = index == 0 ? value(valueStart, valueEnd) : shared(valueStart, valueEnd);
                }
            }
            case NODE_STATE, TICKET_STATE, NVPAIR -> {
                String name = new String(t, nameStart, nameLength, StandardCharsets.UTF_8);
                if (attributes.putIfAbsent(name, value(valueStart, valueEnd)) != null) {
                    throw new MalformedStatus("attribute given twice", nameStart);
                }
            }
            default -> check(valueStart, valueEnd);
        }
    }

    /** Reads an operation's attribute: numbers are read straight from the text, without a string. */
    private void opAttribute(int index, int from, int to) {
        switch (index) {
            case OpFields.OPERATION -> op.task = shared(from, to);
            case OpFields.INTERVAL -> op.interval = number(from, to);
            case OpFields.RC_CODE -> op.rc = number(from, to);
            case OpFields.OP_STATUS -> op.status = number(from, to);
            case OpFields.TRANSITION_KEY -> op.keyRc = keyRc(from, to);
            case OpFields.CALL_ID -> op.callId = number(from, to);
            case OpFields.LAST_RC_CHANGE -> op.lastRcChange = number(from, to);
            case OpFields.OP_DIGEST -> op.digest = value(from, to);
            case OpFields.FEATURE_SET -> op.featureSet = shared(from, to);
            case OpFields.RESTART_DIGEST -> op.restartDigest = value(from, to);
            case OpFields.FORCE_RESTART -> op.forceRestart = value(from, to);
            case OpFields.SECURE_PARAMS -> op.secureParams = value(from, to);
            case OpFields.SECURE_DIGEST -> op.secureDigest = value(from, to);
            default -> throw new IllegalStateException("no operation field " + index);
        }
    }

    /** The operation being read. */
    private static final class OpValues {
        int seen;
        String task;
        long interval;
        long rc;
        long status;
        int keyRc;
        long callId;
        long lastRcChange;
        String digest;
        String featureSet;
        String restartDigest;
        String forceRestart;
        String secureParams;
        String secureDigest;

        void reset() {
            seen = 0;
            task = null;
            interval = 0;
            rc = 0;
            status = 0;
            keyRc = RecordedOp.NO_EXPECTED_RC;
            callId = 0;
            lastRcChange = 0;
            digest = null;
            featureSet = null;
            restartDigest = null;
            forceRestart = null;
            secureParams = null;
            secureDigest = null;
        }

        RecordedOp toOp() {
            return RecordedOp.of(task == null ? "" : task, interval, rc, status, keyRc, callId, lastRcChange, digest,
                    featureSet, restartDigest, forceRestart, secureParams, secureDigest);
        }
    }

    /** Starts the record an element of {@code kind} stands for. */
    private void open(int kind) {
        switch (kind) {
            case NODE_STATE, TICKET_STATE, NVPAIR -> attributes = new LinkedHashMap<>();
            case LRM_RESOURCE -> {
                Arrays.fill(resourceFields, null);
                ops = new ArrayList<>(2);
            }
            case OP -> op.reset();
            default -> { }
        }
    }

    /** Ends the record of an element of {@code kind}: its start tag has been read, and its content if any. */
    private void close(int kind) {
        switch (kind) {
            case NODE_STATE -> {
                if (node == null) {
                    node = newNode();
                }
                nodes.add(node);
                node = null;
            }
            case TICKET_STATE -> tickets.add(attributes);
            case NVPAIR -> {
                String name = attributes.get("name");
                String value = attributes.get("value");
                if (name != null) {
                    node.transientAttributes().putIfAbsent(name, value == null ? "" : value);
                }
            }
            case LRM_RESOURCE -> node.resources().add(new ResourceHistory(resourceFields[0], resourceFields[1],
                    resourceFields[2], resourceFields[3], ops));
            case OP -> ops.add(op.toOp());
            default -> { }
        }
    }

    private NodeStateEntry newNode() {
        return new NodeStateEntry(attributes, new LinkedHashMap<>(), new ArrayList<>());
    }

    /** What an element named {@code text[at, at + length)} is, inside an element of kind {@code parent}. */
    private int kindOf(int parent, int at, int length) {
        switch (parent) {
            case STATUS -> {
                if (named(at, length, "node_state")) {
                    nodeHasTransient = false;
                    nodeHasLrm = false;
                    return NODE_STATE;
                }
                if (named(at, length, "tickets") && tickets == null) {
                    tickets = new ArrayList<>();
                    return TICKETS;
                }
                return IGNORED;
            }
            case TICKETS -> {
                return named(at, length, "ticket_state") ? TICKET_STATE : IGNORED;
            }
            case NODE_STATE -> {
                if (named(at, length, "transient_attributes") && !nodeHasTransient) {
                    nodeHasTransient = true;
                    return TRANSIENT;
                }
                if (named(at, length, "lrm") && !nodeHasLrm) {
                    nodeHasLrm = true;
                    lrmHasResources = false;
                    return LRM;
                }
                return IGNORED;
            }
            case TRANSIENT -> {
                return named(at, length, "instance_attributes") ? SET : IGNORED;
            }
            case SET -> {
                return named(at, length, "nvpair") ? NVPAIR : IGNORED;
            }
            case LRM -> {
                if (named(at, length, "lrm_resources") && !lrmHasResources) {
                    lrmHasResources = true;
                    return LRM_RESOURCES;
                }
                return IGNORED;
            }
            case LRM_RESOURCES -> {
                return named(at, length, "lrm_resource") ? LRM_RESOURCE : IGNORED;
            }
            case LRM_RESOURCE -> {
                return named(at, length, "lrm_rsc_op") ? OP : IGNORED;
            }
            default -> {
                return IGNORED;
            }
        }
    }

    private void push(int kind, int nameStart, int nameLength) {
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            nameStarts = Arrays.copyOf(nameStarts, depth * 2);
            nameLengths = Arrays.copyOf(nameLengths, depth * 2);
        }
        if (kind == NODE_STATE) {
            // the node's record exists before its children add to it
            node = newNode();
        }
        kinds[depth] = kind;
        nameStarts[depth] = nameStart;
        nameLengths[depth] = nameLength;
        depth++;
    }

    private void endTag() {
        if (depth == 0) {
            throw new MalformedStatus("end tag without a start tag", i);
        }
        int nameStart = i + 2;
        int nameEnd = nameEnd(nameStart);
        int open = depth - 1;
        if (nameEnd - nameStart != nameLengths[open]
                || !Arrays.equals(t, nameStart, nameEnd, t, nameStarts[open], nameStarts[open] + nameLengths[open])) {
            throw new MalformedStatus("end tag does not match its start tag", i);
        }
        i = nameEnd;
        skipBlanks();
        if (at(i) != '>') {
            throw new MalformedStatus("malformed end tag", i);
        }
        i++;
        depth--;
        close(kinds[open]);
    }

    /** The attribute value {@code text[from, to)} with entities and references replaced and blanks normalised. */
    private String value(int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = t[k];
            if (c < ' ' || c == '&') {
                return decoded(from, to);
            }
        }
        // plain ASCII: one byte per character
        return new String(t, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** A value that is a number, as {@link RecordedOp#parseLong(String, long)} reads it (0 when malformed). */
    private long number(int from, int to) {
        int a = from;
        int b = to;
        while (a < b && blank(t[a])) {
            a++;
        }
        while (b > a && blank(t[b - 1])) {
            b--;
        }
        int k = a;
        boolean negative = k < b && t[k] == '-';
        if (k < b && (t[k] == '-' || t[k] == '+')) {
            k++;
        }
        if (k == b || b - k > 18) {
            return RecordedOp.parseLong(value(from, to), 0);
        }
        long v = 0;
        for (; k < b; k++) {
            byte c = t[k];
            if (c < '0' || c > '9') {
                // references, other digits, or no number at all: as the string would be read
                return RecordedOp.parseLong(value(from, to), 0);
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    /** The exit code a transition key expects, as {@link RecordedOp#expectedRc(String)} reads it. */
    private int keyRc(int from, int to) {
        int first = -1;
        int second = -1;
        for (int k = from; k < to; k++) {
            byte c = t[k];
            if (c < ' ' || c == '&') {
                return RecordedOp.expectedRc(value(from, to));
            }
            if (c == ':' && second < 0) {
                if (first < 0) {
                    first = k;
                } else {
                    second = k;
                }
            }
        }
        if (second < 0) {
            return RecordedOp.NO_EXPECTED_RC;
        }
        int third = second + 1;
        while (third < to && t[third] != ':') {
            third++;
        }
        for (int k = second + 1; k < to; k++) {
            if (t[k] != ':') {
                return (int) number(second + 1, third);
            }
        }
        return RecordedOp.NO_EXPECTED_RC;
    }

    /** A value of an attribute that takes few values: the string read last time when the text is the same. */
    private String shared(int from, int to) {
        int hash = to - from;
        for (int k = from; k < to; k++) {
            byte c = t[k];
            if (c < ' ' || c == '&') {
                return value(from, to);
            }
            hash = 31 * hash + c;
        }
        int slot = hash & (shared.length - 1);
        String s = shared[slot];
        if (s == null || !sameText(s, from, to)) {
            s = new String(t, from, to - from, StandardCharsets.ISO_8859_1);
            shared[slot] = s;
        }
        return s;
    }

    private boolean sameText(String s, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != t[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Checks an attribute value nobody reads: only one with references or other than ASCII needs decoding. */
    private void check(int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = t[k];
            if (c < ' ' || c == '&') {
                decoded(from, to);
                return;
            }
        }
    }

    private String decoded(int from, int to) {
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(t, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedStatus("text that is not UTF-8", from);
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '\r') {
                // a line end (CR LF or CR) is one blank in an attribute value
                out.append(' ');
                if (k + 1 < raw.length() && raw.charAt(k + 1) == '\n') {
                    k++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(' ');
            } else if (c == '&') {
                int semi = raw.indexOf(';', k);
                if (semi < 0) {
                    throw new MalformedStatus("unterminated reference in an attribute value", from);
                }
                out.append(reference(raw.substring(k + 1, semi), from));
                k = semi;
            } else if (c < ' ') {
                throw new MalformedStatus("control character in an attribute value", from);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String reference(String name, int offset) {
        switch (name) {
            case "lt" -> {
                return "<";
            }
            case "gt" -> {
                return ">";
            }
            case "amp" -> {
                return "&";
            }
            case "quot" -> {
                return "\"";
            }
            case "apos" -> {
                return "'";
            }
            default -> {
                if (name.startsWith("#")) {
                    try {
                        int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1));
                        if (Character.isValidCodePoint(code) && (code >= ' ' || code == '\t' || code == '\n' || code == '\r')) {
                            return Character.toString(code);
                        }
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw new MalformedStatus("unknown reference &" + name + ";", offset);
            }
        }
    }

    private int nameEnd(int from) {
        int k = from;
        while (k < end && !NAME_END[t[k] & 0xFF]) {
            k++;
        }
        return k;
    }

    private void skipBlanks() {
        while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
            i++;
        }
    }

    /** The byte at {@code k}; reading past the end means the markup was cut short. */
    private byte at(int k) {
        if (k >= end) {
            throw new MalformedStatus("markup cut short", end);
        }
        return t[k];
    }

    private int indexOf(byte b, int from) {
        for (int k = from; k < end; k++) {
            if (t[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private int after(String terminator, int from) {
        for (int k = from; k + terminator.length() <= end; k++) {
            if (startsWith(k, terminator)) {
                return k + terminator.length();
            }
        }
        throw new MalformedStatus("unterminated " + terminator, from);
    }

    private boolean startsWith(int at, String prefix) {
        if (at + prefix.length() > end) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (t[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean named(int at, int length, String name) {
        return length == name.length() && startsWith(at, name);
    }

    /** A few ASCII names, found by the bytes of a name in the text without making a string of them. */
    private static final class NameTable {
        private final byte[][] names;
        /** Open addressing: a slot holds a name's index plus one, or 0. */
        private final int[] slots = new int[64];

        NameTable(String[] names) {
            this.names = new byte[names.length][];
            for (int n = 0; n < names.length; n++) {
                byte[] name = names[n].getBytes(StandardCharsets.US_ASCII);
                this.names[n] = name;
                int k = hash(name, 0, name.length) & (slots.length - 1);
                while (slots[k] != 0) {
                    k = (k + 1) & (slots.length - 1);
                }
                slots[k] = n + 1;
            }
        }

        int size() {
            return names.length;
        }

        /** The index of the name {@code t[at, at + length)}, or -1. */
        int find(byte[] t, int at, int length) {
            for (int k = hash(t, at, length) & (slots.length - 1);; k = (k + 1) & (slots.length - 1)) {
                int slot = slots[k];
                if (slot == 0) {
                    return -1;
                }
                byte[] name = names[slot - 1];
                if (name.length == length && Arrays.equals(t, at, at + length, name, 0, length)) {
                    return slot - 1;
                }
            }
        }

        private static int hash(byte[] t, int at, int length) {
            return length == 0 ? 0 : length * 31 + t[at] * 7 + t[at + length - 1] * 3 + t[at + length / 2];
        }
    }
}
