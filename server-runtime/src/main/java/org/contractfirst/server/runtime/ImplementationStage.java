package org.contractfirst.server.runtime;

import org.contractfirst.server.runtime.binding.MultipartBinder;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.contractfirst.server.runtime.validation.JsonSchemaConstraints;
import java.util.List;

/**
 * The implementation: the generated resources, which bind each request to its operation and call the team's code,
 * and the providers that code adds ({@link ApiImplementation#providers()}). What it refuses is the team's to say, in
 * the results its operations return.
 */
final class ImplementationStage implements Stage {

    private final ApiDefinition definition;
    private final ApiImplementation implementation;
    private final ServedSpec spec;

    ImplementationStage(ApiDefinition definition, ApiImplementation implementation, ServedSpec spec) {
        this.definition = definition;
        this.implementation = implementation;
        this.spec = spec;
    }

    @Override
    public String name() {
        return "implementation";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of();
    }

    @Override
    public void register(Steps steps) {
        steps.resources(definition.resources(implementation, new MultipartBinder(JsonSchemaConstraints.validator(), spec)));
        implementation.providers().forEach(steps::provider);
    }
}
