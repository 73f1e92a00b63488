package org.contractfirst.server.runtime.spec;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the runtime finds a request's operation in a spec, where it serves it, and the schemas it reads there. */
class ServedSpecRoutesTest {

    private final ServedSpec styles = ServedSpec.of("specs/styles.yaml");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /things/me       | getMe",
            "GET    | /things/7        | getThing",
            "DELETE | /things/me       | deleteThing",
            "DELETE | /things/7        | deleteThing",
            "GET    | /colours/.blue   | getColour",
            "GET    | /search          | search",
            "POST   | /search          | submit"})
    void anOperationIsFoundByMethodAndPathAFixedSegmentBeforeATemplate(String method, String path, String operation) {
        assertEquals(Optional.of(operation), styles.operationAt(method, path));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST   | /things/7",
            "GET    | /things/7/",
            "GET    | /things",
            "GET    | /things/7/parts",
            "GET    | /search/",
            "get    | /search",
            "GET    | /v1/search"})
    void noOperationIsFoundForAMethodOrPathTheSpecDoesNotHave(String method, String path) {
        assertEquals(Optional.empty(), styles.operationAt(method, path));
    }

    @Test
    void someOperationIsFoundOnAPathByAnyMethod() {
        assertTrue(styles.operationOnPath("/things/7").isPresent());
        assertEquals(Optional.of("getMe"), styles.operationOnPath("/things/me"));
        assertEquals(Optional.empty(), styles.operationOnPath("/things/7/"));
        assertEquals(Optional.empty(), styles.operationOnPath("/nothing"));
    }

    @Test
    void anOperationWithoutAnIdIsKnownByItsMethodAndPath() {
        ServedSpec remote = ServedSpec.of("specs/remote.yaml");

        assertEquals(Optional.of("GET /pings"), remote.operationAt("GET", "/pings"));
        assertEquals(Optional.of("POST /pings"), remote.operationAt("POST", "/pings"));
        assertEquals("POST", remote.method("POST /pings"));
        assertEquals("/pings", remote.pathTemplate("GET /pings"));
    }

    @Test
    void anOperationsMethodTemplateAndParametersAreThoseOfTheSpec() {
        assertEquals("DELETE", styles.method("deleteThing"));
        assertEquals("/things/{id}", styles.pathTemplate("deleteThing"));
        assertEquals("", styles.method("noSuchOperation"));
        assertEquals("", styles.pathTemplate("noSuchOperation"));
        assertTrue(styles.operation("noSuchOperation").isMissingNode());
        assertEquals(List.of("ids", "many", "tags", "words", "filter", "X-Codes"),
                styles.parameters("search").stream().map(parameter -> parameter.path("name").asText()).toList());
        assertEquals(List.of(), styles.parameters("getMe"));
    }

    @Test
    void theOperationIdsAreListedInTheSpecsOrder() {
        List<String> ids = styles.operationIds();

        assertEquals("getColour", ids.get(0));
        assertTrue(ids.indexOf("getThing") < ids.indexOf("deleteThing"), ids.toString());
        assertTrue(ids.indexOf("search") < ids.indexOf("submit"), ids.toString());
        assertEquals("addNote", ids.get(ids.size() - 1));
    }

    @Test
    void aReferencedParameterSchemaIsResolved() {
        JsonNode filter = styles.parameters("search").stream()
                .filter(parameter -> parameter.path("name").asText().equals("filter")).findFirst().orElseThrow();

        JsonNode schema = styles.resolve(filter.path("schema"));

        assertEquals("object", schema.path("type").asText());
        assertTrue(schema.path("properties").has("colour"));
        assertTrue(styles.resolve(styles.root().at("/paths/~1notes/post/requestBody")).has("content"));
    }

    @Test
    void theLocalServerIsTheLoopbackOneWithEachVariableAtItsDefault() {
        assertEquals(new ServedSpec.LocalServer(8123, "/api"), styles.localServer());
    }

    @Test
    void withoutALocalServerAnyPortServesTheFirstServersPath() {
        assertEquals(new ServedSpec.LocalServer(0, "/base/v2"), ServedSpec.of("specs/remote.yaml").localServer());
        assertEquals(new ServedSpec.LocalServer(0, ""), ServedSpec.of("specs/bare.yaml").localServer());
    }

    @Test
    void anApiNegotiatesWhereAResponseHasTwoMediaTypesOrA406IsDocumented() {
        assertFalse(styles.negotiatesMediaType());
        assertFalse(ServedSpec.of("specs/bare.yaml").negotiatesMediaType());
        assertTrue(ServedSpec.of("specs/remote.yaml").negotiatesMediaType());
        assertTrue(ServedSpec.of("specs/items.yaml").negotiatesMediaType());
    }

    @Test
    void aRequestSchemaIsThatOfTheBodysMediaTypeWhateverItsParameters() {
        JsonNode form = styles.requestSchema("submit",
                MediaType.valueOf("application/x-www-form-urlencoded; charset=UTF-8")).orElseThrow();

        assertEquals("object", form.path("type").asText());
        assertTrue(form.path("properties").has("ids"));
        assertEquals("string", styles.requestSchema("addNote", MediaType.TEXT_PLAIN_TYPE).orElseThrow()
                .path("type").asText());
        assertTrue(styles.requestSchema("addNote", MediaType.APPLICATION_JSON_TYPE).isEmpty());
        assertTrue(styles.requestSchema("getMe", MediaType.APPLICATION_JSON_TYPE).isEmpty());
    }

    @Test
    void aResponseSchemaIsReadThroughAReferencedResponse() {
        assertEquals("object", styles.responseSchema("getThing", 200, MediaType.APPLICATION_JSON_TYPE).orElseThrow()
                .path("type").asText());
        assertTrue(styles.responseSchema("getThing", 404, MediaType.APPLICATION_JSON_TYPE).isEmpty());
        assertTrue(styles.responseSchema("deleteThing", 204, MediaType.APPLICATION_JSON_TYPE).isEmpty());
    }

    @Test
    void theResponsesMediaTypesAreTheConcreteOnesItDocuments() {
        ServedSpec items = ServedSpec.of("specs/items.yaml");

        assertEquals(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_XML_TYPE),
                items.responseMediaTypes("getItem", 200));
        assertEquals(List.of(MediaType.APPLICATION_XML_TYPE), items.responseMediaTypes("getItem", 404));
        assertEquals(List.of(), items.responseMediaTypes("getItem", 500));
        assertEquals(List.of(), items.responseMediaTypes("createItem", 201));
    }

    @Test
    void aSpecIsReadOnceForItsClassLoader() {
        assertSame(styles, ServedSpec.of("specs/styles.yaml"));
    }
}
