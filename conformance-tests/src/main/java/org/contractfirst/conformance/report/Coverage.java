package org.contractfirst.conformance.report;

import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.SpecFinding;
import org.contractfirst.conformance.checks.StepError;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One API's outcome: which documented (operation, status, media type) cells the run exercised and, for each one it
 * did not, why; for each operation that documents a success, whether a request got one, and if not why; its
 * failures, HTTP findings, spec findings, errors and skipped steps; the counts of requests and checks.
 */
public record Coverage(String api, List<Row> rows, List<Reach> reach, int requestsSent, int checksRun,
                       List<Failure> failures, List<Failure> httpFindings, List<SpecFinding> findings,
                       List<StepError> errors, List<Recorder.Skipped> skipped) {

    /** One documented cell: exercised, or the reason it was not. */
    public record Row(String operation, String status, String mediaType, boolean exercised, String reason) {
    }

    /** An operation that documents a 2xx: whether the run got one, and if not why (it was <em>not exercised</em>). */
    public record Reach(String operation, boolean succeeded, String why) {
    }

    public static Coverage of(Recorder recorder) {
        ApiSpec spec = recorder.context().spec();
        List<Row> rows = new ArrayList<>();
        for (Operation operation : spec.operations()) {
            operation.responses().forEach((status, response) -> {
                List<String> mediaTypes = response.path("content").isEmpty() ? List.of("-")
                        : new ArrayList<>(ApiSpec.fields(response.path("content")).keySet());
                for (String mediaType : mediaTypes) {
                    boolean exercised = recorder.exercised().contains(new Recorder.Cell(operation.operationId(), status,
                            mediaType)) || exercisedUnderRange(recorder, operation, status, mediaType);
                    rows.add(new Row(operation.toString(), status, mediaType, exercised,
                            exercised ? "" : reason(recorder.context().target(), status, mediaType, mediaTypes)));
                }
            });
        }
        return new Coverage(spec.name(), rows, reach(recorder), recorder.requestsSent(), recorder.checksRun(),
                recorder.failures(), recorder.httpFindings(), recorder.findings(), recorder.errors(), recorder.skipped());
    }

    private static List<Reach> reach(Recorder recorder) {
        List<Reach> reach = new ArrayList<>();
        for (Operation operation : recorder.context().spec().operations()) {
            if (operation.statuses('2').isEmpty()) {
                continue;
            }
            boolean succeeded = recorder.exercised().stream().anyMatch(cell -> cell.operationId().equals(operation.operationId())
                    && cell.status().startsWith("2"));
            reach.add(new Reach(operation.toString(), succeeded, succeeded ? "" : recorder.notExercised(operation)
                    .orElseGet(() -> whyNot(recorder.context().target(), operation))));
        }
        return reach;
    }

    private static String whyNot(Target target, Operation operation) {
        if (operation.method().equals("DELETE") && !target.destructive()) {
            return "no DELETE of this run succeeded: use_after_delete deletes what it creates first, where a POST on the"
                    + " collection or on the same path makes it; a DELETE of anything else is sent only with --destructive";
        }
        return "no request of this run got a 2xx";
    }

    /** The operations that document a success and got none in this run: each is not exercised, with its reason. */
    public List<Reach> notExercised() {
        return reach.stream().filter(operation -> !operation.succeeded()).toList();
    }

    /** A range or wildcard cell is exercised by any answer it covers. */
    private static boolean exercisedUnderRange(Recorder recorder, Operation operation, String status, String mediaType) {
        return recorder.exercised().stream().anyMatch(cell -> cell.operationId().equals(operation.operationId())
                && cell.status().equals(status) && (mediaType.contains("*") && !cell.mediaType().equals("-")));
    }

    public long exercised() {
        return rows.stream().filter(Row::exercised).count();
    }

    public double share() {
        return rows.isEmpty() ? 1 : (double) exercised() / rows.size();
    }

    /** How many requests failed, counting each failure as often as it happened. */
    public int failureCount() {
        return failures.stream().mapToInt(Failure::count).sum();
    }

    /** The cells exercised, of all, and their share: {@code 7/9 (78%)}. */
    public String cellsExercised() {
        return String.format(Locale.ROOT, "%d/%d (%.0f%%)", exercised(), rows.size(), share() * 100);
    }

    /** The operations not exercised, by the reason: one line says what one fact of the environment did to many. */
    public Map<String, List<String>> notExercisedByReason() {
        return grouped(notExercised(), Reach::why, Reach::operation);
    }

    /** The steps skipped, by the reason: each as its check and operation. */
    public Map<String, List<String>> skippedByReason() {
        return grouped(skipped, Recorder.Skipped::reason, step -> step.check() + " " + step.operation());
    }

    /** The failures of each operation, in the order the run met them: one place to read what is wrong with it. */
    public static Map<String, List<Failure>> byOperation(List<Failure> failures) {
        return grouped(failures, Failure::operation, failure -> failure);
    }

    private static <T, L> Map<String, List<L>> grouped(List<T> items, Function<T, String> reason, Function<T, L> label) {
        Map<String, List<L>> reasons = new LinkedHashMap<>();
        items.forEach(item -> reasons.computeIfAbsent(reason.apply(item), why -> new ArrayList<>()).add(label.apply(item)));
        return reasons;
    }

    private static String reason(Target target, String status, String mediaType, List<String> mediaTypes) {
        if (status.equals("406") && !mediaType.equals(mediaTypes.get(0))) {
            return "a 406 means no type the request accepts can be served, so it comes in the server's default type";
        }
        boolean ownFailure = status.equals("default") || status.equals("403") || status.equals("429")
                || status.startsWith("5");
        if (ownFailure) {
            String fixture = "token." + (status.equals("default") ? "<status>" : status);
            return target.fixture(fixture).isPresent() ? "the sandbox credential " + fixture + " did not produce it"
                    : "no valid request makes a working server answer it: name a credential that does, as the fixture "
                    + fixture;
        }
        return "no request of this run provoked it";
    }
}
