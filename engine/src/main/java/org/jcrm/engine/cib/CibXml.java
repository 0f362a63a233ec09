package org.jcrm.engine.cib;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes CIB XML with the model classes of this package. One JAXBContext is shared (built
 * on first use); parsing refuses DTDs and external entities and keeps comments as
 * {@link XmlComment}s. Output is pretty-printed with a two-space indent and no XML declaration,
 * like {@code cibadmin}. All read methods throw
 * {@link CibFormatException} naming source, line and column for bad input.
 */
public final class CibXml {
    private static final Class<?>[] MODEL_CLASSES = {
            Cib.class,
            Configuration.class,
            CrmConfig.class,
            ClusterPropertySet.class,
            InstanceAttributes.class,
            MetaAttributes.class,
            Utilization.class,
            Nvpair.class,
            Nodes.class,
            Node.class,
            Resources.class,
            Primitive.class,
            Template.class,
            Group.class,
            Clone.class,
            Master.class,
            Bundle.class,
            Docker.class,
            Rkt.class,
            Podman.class,
            BundleNetwork.class,
            PortMapping.class,
            BundleStorage.class,
            StorageMapping.class,
            Operations.class,
            Op.class,
            Constraints.class,
            RscLocation.class,
            Rule.class,
            Expression.class,
            DateExpression.class,
            DateSpec.class,
            Duration.class,
            RscExpression.class,
            OpExpression.class,
            RscColocation.class,
            RscOrder.class,
            RscTicket.class,
            ResourceSet.class,
            ResourceRef.class,
            RscDefaults.class,
            OpDefaults.class,
            FencingTopology.class,
            FencingLevel.class,
            Tags.class,
            Tag.class,
            ObjRef.class,
            Acls.class,
            AclTarget.class,
            AclGroup.class,
            AclRole.class,
            AclPermission.class,
            AclLegacyRole.class,
            AclUser.class,
            Alerts.class,
            Alert.class,
            AlertSelect.class,
            AlertSelectNodes.class,
            AlertSelectFencing.class,
            AlertSelectResources.class,
            AlertSelectAttributes.class,
            AlertAttribute.class,
            AlertRecipient.class,
            Status.class,
            NodeState.class,
            Lrm.class,
            LrmResources.class,
            LrmResource.class,
            LrmRscOp.class,
            TransientAttributes.class,
            Tickets.class,
            TicketState.class,
            XmlComment.class
    };

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private CibXml() {
    }

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(MODEL_CLASSES);
            } catch (JAXBException e) {
                throw new IllegalStateException("the CIB model does not bind: " + e, e);
            }
        }
    }

    /** The shared JAXBContext of the CIB model (created on first use). */
    public static JAXBContext context() {
        return Holder.CONTEXT;
    }

    /** Reads a whole CIB document from a file. */
    public static Cib read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a whole CIB document from a stream; sourceName names it in error messages. */
    public static Cib read(InputStream in, String sourceName) {
        return expect(Cib.class, unmarshal(new InputSource(in), sourceName), sourceName);
    }

    /** Parses a whole CIB document from a string; sourceName names it in error messages. */
    public static Cib parse(String xml, String sourceName) {
        return parseElement(xml, sourceName, Cib.class);
    }

    /**
     * Parses one element of the given model class (e.g. a {@code <primitive>}) from a string.
     * Throws {@link CibFormatException} when the root element is of another kind.
     */
    public static <T extends CibElement> T parseElement(String xml, String sourceName, Class<T> type) {
        return expect(type, unmarshal(new InputSource(new StringReader(xml)), sourceName), sourceName);
    }

    /**
     * Writes a whole CIB (or any model element) to a stream as UTF-8 the way {@code cibadmin} prints
     * it: two-space indent, no XML declaration, comments kept, ending with a newline.
     */
    public static void write(CibElement element, OutputStream out) {
        write(element, new BlockWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private static void write(CibElement element, Writer writer) {
        try {
            marshaller().marshal(element, new PrettyXmlWriter(writer));
            writer.flush();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + describe(element) + ": " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + describe(element) + ": " + e.getMessage(), e);
        }
    }

    /** A DOM tree of a CIB (or any part) as XML text, without an XML declaration. */
    public static String toXml(Document doc) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write CIB: " + e.getMessage(), e);
        }
    }

    /** The XML text of a whole CIB, as {@link #write(CibElement, OutputStream)} writes it. */
    public static String toXml(Cib cib) {
        return elementToXml(cib);
    }

    /** The XML text of any model element (a fragment such as a {@code <primitive>}). */
    public static String elementToXml(CibElement element) {
        // Straight into characters: no encoding to UTF-8 and back, no lock per write.
        TextWriter out = new TextWriter();
        write(element, out);
        return out.toString();
    }

    /**
     * The XML text of a whole CIB and the DOM a parser would read from it, both from one pass over
     * the model: the DOM holds no indentation text, and nothing is parsed.
     */
    public static RenderedCib render(Cib cib) {
        TextWriter out = new TextWriter();
        DomBuilder dom = new DomBuilder();
        try {
            marshaller().marshal(cib, new SaxTee(new PrettyXmlWriter(out), dom));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + describe(cib) + ": " + e, e);
        }
        return new RenderedCib(out.toString(), dom.document());
    }

    /**
     * True when {@link #elementToXml(CibElement)} of {@code element} would equal {@code xml}. Writing
     * stops at the first character that differs, so telling a changed large configuration from its
     * original costs next to nothing; only an unchanged one is written out in full.
     */
    public static boolean hasXml(CibElement element, String xml) {
        MatchingWriter out = new MatchingWriter(xml);
        try {
            marshaller().marshal(element, new PrettyXmlWriter(out));
        } catch (JAXBException e) {
            if (out.differs()) {
                return false;
            }
            throw new IllegalStateException("cannot write " + describe(element) + ": " + e, e);
        }
        return out.matchesAll();
    }

    /**
     * Writes {@code xml}, the text {@link #toXml(Cib)} gave for {@code cib} before only its root
     * attributes changed (a commit's version stamp), to {@code out} as UTF-8 with the root's start tag
     * as {@code cib} has it now: what {@link #write(CibElement, OutputStream)} writes, for the cost of
     * marshalling one line instead of the whole CIB again.
     */
    public static void writeWithRootOf(Cib cib, String xml, OutputStream out) throws IOException {
        FirstLineWriter root = new FirstLineWriter();
        try {
            marshaller().marshal(cib, new PrettyXmlWriter(root));
        } catch (JAXBException e) {
            if (!root.complete()) {
                throw new IllegalStateException("cannot write " + describe(cib) + ": " + e, e);
            }
        }
        int end = xml.indexOf('\n');
        if (!root.complete() || end < 0) {
            throw new IllegalArgumentException("not the text of a CIB: no line ends its root's start tag");
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(root.line());
        writer.write(xml, end + 1, xml.length() - end - 1);
        writer.flush();
    }

    /** Writes a whole CIB to a file. */
    public static void write(Cib cib, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(cib, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Marshaller marshaller() throws JAXBException {
        Marshaller marshaller = context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        return marshaller;
    }

    private static Object unmarshal(InputSource input, String sourceName) {
        input.setSystemId(sourceName);
        ValidationEvent[] firstError = new ValidationEvent[1];
        try {
            Unmarshaller unmarshaller = context().createUnmarshaller();
            unmarshaller.setEventHandler(event -> {
                if (event.getSeverity() == ValidationEvent.WARNING) {
                    return true;
                }
                if (firstError[0] == null) {
                    firstError[0] = event;
                }
                return false;
            });
            UnmarshallerHandler handler = unmarshaller.getUnmarshallerHandler();
            CommentsAsElements events = new CommentsAsElements(handler);
            XMLReader reader = secureReader();
            reader.setContentHandler(events);
            reader.setProperty(LEXICAL_HANDLER, events);
            reader.parse(input);
            return handler.getResult();
        } catch (JAXBException | SAXException e) {
            throw formatError(sourceName, e, firstError[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * The attributes of a file's root element, read without parsing the rest of the document: a
     * CIB's version is there, and reading only that keeps a commit on a large CIB from parsing all of it.
     * Throws {@link CibFormatException} when the file does not start with a well-formed element.
     */
    public static Map<String, String> readRootAttributes(Path file) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String sourceName = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource input = new InputSource(in);
            input.setSystemId(sourceName);
            XMLReader reader = secureReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts)
                        throws SAXException {
                    for (int i = 0; i < atts.getLength(); i++) {
                        attributes.put(atts.getQName(i), atts.getValue(i));
                    }
                    throw new RootSeen();
                }
            });
            reader.parse(input);
        } catch (RootSeen seen) {
            return attributes;
        } catch (SAXException e) {
            throw formatError(sourceName, e, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        throw new CibFormatException(sourceName, -1, -1, "no root element", null);
    }

    /** Stops a parse once the root element's attributes are known. */
    private static final class RootSeen extends SAXException {
        private static final long serialVersionUID = 1L;

        RootSeen() {
            super("root element read");
        }
    }

    /** A namespace-aware SAX reader that refuses DTDs and external entities and throws on errors. */
    static XMLReader secureReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setErrorHandler(STRICT);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no secure XML parser available: " + e, e);
        }
    }

    /** Fails on the first error without the parser's default printing to stderr. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static CibFormatException formatError(String sourceName, Exception e, ValidationEvent event) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SAXParseException parse) {
                return new CibFormatException(sourceName, parse.getLineNumber(), parse.getColumnNumber(),
                        parse.getMessage(), e);
            }
        }
        if (event != null) {
            ValidationEventLocator where = event.getLocator();
            int line = where == null ? -1 : where.getLineNumber();
            int column = where == null ? -1 : where.getColumnNumber();
            return new CibFormatException(sourceName, line, column, event.getMessage(), e);
        }
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        return new CibFormatException(sourceName, -1, -1, message, e);
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof JAXBException jaxb && jaxb.getLinkedException() != null
                && jaxb.getLinkedException() != cause) {
            return jaxb.getLinkedException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static <T> T expect(Class<T> type, Object root, String sourceName) {
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        throw new CibFormatException(sourceName, 1, -1, "expected <" + elementName(type) + "> but the document is "
                + describe(root), null);
    }

    private static String elementName(Class<?> type) {
        XmlRootElement root = type.getAnnotation(XmlRootElement.class);
        return root != null ? root.name() : type.getSimpleName();
    }

    private static String describe(Object element) {
        if (element instanceof Element dom) {
            return "<" + dom.getTagName() + ">";
        }
        return element == null ? "empty" : "<" + elementName(element.getClass()) + ">";
    }
}
