package org.contractfirst.conformance.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.values.ValidValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonSchemasTest {

    private static final String IDENTIFIERS = """
            openapi: 3.1.0
            info: {title: Identifiers, version: 1.0.0}
            paths: {}
            components:
              schemas:
                Identifiers:
                  type: object
                  properties:
                    legacyId: {type: [integer, string], minimum: 1, pattern: '^[A-Z]{2}-[0-9]+$'}
                    tags: {type: [array, 'null'], items: {type: string}}
            """;

    @Test
    void aTypeListWithABoundBesideItAdmitsEachTypeAndKeepsTheBound(@TempDir Path folder) throws IOException {
        ApiSpec spec = ApiSpec.read("identifiers", Files.writeString(folder.resolve("ids.yaml"), IDENTIFIERS).toString());
        JsonSchemas schemas = new JsonSchemas(spec);
        JsonNode schema = spec.document().root().at("/components/schemas/Identifiers");

        assertEquals(0, schemas.errors(schema, ValidValues.Direction.RESPONSE, "{\"legacyId\":40012,\"tags\":[\"a\"]}").size());
        assertEquals(0, schemas.errors(schema, ValidValues.Direction.RESPONSE, "{\"legacyId\":\"KT-4\",\"tags\":null}").size());
        assertFalse(schemas.errors(schema, ValidValues.Direction.RESPONSE, "{\"legacyId\":0}").isEmpty());
        assertFalse(schemas.errors(schema, ValidValues.Direction.RESPONSE, "{\"legacyId\":\"kt-4\"}").isEmpty());
        assertFalse(schemas.errors(schema, ValidValues.Direction.RESPONSE, "{\"legacyId\":true}").isEmpty());
    }
}
