package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/**
 * The {@code Location} of a created resource (a 201, RFC 9110 §15.3.2) or of a redirect (a 3xx, §10.2.2) names
 * something: requested with the run's credentials, through the documented GET whose path it fills, it is not a 404
 * or 410. Whatever else the write shows, a client that follows it must find what was made. A {@code Location} below
 * the base path that fills no documented GET is the spec finding {@code locations-documented}: the spec cannot say
 * what it names.
 */
public final class LocationResolves implements ScenarioCheck {

    @Override
    public String name() {
        return "location_resolves";
    }

    @Override
    public String code() {
        return "CF145";
    }

    @Override
    public String nothingToJudge() {
        return "no answer carried a Location below the base URL";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return documentsLocation(operation);
    }

    @Override
    public boolean needsReach() {
        return true;
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Exchange answer = recorder.send(operation, context.requests().valid(operation), Intent.VALID);
        Optional<String> location = answer.header("Location");
        if (location.isEmpty() || answer.status() != 201 && answer.status() / 100 != 3
                || Reads.belowBase(context, location.get()).isEmpty()) {
            return;
        }
        Optional<Reads.Read> read = Reads.located(context, location.get());
        if (read.isEmpty()) {
            recorder.finding("locations-documented", operation, "answers " + answer.status() + " with the Location "
                    + location.get() + ", which fills no path the spec documents a GET for");
            return;
        }
        Exchange named = recorder.send(read.get().operation(), read.get().call(), Intent.VALID);
        recorder.judge(this, operation, named, named.status() == 404 || named.status() == 410
                ? Optional.of("the Location of its " + answer.status() + ", " + location.get() + ", to name something, not "
                + named.status() + " from " + read.get().operation().operationId())
                : Optional.empty());
    }

    /** Whether a 201 or 3xx of the operation documents a {@code Location}. */
    private static boolean documentsLocation(Operation operation) {
        return operation.responses().entrySet().stream()
                .filter(response -> response.getKey().equals("201") || response.getKey().startsWith("3"))
                .anyMatch(response -> ApiSpec.fields(response.getValue().path("headers")).keySet().stream()
                        .anyMatch(name -> name.equalsIgnoreCase("Location")));
    }
}
