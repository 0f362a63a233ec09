package org.jcrm.grammar.printer;

/**
 * What the rendering of one object may need to know: the layout asked for and facts about the
 * rest of the configuration.
 *
 * @param nodeCount the number of nodes in the configuration (fencing_topology prints its short
 *                  form only when every node has the same devices)
 * @param layout    the layout of the object being printed
 * @param obscured  names of attributes whose values print as {@code ******}
 */
record ShowContext(int nodeCount, Layout layout, ObscuredNames obscured) {
}
