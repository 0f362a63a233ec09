package org.jcrm.engine.scheduler.status;

import java.util.List;

/**
 * One resource's operation history on one node ({@code lrm_resource}): its id and agent (null where
 * not recorded) and its operations in document order (a list that edits may append to).
 */
public record ResourceHistory(String id, String agentClass, String provider, String type, List<RecordedOp> ops) {
}
