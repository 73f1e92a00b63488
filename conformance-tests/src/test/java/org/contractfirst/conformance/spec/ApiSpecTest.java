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
}
