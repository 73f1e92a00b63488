package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Mutations;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The judgements the scenario checks share. A valid request gets a 2xx. A deliberately bad one gets a 4xx about the
 * input, never a 401, 403 or 429: a documented status that names its fault (415 for a media type, 400 or 422 for a
 * value, 404 too for a path parameter...); where the operation documents none of those by its own code, one it
 * documents for bad input (a 400, 422, 4XX or default); where it documents none, any such 4xx passes and the spec
 * finding says why the answer could not be judged further. A request that cannot be parsed may always get 400. A 5xx or no answer is {@code not_a_server_error}'s to
 * report, not also here.
 */
final class Verdicts {

    private static final Set<Integer> NOT_ABOUT_INPUT = Set.of(401, 403, 407, 429);

    private Verdicts() {
    }

    static Optional<String> success(Exchange exchange) {
        return exchange.status() == 0 || exchange.status() >= 500 || exchange.status() >= 200 && exchange.status() < 300
                ? Optional.empty() : Optional.of("a 2xx");
    }

    /**
     * A valid request the suite built itself, beyond the spec's examples, gets a 2xx, or the documented answer that
     * what it names does not exist or is in another state (404, 409, 410): a drawn id may name nothing.
     */
    static Optional<String> acceptance(Operation operation, Exchange exchange) {
        int status = exchange.status();
        boolean stateOfTheWorld = (status == 404 || status == 409 || status == 410) && operation.documentsExactly(status);
        return stateOfTheWorld ? Optional.empty() : success(exchange);
    }

    static Optional<String> rejection(Recorder recorder, Operation operation, Exchange exchange, Mutations.Mutation mutation) {
        int status = exchange.status();
        String description = mutation.description();
        if (status == 0 || status >= 500) {
            return Optional.empty();
        }
        if (status < 400) {
            return Optional.of("a 4xx for " + description);
        }
        if (NOT_ABOUT_INPUT.contains(status)) {
            return Optional.of("a 4xx about the input, not " + status + ", for " + description);
        }
        boolean namesTheFault = mutation.answers().contains(status);
        if (namesTheFault && operation.documentedKey(status).isPresent()) {
            return Optional.empty();
        }
        if (status == 400 && mutation.unreadable()) {
            // Content that cannot be parsed is refused by HTTP's rule before the spec's validation can run.
            if (operation.documentedKey(400).isEmpty()) {
                recorder.finding("unreadable-requests-documented", operation, "answers a request it cannot parse with"
                        + " 400 (RFC 9110 §15.5.1), which it does not document");
            }
            return Optional.empty();
        }
        Set<Integer> promised = new TreeSet<>(mutation.answers());
        promised.removeIf(answer -> !operation.documentsOwnCode(answer));
        if (!namesTheFault && !promised.isEmpty()) {
            return Optional.of("the documented " + join(promised) + " for " + description);
        }
        if (operation.badInputStatuses().isEmpty()) {
            recorder.finding("error-responses-documented", operation, "documents no answer to bad input (a 400, 422, 4XX"
                    + " or default), so the answer to it is judged only as a 4xx about the input");
            return Optional.empty();
        }
        return operation.documentedKey(status).isPresent() ? Optional.empty() : Optional.of("a documented 4xx of "
                + operation.responses().keySet().stream().filter(key -> key.startsWith("4") || key.equals("default"))
                .toList() + " for " + description);
    }

    private static String join(Set<Integer> statuses) {
        return statuses.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" or "));
    }

    /** A documented client error, as a read after a delete must get. */
    static Optional<String> documentedClientError(Operation operation, Exchange exchange) {
        boolean clientError = exchange.status() >= 400 && exchange.status() < 500;
        return clientError && operation.documentedKey(exchange.status()).isPresent() ? Optional.empty()
                : Optional.of("a documented 4xx of " + operation.responses().keySet());
    }
}
