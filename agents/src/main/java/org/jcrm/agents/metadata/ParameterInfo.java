package org.jcrm.agents.metadata;

/**
 * One parameter an agent declares in its meta-data: name, whether it is required or must be unique
 * across resources, its content type and default (null when none), and its descriptions.
 */
public record ParameterInfo(String name, boolean required, boolean unique, String type, String defaultValue,
                            String shortdesc, String longdesc, boolean deprecated) {
}
