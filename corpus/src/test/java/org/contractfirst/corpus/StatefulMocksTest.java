package org.contractfirst.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.mock.MockOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a generated mock remembers, rule by rule, on the corpus's resource specs ({@code features/resources}): a
 * create is read back where its {@code Location} says, an unknown id gets the documented 404, a replace replaces, a
 * merge patch and a JSON Patch merge, a delete deletes (410 where documented), a list filters and pages, a singleton
 * is each caller's own, and the spec's examples are there before any write.
 */
class StatefulMocksTest {

    private static final Path RESOURCES = Path.of(System.getProperty("corpus.dir", "features")).resolve("resources");
    private static final Path WORK = Path.of(System.getProperty("corpus.work.dir", "target/corpus")).resolve("stateful");
    private static final Path TEMPLATES = Path.of(System.getProperty("templates.dir", "../templates"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static GeneratedCode servers;
    private static final Map<String, CorpusSpec> SPECS = new HashMap<>();
    private static final List<ApiServer> STARTED = new ArrayList<>();

    @BeforeAll
    static void generateAndCompile() {
        List<CorpusSpec> specs = CorpusSpec.all(RESOURCES.getParent()).stream()
                .filter(spec -> spec.area().equals("resources")).toList();
        specs.forEach(spec -> SPECS.put(spec.fileName(), spec));
        servers = GeneratedCode.build(specs, TEMPLATES.resolve("server"), WORK, Stage.GENERATE_SERVER,
                Stage.COMPILE_SERVER, System.getProperty("java.class.path"));
    }

    @AfterAll
    static void stop() {
        STARTED.forEach(ApiServer::close);
    }

    private static String mock(String file) throws ReflectiveOperationException {
        CorpusSpec spec = SPECS.get(file);
        assertTrue(spec != null && servers.failure(spec).isEmpty(), file + " is generated and compiles");
        ApiServer server = MockRun.start(servers, spec, MockOptions.STATEFUL);
        STARTED.add(server);
        return server.baseUri().toString();
    }

    private record Answer(int status, JsonNode body, Optional<String> location) {
    }

    private static Answer send(String method, String url, String mediaType, String body, String credential)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", mediaType);
        }
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response.headers().firstValue("Location"));
    }

    private static Answer send(String method, String url, String body) throws IOException, InterruptedException {
        return send(method, url, "application/json", body, null);
    }

    @Test
    void aCreateIsStoredWithAnIdOfItsSchemaAndReadBackWhereItsLocationSays() throws Exception {
        String base = mock("resource-orders-uuid.yaml");
        Answer created = send("POST", base + "/orders", "{\"item\": \"pen\", \"quantity\": 2, \"note\": \"gift\"}");
        assertEquals(201, created.status());
        String id = created.body().path("orderId").asText();
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
        assertTrue(created.body().path("createdAt").isTextual(), "a readOnly date-time is set by the mock");
        assertEquals(Optional.of(base + "/orders/" + id), created.location());
        Answer read = send("GET", created.location().get(), null);
        assertEquals(200, read.status());
        assertEquals(created.body(), read.body());
        assertEquals("pen", read.body().path("item").asText());
    }

    @Test
    void anIdNobodyCreatedGetsTheDocumented404() throws Exception {
        String base = mock("resource-orders-uuid.yaml");
        Answer missing = send("GET", base + "/orders/0b5ad4b6-53b4-4f76-9a4f-2b9c2b7f0c11", null);
        assertEquals(404, missing.status());
        assertTrue(missing.body().path("message").isTextual(), "in the error shape the spec documents: " + missing.body());
    }

    @Test
    void aPutReplacesTheWholeItemAndKeepsWhatTheServerSets() throws Exception {
        String base = mock("resource-orders-uuid.yaml");
        Answer created = send("POST", base + "/orders", "{\"item\": \"pen\", \"quantity\": 2, \"note\": \"gift\"}");
        String item = base + "/orders/" + created.body().path("orderId").asText();
        Answer replaced = send("PUT", item, "{\"item\": \"ink\", \"quantity\": 1}");
        assertEquals(200, replaced.status());
        Answer read = send("GET", item, null);
        assertEquals("ink", read.body().path("item").asText());
        assertFalse(read.body().has("note"), "a field the replacement leaves out is gone: " + read.body());
        assertEquals(created.body().path("orderId"), read.body().path("orderId"));
        assertEquals(created.body().path("createdAt"), read.body().path("createdAt"));
    }

    @Test
    void aDeleteDeletesAndTheItemIsThenMissing() throws Exception {
        String base = mock("resource-orders-uuid.yaml");
        String item = base + "/orders/" + send("POST", base + "/orders", "{\"item\": \"pen\", \"quantity\": 2}")
                .body().path("orderId").asText();
        assertEquals(204, send("DELETE", item, null).status());
        assertEquals(404, send("GET", item, null).status());
        assertEquals(404, send("DELETE", item, null).status());
    }

    @Test
    void aSoftDeletedItemIsGoneWhereTheReadDocuments410() throws Exception {
        String base = mock("resource-articles-soft-delete.yaml");
        String item = base + "/articles/" + send("POST", base + "/articles", "{\"headline\": \"Hello\"}")
                .body().path("articleId").asText();
        assertEquals(202, send("DELETE", item, null).status());
        assertEquals(410, send("GET", item, null).status());
        assertEquals(404, send("GET", base + "/articles/5d0c8f7e-3f43-4a1b-9b1e-6f1f0f2b9a77", null).status(),
                "an id never created is not gone but missing");
    }

    @Test
    void aListShowsWhatWasCreatedFilteredByAPropertyAndPagedByPageAndSize() throws Exception {
        String base = mock("resource-orders-uuid.yaml");
        int before = send("GET", base + "/orders", null).body().path("total").asInt();
        for (int i = 0; i < 3; i++) {
            send("POST", base + "/orders", "{\"item\": \"open-" + i + "\", \"quantity\": 1, \"status\": \"open\"}");
        }
        send("POST", base + "/orders", "{\"item\": \"gone\", \"quantity\": 1, \"status\": \"shipped\"}");
        Answer all = send("GET", base + "/orders?size=100", null);
        assertEquals(before + 4, all.body().path("total").asInt());
        Answer shipped = send("GET", base + "/orders?status=shipped&size=100", null);
        shipped.body().path("items").forEach(order -> assertEquals("shipped", order.path("status").asText()));
        assertTrue(items(shipped.body().path("items"), "item").contains("gone"));
        Answer second = send("GET", base + "/orders?status=open&page=2&size=2", null);
        Answer first = send("GET", base + "/orders?status=open&page=1&size=2", null);
        assertEquals(2, first.body().path("items").size());
        assertFalse(second.body().path("items").isEmpty(), "three open orders fill more than a page of two");
        List<String> firstItems = items(first.body().path("items"), "orderId");
        items(second.body().path("items"), "orderId").forEach(id -> assertFalse(firstItems.contains(id), "pages do not overlap"));
    }

    @Test
    void aListPagedByOffsetAndLimitAnswersTheItemsInTheOrderTheyCame() throws Exception {
        String base = mock("resource-tickets-integer.yaml");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(send("POST", base + "/tickets", "{\"title\": \"t" + i + "\"}").body().path("id").asLong());
        }
        assertEquals(ids.get(0) + 1, ids.get(1), "an integer id is one more than the largest");
        assertEquals(ids.get(1) + 1, ids.get(2));
        Answer all = send("GET", base + "/tickets?limit=50", null);
        int created = all.body().size() - 3;
        Answer page = send("GET", base + "/tickets?offset=" + (created + 1) + "&limit=1", null);
        assertEquals(1, page.body().size());
        assertEquals(ids.get(1), page.body().get(0).path("id").asLong());
    }

    @Test
    void aListPagedByCursorHandsOutTheNextCursorUntilTheLastPage() throws Exception {
        String base = mock("resource-events-cursor.yaml");
        for (int i = 0; i < 5; i++) {
            send("POST", base + "/events", "{\"kind\": \"cursor-test\", \"payload\": \"p" + i + "\"}");
        }
        List<String> seen = new ArrayList<>();
        String url = base + "/events?kind=cursor-test&limit=2";
        for (int pages = 0; pages < 10; pages++) {
            JsonNode page = send("GET", url, null).body();
            page.path("events").forEach(event -> seen.add(event.path("payload").asText()));
            JsonNode next = page.path("nextCursor");
            if (!next.isTextual()) {
                break;
            }
            url = base + "/events?kind=cursor-test&limit=2&cursor=" + next.asText();
        }
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4"), seen);
    }

    @Test
    void aMergePatchChangesWhatItNamesAndANullRemoves() throws Exception {
        String base = mock("resource-tickets-integer.yaml");
        String item = base + "/tickets/" + send("POST", base + "/tickets", "{\"title\": \"Leak\", \"priority\": 2}")
                .body().path("id").asText();
        Answer patched = send("PATCH", item, "application/merge-patch+json", "{\"title\": \"Big leak\", \"priority\": null}", null);
        assertEquals(200, patched.status());
        Answer read = send("GET", item, null);
        assertEquals("Big leak", read.body().path("title").asText());
        assertFalse(read.body().has("priority"), "null removes the member: " + read.body());
    }

    @Test
    void aJsonPatchAppliesItsOperationsAndAFailingTestChangesNothing() throws Exception {
        String base = mock("resource-notes-json-patch.yaml");
        String item = base + "/notes/" + send("POST", base + "/notes", "{\"title\": \"Shopping\", \"body\": \"milk\"}")
                .body().path("noteId").asText();
        String patch = "application/json-patch+json";
        assertEquals(200, send("PATCH", item, patch, "[{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Groceries\"},"
                + " {\"op\": \"remove\", \"path\": \"/body\"}]", null).status());
        Answer read = send("GET", item, null);
        assertEquals("Groceries", read.body().path("title").asText());
        assertFalse(read.body().has("body"));
        assertEquals(409, send("PATCH", item, patch, "[{\"op\": \"test\", \"path\": \"/title\", \"value\": \"Other\"},"
                + " {\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Lost\"}]", null).status());
        assertEquals("Groceries", send("GET", item, null).body().path("title").asText());
    }

    @Test
    void aPutCreatesWhereItDocuments201AndReplacesAfter() throws Exception {
        String base = mock("resource-documents-put-creates.yaml");
        Answer created = send("PUT", base + "/documents/plan", "{\"title\": \"Plan\", \"content\": \"one\"}");
        assertEquals(201, created.status());
        Answer replaced = send("PUT", base + "/documents/plan", "{\"title\": \"Plan\", \"content\": \"two\"}");
        assertEquals(200, replaced.status());
        assertEquals("two", send("GET", base + "/documents/plan", null).body().path("content").asText());
    }

    @Test
    void aNestedCollectionBelongsToItsParent() throws Exception {
        String base = mock("resource-users-orders-nested.yaml");
        String ann = send("POST", base + "/users", "{\"name\": \"Ann\"}").body().path("userId").asText();
        String bob = send("POST", base + "/users", "{\"name\": \"Bob\"}").body().path("userId").asText();
        Answer order = send("POST", base + "/users/" + ann + "/orders", "{\"product\": \"tea\", \"quantity\": 1}");
        assertEquals(201, order.status());
        String id = order.body().path("orderId").asText();
        assertEquals(200, send("GET", base + "/users/" + ann + "/orders/" + id, null).status());
        assertEquals(404, send("GET", base + "/users/" + bob + "/orders/" + id, null).status(), "Bob has no such order");
        assertEquals(404, send("GET", base + "/users/nobody-at-all/orders", null).status(), "a parent nobody created");
        assertTrue(items(send("GET", base + "/users/" + ann + "/orders", null).body(), "product").contains("tea"));
        assertFalse(items(send("GET", base + "/users/" + bob + "/orders", null).body(), "product").contains("tea"));
    }

    @Test
    void aSingletonIsEachCallersOwn() throws Exception {
        String base = mock("resource-me-singleton.yaml");
        Answer ann = send("PATCH", base + "/me", "application/merge-patch+json", "{\"displayName\": \"Ann\"}", "mock-token-ann");
        assertEquals(200, ann.status());
        assertEquals("Ann", send("GET", base + "/me", "application/json", null, "mock-token-ann").body().path("displayName").asText());
        Answer bob = send("GET", base + "/me", "application/json", null, "mock-token-bob");
        assertEquals(200, bob.status());
        assertNotEquals("Ann", bob.body().path("displayName").asText());
        assertEquals(401, send("GET", base + "/me", "application/json", null, "not-a-mock-token").status());
    }

    @Test
    void aWriteOnlyPasswordIsStoredAndNeverAnswered() throws Exception {
        String base = mock("resource-members-writeonly-password.yaml");
        Answer created = send("POST", base + "/members", "{\"username\": \"ann\", \"password\": \"correct horse\"}");
        assertEquals(201, created.status());
        assertEquals("ann", created.body().path("username").asText());
        assertFalse(created.body().has("password"), created.body().toString());
        Answer read = send("GET", base + "/members/" + created.body().path("memberId").asText(), null);
        assertEquals("ann", read.body().path("username").asText());
        assertFalse(read.body().has("password"), read.body().toString());
        send("GET", base + "/members", null).body().forEach(member -> assertFalse(member.has("password"), member.toString()));
    }

    @Test
    void theSpecsExamplesAreThereBeforeAnyWrite() throws Exception {
        CorpusSpec spec = SPECS.get("resource-orders-uuid.yaml");
        JsonNode document = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(spec.file().toFile());
        JsonNode example = document.at("/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/example");
        String base = mock("resource-orders-uuid.yaml");
        String item = base + "/orders/" + example.path("orderId").asText();
        Answer read = send("GET", item, null);
        assertEquals(200, read.status());
        assertEquals(example.path("item"), read.body().path("item"));
        assertEquals(204, send("DELETE", item, null).status());
        assertEquals(404, send("GET", item, null).status(), "the example is an item like any other");
    }

    private static List<String> items(JsonNode array, String property) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(property).asText()));
        return values;
    }
}
