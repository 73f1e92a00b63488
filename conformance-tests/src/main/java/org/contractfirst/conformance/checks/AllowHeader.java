package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code Allow} header (RFC 9110 §10.2.1) held against the spec: it names at least the methods of the
 * operation's own path item, and nothing the URL's templates do not document but HEAD where GET is and OPTIONS (and
 * TRACE or CONNECT, which a container may answer by itself). A URL that a literal path and a template both fill may
 * be served by either (OpenAPI matches the literal first), so the methods of the template may be listed or not.
 */
final class AllowHeader {

    /** Methods a container may answer on every path by itself (a servlet's OPTIONS lists TRACE): no API's to list. */
    private static final Set<String> CONTAINERS_OWN = Set.of("TRACE", "CONNECT");

    private AllowHeader() {
    }

    /** The methods the operation's own path item documents. */
    static Set<String> own(RunContext context, Operation operation) {
        return context.spec().operationsOn(operation.path()).stream().map(Operation::method)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the answer's Allow should have been; empty when it is right. */
    static Optional<String> mismatch(Exchange exchange, Set<String> own, Set<String> documented) {
        Set<String> allowed = exchange.headerValues("Allow").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(name -> name.trim().toUpperCase(Locale.ROOT)).filter(name -> !name.isEmpty())
                .filter(name -> !CONTAINERS_OWN.contains(name)).collect(Collectors.toCollection(TreeSet::new));
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
