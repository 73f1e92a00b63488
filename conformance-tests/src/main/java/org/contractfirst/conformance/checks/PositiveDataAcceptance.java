package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.ValidVariants;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A valid call, built from the spec's examples and schemas, gets a 2xx: once for each media type its success
 * declares (asked for by Accept), else once; then each of its {@link ValidVariants}, which may also get a documented
 * 404, 409 or 410 (see {@link Verdicts#acceptance}). A DELETE is left to
 * {@code use_after_delete}. The suite cannot call an operation whose security it has no credential for: that is
 * said once, as a finding of the run. A valid call the server refuses for the caller, or answers with the documented
 * 404 to a value the suite had to make up, shows the operation cannot be reached: it is <em>not exercised</em>
 * ({@link #unreached}), and the checks that need it reached do not run on it.
 */
public final class PositiveDataAcceptance implements ScenarioCheck {

    /** How the reason an operation was not exercised begins where the server refused the caller. */
    public static final String CALLER_REFUSED = "every valid request was refused with ";

    @Override
    public String name() {
        return "positive_data_acceptance";
    }

    @Override
    public String code() {
        return "CF120";
    }

    @Override
    public String nothingToJudge() {
        return "no valid call could be made";
    }

    @Override
    public boolean needsCredentials() {
        return false;
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return !operation.method().equals("DELETE");
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        var missing = context.requests().missingCredentials(operation);
        if (!missing.isEmpty()) {
            recorder.finding("credentials-given", operation, "the run has no credential for " + missing
                    + ": name one with --credential " + missing.get(0) + "=...");
            return;
        }
        // A 2xx is expected where the operation documents one; else its documented answer is all that can be asked.
        boolean documentsSuccess = !operation.statuses('2').isEmpty();
        for (String mediaType : Accepts.documented(operation, operation.statuses('2'))) {
            Call call = Writes.isWrite(operation) ? Writes.marked(context, operation).call() : context.requests().valid(operation);
            var exchange = recorder.send(operation, Accepts.asking(call, mediaType), Intent.VALID);
            Optional<String> unreached = unreached(context, operation, exchange);
            if (unreached.isPresent()) {
                recorder.notExercised(operation, unreached.get());
                return;
            }
            recorder.judge(this, operation, exchange, documentsSuccess ? Verdicts.success(exchange) : Optional.empty());
        }
        for (ValidVariants.Variant variant : new ValidVariants(context).of(operation)) {
            var exchange = recorder.send(operation, variant.call(), Intent.VALID);
            recorder.judge(this, operation, exchange, (documentsSuccess ? Verdicts.acceptance(operation, exchange)
                    : Optional.<String>empty())
                    .map(expected -> expected + " for " + variant.description()));
        }
    }

    /**
     * Why a valid request could not reach what the operation does, where its answer shows it could not: a refusal of
     * the caller (401, 403), which says the run lacks what this server wants, not that the server is wrong; or the
     * documented 404 or 410 to an input that must name something and whose value the suite had to make up.
     */
    static Optional<String> unreached(RunContext context, Operation operation, Exchange exchange) {
        int status = exchange.status();
        if (status == 401 || status == 403) {
            return Optional.of(CALLER_REFUSED + status
                    + (operation.documentsExactly(status) ? " (documented)" : "")
                    + ": give what the server needs to accept the caller (--credential, or --header for what the spec"
                    + " does not declare)");
        }
        List<Parameter> madeUp = context.requests().madeUp(operation);
        if ((status == 404 || status == 410) && operation.documentsOwnCode(status) && !madeUp.isEmpty()) {
            String names = madeUp.stream().map(Parameter::name).collect(Collectors.joining(", "));
            return Optional.of("needs an existing " + names + ": no operation of the API issued one (give --fixture "
                    + madeUp.get(0).name() + "=...)");
        }
        return Optional.empty();
    }
}
