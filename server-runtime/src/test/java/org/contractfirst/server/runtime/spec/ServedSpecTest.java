package org.contractfirst.server.runtime.spec;

import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.security.SecurityRequirements;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the runtime reads from a spec: the local server, negotiation, security and multipart encodings. */
class ServedSpecTest {

    private final ServedSpec spec = ServedSpec.of("specs/items.yaml");

    @Test
    void theLocalServerIsTheLoopbackOneWithItsVariablesAtTheirDefaults() {
        assertEquals(new ServedSpec.LocalServer(9000, "/v1"), spec.localServer());
    }

    @Test
    void anApiWithMoreThanOneMediaTypeForAResponseNegotiates() {
        assertTrue(spec.negotiatesMediaType());
    }

    @Test
    void securityIsTheOperationsOwnElseTheSpecsAndEachAlternativeNeedsAllItsScopes() {
        SecurityRequirements requirements = SecurityRequirements.of(spec);
        Caller reader = new Caller("ada", "t", Set.of("read"));
        Caller writer = new Caller("ada", "t", Set.of("write"));

        assertTrue(requirements.met("getItem", Map.of("oauth", reader)).isPresent());
        assertFalse(requirements.met("getItem", Map.of("oauth", writer)).isPresent());
        assertFalse(requirements.met("createItem", Map.of("oauth", reader)).isPresent());
        assertTrue(requirements.met("createItem", Map.of("oauth", writer)).isPresent());
        assertTrue(requirements.met("createItem", Map.of("apiKey", new Caller("ada", "k", Set.of()))).isPresent());
        assertFalse(requirements.met("getItem", Map.of("apiKey", new Caller("ada", "k", Set.of()))).isPresent());
    }

    @Test
    void aResponseSchemaIsTheStatusCodesElseItsRangesElseTheDefaultsByTheMostSpecificMediaType() {
        assertEquals("#/components/schemas/Item", responseSchemaRef(200, "application/xml"));
        assertEquals("#/components/schemas/Error", responseSchemaRef(404, "application/xml; charset=utf-8"));
        assertEquals("#/components/schemas/Problem", responseSchemaRef(500, "application/problem+xml"));
        assertTrue(spec.responseSchema("getItem", 200, MediaType.valueOf("text/plain")).isEmpty());
        assertTrue(spec.responseSchema("createItem", 201, MediaType.APPLICATION_XML_TYPE).isEmpty());
    }

    @Test
    void aRequestSchemaIsReadThroughTheRequestBodysReference() {
        assertEquals("object", spec.requestSchema("createItem", MediaType.MULTIPART_FORM_DATA_TYPE).orElseThrow()
                .path("type").asText());
        assertTrue(spec.requestSchema("createItem", MediaType.APPLICATION_XML_TYPE).isEmpty());
    }

    private String responseSchemaRef(int status, String mediaType) {
        return spec.responseSchema("getItem", status, MediaType.valueOf(mediaType)).orElseThrow().path("$ref").asText();
    }

    @Test
    void theMultipartEncodingIsReadThroughTheRequestBodysReference() {
        MultipartEncoding encoding = spec.multipartEncoding("createItem");

        assertTrue(encoding.isDeepObject("meta"));
        assertFalse(encoding.isDeepObject("tags"));
        assertTrue(encoding.accepts("picture", "image/png"));
        assertTrue(encoding.accepts("picture", "TEXT/PLAIN"));
        assertFalse(encoding.accepts("picture", "image/jpeg"));
        assertTrue(encoding.accepts("name", "anything/at-all"));
        assertFalse(spec.multipartEncoding("getItem").isDeepObject("meta"));
    }

    @Test
    void aMissingSpecIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServedSpec.of("specs/none.yaml")).getMessage()
                .contains("specs/none.yaml"));
    }
}
