package org.jcrm.agents.lsb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code ### BEGIN INIT INFO} block of an init script (Short-Description, Description), turned
 * into meta-data for {@code ra info}, the way the cluster describes scripts that have no meta-data.
 */
record LsbHeader(String shortDescription, String description) {

    static LsbHeader read(Path script) {
        List<String> lines;
        try {
            lines = Files.readAllLines(script, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return new LsbHeader("", "");
        }
        String shortDesc = "";
        StringBuilder desc = new StringBuilder();
        boolean inBlock = false;
        boolean inDescription = false;
        for (String line : lines) {
            if (line.startsWith("### BEGIN INIT INFO")) {
                inBlock = true;
            } else if (line.startsWith("### END INIT INFO")) {
                break;
            } else if (inBlock && line.startsWith("# Short-Description:")) {
                shortDesc = line.substring("# Short-Description:".length()).strip();
                inDescription = false;
            } else if (inBlock && line.startsWith("# Description:")) {
                desc.append(line.substring("# Description:".length()).strip());
                inDescription = true;
            } else if (inBlock && inDescription && (line.startsWith("#\t") || line.startsWith("#  "))) {
                desc.append(' ').append(line.substring(1).strip());
            } else {
                inDescription = false;
            }
        }
        return new LsbHeader(shortDesc, desc.toString());
    }

    String toMetadataXml(String name) {
        String shortText = shortDescription.isEmpty() ? name : shortDescription;
        String longText = description.isEmpty() ? "LSB init script " + name : description;
        return "<?xml version=\"1.0\"?>\n"
                + "<resource-agent name=\"" + esc(name) + "\" version=\"0.1\">\n"
                + "  <version>1.1</version>\n"
                + "  <longdesc lang=\"en\">" + esc(longText) + "</longdesc>\n"
                + "  <shortdesc lang=\"en\">" + esc(shortText) + "</shortdesc>\n"
                + "  <parameters/>\n"
                + "  <actions>\n"
                + "    <action name=\"start\" timeout=\"15s\"/>\n"
                + "    <action name=\"stop\" timeout=\"15s\"/>\n"
                + "    <action name=\"status\" timeout=\"15s\"/>\n"
                + "    <action name=\"restart\" timeout=\"15s\"/>\n"
                + "    <action name=\"force-reload\" timeout=\"15s\"/>\n"
                + "    <action name=\"monitor\" timeout=\"15s\" interval=\"15s\"/>\n"
                + "    <action name=\"meta-data\" timeout=\"5s\"/>\n"
                + "  </actions>\n"
                + "</resource-agent>\n";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
