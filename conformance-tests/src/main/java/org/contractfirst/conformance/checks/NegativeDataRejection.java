package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.requests.Mutations;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;

import java.util.List;

/**
 * Each invalid variant of a valid request ({@link Mutations}: one per constraint, then as many drawn at random as
 * the run's requests per operation) gets a 4xx about the input (see {@link Verdicts}), asked for in each media type
 * the operation's 4xx answers document.
 */
public final class NegativeDataRejection implements ScenarioCheck {

    @Override
    public String name() {
        return "negative_data_rejection";
    }

    @Override
    public String code() {
        return "CF121";
    }

    @Override
    public String nothingToJudge() {
        return "no input of the operation has a constraint to break";
    }

    @Override
    public boolean needsReach() {
        return true;
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        List<String> mediaTypes = Accepts.documented(operation, operation.statuses('4'));
        Mutations mutations = new Mutations(context);
        List<Mutations.Mutation> all = new java.util.ArrayList<>(mutations.of(operation));
        all.addAll(mutations.random(operation, context.options().maxRequestsPerOperation()));
        for (Mutations.Mutation mutation : all) {
            boolean asksItself = mutation.request().header("Accept").isPresent();
            for (String mediaType : asksItself ? List.of(mutation.request().header("Accept").get()) : mediaTypes) {
                var request = mediaType == null ? mutation.request() : mutation.request().withHeader("Accept", mediaType);
                var exchange = recorder.send(operation, request, Intent.INVALID);
                recorder.judge(this, operation, exchange, Verdicts.rejection(recorder, operation, exchange, mutation));
            }
        }
    }
}
