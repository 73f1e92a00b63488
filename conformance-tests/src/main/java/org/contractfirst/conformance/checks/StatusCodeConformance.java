package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/**
 * The status is one the operation documents: by its code, its range ({@code 4XX}) or {@code default}. A
 * deliberately bad request's status is judged by {@code negative_data_rejection}, and a refusal of credentials that
 * the spec does not document by {@code auth_required}'s spec finding, not here.
 */
public final class StatusCodeConformance implements ResponseCheck {

    @Override
    public String name() {
        return "status_code_conformance";
    }

    @Override
    public String code() {
        return "CF110";
    }

    @Override
    public Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent) {
        int status = exchange.status();
        if (status == 0 || intent == Intent.INVALID || operation.documentedKey(status).isPresent()) {
            return Optional.empty();
        }
        if (intent == Intent.UNAUTHENTICATED && (status == 401 || status == 403)) {
            return Optional.empty();
        }
        return Optional.of("one of the documented statuses " + operation.responses().keySet());
    }
}
