package org.jcrm.grammar.printer;

/** The Pacemaker schema a CIB declares ({@code validate-with="pacemaker-X.Y"}). */
final class SchemaVersion {
    private SchemaVersion() {
    }

    /**
     * True when {@code root} is a {@code <cib>} validated with a pacemaker schema older than 3.7,
     * the first to know the Promoted and Unpromoted role names.
     */
    static boolean predatesPromotedRole(XmlElement root) {
        if (!root.name().equals("cib")) {
            return false;
        }
        String schema = root.attr("validate-with");
        if (schema == null || !schema.startsWith("pacemaker-")) {
            return false;
        }
        String[] parts = schema.substring("pacemaker-".length()).split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 3 || (major == 3 && minor < 7);
        } catch (NumberFormatException e) {
            return false; // pacemaker-next and the like are the newest schemas
        }
    }
}
