package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.contractfirst.server.runtime.mock.MockStateTest.json;
import static org.contractfirst.server.runtime.mock.MockStateTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A request equal to a named example is answered with the response example of that name ({@code specs/paired.yaml}). */
class MockExamplesTest {

    private final MockExamples examples = new MockExamples(ServedSpec.of("specs/paired.yaml"));

    private Optional<MockExamples.Named> match(String operationId, String target, String body) {
        return examples.match(operationId, request(target, body, "application/json", "alice"));
    }

    @Test
    void aBodyEqualToANamedExampleIsAnsweredWithTheResponseOfThatName() {
        assertEquals(Optional.of(new MockExamples.Named("201", json("{\"id\":7,\"item\":\"pen\",\"quantity\":1}"))),
                match("placeOrder", "/orders", "{\"item\":\"pen\",\"quantity\":1}"));
    }

    @Test
    void aNamedRefusalIsAnsweredInItsOwnStatusThroughItsReference() {
        assertEquals(Optional.of(new MockExamples.Named("422", json("{\"message\":\"at most 100 at once\"}"))),
                match("placeOrder", "/orders", "{\"quantity\":1000,\"item\":\"pen\"}"));
    }

    @Test
    void numbersEqualByValue() {
        assertEquals("201", match("placeOrder", "/orders", "{\"item\":\"pen\",\"quantity\":1.0}").orElseThrow().status());
    }

    @Test
    void aRequestEqualToNoExampleOrToOneWithoutAnAnswerIsNotPaired() {
        assertEquals(Optional.empty(), match("placeOrder", "/orders", "{\"item\":\"pen\",\"quantity\":2}"));
        assertEquals(Optional.empty(), match("placeOrder", "/orders", "{\"item\":\"ink\",\"quantity\":2}"));
        assertEquals(Optional.empty(), match("placeOrder", "/orders", null));
    }

    @Test
    void aPathParameterExampleChoosesItsAnswer() {
        assertEquals(Optional.of(new MockExamples.Named("404", json("{\"message\":\"no order 404\"}"))),
                match("getOrder", "/orders/404", null));
        assertEquals("200", match("getOrder", "/orders/7", null).orElseThrow().status());
        assertEquals(Optional.empty(), match("getOrder", "/orders/8", null));
    }

    @Test
    void aQueryArrayExampleMatchesItsValuesInOrder() {
        assertEquals("200", match("findOrders", "/orders?item=pen&item=nib", null).orElseThrow().status());
        assertEquals(Optional.empty(), match("findOrders", "/orders?item=nib&item=pen", null));
        assertEquals(Optional.empty(), match("findOrders", "/orders?item=pen", null));
    }

    @Test
    void anOperationTheSpecDoesNotHaveMatchesNothing() {
        assertEquals(Optional.empty(), match("deleteOrder", "/orders/7", null));
    }
}
