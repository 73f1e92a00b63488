package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiImplementation;
import org.contractfirst.server.runtime.binding.MultipartBinder;
import org.contractfirst.server.runtime.security.Caller;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.contractfirst.server.runtime.mock.MockStateTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a mock answers from its spec alone: its success, its demo credential, the providers it adds. */
class MockAnswersTest {

    /** An API over {@code specs/shelf.yaml} with no generated code beside it. */
    static final class ShelfDefinition implements ApiDefinition {
        @Override
        public String name() {
            return "shelf";
        }

        @Override
        public String specResource() {
            return "specs/shelf.yaml";
        }

        @Override
        public Class<? extends ApiImplementation> implementationType() {
            return ApiImplementation.class;
        }

        @Override
        public List<Object> resources(ApiImplementation implementation, MultipartBinder multipartBinder) {
            return List.of();
        }
    }

    private final MockAnswers answers = new MockAnswers(new ShelfDefinition(), "org.contractfirst.shelf.model",
            MockOptions.STATEFUL);

    @Test
    void theSuccessIsTheLeast2xxElseA2xxRangeElseTheDefault() {
        assertEquals("201", MockAnswers.success(json("{\"responses\": {\"400\": {}, \"202\": {}, \"201\": {}, \"2XX\": {}}}")));
        assertEquals("2XX", MockAnswers.success(json("{\"responses\": {\"400\": {}, \"2XX\": {}, \"default\": {}}}")));
        assertEquals("204", MockAnswers.success(json("{\"responses\": {\"2XX\": {}, \"204\": {}}}")));
        assertEquals("default", MockAnswers.success(json("{\"responses\": {\"404\": {}, \"default\": {}}}")));
        assertEquals("default", MockAnswers.success(json("{}")));
    }

    @Test
    void theDemoCredentialHoldsEveryScopeTheSpecNames() {
        Optional<Caller> caller = answers.authenticator().authenticate("bearer", MockAnswers.CREDENTIAL);
        assertEquals(Optional.of(new Caller("mock", "mock-token", Set.of("books:read", "books:write"))), caller);
    }

    @Test
    void aNamedDemoCredentialIsAnotherCaller() {
        Caller ada = answers.authenticator().authenticate("bearer", "mock-token-ada").orElseThrow();
        assertEquals("ada", ada.subject());
        assertEquals(Set.of("books:read", "books:write"), ada.scopes());
    }

    @Test
    void anyOtherCredentialIsNoOne() {
        assertEquals(Optional.empty(), answers.authenticator().authenticate("bearer", "mock-token-"));
        assertEquals(Optional.empty(), answers.authenticator().authenticate("bearer", "token"));
        assertEquals(Optional.empty(), answers.authenticator().authenticate("bearer", "mock-tokens"));
        assertEquals(Optional.empty(), answers.authenticator().authenticate("bearer", ""));
    }

    @Test
    void aMockAddsTheFilterThatReadsEachRequest() {
        List<Object> providers = answers.providers();
        assertEquals(1, providers.size());
        assertInstanceOf(MockRequest.Capture.class, providers.get(0));
    }

    @Test
    void aDefinitionWithoutAGeneratedMockIsRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> MockAnswers.generatedMock(new ShelfDefinition(), MockOptions.STATELESS));
        assertTrue(refused.getMessage().contains(ShelfDefinition.class.getPackageName() + "."), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Mock"), refused.getMessage());
    }
}
