package org.jcrm.grammar.printer;

import java.util.Set;

/**
 * What the rendering of one object may need to know: the layout asked for and facts about the
 * rest of the configuration.
 *
 * @param nodeUnames      the unames of the configuration's nodes (fencing_topology prints its
 *                        short form only when every node has the same devices)
 * @param layout          the layout of the object being printed
 * @param obscured        names of attributes whose values print as {@code ******}
 * @param legacyRoleNames true when the CIB's schema predates Promoted/Unpromoted (before
 *                        pacemaker-3.7): crm text read back there turns those roles into
 *                        Master/Slave, so objects using them cannot be shown as crm text
 */
record ShowContext(Set<String> nodeUnames, Layout layout, ObscuredNames obscured, boolean legacyRoleNames) {
}
