package org.contractfirst.server.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.binding.BindingStage;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.gate.GateStage;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.result.ResultStage;
import org.contractfirst.server.runtime.routing.ParameterStyles;
import org.contractfirst.server.runtime.routing.RoutingStage;
import org.contractfirst.server.runtime.security.SecurityStage;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.contractfirst.server.runtime.validation.ValidationStage;
import org.glassfish.jersey.server.ResourceConfig;

import java.util.List;

/**
 * The stages a request passes through in a generated server, in the order they run: gate, routing, security,
 * binding, validation, implementation, result, errors. Each stage is a {@link Stage} in the package of its name,
 * and registers its providers here and nowhere else; a filter's priority is its place in this order. Before the
 * first stage, the request's operation is noted ({@link CurrentOperation}), so that every refusal, the gate's too,
 * is answered in the error shape of the operation it was meant for; it is forgotten after the last.
 */
public final class Pipeline {

    private final CurrentOperation operation;
    private final GateStage gate;
    private final List<Stage> stages;

    private Pipeline(CurrentOperation operation, GateStage gate, List<Stage> stages) {
        this.operation = operation;
        this.gate = gate;
        this.stages = stages;
    }

    public static Pipeline of(ApiDefinition definition, ApiImplementation implementation) {
        ServedSpec spec = definition.spec();
        ErrorShape errors = implementation.errors();
        ObjectMapper json = Mappers.json();
        ParameterStyles styles = new ParameterStyles(spec);
        GateStage gate = new GateStage(spec, errors, json, implementation.maxBodyBytes(), styles);
        return new Pipeline(new CurrentOperation(spec), gate, List.of(
                gate,
                new RoutingStage(spec, styles),
                new SecurityStage(spec, implementation.authenticator(), errors, definition.name()),
                new BindingStage(spec, errors, json),
                new ValidationStage(spec, json),
                new ImplementationStage(definition, implementation, spec),
                new ResultStage(spec, json),
                new ErrorStage(errors)));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The gate, whose first part runs in Grizzly, in front of Jersey. */
    public GateStage gate() {
        return gate;
    }

    /** Jersey's configuration: every stage's providers, in pipeline order. */
    public ResourceConfig resources() {
        ResourceConfig resources = new ResourceConfig();
        Steps steps = new Steps(resources).requestFilter(operation);
        stages.forEach(stage -> stage.register(steps));
        return resources;
    }
}
