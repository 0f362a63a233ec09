package org.jcrm.shell.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.verify.AgentCatalog;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.CibXmlReader;
import org.jcrm.engine.verify.Finding;
import org.jcrm.engine.verify.Severity;
import org.jcrm.engine.verify.SourceMap;
import org.jcrm.engine.verify.SourcePos;
import org.jcrm.engine.verify.Verifier;
import org.jcrm.engine.verify.VerifyReport;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.NodeDef;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.NvSet;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.ast.OpDefaultsDef;
import org.jcrm.grammar.ast.PropertyDef;
import org.jcrm.grammar.ast.RscDefaultsDef;
import org.jcrm.grammar.mapper.CibMapper;
import org.jcrm.grammar.mapper.CibMappingException;
import org.jcrm.grammar.mapper.ProviderResolver;
import org.jcrm.grammar.parse.CrmSyntaxException;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Element;

/**
 * Turns a crm text file into what the verifier reads: the CIB crmsh would write for it, and the line
 * and column of each object so findings point into the file. A file that does not parse or map is
 * rejected with one error finding at the offending position: a configuration that cannot be read is a
 * configuration error like any other.
 */
final class CrmTextInput {
    /** The position prefix the parser and mapper put on their messages: SOURCE:LINE:COLUMN: error: . */
    private static final Pattern POSITIONED = Pattern.compile("(?s)(.*):(\\d+):(\\d+): error: (.*)");
    private static final Pattern EMPTY_STATUS = Pattern.compile("\\s*<status\\s*/>");
    private final CibMapper mapper;

    CrmTextInput(Path ocfResourceDir) {
        this.mapper = new CibMapper(ProviderResolver.installedUnder(ocfResourceDir));
    }

    /** A crm text file as the verifier reads it: its CIB (parsed and as XML text) and each object's position by id. */
    record Converted(CibDocument cib, String xml, SourceMap sources, List<Finding> scriptFindings) {
    }

    /** A verified crm text file: its report and the CIB XML it became (null when it was rejected). */
    record Checked(VerifyReport report, String xml) {
    }

    /**
     * Verifies crm text: the script's own findings, then the verifier's on the CIB it maps to; a text
     * that does not parse or map has its rejection as its only finding.
     */
    Checked check(String text, String name, Verifier verifier, AgentCatalog agents) {
        Converted converted;
        try {
            converted = convert(text, name);
        } catch (Rejected e) {
            return new Checked(new VerifyReport(List.of(e.finding())), null);
        }
        List<Finding> findings = new ArrayList<>(converted.scriptFindings());
        findings.addAll(verifier.verify(converted.cib(), agents, converted.sources()).findings());
        return new Checked(new VerifyReport(findings), converted.xml());
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

    /** The CIB and positions of crm text, or its rejection when it does not parse or map. */
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
            String id = object instanceof NodeDef node && node.id() == null ? node.uname() : object.id();
            if (id != null) {
                sources.put(id, position(object.pos()));
            }
        }
        try {
            // crm text describes configuration only: no status section, rather than an empty one that
            // would say no node has ever been seen
            String xml = EMPTY_STATUS.matcher(CibXml.toXml(cib)).replaceFirst("");
            CibDocument document = CibXmlReader.parse(xml, name);
            locateOptions(script, document, sources);
            return new Converted(document, xml, sources, CrmScriptCheck.check(script));
        } catch (IOException e) {
            throw new CliException(ExitCode.SOFTWARE, name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Positions for cluster options and defaults, which crm text writes without ids: each nvpair of
     * those sections is placed at the name=value that set it, and each set at its first line.
     */
    private static void locateOptions(ConfigScript script, CibDocument cib, SourceMap sources) {
        for (ObjectDef object : script.objects()) {
            String section = object instanceof PropertyDef ? "crm_config" : object instanceof RscDefaultsDef
                    ? "rsc_defaults" : object instanceof OpDefaultsDef ? "op_defaults" : null;
            if (section == null) {
                continue;
            }
            NvSet set = object instanceof PropertyDef p ? p.set() : object instanceof RscDefaultsDef r ? r.set()
                    : ((OpDefaultsDef) object).set();
            for (Element cibSet : CibDocument.children(cib.section(section), null)) {
                sources.put(cibSet.getAttribute("id"), position(object.pos()));
                for (NvPair pair : set.pairs()) {
                    for (Element nv : CibDocument.children(cibSet, "nvpair")) {
                        if (nv.getAttribute("name").equals(pair.name())) {
                            sources.put(nv.getAttribute("id"), position(pair.pos() == null ? object.pos() : pair.pos()));
                        }
                    }
                }
            }
        }
    }

    private static SourcePos position(org.jcrm.grammar.ast.SourcePos pos) {
        return new SourcePos(pos.line(), pos.column());
    }

    private static Finding rejection(String rule, String message, int line, int column) {
        return new Finding(Severity.ERROR, rule, message, null, "/", new SourcePos(Math.max(1, line), Math.max(1, column)));
    }
}
