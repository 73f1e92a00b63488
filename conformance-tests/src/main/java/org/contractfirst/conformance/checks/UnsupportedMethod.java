package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A method the spec does not document on a known path, nor on any other path template the URL fills, gets 405 (RFC
 * 9110 §15.5.6), or 501 where the server knows no such method at all; checked once per path, with its first
 * operation. A 405 carries {@code Allow} with the documented methods and no other (HEAD where GET is, and OPTIONS,
 * are the server's by RFC 9110 §9.3.2 and §9.3.7; see {@link #allowed}), and a body in the API's error shape ({@link ErrorShapes}).
 */
public final class UnsupportedMethod implements ScenarioCheck {

    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");

    @Override
    public String name() {
        return "unsupported_method";
    }

    @Override
    public void run(Session session, Operation operation) {
        Operation first = session.spec().operations().stream().filter(other -> other.path().equals(operation.path()))
                .findFirst().orElseThrow();
        if (first != operation || !session.requests().missingCredentials(operation).isEmpty()) {
            return;
        }
        var request = session.requests().render(session.requests().valid(operation));
        Set<String> documented = session.spec().methodsAt(request.path());
        Set<String> own = session.spec().operations().stream().filter(other -> other.path().equals(operation.path()))
                .map(Operation::method).collect(Collectors.toCollection(TreeSet::new));
        for (String method : METHODS) {
            if (!documented.contains(method)) {
                var exchange = session.sendOnly(request.withMethod(method));
                session.judge(this, operation, exchange, verdict(session, operation, exchange, method, own, documented));
            }
        }
    }

    private static Optional<String> verdict(Session session, Operation operation, Exchange exchange, String method,
                                            Set<String> own, Set<String> documented) {
        if (exchange.status() == 501) {
            return Optional.empty();
        }
        if (exchange.status() != 405) {
            return Optional.of("405 for " + method + ", which " + operation.path() + " does not document");
        }
        List<String> expected = new ArrayList<>();
        allowed(exchange, own, documented).ifPresent(expected::add);
        ErrorShapes.mismatch(session, operation, exchange).ifPresent(expected::add);
        return expected.isEmpty() ? Optional.empty() : Optional.of("a 405 for " + method + " with " + String.join(" and ", expected));
    }

    /**
     * The Allow header names at least the methods of the operation's own path item, and nothing the URL's templates
     * do not document: a URL that a literal path and a template both fill may be served by either (OpenAPI matches
     * the literal first), so the methods of the template may be listed or not.
     */
    private static Optional<String> allowed(Exchange exchange, Set<String> own, Set<String> documented) {
        Set<String> allowed = exchange.headerValues("Allow").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(name -> name.trim().toUpperCase(Locale.ROOT)).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> implied = new TreeSet<>(Set.of("OPTIONS"));
        if (documented.contains("GET")) {
            implied.add("HEAD");
        }
        boolean exact = allowed.containsAll(own) && implied.containsAll(without(allowed, documented));
        return exact ? Optional.empty() : Optional.of("Allow: " + String.join(", ", own)
                + (own.equals(documented) ? "" : " (or with " + String.join(", ", without(documented, own)) + ")")
                + " (received " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
    }

    private static Set<String> without(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }
}
