package org.jcrm.agents.metadata;

/**
 * One action an agent advertises, with the timeout, interval, depth and role it advises (null when
 * the meta-data does not say), as written in the meta-data (e.g. "20s").
 */
public record ActionInfo(String name, String timeout, String interval, String depth, String role) {
}
