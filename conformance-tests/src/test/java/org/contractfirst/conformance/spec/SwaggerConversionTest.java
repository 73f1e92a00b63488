package org.contractfirst.conformance.spec;

import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.SpecFinding;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Swagger 2.0 spec is read by its conversion to OpenAPI 3.0, and what the conversion lost is named once. */
class SwaggerConversionTest {

    private static final String PETS = "src/test/resources/swagger2/pets.yaml";

    /** A Swagger 2.0 document with what OpenAPI 3.0 has no place for. */
    private static final String LOSSY = """
            swagger: "2.0"
            info: {title: Lossy, version: "1"}
            paths:
              /things:
                get:
                  schemes: [https]
                  parameters:
                    - {name: a, in: nowhere, type: string}
                    - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: tsv}
                    - {name: csv, in: query, type: array, items: {type: string}}
                    - {name: X-Ids, in: header, type: array, items: {type: string}, collectionFormat: pipes}
                  responses:
                    "200": {description: ok}
                post:
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - {name: tags, in: formData, type: array, items: {type: string}}
                    - {name: many, in: formData, type: array, items: {type: string}, collectionFormat: multi}
                  responses:
                    "204": {description: kept}
            """;

    @Test
    void aSwagger2SpecIsReadWithItsOperationsParametersBodiesAndSecurity() {
        ApiSpec spec = ApiSpec.read("pets", PETS);

        assertEquals(List.of("GET /pets", "POST /pets", "GET /pets/{petId}", "POST /pets/{petId}/photo"),
                spec.operations().stream().map(operation -> operation.method() + " " + operation.path()).toList());
        Operation list = spec.operation("GET", "/pets").orElseThrow();
        assertEquals("listPets", list.operationId());
        Parameter limit = list.parameters().get(0);
        assertEquals(List.of("limit", "query", "integer", 100),
                List.of(limit.name(), limit.in(), limit.schema().path("type").asText(), limit.schema().path("maximum").asInt()));
        Parameter petId = spec.operation("GET", "/pets/{petId}").orElseThrow().parameters().get(0);
        assertEquals(List.of("petId", "path", "^p[0-9]+$"), List.of(petId.name(), petId.in(), petId.schema().path("pattern").asText()));
        assertTrue(petId.required());

        RequestBody pet = spec.operation("POST", "/pets").orElseThrow().requestBody().orElseThrow();
        assertTrue(pet.required());
        assertEquals(List.of("application/json"), List.copyOf(pet.content().keySet()), "the spec's consumes");
        RequestBody photo = spec.operation("POST", "/pets/{petId}/photo").orElseThrow().requestBody().orElseThrow();
        MediaType form = photo.content().get("multipart/form-data");
        assertEquals("binary", spec.resolve(form.schema()).at("/properties/photo/format").asText(), "a formData file");
        assertEquals(80, spec.resolve(form.schema()).at("/properties/caption/maxLength").asInt());

        assertEquals(List.of("application/json", "application/xml"), list.mediaTypes(200), "the spec's produces");
        SecurityScheme apiKey = spec.securityScheme("apiKey").orElseThrow();
        assertTrue(apiKey.isApiKey());
        assertEquals(List.of("header", "X-Pets-Key"), List.of(apiKey.in(), apiKey.parameterName()));
        assertEquals(List.of(Map.of("apiKey", List.of())), list.security());
    }

    @Test
    void aCleanConversionSaysOnlyThatItWasConverted() {
        ApiSpec spec = ApiSpec.read("pets", PETS);

        assertEquals(Optional.of(SwaggerConversion.CONVERTED), spec.conversion());
        assertEquals(List.of(), spec.messages(), "the OpenAPI 3 parser's refusal of the document is not kept");
    }

    @Test
    void whatTheConversionDropsIsNamed(@TempDir Path folder) throws IOException {
        String conversion = ApiSpec.read("lossy", Files.writeString(folder.resolve("lossy.yaml"), LOSSY).toString())
                .conversion().orElseThrow();

        assertTrue(conversion.startsWith(SwaggerConversion.CONVERTED + "; dropped: "), conversion);
        for (String dropped : List.of("GET /things: schemes", "GET /things: parameter 'a' in nowhere",
                "GET /things: collectionFormat tsv of parameter 'ids' in query",
                "GET /things: collectionFormat pipes of parameter 'X-Ids' in header",
                "POST /things: collectionFormat csv of parameter 'tags' in formData")) {
            assertTrue(conversion.contains(dropped), dropped + " in " + conversion);
        }
        for (String kept : List.of("'csv'", "'many'")) {
            assertFalse(conversion.contains(kept), kept + " is carried over: " + conversion);
        }
    }

    @Test
    void theConvertersOwnMessagesAreInTheNote(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("untitled.yaml"), """
                swagger: "2.0"
                info: {title: Untitled}
                paths: {}
                """);

        ApiSpec spec = ApiSpec.read("untitled", file.toString());

        assertTrue(spec.conversion().orElseThrow().endsWith("; the converter said: attribute info.version is missing"),
                spec.conversion().orElseThrow());
    }

    @Test
    void anOpenApi3SpecIsNotConverted() {
        assertEquals(Optional.empty(), ApiSpec.read("shelf", "src/test/resources/shelf/shelf.yaml").conversion());
    }

    @Test
    void aRunOfAConvertedSpecHasOneFindingSayingSo() {
        Recorder session = new Recorder(new Target(ApiSpec.read("pets", PETS), URI.create("http://127.0.0.1:9"),
                Credentials.none(), Map.of(), false, false), Checks.responseChecks(), RunOptions.defaults(1));

        assertEquals(List.of(new SpecFinding("spec-converted-from-swagger-2", "pets", "(the spec)", SwaggerConversion.CONVERTED)),
                session.findings());
    }
}
