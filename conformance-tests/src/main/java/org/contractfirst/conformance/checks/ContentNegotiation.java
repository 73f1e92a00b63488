package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * Where an operation's success documents several media types, Accept headers that weigh them by q-value
 * ({@link Accepts#ranked}) get the type weighed highest, and never one weighed 0 (RFC 9110 §12.4.2, §12.5.1). An
 * HTTP finding: RFC 9110 lets a server disregard the header, and no OpenAPI document says it will not.
 */
public final class ContentNegotiation implements HttpRuleCheck {

    @Override
    public String name() {
        return "content_negotiation";
    }

    @Override
    public String code() {
        return "CF133";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return !operation.method().equals("DELETE") && !Accepts.ranked(operation, operation.statuses('2')).isEmpty();
    }

    @Override
    public String nothingToJudge() {
        return "no call weighing its media types got a 2xx with a body";
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Call valid = context.requests().valid(operation);
        for (String accept : Accepts.ranked(operation, operation.statuses('2'))) {
            Exchange exchange = recorder.send(operation, valid.withHeader("Accept", accept), Intent.VALID);
            if (exchange.status() < 200 || exchange.status() >= 300 || !exchange.hasBody()) {
                continue;
            }
            Set<String> preferred = MediaTypes.preferred(accept, operation.mediaTypes(exchange.status()));
            recorder.judge(this, operation, exchange, preferred.isEmpty() || preferred.contains(exchange.mediaType())
                    ? Optional.empty()
                    : Optional.of("the media type the Accept header weighs highest: " + String.join(" or ", preferred)
                    + " (Accept: " + accept + ")"));
        }
    }
}
