package com.example.orders;

import com.example.server.orders.OrdersDefinition;
import org.contractfirst.conformance.junit.ConformanceTests;
import org.contractfirst.server.runtime.ApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The conformance suite against the shop, one JUnit test per check and operation. */
class ShopConformanceTest {

    private static final String TOKEN = "conformance-test-token";
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.start(new OrdersDefinition(), new Shop(TOKEN), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicNode> everyCheckOnEveryOperation() {
        return ConformanceTests.of("specs/orders.yaml", server.baseUri()).credential(TOKEN).seed(7)
                .reportTo(Path.of("target/conformance-report")).tests();
    }
}
