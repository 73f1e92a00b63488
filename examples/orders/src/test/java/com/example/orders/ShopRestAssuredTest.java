package com.example.orders;

import com.example.server.orders.OrdersDefinition;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.contractfirst.conformance.junit.ConformanceFilter;
import org.contractfirst.server.runtime.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The team's own rest-assured tests, every answer of which the conformance filter holds to the spec. */
class ShopRestAssuredTest {

    private static final String TOKEN = "rest-assured-test-token";
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.start(new OrdersDefinition(), new Shop(TOKEN), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RequestSpecification given() {
        return RestAssured.given().baseUri(server.baseUri().toString()).filter(ConformanceFilter.of("specs/orders.yaml"))
                .auth().oauth2(TOKEN).contentType("application/json");
    }

    @Test
    void aPlacedOrderIsReadBackThroughItsLocation() {
        String location = given().body("{\"item\":\"Green tea, 250 g\",\"quantity\":1}")
                .when().post("/orders")
                .then().statusCode(201).body("status", equalTo("placed")).extract().header("Location");

        given().when().get(server.baseUri().resolve(location).toString())
                .then().statusCode(200).body("item", equalTo("Green tea, 250 g"));
    }

    @Test
    void aStatusOutsideItsEnumIsTheDocumented400() {
        given().queryParam("status", "lost")
                .when().get("/orders")
                .then().statusCode(400).body("code", equalTo("bad_request")).body("message", containsString("status"));
    }

    @Test
    void aPageSizeOverItsMaximumIsA400NamingTheParameter() {
        given().queryParam("size", 101)
                .when().get("/orders")
                .then().statusCode(400).body("message", containsString("size"));
    }
}
