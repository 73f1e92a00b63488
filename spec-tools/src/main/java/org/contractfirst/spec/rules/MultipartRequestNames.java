package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A multipart/form-data request body is a reference to a schema named after its operation ({@code editProfile}:
 * {@code EditProfileRequest}): the generated resource binds the whole body into that model by this name.
 */
public final class MultipartRequestNames implements NormalisationRule {

    private static final String MULTIPART = "multipart/form-data";

    @Override
    public String id() {
        return "multipart-request-name";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        for (Operations operation : Operations.of(spec)) {
            JsonNode schema = operation.node().path("requestBody").path("content").path(MULTIPART).path("schema");
            String operationId = operation.node().path("operationId").asText("");
            if (schema.isMissingNode() || operationId.isEmpty()) {
                continue;
            }
            String expected = "#/components/schemas/" + Character.toUpperCase(operationId.charAt(0))
                    + operationId.substring(1) + "Request";
            if (!expected.equals(schema.path("$ref").asText())) {
                findings.add(spec.finding(id(), operation.pointer() + "/requestBody/content/multipart~1form-data/schema",
                        "a multipart body is a $ref to " + expected));
            }
        }
        return findings;
    }
}
