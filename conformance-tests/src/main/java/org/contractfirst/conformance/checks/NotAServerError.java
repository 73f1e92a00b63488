package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/** No request, valid or not, makes the server fail (5xx) or leaves it without an answer. */
public final class NotAServerError implements ResponseCheck {

    @Override
    public String name() {
        return "not_a_server_error";
    }

    @Override
    public String code() {
        return "CF100";
    }

    @Override
    public Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent) {
        if (exchange.status() == 0) {
            return Optional.of("an answer (" + exchange.problem().orElse("none came") + ")");
        }
        // An outage a sandbox credential asks for is the answer wanted, not a fault.
        return exchange.status() >= 500 && intent != Intent.PROVOKED ? Optional.of("a status below 500") : Optional.empty();
    }
}
