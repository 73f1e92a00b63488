package org.contractfirst.conformance;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.contractfirst.conformance.junit.ConformanceFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's response checks inside a team's rest-assured tests: a conforming answer passes, a broken one fails. */
class ConformanceFilterTest {

    private static final ConformanceFilter FILTER = ConformanceFilter.of(OrdersApi.SPEC);
    private static final String SECRET = "s3cret-token-of-the-team";

    @Test
    void answersTheSpecDocumentsPassTheFilter() throws Exception {
        try (JsonApiServer server = new JsonApiServer(new OrdersApi())) {
            Response created = given(server.baseUri()).body("{\"item\":\"Tea\",\"quantity\":2}").post("/orders");

            assertEquals(201, created.statusCode());
            assertEquals(200, given(server.baseUri()).get(created.header("Location")).statusCode());
            assertEquals(404, given(server.baseUri()).get("/orders/" + java.util.UUID.randomUUID()).statusCode());
        }
    }

    @Test
    void anAnswerWithoutARequiredPropertyFailsTheTestWithTheChecksNameCodeAndCurlLineAndNoCredential() throws Exception {
        try (JsonApiServer server = new JsonApiServer(new OrdersApi());
             BrokenServer broken = new BrokenServer(server.baseUri(), (request, upstream) -> {
                 BrokenServer.Response answer = upstream.send(request);
                 return request.method().equals("GET") ? answer.withBody(body -> body.replace("\"status\":\"pending\",", "")
                         .replace(",\"status\":\"pending\"", "")) : answer;
             })) {
            String location = given(broken.baseUri()).body("{\"item\":\"Tea\",\"quantity\":2}").post("/orders")
                    .header("Location");

            AssertionError failure = assertThrows(AssertionError.class, () -> given(broken.baseUri()).get(location));

            assertTrue(failure.getMessage().startsWith("response_schema_conformance [CF112] failed for orders getOrder (GET /orders/{orderId})"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains("reproduce: curl -i -X GET"), failure.getMessage());
            assertFalse(failure.getMessage().contains(SECRET), failure.getMessage());
        }
    }

    @Test
    void aRestAssuredBearerTokenIsInTheCurlLineHiddenAndTheSecondServersBasePathIsMatched(@TempDir Path folder)
            throws Exception {
        Path spec = Files.writeString(folder.resolve("orders.yaml"), Files.readString(Path.of(OrdersApi.SPEC))
                .replace("  - url: http://127.0.0.1\n", "  - url: https://api.example.com/v2\n  - url: http://127.0.0.1/v1\n"));
        try (JsonApiServer server = new JsonApiServer(new OrdersApi());
             BrokenServer broken = new BrokenServer(server.baseUri(), (request, upstream) -> {
                 BrokenServer.Request unprefixed = new BrokenServer.Request(request.method(),
                         request.pathAndQuery().replaceFirst("^/v1", ""), request.headers(), request.body());
                 BrokenServer.Response answer = upstream.send(unprefixed);
                 return request.method().equals("GET") ? answer.withBody(body -> body.replaceAll(",?\"status\":\"[a-z]+\"", ""))
                         : answer;
             })) {
            ConformanceFilter filter = ConformanceFilter.of(spec.toString());
            String base = broken.baseUri() + "/v1";
            String id = RestAssured.given().baseUri(base).filter(filter).auth().oauth2(SECRET).contentType("application/json")
                    .body("{\"item\":\"Tea\",\"quantity\":2}").post("/orders").jsonPath().getString("id");

            AssertionError failure = assertThrows(AssertionError.class, () -> RestAssured.given().baseUri(base)
                    .filter(filter).auth().oauth2(SECRET).get("/orders/" + id));

            assertTrue(failure.getMessage().startsWith("response_schema_conformance [CF112] failed for orders getOrder"),
                    failure.getMessage());
            assertTrue(failure.getMessage().matches("(?s).*-H 'Authorization: (Bearer )?\\*\\*\\*'.*"), failure.getMessage());
            assertFalse(failure.getMessage().contains(SECRET), failure.getMessage());
        }
    }

    @Test
    void aRequestNoOperationDescribesIsLetThroughUnjudged() throws Exception {
        try (JsonApiServer server = new JsonApiServer(new OrdersApi())) {
            assertEquals(404, given(server.baseUri()).get("/customers").statusCode());
        }
    }

    private static io.restassured.specification.RequestSpecification given(URI base) {
        return RestAssured.given().baseUri(base.toString()).filter(FILTER).contentType("application/json")
                .header("Authorization", "Bearer " + SECRET);
    }
}
