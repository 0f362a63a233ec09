package org.jcrm.engine.scheduler.unpack;

import java.util.List;
import org.w3c.dom.Element;

/**
 * A location preference: either a fixed node and score, or rules (each with a score or a
 * score-attribute) evaluated per node. {@code role} limits it to a role (promotion scores).
 */
public record LocationConstraint(String id, Resource resource, String node, Integer score, List<Element> rules,
        Role role, String discovery) {
}
