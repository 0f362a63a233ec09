package org.jcrm.grammar.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.grammar.parse.CrmText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Maps each {@code mapper/NAME.crm} (after {@code NAME.before.crm} when present, as a separate update)
 * and compares the configuration with {@code NAME.xml}, the configuration crmsh 4.4.1 wrote for the
 * same input, as trees: element names, attribute sets and child order, ignoring whitespace.
 */
class GoldenMapperTest {
    private static final Path DIR = Path.of("src/test/resources/mapper");

    @TestFactory
    Stream<DynamicTest> mapsLikeCrmsh() throws Exception {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".crm") && !p.toString().endsWith(".before.crm"))
                    .sorted().toList();
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString().replace(".crm", "");
            CibMapper mapper = new CibMapper(type -> "heartbeat");
            Cib cib = Cib.empty();
            Path before = DIR.resolve(name + ".before.crm");
            if (Files.exists(before)) {
                mapper.update(cib, new CrmText().parse(Files.readString(before), before.toString()));
            }
            mapper.update(cib, new CrmText().parse(Files.readString(input), input.toString()));
            Element want = parse(Files.readString(DIR.resolve(name + ".xml")));
            Element got = (Element) parse(CibXml.toXml(cib)).getElementsByTagName("configuration").item(0);
            assertEquals(canonical(want, ""), canonical(got, ""));
        }));
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** One line per element: indent, name and its attributes sorted by name. */
    private static String canonical(Element e, String indent) {
        StringBuilder out = new StringBuilder(indent).append('<').append(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            pairs.add(attrs.item(i).getNodeName() + "=\"" + attrs.item(i).getNodeValue() + "\"");
        }
        pairs.stream().sorted().forEach(p -> out.append(' ').append(p));
        out.append(">\n");
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.append(canonical(element, indent + "  "));
            }
        }
        return out.toString();
    }
}
