package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;

import java.util.List;
import java.util.Optional;

/** A method the spec does not document on a known path gets 405 (checked once per path, with its first operation). */
public final class UnsupportedMethod implements ScenarioCheck {

    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");

    @Override
    public String name() {
        return "unsupported_method";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        ApiSpec.Endpoint first = session.spec().endpoints().stream()
                .filter(other -> other.path().equals(endpoint.path())).findFirst().orElseThrow();
        if (first != endpoint) {
            return;
        }
        List<String> documented = session.spec().methodsOf(endpoint.path());
        for (String method : METHODS) {
            if (!documented.contains(method)) {
                var exchange = session.sendOnly(session.requests().valid(endpoint).withMethod(method));
                session.judge(this, endpoint, exchange, exchange.status() == 405 ? Optional.empty()
                        : Optional.of("405 for " + method + ", which " + endpoint.path() + " does not document"));
            }
        }
    }
}
