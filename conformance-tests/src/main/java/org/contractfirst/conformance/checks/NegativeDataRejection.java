package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Mutations;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;

import java.util.List;

/**
 * Each invalid variant of a valid request ({@link Mutations}) gets a documented 4xx, asked for in each media type the
 * operation's 4xx answers document.
 */
public final class NegativeDataRejection implements ScenarioCheck {

    @Override
    public String name() {
        return "negative_data_rejection";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        List<String> mediaTypes = Accepts.documented(session.spec(), endpoint, Accepts.statuses(session.spec(), endpoint, '4'));
        for (Mutations.Mutation mutation : new Mutations(session).of(endpoint)) {
            boolean asksItself = mutation.request().headers().containsKey("Accept");
            for (String mediaType : asksItself ? List.of(mutation.request().headers().get("Accept")) : mediaTypes) {
                var exchange = session.send(endpoint, Accepts.asking(mutation.request(), mediaType));
                session.judge(this, endpoint, exchange, Expectations.documentedClientError(session.spec(), endpoint, exchange)
                        .map(expected -> expected + " for " + mutation.description()));
            }
        }
    }
}
