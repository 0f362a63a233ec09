package org.jcrm.shell.configure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.mapper.CibMapper;
import org.jcrm.grammar.mapper.CibMappingException;
import org.jcrm.grammar.mapper.ProviderResolver;
import org.jcrm.grammar.parse.CrmSyntaxException;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.grammar.parse.StatementStream;
import org.jcrm.grammar.printer.CrmPrinter;
import org.jcrm.grammar.printer.NoSuchObjectException;
import org.jcrm.grammar.printer.XmlElementReader;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@link ConfigText} over the crm grammar: {@link CrmText} parses, {@link CibMapper} maps onto the CIB
 * as crmsh writes it, {@link CrmPrinter} prints crmsh's show layout. Parse and mapping errors become
 * one-line messages with file, line and column.
 */
public final class CrmConfigText implements ConfigText {
    private final CrmText parser = new CrmText();
    private final CibMapper mapper;
    private final CrmPrinter printer = new CrmPrinter();

    /** Resolves agents without a provider against the OCF agents installed under {@code ocfResourceDir}. */
    public CrmConfigText(Path ocfResourceDir) {
        this.mapper = new CibMapper(ProviderResolver.installedUnder(ocfResourceDir));
    }

    @Override
    public void apply(Cib target, String text, String source, boolean replace) {
        map(target, parse(text, source), replace);
    }

    /**
     * Parses on another thread (another core, when there is one) while the edit maps each statement
     * as it comes, so that the whole AST is never kept. Any error, or an id the mapping generated
     * before the script wrote it, throws {@link EditAgain}: {@link #apply} then gives the exact
     * result or error.
     */
    @Override
    public Consumer<Cib> prepare(String text, String source, boolean replace) {
        StatementStream statements = StatementStream.start(parser, text, source);
        return target -> {
            try (statements) {
                Cib into = replace ? Cib.empty() : target;
                CibMapper.ObjectStream objects = mapper.stream(into);
                for (ObjectDef object = statements.next(); object != null; object = statements.next()) {
                    objects.add(object);
                }
                if (!statements.parsedWhole() || !objects.finish()) {
                    throw new EditAgain("the text does not map statement by statement");
                }
                if (replace) {
                    target.setConfiguration(into.getConfiguration());
                }
            } catch (RuntimeException e) {
                // a mapping error, or one the parse would report first: the plain way tells which
                throw new EditAgain(e.getMessage());
            }
        };
    }

    private ConfigScript parse(String text, String source) {
        try {
            return parser.parse(text, source);
        } catch (CrmSyntaxException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage());
        }
    }

    private void map(Cib target, ConfigScript script, boolean replace) {
        try {
            if (replace) {
                target.setConfiguration(mapper.toCib(script).getConfiguration());
            } else {
                mapper.update(target, script);
            }
        } catch (CibMappingException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage());
        }
    }

    @Override
    public List<String> ids(String text, String source) {
        try {
            return parser.parse(text, source).objects().stream().map(ObjectDef::id).filter(Objects::nonNull).toList();
        } catch (CrmSyntaxException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage());
        }
    }

    @Override
    public String show(Cib cib) {
        return printer.print(cib);
    }

    @Override
    public String showXmlText(String cibXml, List<String> specs) {
        try {
            return specs.isEmpty() ? printer.printXml(cibXml, "cib")
                    : printer.print(XmlElementReader.parse(cibXml, "cib"), specs);
        } catch (NoSuchObjectException e) {
            throw WorkingCib.noSuchObject(e.id());
        }
    }

    @Override
    public String show(Cib cib, List<String> ids) {
        try {
            return printer.print(cib, ids);
        } catch (NoSuchObjectException e) {
            throw WorkingCib.noSuchObject(e.id());
        }
    }
}
