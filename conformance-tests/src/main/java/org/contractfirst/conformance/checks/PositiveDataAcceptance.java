package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.HttpRequest;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.ValidVariants;
import org.contractfirst.conformance.Writes;


/**
 * A valid request, built from the spec's examples and schemas, gets a documented 2xx: once for each media type its
 * success declares (asked for by Accept), else once; then each of its {@link ValidVariants}. A DELETE is left to
 * {@code use_after_delete}.
 */
public final class PositiveDataAcceptance implements ScenarioCheck {

    @Override
    public String name() {
        return "positive_data_acceptance";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        if (endpoint.method().equals("DELETE")) {
            return;
        }
        for (String mediaType : Accepts.documented(session.spec(), endpoint, Accepts.statuses(session.spec(), endpoint, '2'))) {
            HttpRequest request = Writes.isWrite(endpoint) ? Writes.marked(session, endpoint).request()
                    : session.requests().valid(endpoint);
            var exchange = session.send(endpoint, Accepts.asking(request, mediaType));
            session.judge(this, endpoint, exchange, Expectations.success(exchange));
        }
        for (ValidVariants.Variant variant : new ValidVariants(session).of(endpoint)) {
            var exchange = session.send(endpoint, variant.request());
            session.judge(this, endpoint, exchange, Expectations.success(exchange).map(expected -> expected + " for "
                    + variant.description()));
        }
    }

}
