package org.contractfirst.spec.rules;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every example validates against its schema: schema examples, parameter examples and the examples of JSON media
 * types. (XML and multipart examples are text and are not checked here.) A request example paired by name with a 4xx
 * response example ({@link PairedExamples}) is bad input on purpose, and is not held to its schema.
 */
public final class ExamplesValidate implements NormalisationRule {

    @Override
    public String id() {
        return "valid-examples";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        if (spec.model() == null) {
            return List.of(spec.finding(id(), "", "examples cannot be checked: the spec does not parse"));
        }
        SchemaValidator validator = new SchemaValidator(spec.model(), new MessageResolver());
        Set<String> badInput = PairedExamples.badInputExamples(spec);
        List<Finding> findings = new ArrayList<>();
        ShapeWalker.walk(spec.tree(), (pointer, shape, node) -> {
            switch (shape) {
                case SCHEMA -> check(spec, validator, pointer + "/example", node.get("example"), node, findings);
                case PARAMETER, HEADER -> checkExamples(spec, validator, pointer, node, node.get("schema"), badInput, findings);
                case MEDIA_TYPE -> {
                    String mediaType = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/");
                    if (MediaTypes.isJson(mediaType)) {
                        checkExamples(spec, validator, pointer, node, node.get("schema"), badInput, findings);
                    }
                }
                default -> {
                }
            }
        });
        return findings;
    }

    private void checkExamples(SpecDocument spec, SchemaValidator validator, String pointer, JsonNode holder,
                               JsonNode schema, Set<String> badInput, List<Finding> findings) {
        check(spec, validator, pointer + "/example", holder.get("example"), schema, findings);
        holder.path("examples").fields().forEachRemaining(example -> {
            if (badInput.contains(pointer + "/examples/" + ShapeWalker.escape(example.getKey()))) {
                return;
            }
            JsonNode value = example.getValue().has("$ref")
                    ? spec.resolve(example.getValue().get("$ref").asText()) : example.getValue();
            check(spec, validator, pointer + "/examples/" + ShapeWalker.escape(example.getKey()) + "/value",
                    value.get("value"), schema, findings);
        });
    }

    private void check(SpecDocument spec, SchemaValidator validator, String pointer, JsonNode example,
                       JsonNode schemaNode, List<Finding> findings) {
        if (example == null || schemaNode == null) {
            return;
        }
        Schema<?> schema = Json.mapper().convertValue(schemaNode, Schema.class);
        // The validator reads a string schema's value as raw text, the way a parameter arrives; JSON for the rest.
        String value = example.isTextual() ? example.asText() : example.toString();
        ValidationReport report = validator.validate(value, schema, "example");
        report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> findings.add(spec.finding(id(), pointer, message.getMessage())));
    }
}
