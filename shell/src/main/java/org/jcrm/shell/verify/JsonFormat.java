package org.jcrm.shell.verify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.verify.Finding;

/**
 * One JSON document: {"files":[{"file", "valid", "errors", "warnings", "findings":[{severity, rule,
 * message, id, xpath, line, column}]}]}; line and column are null where unknown.
 */
final class JsonFormat implements FindingFormat {
    @Override
    public void print(List<VerifiedInput> results, PrintStream out) {
        List<String> files = new ArrayList<>();
        for (VerifiedInput input : results) {
            List<String> findings = new ArrayList<>();
            for (Finding f : input.report().findings()) {
                findings.add("{\"severity\":" + Json.str(f.severity().word()) + ",\"rule\":" + Json.str(f.rule())
                        + ",\"message\":" + Json.str(f.message()) + ",\"id\":" + Json.str(f.objectId())
                        + ",\"xpath\":" + Json.str(f.xpath())
                        + ",\"line\":" + (f.pos() == null ? "null" : f.pos().line())
                        + ",\"column\":" + (f.pos() == null ? "null" : f.pos().column()) + "}");
            }
            files.add("{\"file\":" + Json.str(input.name()) + ",\"valid\":" + !input.report().hasErrors()
                    + ",\"errors\":" + input.report().errorCount() + ",\"warnings\":" + input.report().warningCount()
                    + ",\"findings\":[" + String.join(",", findings) + "]}");
        }
        out.println("{\"files\":[" + String.join(",", files) + "]}");
    }
}
