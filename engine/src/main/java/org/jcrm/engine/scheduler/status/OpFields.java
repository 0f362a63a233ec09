package org.jcrm.engine.scheduler.status;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The raw attribute values of one {@code lrm_rsc_op} that the scheduler reads (null when absent),
 * filled by whoever reads the status: from a DOM element, while scanning the XML text, or by an edit.
 */
public final class OpFields {
    /** The attribute names read; a field's number is its index here. */
    static final String[] NAMES = {"operation", "interval", "rc-code", "op-status", "transition-key", "call-id",
        "last-rc-change", "op-digest", "crm_feature_set", "op-restart-digest", "op-force-restart", "op-secure-params",
        "op-secure-digest"};
    static final int OPERATION = 0;
    static final int INTERVAL = 1;
    static final int RC_CODE = 2;
    static final int OP_STATUS = 3;
    static final int TRANSITION_KEY = 4;
    static final int CALL_ID = 5;
    static final int LAST_RC_CHANGE = 6;
    static final int OP_DIGEST = 7;
    static final int FEATURE_SET = 8;
    static final int RESTART_DIGEST = 9;
    static final int FORCE_RESTART = 10;
    static final int SECURE_PARAMS = 11;
    static final int SECURE_DIGEST = 12;

    private final String[] values = new String[NAMES.length];

    /** The fields of an {@code lrm_rsc_op} element, taken in one pass over its attributes. */
    public static OpFields of(Element op) {
        OpFields f = new OpFields();
        NamedNodeMap attributes = op.getAttributes();
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            Attr a = (Attr) attributes.item(i);
            f.put(a.getName(), a.getValue());
        }
        return f;
    }

    /** Sets attribute {@code name} when it is one the scheduler reads (others are ignored). */
    public OpFields put(String name, String value) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                values[i] = value;
            }
        }
        return this;
    }

    String get(int index) {
        return values[index];
    }
}
