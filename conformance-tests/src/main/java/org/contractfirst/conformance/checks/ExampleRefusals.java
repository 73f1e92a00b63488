package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;

import java.util.Map;
import java.util.Optional;

/**
 * The refusals a spec documents by paired names ({@link Operation#namedRefusals}): the valid call with every input
 * that has an example of that name set to it gets the status of the response example of the same name, its body
 * judged by that response's schema as every answer is. A write is sent once before, so that a refusal of a state
 * (ZITADEL's {@code notChanged}: the same profile again) meets that state. A 404 or 410 where a value of the example
 * names something the target may not hold (an id) is the target's data, not a fault: not exercised.
 */
public final class ExampleRefusals implements ScenarioCheck {

    @Override
    public String name() {
        return "example_refusals";
    }

    @Override
    public String code() {
        return "CF123";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return !operation.namedRefusals().isEmpty();
    }

    @Override
    public String nothingToJudge() {
        return "no named example's request could be made";
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        for (Map.Entry<String, Integer> refusal : operation.namedRefusals().entrySet()) {
            Call named = named(context, operation, refusal.getKey());
            if (Writes.isWrite(operation)) {
                recorder.send(operation, named, Intent.PROVOKED);
            }
            Exchange answer = recorder.send(operation, named, Intent.PROVOKED);
            int status = refusal.getValue();
            if (answer.status() == status || (answer.status() == 404 || answer.status() == 410) && namesSomething(context,
                    operation, refusal.getKey())) {
                recorder.judge(this, operation, answer, Optional.empty());
                continue;
            }
            recorder.judge(this, operation, answer, Optional.of("the " + status + " the spec's examples named "
                    + refusal.getKey() + " pair with this request"));
        }
    }

    /** The valid call with each parameter and the body that has an example named {@code name} set to it. */
    private static Call named(RunContext context, Operation operation, String name) {
        Call call = context.requests().valid(operation);
        for (Parameter parameter : operation.parameters()) {
            JsonNode value = example(context, parameter.node(), name);
            if (!value.isMissingNode()) {
                call = call.withParameter(parameter, value);
            }
        }
        JsonNode content = context.spec().resolve(operation.node().path("requestBody")).path("content");
        for (Map.Entry<String, MediaType> media : operation.requestBody().map(body -> body.content())
                .orElse(Map.of()).entrySet()) {
            JsonNode value = example(context, content.path(media.getKey()), name);
            if (!value.isMissingNode()) {
                return call.withBody(media.getValue(), value);
            }
        }
        return call;
    }

    private static JsonNode example(RunContext context, JsonNode owner, String name) {
        return context.spec().resolve(owner.path("examples").path(name)).path("value");
    }

    /** Whether the example of that name sets an input that names something, such as an id. */
    private static boolean namesSomething(RunContext context, Operation operation, String name) {
        return operation.parameters().stream().anyMatch(parameter -> context.requests().names(operation, parameter)
                && !example(context, parameter.node(), name).isMissingNode());
    }
}
