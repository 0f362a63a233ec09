package org.jcrm.grammar.mapper;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.grammar.parse.MiniJson;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * crmsh's test_parse_configs_pairs: each crm line maps to the XML crmsh wrote, compared as trees
 * ignoring ids that the expected XML does not show.
 */
class CrmshConfigPairsTest {
    /** Cases that match today; raise it as the mapper grows. */
    private static final int EXPECTED_MATCHES = 27;

    @Test
    void pairsMatchCrmsh() throws Exception {
        Path file = Path.of(System.getProperty("jcrm.shared", "../../shared"), "conformance", "crmsh-4.4.1", "unit",
                "unit_cases.json");
        assumeTrue(Files.exists(file), "shared conformance data not present");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(
                Files.readString(file))).get("test_parse_configs_pairs");
        CibMapper mapper = new CibMapper(ProviderResolver.installedUnder(Path.of("/usr/lib/ocf/resource.d")));
        List<String> failures = new ArrayList<>();
        int matches = 0;
        for (Map<String, Object> c : cases) {
            String input = (String) c.get("input");
            String expected = (String) c.get("expected_xml_no_ids");
            try {
                Cib cib = mapper.toCib(new CrmText().parse(input, "case"));
                Element want = parse(expected);
                Element got = find(parse(CibXml.toXml(cib)), want);
                if (got != null && canonical(got, want).equals(canonical(want, want))) {
                    matches++;
                } else {
                    failures.add(input + "\n   want " + canonical(want, want) + "\n   got  "
                            + (got == null ? "nothing" : canonical(got, want)));
                }
            } catch (RuntimeException e) {
                failures.add(input + "\n   " + e.getMessage());
            }
        }
        System.out.println("crmsh config pairs: " + matches + "/" + cases.size() + " match\n"
                + String.join("\n", failures));
        assertTrue(matches >= EXPECTED_MATCHES, matches + "/" + cases.size() + " match");
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    /** The element of the CIB's configuration with the wanted tag (and id or uname when given), last one wins. */
    private static Element find(Element root, Element want) {
        Element[] found = new Element[1];
        walk(root, e -> {
            if (e.getTagName().equals(want.getTagName())
                    && (!want.hasAttribute("id") || want.getAttribute("id").equals(e.getAttribute("id")))
                    && (!want.hasAttribute("uname") || want.getAttribute("uname").equals(e.getAttribute("uname")))
                    && (!want.hasAttribute("rsc") || want.getAttribute("rsc").equals(e.getAttribute("rsc")))) {
                found[0] = e;
            }
        });
        return found[0];
    }

    private static void walk(Element e, java.util.function.Consumer<Element> visitor) {
        visitor.accept(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, visitor);
            }
        }
    }

    /** Tag, attributes (ids only where the reference shows them) and children, recursively. */
    private static String canonical(Element e, Element reference) {
        Map<String, String> attrs = new TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if (!a.getNodeName().equals("id") || (reference != null && reference.hasAttribute("id"))) {
                attrs.put(a.getNodeName(), a.getNodeValue());
            }
        }
        StringBuilder out = new StringBuilder("<").append(e.getTagName()).append(attrs).append(">");
        List<Element> refKids = elements(reference);
        List<Element> kids = elements(e);
        for (int i = 0; i < kids.size(); i++) {
            out.append(canonical(kids.get(i), i < refKids.size() ? refKids.get(i) : null));
        }
        return out.append("</").append(e.getTagName()).append(">").toString();
    }

    private static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        if (e != null) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    out.add(child);
                }
            }
        }
        return out;
    }
}
