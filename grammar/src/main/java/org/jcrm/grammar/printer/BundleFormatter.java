package org.jcrm.grammar.printer;

import java.util.Map;

/** {@code bundle ID} with docker, network, storage, primitive and meta parts. */
final class BundleFormatter implements ObjectFormatter {
    private static final Map<String, String> KEYWORDS = Map.of(
            "instance_attributes", "params",
            "meta_attributes", "meta",
            "docker", "docker",
            "network", "network",
            "storage", "storage",
            "primitive", "primitive",
            "meta", "meta");

    @Override
    public String head(XmlElement e, ShowContext context) {
        return "bundle " + e.attr("id");
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        String keyword = KEYWORDS.get(c.name());
        return keyword == null ? null : AttributeSetText.of(keyword, c, context);
    }
}
