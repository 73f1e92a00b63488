package org.contractfirst.conformance.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.values.ValidValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    private static final String FORMATS = """
            openapi: 3.0.3
            info: {title: Formats, version: 1.0.0}
            paths: {}
            components:
              schemas:
                Mailbox: {type: string, format: idn-email}
                Photo: {type: string, format: byte}
                Weight: {type: number, format: float}
                Count: {type: integer, format: int32}
                Total: {type: integer, format: int64}
            """;

    @Test
    void openApisFormatsAreAssertedAndInternationalMailboxesRead(@TempDir Path folder) throws IOException {
        ApiSpec spec = ApiSpec.read("formats", Files.writeString(folder.resolve("formats.yaml"), FORMATS).toString());
        JsonSchemas schemas = new JsonSchemas(spec);

        assertEquals(List.of(), errors(schemas, spec, "Mailbox", "\"пользователь@пример.ру\""));
        assertEquals(List.of(), errors(schemas, spec, "Mailbox", "\"ada@example.com\""));
        assertFalse(errors(schemas, spec, "Mailbox", "\"пользователь\"").isEmpty());
        assertFalse(errors(schemas, spec, "Mailbox", "\"a b@example.com\"").isEmpty());
        assertEquals(List.of(), errors(schemas, spec, "Photo", "\"c2FtcGxl\""));
        assertEquals(List.of(), errors(schemas, spec, "Photo", "\"c2FtcGxlIQ\""));
        assertFalse(errors(schemas, spec, "Photo", "\"not base64!\"").isEmpty());
        assertEquals(List.of(), errors(schemas, spec, "Weight", "3.4e38"));
        assertFalse(errors(schemas, spec, "Weight", "3.5e38").isEmpty());
        assertEquals(List.of(), errors(schemas, spec, "Count", "-2147483648"));
        assertFalse(errors(schemas, spec, "Count", "2147483648").isEmpty());
        assertEquals(List.of(), errors(schemas, spec, "Total", "9223372036854775807"));
        assertFalse(errors(schemas, spec, "Total", "9223372036854775808").isEmpty());
    }

    private static final String ANIMALS = """
            openapi: 3.1.0
            info: {title: Animals, version: 1.0.0}
            paths: {}
            components:
              schemas:
                Animal:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Fish'}]
                  discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}
                Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
                Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
                Fish: {type: object, required: [kind], properties: {kind: {const: pisces}}}
            """;

    @Test
    void aDiscriminatorValueThatSelectsNoBranchIsRefused(@TempDir Path folder) throws IOException {
        ApiSpec spec = ApiSpec.read("animals", Files.writeString(folder.resolve("animals.yaml"), ANIMALS).toString());
        JsonSchemas schemas = new JsonSchemas(spec);

        assertEquals(List.of(), errors(schemas, spec, "Animal", "{\"kind\":\"cat\"}"));
        assertEquals(List.of(), errors(schemas, spec, "Animal", "{\"kind\":\"Dog\"}"));
        assertEquals(List.of(), errors(schemas, spec, "Animal", "{\"kind\":\"pisces\"}"));
        assertFalse(errors(schemas, spec, "Animal", "{\"kind\":\"bird\"}").isEmpty());
    }

    private static List<String> errors(JsonSchemas schemas, ApiSpec spec, String name, String json) {
        return schemas.errors(spec.document().root().at("/components/schemas/" + name), ValidValues.Direction.RESPONSE, json);
    }
}
