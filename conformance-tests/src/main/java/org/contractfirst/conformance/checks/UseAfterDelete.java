package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;

/** After a successful DELETE, the same credential's reads on that path get a documented 4xx (the old token no longer works). */
public final class UseAfterDelete implements ScenarioCheck {

    @Override
    public String name() {
        return "use_after_delete";
    }

    @Override
    public boolean destructive(ApiSpec.Endpoint endpoint) {
        return true;
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        if (!endpoint.method().equals("DELETE")) {
            return;
        }
        var deleted = session.send(endpoint, session.requests().valid(endpoint));
        session.judge(this, endpoint, deleted, Expectations.success(deleted));
        if (deleted.status() >= 300) {
            return;
        }
        session.spec().endpoint("GET", endpoint.path()).ifPresent(read -> {
            var after = session.send(read, session.requests().valid(read));
            session.judge(this, endpoint, after, Expectations.documentedClientError(session.spec(), read, after)
                    .map(expected -> expected + " from " + read.operationId() + " after the delete"));
        });
    }
}
