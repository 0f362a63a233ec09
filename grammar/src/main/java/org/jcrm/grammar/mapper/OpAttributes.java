package org.jcrm.grammar.mapper;

import javax.xml.namespace.QName;
import org.jcrm.engine.cib.Op;

/** Sets an op attribute by its XML name; names the model lacks stay as plain XML attributes. */
final class OpAttributes {
    private OpAttributes() {
    }

    static void set(Op op, String name, String value) {
        switch (name) {
            case "id" -> op.setId(value);
            case "name" -> op.setName(value);
            case "interval" -> op.setInterval(value);
            case "description" -> op.setDescription(value);
            case "start-delay" -> op.setStartDelay(value);
            case "interval-origin" -> op.setIntervalOrigin(value);
            case "timeout" -> op.setTimeout(value);
            case "enabled" -> op.setEnabled(value);
            case "record-pending" -> op.setRecordPending(value);
            case "role" -> op.setRole(value);
            case "requires" -> op.setRequires(value);
            case "on-fail" -> op.setOnFail(value);
            default -> op.getOtherAttributes().put(new QName(name), value);
        }
    }
}
