package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Mutations;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;

/** Each invalid variant of a valid request ({@link Mutations}) gets a documented 4xx. */
public final class NegativeDataRejection implements ScenarioCheck {

    @Override
    public String name() {
        return "negative_data_rejection";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        for (Mutations.Mutation mutation : new Mutations(session).of(endpoint)) {
            var exchange = session.send(endpoint, mutation.request());
            session.judge(this, endpoint, exchange, Expectations.documentedClientError(session.spec(), endpoint, exchange)
                    .map(expected -> expected + " for " + mutation.description()));
        }
    }
}
