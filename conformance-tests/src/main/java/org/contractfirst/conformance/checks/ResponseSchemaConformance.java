package org.contractfirst.conformance.checks;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.MediaType;
import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Exchange;
import org.contractfirst.conformance.ResponseCheck;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The body validates against the schema of its status and media type: JSON with swagger-request-validator's schema
 * validator, XML read into the same JSON form by its schema ({@link XmlBodies}) and validated the same way.
 */
public final class ResponseSchemaConformance implements ResponseCheck {

    /** What reads and validates one spec's bodies, built once per spec (a session checks one). */
    private record Validators(SchemaValidator json, XmlBodies xml) {
    }

    private final Map<ApiSpec, Validators> validators = new HashMap<>();

    @Override
    public String name() {
        return "response_schema_conformance";
    }

    @Override
    public Optional<String> verify(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange) {
        Optional<MediaType> media = spec.response(endpoint, exchange.status())
                .filter(response -> response.getContent() != null)
                .map(response -> response.getContent().get(exchange.mediaType()));
        if (media.isEmpty() || media.get().getSchema() == null || exchange.body().isEmpty()) {
            return Optional.empty();
        }
        Validators validator = validators.computeIfAbsent(spec, api ->
                new Validators(new SchemaValidator(api.model(), new MessageResolver()), new XmlBodies(api)));
        String json;
        if (exchange.mediaType().endsWith("xml")) {
            try {
                JsonNode read = validator.xml().read(exchange.body(), media.get().getSchema());
                json = read.toString();
            } catch (IllegalArgumentException e) {
                return Optional.of("an XML body of the schema (" + e.getMessage() + ")");
            }
        } else {
            json = exchange.body();
        }
        ValidationReport report = validator.json().validate(json, media.get().getSchema(), "response.body");
        String errors = report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).collect(Collectors.joining("; "));
        return errors.isEmpty() ? Optional.empty() : Optional.of("a body of the documented schema: " + errors);
    }
}
