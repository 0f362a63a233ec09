package org.jcrm.shell.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.CibXmlReader;
import org.jcrm.engine.verify.Finding;
import org.jcrm.engine.verify.Severity;
import org.jcrm.engine.verify.SourceMap;
import org.jcrm.engine.verify.SourcePos;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.mapper.CibMapper;
import org.jcrm.grammar.mapper.CibMappingException;
import org.jcrm.grammar.mapper.ProviderResolver;
import org.jcrm.grammar.parse.CrmSyntaxException;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * Turns a crm text file into what the verifier reads: the CIB crmsh would write for it, and the line
 * and column of each object so findings point into the file. A file that does not parse or map is
 * rejected with one error finding at the offending position: a configuration that cannot be read is a
 * configuration error like any other.
 */
final class CrmTextInput {
    /** The position prefix the parser and mapper put on their messages: SOURCE:LINE:COLUMN: error: . */
    private static final Pattern POSITIONED = Pattern.compile("(?s)(.*):(\\d+):(\\d+): error: (.*)");
    private final CibMapper mapper;

    CrmTextInput(Path ocfResourceDir) {
        this.mapper = new CibMapper(ProviderResolver.installedUnder(ocfResourceDir));
    }

    /** A crm text file as the verifier reads it: its CIB (parsed and as XML text) and each object's position by id. */
    record Converted(CibDocument cib, String xml, SourceMap sources) {
    }

    /** A crm text file that could not be turned into a CIB, with the error that stopped it. */
    static final class Rejected extends Exception {
        private final transient Finding finding;

        Rejected(Finding finding) {
            super(finding.message());
            this.finding = finding;
        }

        Finding finding() {
            return finding;
        }
    }

    Converted convert(String text, String name) throws Rejected {
        ConfigScript script;
        Cib cib;
        try {
            script = new CrmText().parse(text, name);
        } catch (CrmSyntaxException e) {
            throw new Rejected(rejection("syntax", e.reason(), e.line(), e.column()));
        }
        try {
            cib = mapper.toCib(script);
        } catch (CibMappingException e) {
            Matcher m = POSITIONED.matcher(e.getMessage());
            if (!m.matches()) {
                throw new Rejected(rejection("mapping", e.getMessage(), 1, 1));
            }
            throw new Rejected(rejection("mapping", m.group(4), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        SourceMap sources = SourceMap.empty();
        for (ObjectDef object : script.objects()) {
            if (object.id() != null) {
                sources.put(object.id(), new SourcePos(object.pos().line(), object.pos().column()));
            }
        }
        try {
            String xml = CibXml.toXml(cib);
            return new Converted(CibXmlReader.parse(xml, name), xml, sources);
        } catch (IOException e) {
            throw new CliException(ExitCode.SOFTWARE, name + ": " + e.getMessage(), e);
        }
    }

    private static Finding rejection(String rule, String message, int line, int column) {
        return new Finding(Severity.ERROR, rule, message, null, "/", new SourcePos(Math.max(1, line), Math.max(1, column)));
    }
}
