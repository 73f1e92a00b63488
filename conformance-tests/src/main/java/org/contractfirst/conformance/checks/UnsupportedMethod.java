package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A method the spec does not document on a known path, nor on any other path template the URL fills, gets 405 (RFC
 * 9110 §15.5.6), or 501 where the server knows no such method at all; checked once per path, with its first
 * operation. A 405 carries {@code Allow} with the documented methods ({@link AllowHeader}) and a body in the API's
 * error shape ({@link ErrorShapes}).
 */
public final class UnsupportedMethod implements HttpRuleCheck {

    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");

    @Override
    public String name() {
        return "unsupported_method";
    }

    @Override
    public String code() {
        return "CF130";
    }

    @Override
    public String nothingToJudge() {
        return "no method the path does not document could be tried";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return spec.isFirstOn(operation);
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        var request = context.requests().render(context.requests().valid(operation));
        Set<String> documented = context.spec().methodsAt(request.path());
        Set<String> own = AllowHeader.own(context, operation);
        for (String method : METHODS) {
            if (!documented.contains(method)) {
                var exchange = recorder.sendOnly(request.withMethod(method));
                recorder.judge(this, operation, exchange, verdict(context, recorder, operation, exchange, method, own, documented));
            }
        }
    }

    private static Optional<String> verdict(RunContext context, Recorder recorder, Operation operation, Exchange exchange, String method,
                                            Set<String> own, Set<String> documented) {
        if (exchange.status() == 501) {
            return Optional.empty();
        }
        if (exchange.status() != 405) {
            return Optional.of("405 for " + method + ", which " + operation.path() + " does not document");
        }
        List<String> expected = new ArrayList<>();
        AllowHeader.mismatch(exchange, own, documented).ifPresent(expected::add);
        ErrorShapes.mismatch(context, recorder, operation, exchange).ifPresent(expected::add);
        return expected.isEmpty() ? Optional.empty() : Optional.of("a 405 for " + method + " with " + String.join(" and ", expected));
    }
}
