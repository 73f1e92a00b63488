package org.contractfirst.client.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which credentials an operation sends, in which of its schemes. */
class CredentialsTest {

    private static Operation payouts() {
        return Operation.of("GET", "/payouts").security("partnerKey", Security.apiKeyHeader("X-Partner-Key"))
                .security("bearerAuth", Security.bearer());
    }

    private static final ClientConfig CONFIG = ClientConfig.of("http://127.0.0.1:9");

    @Test
    void theOneCredentialGoesInTheFirstScheme() {
        Operation operation = payouts();
        operation.authenticate(CONFIG.withCredential("token"));
        assertEquals(Map.of("X-Partner-Key", "token"), operation.headers());
    }

    /** A requirement naming two schemes needs both credentials, each in its own scheme. */
    @Test
    void aCredentialPerSchemeGoesInEachSchemeItNames() {
        Operation operation = payouts();
        operation.authenticate(CONFIG.withCredential("token").withCredential("partnerKey", "pk")
                .withCredential("bearerAuth", "user-token"));
        assertEquals(Map.of("X-Partner-Key", "pk", "Authorization", "Bearer user-token"), operation.headers());
    }

    @Test
    void aCredentialForOneSchemeIsSentAloneAndTheOneCredentialNot() {
        Operation operation = payouts();
        operation.authenticate(CONFIG.withCredential("token").withCredential("bearerAuth", "user-token"));
        assertEquals(Map.of("Authorization", "Bearer user-token"), operation.headers());
    }

    @Test
    void anOperationWithoutSchemesSendsNoCredential() {
        Operation operation = Operation.of("GET", "/open");
        operation.authenticate(CONFIG.withCredential("token").withCredential("bearerAuth", "user-token"));
        assertEquals(Map.of(), operation.headers());
    }
}
