package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.HttpRequest;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers a spec documents that no request can provoke from the spec alone (an outage, a rate limit, an account
 * of the wrong kind) come with their status, in each documented media type. The target names what provokes each, as
 * a fixture {@code -Dconformance.<api>.<name>.<status>=<value>}: with {@code token} as the name, a sandbox credential
 * to send; with a parameter's or body field's name, the value to send in it. Without such a fixture the answer goes
 * unexercised, and the report says so.
 */
public final class DocumentedFailureResponses implements ScenarioCheck {

    private static final Pattern FIXTURE = Pattern.compile("(.+)\\.(\\d{3})");

    @Override
    public String name() {
        return "documented_failure_responses";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        for (Map.Entry<String, String> fixture : session.target().fixtures().entrySet()) {
            Matcher named = FIXTURE.matcher(fixture.getKey());
            if (!named.matches()) {
                continue;
            }
            int status = Integer.parseInt(named.group(2));
            Optional<HttpRequest> provoking = provoking(session, endpoint, named.group(1), fixture.getValue());
            if (provoking.isEmpty() || session.spec().response(endpoint, status).isEmpty()) {
                continue;
            }
            for (String mediaType : Accepts.documented(session.spec(), endpoint, status)) {
                var exchange = session.sendProvokingFailure(endpoint, Accepts.asking(provoking.get(), mediaType));
                session.judge(this, endpoint, exchange, exchange.status() == status ? Optional.empty()
                        : Optional.of("the " + status + " that " + fixture.getKey() + " stands for"));
            }
        }
    }

    /** The valid request with the fixture's value as its credential or in the named input; empty if it has neither. */
    private static Optional<HttpRequest> provoking(Session session, ApiSpec.Endpoint endpoint, String name, String value) {
        if (name.equals("token")) {
            return session.spec().securitySchemes(endpoint).isEmpty() ? Optional.empty() : Optional.of(
                    session.requests().authenticated(endpoint, session.requests().valid(endpoint), value));
        }
        return session.requests().withInput(endpoint, name, value);
    }
}
