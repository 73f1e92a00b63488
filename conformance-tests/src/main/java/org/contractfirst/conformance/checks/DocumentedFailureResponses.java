package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.node.TextNode;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers a spec documents that no request can provoke from the spec alone (an outage, a rate limit, an account
 * of the wrong kind) come with their status, in each documented media type. The target names what provokes each, as
 * a fixture {@code <name>.<status>}: with {@code token} as the name, a sandbox credential to send; with a
 * parameter's or body field's name, the value to send in it. Without such a fixture the answer goes unexercised, and
 * the report says so.
 */
public final class DocumentedFailureResponses implements ScenarioCheck {

    private static final Pattern FIXTURE = Pattern.compile("(.+)\\.(\\d{3})");

    @Override
    public String name() {
        return "documented_failure_responses";
    }

    @Override
    public String code() {
        return "CF122";
    }

    @Override
    public String nothingToJudge() {
        return "no fixture or sandbox credential of the run names a failure status the operation documents (token.<status>, or <input>.<status>)";
    }

    @Override
    public boolean needsCredentials() {
        return false;
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        for (Map.Entry<String, String> fixture : context.target().fixtures().entrySet()) {
            Matcher named = FIXTURE.matcher(fixture.getKey());
            if (!named.matches()) {
                continue;
            }
            int status = Integer.parseInt(named.group(2));
            Optional<Call> provoking = provoking(context, operation, named.group(1), fixture.getValue());
            if (provoking.isEmpty() || operation.response(status).isEmpty()) {
                continue;
            }
            for (String mediaType : Accepts.documented(operation, List.of(status))) {
                var exchange = recorder.send(operation, Accepts.asking(provoking.get(), mediaType), Intent.PROVOKED);
                recorder.judge(this, operation, exchange, exchange.status() == status ? Optional.empty()
                        : Optional.of("the " + status + " that " + fixture.getKey() + " stands for"));
            }
        }
    }

    /** The valid call with the fixture's value as its credential or in the named input; empty if it has neither. */
    private static Optional<Call> provoking(RunContext context, Operation operation, String name, String value) {
        Call valid = context.requests().valid(operation);
        if (name.equals("token")) {
            return operation.isSecured() ? Optional.of(valid.withAuth(Call.Auth.given(value))) : Optional.empty();
        }
        for (Parameter parameter : operation.parameters()) {
            if (parameter.name().equals(name)) {
                return Optional.of(valid.withParameter(parameter, new TextNode(value)));
            }
        }
        if (valid.media().isPresent() && valid.body().orElse(null) instanceof com.fasterxml.jackson.databind.node.ObjectNode body
                && context.spec().schemas().effective(valid.media().get().schema()).path("properties").has(name)) {
            var changed = body.deepCopy();
            changed.put(name, value);
            return Optional.of(valid.withBody(valid.media().get(), changed));
        }
        return Optional.empty();
    }
}
