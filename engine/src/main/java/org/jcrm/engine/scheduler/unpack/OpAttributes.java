package org.jcrm.engine.scheduler.unpack;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The attributes of one {@code lrm_rsc_op} the scheduler reads, taken in one pass over the element's
 * attributes (null when absent): a status section holds an operation per resource and node, so
 * looking each attribute up by name would cost a scan of the element's attributes per lookup.
 */
final class OpAttributes {
    String id;
    String operation;
    String interval;
    String rcCode;
    String opStatus;
    String transitionKey;
    String callId;
    String lastRcChange;
    String migrateSource;
    String migrateTarget;
    String opDigest;
    String featureSet;

    OpAttributes(Element op) {
        NamedNodeMap attributes = op.getAttributes();
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            Attr a = (Attr) attributes.item(i);
            String v = a.getValue();
            switch (a.getName()) {
                case "id" -> id = v;
                case "operation" -> operation = v;
                case "interval" -> interval = v;
                case "rc-code" -> rcCode = v;
                case "op-status" -> opStatus = v;
                case "transition-key" -> transitionKey = v;
                case "call-id" -> callId = v;
                case "last-rc-change" -> lastRcChange = v;
                case "migrate_source" -> migrateSource = v;
                case "migrate_target" -> migrateTarget = v;
                case "op-digest" -> opDigest = v;
                case "crm_feature_set" -> featureSet = v;
                default -> { }
            }
        }
    }
}
