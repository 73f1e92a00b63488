package org.contractfirst.reference;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The statuses the runtime answers before any operation runs (a request it cannot read, a request line or header
 * section over the limit) are documented on every operation of every API, in the status its error shape gives them.
 */
class RefusalsAreDocumentedTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void everyOperationDocumentsTheStatusesOfTheGate() {
        List<String> undocumented = new ArrayList<>();
        for (ApiDefinition definition : ReferenceServers.definitions()) {
            ErrorShape errors = ReferenceServers.implementation(definition).errors();
            JsonNode paths = SpecProperties.at(definition.name(), "/paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return;
                }
                JsonNode responses = operation.getValue().path("responses");
                for (ErrorKind kind : List.of(ErrorKind.MALFORMED_INPUT, ErrorKind.URI_TOO_LONG, ErrorKind.HEADERS_TOO_LARGE)) {
                    String status = Integer.toString(errors.error(kind, "").getStatus());
                    if (!responses.has(status)) {
                        undocumented.add(definition.name() + " " + operation.getKey() + " " + path.getKey() + ": " + status);
                    }
                }
            }));
        }
        assertEquals(List.of(), undocumented);
    }
}
