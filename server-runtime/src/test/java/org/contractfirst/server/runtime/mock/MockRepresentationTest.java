package org.contractfirst.server.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a response shows a stored item: by its schema's names, without writeOnly members, valid without inventing. */
class MockRepresentationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schemas schemas = new Schemas(new OpenApiDocument(JSON.createObjectNode()));

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private JsonNode shown(String schema, String template, String item) throws Exception {
        return MockRepresentation.of(schemas, json(schema), json(template), (ObjectNode) json(item));
    }

    @Test
    void theSchemaDecidesWhatIsShownAndWriteOnlyNeverIs() throws Exception {
        assertEquals(json("{\"name\":\"Ada\"}"), shown("""
                {"type": "object", "properties": {"name": {"type": "string"},
                 "password": {"type": "string", "writeOnly": true}}}""", "{}",
                "{\"name\":\"Ada\",\"password\":\"secret\",\"undeclared\":1}"));
    }

    @Test
    void aSchemaThatDeclaresNoPropertiesShowsEverything() throws Exception {
        assertEquals(json("{\"a\":1,\"b\":[true]}"), shown("{\"type\": \"object\"}", "{}", "{\"a\":1,\"b\":[true]}"));
    }

    @Test
    void aPropertyIsShownUnderTheSchemasSpellingOfItsName() throws Exception {
        assertEquals(json("{\"firstName\":\"Ada\",\"last_name\":\"Lovelace\"}"), shown("""
                {"type": "object", "properties": {"firstName": {"type": "string"}, "last_name": {"type": "string"}}}""",
                "{}", "{\"first_name\":\"Ada\",\"LastName\":\"Lovelace\"}"));
    }

    @Test
    void aRequiredPropertyTheItemLacksComesFromTheExample() throws Exception {
        assertEquals(json("{\"name\":\"Ada\",\"kind\":\"person\"}"), shown("""
                {"type": "object", "required": ["name", "kind"],
                 "properties": {"name": {"type": "string"}, "kind": {"type": "string"}, "age": {"type": "integer"}}}""",
                "{\"name\":\"Example\",\"kind\":\"person\",\"age\":30}", "{\"name\":\"Ada\"}"));
    }

    @Test
    void aValueOfAnotherTypeOrOutsideItsEnumIsNotShown() throws Exception {
        String schema = """
                {"type": "object", "properties": {"count": {"type": "number"}, "size": {"type": "integer"},
                 "status": {"type": "string", "enum": ["open", "closed"]}, "object": {"type": "string", "const": "Edited"},
                 "tags": {"type": "array", "items": {"type": "string"}}}}""";
        assertEquals(json("{\"count\":3}"), shown(schema, "{}",
                "{\"count\":3,\"size\":\"big\",\"status\":\"lost\",\"object\":\"Profile\",\"tags\":[\"a\",2]}"));
        assertEquals(json("{\"status\":\"open\",\"object\":\"Edited\",\"tags\":[\"a\"]}"), shown(schema, "{}",
                "{\"status\":\"open\",\"object\":\"Edited\",\"tags\":[\"a\"]}"));
    }

    @Test
    void aNullIsShownOnlyWhereTheSchemaAllowsIt() throws Exception {
        assertEquals(json("{\"note\":null}"), shown("""
                {"type": "object", "properties": {"note": {"type": "string", "nullable": true},
                 "title": {"type": "string"}}}""", "{}", "{\"note\":null,\"title\":null}"));
    }

    @Test
    void aNestedObjectShowsOnlyTheMembersItsSchemaDeclares() throws Exception {
        assertEquals(json("{\"address\":{\"city\":\"Turin\"}}"), shown("""
                {"type": "object", "properties": {"address": {"type": "object",
                 "properties": {"city": {"type": "string"}}}}}""", "{}",
                "{\"address\":{\"city\":\"Turin\",\"planet\":\"Earth\"}}"));
    }

    @Test
    void aWrittenFieldTheReadNestsGoesIntoTheObjectThatDeclaresIt() throws Exception {
        assertEquals(json("{\"id\":1,\"topic\":{\"subject\":\"news\",\"lang\":\"en\"}}"), shown("""
                {"type": "object", "properties": {"id": {"type": "integer"},
                 "topic": {"type": "object", "properties": {"subject": {"type": "string"}, "lang": {"type": "string"}}}}}""",
                "{}", "{\"id\":1,\"subject\":\"news\",\"topic\":{\"subject\":\"old\",\"lang\":\"en\"}}"));
    }

    @Test
    void namesAreComparedWithoutCaseOrSeparators() throws Exception {
        assertEquals("firstname", MockRepresentation.letters("First_Name"));
        assertEquals("xrequestid", MockRepresentation.letters("X-Request-Id"));
        JsonNode properties = json("{\"firstName\": {}, \"id\": {}}");
        assertEquals("firstName", MockRepresentation.named(properties, "first_name"));
        assertEquals("id", MockRepresentation.named(properties, "id"));
        assertEquals("unknown", MockRepresentation.named(properties, "unknown"));
        assertEquals(json("{\"firstName\":\"Ada\",\"other\":1}"),
                MockRepresentation.renamed(properties, json("{\"FIRST-NAME\":\"Ada\",\"other\":1}")));
        assertEquals(json("[1]"), MockRepresentation.renamed(properties, json("[1]")));
    }
}
