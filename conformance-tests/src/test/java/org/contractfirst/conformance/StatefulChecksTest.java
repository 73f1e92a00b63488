package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.spec.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stateful checks on a target that keeps state and creates what it serves ({@link ShelfServer}): the working
 * server passes every check strictly, and each broken one, which breaks one behaviour, fails the check made for it
 * on the operation that breaks it and nothing else. {@code transport_robustness} is left out: the JDK's HTTP server
 * both run on refuses unreadable URLs with a page of its own.
 */
class StatefulChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiSpec SHELF = ShelfServer.SHELF;

    private ShelfServer shelf;

    @BeforeEach
    void start() throws Exception {
        shelf = new ShelfServer();
    }

    @AfterEach
    void stop() {
        shelf.close();
    }

    private List<Failure> failures(BrokenServer.Fault fault) throws Exception {
        return shelf.failuresBehind(SHELF, fault);
    }

    private List<Failure> failures(ApiSpec spec, BrokenServer.Fault fault) throws Exception {
        return shelf.failuresBehind(spec, fault);
    }

    private void onlyFails(String check, String operationId, BrokenServer.Fault fault) throws Exception {
        FaultAssertions.onlyFails(failures(fault), check, operationId);
    }

    @Test
    void theWorkingShelfPassesEveryStatefulCheck() {
        Recorder session = ShelfServer.check(SHELF, shelf.baseUri());
        session.failures().forEach(failure -> System.out.println(failure + "\n"));
        assertEquals(List.of(), session.failures());
        assertEquals(List.of(), session.httpFindings());
        assertEquals(List.of(), session.errors());
        assertEquals(List.of(), session.findings());
        // Shelf names no failure fixture, and its POST has no read on its own path to show a refused write changed nothing.
        assertEquals(Set.of("documented_failure_responses", "rejected_write_changes_nothing createBook"), session.skipped().stream()
                .map(skipped -> skipped.check().equals("documented_failure_responses") ? skipped.check()
                        : skipped.check() + " " + skipped.operation().split(" ")[0]).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aFieldThatChangesOnEveryReadIsNoFalseAlarm() throws Exception {
        // Volatile: a field the server changes without being written to, which no comparison of before and after counts.
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        List<Failure> failures = failures((request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            return request.method().equals("GET") && answer.status() == 200
                    ? answer.withBody(body -> body.replaceFirst("\\{", "{\"servedAt\":" + reads.incrementAndGet() + ","))
                    : answer;
        });
        assertEquals(List.of(), failures);
        assertTrue(reads.get() > 1, "the proxy changed no read");
    }

    @Test
    void aCreateThatSwapsTwoFieldsFailsReadAfterWriteThroughTheLink() throws Exception {
        List<Failure> failures = failures((request, upstream) -> request.method().equals("POST")
                ? upstream.send(request.withBody(request.headers().get("Content-Type"), swapped(request, "title", "author")))
                : upstream.send(request));
        assertFalse(failures.isEmpty());
        for (Failure failure : failures) {
            assertEquals("read_after_write", failure.check(), failure::toString);
            assertTrue(failure.operation().startsWith("createBook ("), failure::toString);
            assertTrue(failure.expected().contains("paired by the link ReadTheBook"), failure::toString);
        }
    }

    @Test
    void aLocationNamingAnotherBookFailsReadAfterWriteWhereNoLinkPairsTheCreate() throws Exception {
        List<Failure> failures = failures(ShelfServer.variant(StatefulChecksTest::unlinked), (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            return answer.status() == 201 ? answer.withHeader("Location", "/shelf/books/b1") : answer;
        });
        assertFalse(failures.isEmpty());
        for (Failure failure : failures) {
            assertEquals("read_after_write", failure.check(), failure::toString);
            assertTrue(failure.expected().contains("paired by the Location /shelf/books/b1"), failure::toString);
        }
    }

    @Test
    void aLocationThatNamesNothingFailsLocationResolves() throws Exception {
        // The create is read through its link, which the swapped Location does not touch: only the Location lies.
        onlyFails("location_resolves", "createBook", (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            return answer.status() == 201 ? answer.withHeader("Location", "/shelf/books/b999999999") : answer;
        });
    }

    @Test
    void aLocationOutsideEveryDocumentedPathIsASpecFindingNotAFailure() throws Exception {
        Recorder session = shelf.sessionBehind(SHELF, (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            return answer.status() == 201 ? answer.withHeader("Location", "/shelf/archive/b1") : answer;
        });
        assertEquals(List.of(), session.failures());
        assertTrue(session.findings().stream().anyMatch(finding -> finding.rule().equals("locations-documented")
                && finding.operation().startsWith("createBook")), session.findings()::toString);
    }

    @Test
    void aCreateThatSwapsTwoFieldsFailsReadAfterWriteThroughTheAnsweredId() throws Exception {
        // No link, no Location: the create is read by GET /books/{bookId}, its id taken from the answer.
        ApiSpec bare = ShelfServer.variant(spec -> unlinked(spec).replace("          headers:\n            Location:\n"
                + "              required: true\n              schema:\n                type: string\n", ""));
        List<Failure> failures = failures(bare, (request, upstream) -> request.method().equals("POST")
                ? upstream.send(request.withBody(request.headers().get("Content-Type"), swapped(request, "title", "author")))
                        .withoutHeader("Location")
                : upstream.send(request));
        assertFalse(failures.isEmpty());
        for (Failure failure : failures) {
            assertEquals("read_after_write", failure.check(), failure::toString);
            assertTrue(failure.expected().contains("paired by the answered id"), failure::toString);
        }
    }

    /** The spec without the link that pairs a create with its read. */
    private static String unlinked(String spec) {
        return spec.replaceAll("(?s)          links:.*?bookId: \\$response.body#/id\n", "");
    }

    @Test
    void aReadOnlyFieldTheServerChangesIsNoFalseAlarm() throws Exception {
        // version is readOnly, the server's to count: here it also counts refused writes, which no comparison weighs.
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        List<Failure> failures = failures((request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            if (!request.method().equals("GET") && answer.status() == 400) {
                refused.incrementAndGet();
            }
            return request.method().equals("GET") && answer.status() == 200
                    ? answer.withBody(body -> body.replaceFirst("\"version\":(\\d+)", "\"version\":$1" + refused.get()))
                    : answer;
        });
        assertEquals(List.of(), failures);
        assertTrue(refused.get() > 0, "no write was refused");
    }

    @Test
    void aDeleteThatIgnoresItsCredentialFailsAuthRequiredOnABookThatDoesNotExist() throws Exception {
        // Shelf behind a key: this server checks it on every method but DELETE, which it answers 204 whatever it names.
        ApiSpec keyed = ShelfServer.variant(spec -> spec.replace("\ncomponents:\n", "\nsecurity:\n  - key: []\ncomponents:\n"
                + "  securitySchemes:\n    key:\n      type: apiKey\n      in: header\n      name: X-Key\n"));
        List<Failure> failures = shelf.failuresBehind(keyed, org.contractfirst.conformance.requests.Credentials.of("shelf-key"),
                (request, upstream) -> {
                    boolean withKey = "shelf-key".equals(request.headers().get("X-Key"));
                    if (request.method().equals("DELETE") && !withKey) {
                        return BrokenServer.Response.of(204, null, "");
                    }
                    return withKey ? upstream.send(request)
                            : BrokenServer.Response.of(401, "application/json", "{\"message\":\"a key is required\"}");
                });
        FaultAssertions.onlyFails(failures, "auth_required", "deleteBook");
        assertTrue(failures.stream().noneMatch(failure -> failure.curl().contains("/books/b1'")), failures::toString);
    }

    @Test
    void aDeleteThatKeepsTheBookFailsUseAfterDeleteOnABookItCreated() throws Exception {
        onlyFails("use_after_delete", "deleteBook", (request, upstream) -> {
            if (!request.method().equals("DELETE")) {
                return upstream.send(request);
            }
            BrokenServer.Response kept = upstream.send(request.withMethod("GET"));
            return kept.status() == 200 ? BrokenServer.Response.of(204, null, "") : kept;
        });
    }

    @Test
    void aDeleteThatKeepsTheBookFailsUseAfterDeleteWithoutDestructiveChecksAllowed() throws Exception {
        // The check deletes only the book it created, so it runs in every run, not only a destructive one.
        Recorder session = shelf.nonDestructiveSessionBehind(SHELF, (request, upstream) -> {
            if (!request.method().equals("DELETE")) {
                return upstream.send(request);
            }
            BrokenServer.Response kept = upstream.send(request.withMethod("GET"));
            return kept.status() == 200 ? BrokenServer.Response.of(204, null, "") : kept;
        });
        FaultAssertions.onlyFails(session.failures(), "use_after_delete", "deleteBook");
        assertTrue(session.skipped().stream().noneMatch(skipped -> skipped.check().equals("use_after_delete")),
                session.skipped()::toString);
    }

    @Test
    void aPatchThatResetsOtherFieldsFailsPatchKeepsTheRest() throws Exception {
        onlyFails("patch_keeps_the_rest", "updateBook", (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            JsonNode patch = request.json();
            if (request.method().equals("PATCH") && answer.status() == 200 && patch != null && patch.size() == 1) {
                upstream.send(request.withBody("application/json", "{\"author\":\"Anonymous\"}".getBytes(StandardCharsets.UTF_8)));
            }
            return answer;
        });
    }

    @Test
    void aRepeatedPutThatChangesMoreFailsPutIsIdempotent() throws Exception {
        Set<String> seen = new HashSet<>();
        onlyFails("put_is_idempotent", "replaceBook", (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            if (request.method().equals("PUT") && answer.status() == 200
                    && !seen.add(request.pathAndQuery() + new String(request.body(), StandardCharsets.UTF_8))) {
                upstream.send(request.withMethod("PATCH").withBody("application/json",
                        ("{\"note\":\"put again " + seen.size() + "\"}").getBytes(StandardCharsets.UTF_8)));
            }
            return answer;
        });
    }

    @Test
    void aPutThatRaisesACounterItDidNotSendFailsPutIsIdempotent() throws Exception {
        // The PUT sends no rating; each PUT the server takes raises it, which the same PUT again repeats.
        java.util.concurrent.atomic.AtomicInteger puts = new java.util.concurrent.atomic.AtomicInteger();
        onlyFails("put_is_idempotent", "replaceBook", (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            if (request.method().equals("PUT") && answer.status() == 200 && request.json() != null && !request.json().has("rating")) {
                upstream.send(request.withMethod("PATCH").withBody("application/json",
                        ("{\"rating\":" + (puts.incrementAndGet() % 5 + 1) + "}").getBytes(StandardCharsets.UTF_8)));
            }
            return answer;
        });
    }

    @Test
    void aPutThatMergesIntoWhatWasThereIsAnHttpFindingOfPutReplacesAndNothingElse() throws Exception {
        // The optional fields a PUT leaves out are taken from the book as it was: an earlier PUT's note and rating survive.
        Recorder session = shelf.sessionBehind(SHELF, (request, upstream) -> {
            BrokenServer.Response current = request.method().equals("PUT") && request.json() instanceof ObjectNode
                    ? upstream.send(request.withMethod("GET")) : null;
            if (current == null || current.status() != 200) {
                return upstream.send(request);
            }
            ObjectNode merged = (ObjectNode) JSON.readTree(current.body());
            merged.remove(List.of("id", "version", "title", "author"));
            merged.setAll((ObjectNode) request.json());
            return upstream.send(request.withBody(request.headers().get("Content-Type"), JSON.writeValueAsBytes(merged)));
        });
        assertEquals(List.of(), session.failures());
        FaultAssertions.onlyFails(session.httpFindings(), "put_replaces", "replaceBook");
    }

    private static byte[] swapped(BrokenServer.Request request, String one, String other) throws java.io.IOException {
        JsonNode json = request.json();
        // Both fit either field (the shorter limit is 100 code points): the swapped create is as valid as the sent one.
        if (json instanceof ObjectNode object && fits(object.path(one)) && fits(object.path(other))) {
            JsonNode first = object.get(one);
            object.set(one, object.get(other));
            object.set(other, first);
            return JSON.writeValueAsBytes(object);
        }
        return request.body();
    }

    private static boolean fits(JsonNode value) {
        return value.isTextual() && value.asText().codePointCount(0, value.asText().length()) <= 100;
    }
}
