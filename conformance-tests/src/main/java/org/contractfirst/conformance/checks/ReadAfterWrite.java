package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.Writes;

import java.util.Optional;

/** A successful write is visible in the matching read: every fresh value written appears in what the read returns. */
public final class ReadAfterWrite implements ScenarioCheck {

    @Override
    public String name() {
        return "read_after_write";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        Optional<ApiSpec.Endpoint> read = Writes.readOf(session.spec(), endpoint);
        if (read.isEmpty()) {
            return;
        }
        Writes.MarkedWrite write = Writes.marked(session, endpoint);
        var written = session.send(endpoint, write.request());
        session.judge(this, endpoint, written, Expectations.success(written));
        if (written.status() >= 300) {
            return;
        }
        var shown = session.send(read.get(), session.requests().valid(read.get()));
        session.judge(this, endpoint, shown, write.markers().stream().filter(marker -> !shown.body().contains(marker))
                .findFirst().map(missing -> read.get().operationId() + " to show the value written, " + missing));
    }
}
