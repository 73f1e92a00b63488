package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.ValidVariants;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/**
 * A valid call, built from the spec's examples and schemas, gets a 2xx: once for each media type its success
 * declares (asked for by Accept), else once; then each of its {@link ValidVariants}, which may also get a documented
 * 404, 409 or 410 (see {@link Verdicts#acceptance}). A DELETE is left to
 * {@code use_after_delete}. The suite cannot call an operation whose security it has no credential for: that is
 * said once, as a finding of the run.
 */
public final class PositiveDataAcceptance implements ScenarioCheck {

    @Override
    public String name() {
        return "positive_data_acceptance";
    }

    @Override
    public String code() {
        return "CF120";
    }

    @Override
    public void run(Session session, Operation operation) {
        if (operation.method().equals("DELETE")) {
            return;
        }
        var missing = session.requests().missingCredentials(operation);
        if (!missing.isEmpty()) {
            session.finding("credentials-given", operation, "the run has no credential for " + missing
                    + ": name one with --credential " + missing.get(0) + "=...");
            return;
        }
        // A 2xx is expected where the operation documents one; else its documented answer is all that can be asked.
        boolean documentsSuccess = !operation.statuses('2').isEmpty();
        for (String mediaType : Accepts.documented(operation, operation.statuses('2'))) {
            Call call = Writes.isWrite(operation) ? Writes.marked(session, operation).call() : session.requests().valid(operation);
            var exchange = session.send(operation, Accepts.asking(call, mediaType), Intent.VALID);
            session.judge(this, operation, exchange, documentsSuccess ? Verdicts.success(exchange) : Optional.empty());
        }
        for (ValidVariants.Variant variant : new ValidVariants(session).of(operation)) {
            var exchange = session.send(operation, variant.call(), Intent.VALID);
            session.judge(this, operation, exchange, (documentsSuccess ? Verdicts.acceptance(operation, exchange)
                    : Optional.<String>empty())
                    .map(expected -> expected + " for " + variant.description()));
        }
    }
}
