package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.HttpRequest;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.Writes;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A valid request, built from the spec's examples and schemas, gets a documented 2xx: once for each media type its
 * success declares (asked for by Accept), else once. A DELETE is left to {@code use_after_delete}.
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
        Set<String> mediaTypes = new LinkedHashSet<>();
        session.spec().responses(endpoint).forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                mediaTypes.addAll(response.getContent().keySet());
            }
        });
        if (mediaTypes.size() < 2) {
            mediaTypes.clear();
            mediaTypes.add(null);
        }
        for (String mediaType : mediaTypes) {
            HttpRequest request = Writes.isWrite(endpoint) ? Writes.marked(session, endpoint).request()
                    : session.requests().valid(endpoint);
            var exchange = session.send(endpoint, mediaType == null ? request : request.withHeader("Accept", mediaType));
            session.judge(this, endpoint, exchange, Expectations.success(exchange));
        }
    }

}
