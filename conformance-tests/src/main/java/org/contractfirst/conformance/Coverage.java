package org.contractfirst.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Which documented (operation, status, media type) cells of one API a session exercised, and for each one it did
 * not, why.
 */
public record Coverage(String api, List<Row> rows, int requestsSent, int checksRun, int failures) {

    /** One documented cell: exercised, or the reason it was not. */
    public record Row(ApiSpec.Endpoint endpoint, String status, String mediaType, boolean exercised, String reason) {
    }

    public static Coverage of(Session session) {
        ApiSpec spec = session.spec();
        List<Row> rows = new ArrayList<>();
        for (ApiSpec.Endpoint endpoint : spec.endpoints()) {
            spec.responses(endpoint).forEach((status, response) -> {
                List<String> mediaTypes = response.getContent() == null || response.getContent().isEmpty()
                        ? List.of("-") : List.copyOf(response.getContent().keySet());
                for (String mediaType : mediaTypes) {
                    boolean exercised = session.exercised().contains(
                            new Session.Cell(endpoint.operationId(), status, mediaType));
                    rows.add(new Row(endpoint, status, mediaType, exercised,
                            exercised ? "" : reason(session.target(), status, mediaType, mediaTypes)));
                }
            });
        }
        return new Coverage(spec.name(), rows, session.requestsSent(), session.checksRun(), session.failures().size());
    }

    public long exercised() {
        return rows.stream().filter(Row::exercised).count();
    }

    public double share() {
        return rows.isEmpty() ? 1 : (double) exercised() / rows.size();
    }

    private static String reason(Target target, String status, String mediaType, List<String> mediaTypes) {
        if (status.equals("406") && !mediaType.equals(mediaTypes.get(0))) {
            return "a 406 means no type the request accepts can be served, so it comes in the server's default type";
        }
        boolean ownFailure = status.equals("default") || status.equals("403") || status.equals("429")
                || status.startsWith("5");
        if (ownFailure) {
            String fixture = "-Dconformance." + target.spec().name() + ".token."
                    + (status.equals("default") ? "<status>" : status);
            return target.fixture("token." + status).isPresent() ? "the sandbox credential " + fixture + " did not produce it"
                    : "no valid request makes a working server answer it: name a credential that does, " + fixture;
        }
        return "no request of this run provoked it";
    }
}
