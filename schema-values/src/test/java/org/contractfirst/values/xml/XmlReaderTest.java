package org.contractfirst.values.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XML is read by the schema's xml objects, and what breaks them is an error, not a value read some other way. */
class XmlReaderTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final OpenApiDocument DOCUMENT;

    static {
        try {
            DOCUMENT = new OpenApiDocument(YAML.readTree("""
                    openapi: 3.0.3
                    info: {title: t, version: '1'}
                    paths: {}
                    components:
                      schemas:
                        Invoice:
                          type: object
                          xml: {name: invoice, namespace: 'https://example.com/schema/invoice', prefix: inv}
                          properties:
                            number: {type: string, xml: {namespace: 'https://example.com/schema/invoice', prefix: inv}}
                            total: {type: number}
                            lines:
                              type: array
                              xml: {wrapped: true}
                              items: {type: string, xml: {name: line}}
                    """));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String xml) {
        return new XmlReader(new Schemas(DOCUMENT)).read(xml, DOCUMENT.at("/components/schemas/Invoice"));
    }

    private static final String OPEN = "<inv:invoice xmlns:inv=\"https://example.com/schema/invoice\">";

    @Test
    void aBodyOfTheSchemasNamesReads() {
        JsonNode invoice = read(OPEN + "<inv:number>INV-1</inv:number><total>2.5</total><lines><line>a</line>"
                + "<line>b</line></lines></inv:invoice>");
        assertEquals("INV-1", invoice.get("number").asText());
        assertEquals(2, invoice.get("lines").size());
    }

    @Test
    void anElementOfAnotherNamespaceIsAnError() {
        String xml = "<inv:invoice xmlns:inv=\"https://example.com/schema/other\"><total>1</total></inv:invoice>";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(xml)).getMessage().contains("namespace"));
    }

    @Test
    void anotherPrefixOfTheSameNamespaceIsTheSameXml() {
        String xml = "<invoice xmlns=\"https://example.com/schema/invoice\"><number>INV-1</number></invoice>";
        assertEquals("INV-1", read(xml).get("number").asText());
    }

    @Test
    void aPropertyOutsideItsNamespaceIsAnError() {
        String xml = OPEN + "<number>INV-1</number></inv:invoice>";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(xml)).getMessage().contains("namespace"));
    }

    @Test
    void aPropertyGivenTwiceIsAnError() {
        String xml = OPEN + "<total>1</total><total>2</total></inv:invoice>";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(xml)).getMessage().contains("2 <total>"));
    }

    @Test
    void elementsWhereANumberBelongsAreAnError() {
        String xml = OPEN + "<total><amount>1</amount></total></inv:invoice>";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(xml)).getMessage().contains("holds elements"));
    }

    @Test
    void anItemUnderAnotherNameInAWrapperIsAnError() {
        String xml = OPEN + "<lines><entry>a</entry></lines></inv:invoice>";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(xml)).getMessage().contains("<line> items"));
    }
}
