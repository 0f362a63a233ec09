package org.jcrm.engine.cib;

import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates CIB documents against Pacemaker's RelaxNG schemas ({@code pacemaker-X.Y.rng} in a schema
 * directory, normally {@value #SYSTEM_SCHEMA_DIR}), choosing the schema from the document's
 * validate-with. Compiled schemas are cached per name; instances are thread-safe.
 */
public final class CibSchema {
    /** Where Debian's pacemaker packages install the schemas. */
    public static final String SYSTEM_SCHEMA_DIR = "/usr/share/pacemaker";

    private static final Pattern SCHEMA_NAME = Pattern.compile("pacemaker-(\\d+\\.\\d+|next)");

    private final Path directory;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** A validator using the schemas in the given directory. */
    public CibSchema(Path directory) {
        this.directory = directory;
    }

    /** A validator using the system's installed Pacemaker schemas. */
    public static CibSchema system() {
        return new CibSchema(Path.of(SYSTEM_SCHEMA_DIR));
    }

    /** The schema directory. */
    public Path directory() {
        return directory;
    }

    /** True when the schema directory exists. */
    public boolean available() {
        return Files.isDirectory(directory);
    }

    /** True when the schema named (e.g. {@code pacemaker-3.7}) exists in the directory. */
    public boolean hasSchema(String schemaName) {
        return schemaName != null && SCHEMA_NAME.matcher(schemaName).matches()
                && Files.isRegularFile(schemaFile(schemaName));
    }

    /** Checks a model CIB against the schema its validate-with names. */
    public SchemaCheck validate(Cib cib) {
        return validate(CibXml.toXml(cib), "cib");
    }

    /** Checks a CIB document (XML text) against the schema its validate-with names. */
    public SchemaCheck validate(String xml, String sourceName) {
        String schemaName = validateWith(xml, sourceName);
        return validate(xml, sourceName, schemaName);
    }

    /** Checks a CIB document (XML text) against a schema given by name, e.g. {@code pacemaker-3.9}. */
    public SchemaCheck validate(String xml, String sourceName, String schemaName) {
        if (schemaName == null || schemaName.isEmpty() || "none".equals(schemaName)) {
            return new SchemaCheck(SchemaCheck.Outcome.NOT_REQUESTED, schemaName, List.of(),
                    sourceName + ": validate-with asks for no schema validation");
        }
        if (!available()) {
            return new SchemaCheck(SchemaCheck.Outcome.SCHEMA_DIR_ABSENT, schemaName, List.of(),
                    "schema directory " + directory + " is absent: Pacemaker's RelaxNG schemas are not installed");
        }
        if (!hasSchema(schemaName)) {
            return new SchemaCheck(SchemaCheck.Outcome.SCHEMA_MISSING, schemaName, List.of(),
                    "no schema " + schemaName + " in " + directory);
        }
        Schema schema = compiled.computeIfAbsent(schemaName, this::compile);
        List<SchemaFinding> findings = new ArrayList<>();
        ErrorHandler collector = new FindingCollector(findings);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector);
        Validator validator = schema.createValidator(properties.toPropertyMap());
        XMLReader reader = CibXml.secureReader();
        reader.setContentHandler(validator.getContentHandler());
        reader.setErrorHandler(collector);
        try {
            reader.parse(source(xml, sourceName));
        } catch (SAXException e) {
            findings.add(finding(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SchemaCheck(findings.isEmpty() ? SchemaCheck.Outcome.VALID : SchemaCheck.Outcome.INVALID,
                schemaName, findings, findings.isEmpty() ? "valid against " + schemaName
                        : findings.size() + " violation(s) of " + schemaName);
    }

    private Path schemaFile(String schemaName) {
        return directory.resolve(schemaName + ".rng");
    }

    private Schema compile(String schemaName) {
        Path file = schemaFile(schemaName);
        PropertyMap properties = PropertyMap.EMPTY;
        try {
            return SAXSchemaReader.getInstance().createSchema(ValidationDriver.fileInputSource(file.toFile()),
                    properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file + ": " + e.getMessage(), e);
        } catch (SAXException | IncorrectSchemaException e) {
            throw new IllegalStateException("schema " + file + " does not compile: " + e.getMessage(), e);
        }
    }

    /** The validate-with attribute of the document's root element, or null when it has none. */
    static String validateWith(String xml, String sourceName) {
        String[] found = new String[1];
        XMLReader reader = CibXml.secureReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                found[0] = attributes.getValue("validate-with");
                throw new RootSeen();
            }
        });
        try {
            reader.parse(source(xml, sourceName));
        } catch (RootSeen seen) {
            return found[0];
        } catch (SAXParseException e) {
            throw new CibFormatException(sourceName, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
        } catch (SAXException e) {
            throw new CibFormatException(sourceName, -1, -1, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new CibFormatException(sourceName, -1, -1, "no root element", null);
    }

    private static InputSource source(String xml, String sourceName) {
        InputSource source = new InputSource(new StringReader(xml));
        source.setSystemId(sourceName);
        return source;
    }

    private static SchemaFinding finding(SAXException e) {
        if (e instanceof SAXParseException parse) {
            return new SchemaFinding(parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
        }
        return new SchemaFinding(-1, -1, e.getMessage());
    }

    /** Ends the validate-with scan at the root element. */
    private static final class RootSeen extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects errors instead of stopping at the first. */
    private static final class FindingCollector implements ErrorHandler {
        private final List<SchemaFinding> findings;

        FindingCollector(List<SchemaFinding> findings) {
            this.findings = findings;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            findings.add(finding(e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
