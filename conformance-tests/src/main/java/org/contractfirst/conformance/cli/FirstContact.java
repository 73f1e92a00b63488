package org.contractfirst.conformance.cli;

import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;

import java.util.Comparator;
import java.util.Optional;

/**
 * The run's first request, which says in one line what would make every later one fail for the same reason: nothing
 * answers at the URL, what answers is a page of HTML where the spec documents JSON (a URL without the API's base
 * path, a proxy's login page), or the credential of the run is refused with 401. Each ends the run before a check
 * runs.
 */
final class FirstContact {

    private FirstContact() {
    }

    static Optional<String> problem(Recorder recorder) {
        Optional<Operation> first = recorder.context().spec().operations().stream()
                .filter(operation -> recorder.context().requests().missingCredentials(operation).isEmpty())
                .min(Comparator.comparing(operation -> !operation.method().equals("GET")));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Exchange answer = recorder.sendOnly(recorder.context().requests().render(recorder.context().requests().valid(first.get())));
        String url = recorder.context().target().baseUri().toString();
        if (answer.status() == 0) {
            return Optional.of("nothing answers at " + url + ": " + answer.problem().orElse("no answer"));
        }
        if (answer.status() == 401 && first.get().isSecured() && !recorder.context().target().credentials().values().isEmpty()) {
            return Optional.of(url + " refuses the run's credential: 401 to " + first.get() + ", a valid request"
                    + " with it; is --credential valid for the scheme the spec names, and does a gateway in front want a"
                    + " --header of its own?");
        }
        boolean html = answer.mediaType().equals("text/html");
        boolean documentsHtml = first.get().responses().values().stream()
                .anyMatch(response -> ApiSpec.fields(response.path("content")).keySet().stream()
                        .anyMatch(type -> MediaType.essence(type).equals("text/html") || type.contains("*")));
        return html && !documentsHtml ? Optional.of(url + " answers " + first.get() + " with a " + answer.status()
                + " page of HTML, where the spec documents no HTML: is --url the API's base URL, its base path included?")
                : Optional.empty();
    }
}
