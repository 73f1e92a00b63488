package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * OPTIONS of a path (RFC 9110 §9.3.7) is answered below 500: a success's {@code Allow}, where it sends one, names the
 * documented methods ({@link AllowHeader}); a 405 (a server that does not serve OPTIONS) carries the Allow a 405
 * must; any other refusal comes in the API's error shape ({@link ErrorShapes}). Once per path, with its first
 * operation and its credentials.
 */
public final class OptionsListsMethods implements HttpRuleCheck {

    @Override
    public String name() {
        return "options_lists_methods";
    }

    @Override
    public String code() {
        return "CF132";
    }

    @Override
    public String nothingToJudge() {
        return "no OPTIONS answer to judge";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return spec.isFirstOn(operation);
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        var request = context.requests().render(context.requests().valid(operation)).withMethod("OPTIONS")
                .withBody(org.contractfirst.conformance.http.Body.none());
        Exchange exchange = recorder.sendOnly(request);
        recorder.judge(this, operation, exchange, verdict(context, recorder, operation, exchange, AllowHeader.own(context, operation),
                context.spec().methodsAt(request.path())));
    }

    private static Optional<String> verdict(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Set<String> own,
                                            Set<String> documented) {
        int status = exchange.status();
        if (status == 0 || status >= 500) {
            return Optional.of("an answer below 500 to OPTIONS, not " + (status == 0 ? exchange.problem().orElse("none") : status));
        }
        if (status >= 200 && status < 300) {
            return exchange.header("Allow").isEmpty() ? Optional.empty()
                    : AllowHeader.mismatch(exchange, own, documented).map(what -> "an OPTIONS answer with " + what);
        }
        if (status == 405) {
            return AllowHeader.mismatch(exchange, own, documented).map(what -> "a 405 to OPTIONS with " + what);
        }
        return status >= 400 ? ErrorShapes.mismatch(context, recorder, operation, exchange).map(what -> "a " + status
                + " to OPTIONS with " + what) : Optional.empty();
    }
}
