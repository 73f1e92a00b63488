package org.contractfirst.conformance.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiSpecTest {

    private static final String SPACES = """
            openapi: 3.0.3
            info: {title: Spaces, version: 1.0.0}
            paths:
              /spaces/create:
                post: {operationId: createSpace, responses: {'201': {description: created}}}
              /spaces/{id}:
                get: {operationId: getSpace, responses: {'200': {description: the space}}}
              /spaces/{spaceId}:
                delete: {operationId: deleteSpace, responses: {'204': {description: deleted}}}
              /spaces/{id}/members:
                put: {operationId: setMembers, responses: {'204': {description: set}}}
            """;

    @Test
    void aUrlIsDocumentedByEveryTemplateItFills(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("spaces.yaml"), SPACES);
        ApiSpec spec = ApiSpec.read("spaces", file.toString());

        assertEquals(Set.of("POST", "GET", "DELETE"), spec.methodsAt("/spaces/create"));
        assertEquals(Set.of("GET", "DELETE"), spec.methodsAt("/spaces/sp%201"));
        assertEquals(Set.of("PUT"), spec.methodsAt("/spaces/sp1/members"));
        assertEquals(Set.of(), spec.methodsAt("/spaces"));
    }

    private static final String TIMEZONES = """
            openapi: 3.0.3
            info: {title: Clocks, version: 1.0.0}
            paths:
              /clocks/{zone}:
                parameters:
                  - name: zone
                    in: path
                    required: true
                    schema: {type: string}
                    examples:
                      unknownZone: {value: Mars/Olympus}
                      paris: {value: Europe/Paris}
                put:
                  operationId: setClock
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object}
                        examples:
                          unknownZone: {value: {zone: Mars/Olympus}}
                          paris: {value: {zone: Europe/Paris}}
                  responses:
                    '200':
                      description: set
                      content:
                        application/json:
                          schema: {type: object}
                          examples:
                            paris: {value: {zone: Europe/Paris}}
                    '422':
                      description: no such zone
                      content:
                        application/json:
                          schema: {type: object}
                          examples:
                            unknownZone: {value: {message: no such zone}}
            """;

    @Test
    void anExampleNamedForARefusalMakesNoValidCall(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("clocks.yaml"), TIMEZONES);
        Operation setClock = ApiSpec.read("clocks", file.toString()).operations().get(0);

        assertEquals("Europe/Paris", setClock.parameters().get(0).example().orElseThrow().asText());
        assertEquals(java.util.List.of("{\"zone\":\"Europe/Paris\"}"), setClock.requestBody().orElseThrow().content()
                .get("application/json").examples().stream().map(Object::toString).toList());
    }
}
