package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.HttpRequest;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;

import java.util.Optional;

/**
 * A secured operation called without credentials, and with a wrong one, gets its documented 401, in each media type
 * the 401 documents.
 */
public final class AuthRequired implements ScenarioCheck {

    @Override
    public String name() {
        return "auth_required";
    }

    /** A DELETE that ignores its credentials deletes for good. */
    @Override
    public boolean destructive(ApiSpec.Endpoint endpoint) {
        return endpoint.method().equals("DELETE");
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        if (session.spec().securitySchemes(endpoint).isEmpty()) {
            return;
        }
        HttpRequest valid = session.requests().valid(endpoint);
        for (String credential : new String[] {null, session.marker()}) {
            for (String mediaType : Accepts.documented(session.spec(), endpoint, 401)) {
                refused(session, endpoint, Accepts.asking(session.requests().authenticated(endpoint, valid, credential), mediaType),
                        credential == null);
            }
        }
    }

    private void refused(Session session, ApiSpec.Endpoint endpoint, HttpRequest request, boolean anonymous) {
        var exchange = session.send(endpoint, request);
        boolean documented = exchange.status() == 401 && session.spec().response(endpoint, 401).isPresent();
        session.judge(this, endpoint, exchange, documented ? Optional.empty()
                : Optional.of("the documented 401 " + (anonymous ? "without credentials" : "for a wrong credential")));
    }
}
