package org.jcrm.shell.verify;

import java.io.IOException;
import java.nio.file.Path;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.CibXmlReader;
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
 * and column of each object so findings point into the file. A file that does not parse fails here
 * with its position, as a syntax error is the first thing verify reports.
 */
final class CrmTextInput {
    private final CibMapper mapper;

    CrmTextInput(Path ocfResourceDir) {
        this.mapper = new CibMapper(ProviderResolver.installedUnder(ocfResourceDir));
    }

    record Converted(CibDocument cib, SourceMap sources) {
    }

    Converted convert(String text, String name) {
        ConfigScript script;
        Cib cib;
        try {
            script = new CrmText().parse(text, name);
            cib = mapper.toCib(script);
        } catch (CrmSyntaxException | CibMappingException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage());
        }
        SourceMap sources = SourceMap.empty();
        for (ObjectDef object : script.objects()) {
            if (object.id() != null) {
                sources.put(object.id(), new SourcePos(object.pos().line(), object.pos().column()));
            }
        }
        try {
            return new Converted(CibXmlReader.parse(CibXml.toXml(cib), name), sources);
        } catch (IOException e) {
            throw new CliException(ExitCode.SOFTWARE, name + ": " + e.getMessage(), e);
        }
    }
}
