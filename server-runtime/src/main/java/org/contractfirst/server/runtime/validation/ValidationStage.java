package org.contractfirst.server.runtime.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.glassfish.jersey.server.ServerProperties;

import java.util.List;

/**
 * Validation: each value judged by its schema's keywords. Most are Bean Validation annotations on the generated
 * code, checked by Hibernate Validator with this runtime's validators ({@link JsonSchemaConstraints}); the keywords
 * of a JSON array body, which no annotation on a Java list can state, are checked as the body is read
 * ({@link ArrayConstraints}). README "Where a schema keyword is enforced" says which keyword is where.
 */
public final class ValidationStage implements Stage {

    private final ServedSpec spec;
    private final ObjectMapper json;

    public ValidationStage(ServedSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
    }

    @Override
    public String name() {
        return "validation";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal(ErrorKind.INVALID_INPUT, "a value that breaks a keyword of its schema"));
    }

    @Override
    public void register(Steps steps) {
        steps.provider(JsonSchemaConstraints.forJersey())
                .provider(new ArrayConstraints(spec, json))
                .property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
    }
}
