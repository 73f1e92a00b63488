package org.contractfirst.reference.client.circuit;

import static org.contractfirst.reference.circuit.CircuitReference.ALL_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.contractfirst.client.circuit.ApiException;
import org.contractfirst.reference.client.ReferenceServersTest;
import org.contractfirst.client.circuit.api.UsersApi;
import org.contractfirst.client.circuit.model.Error;
import org.contractfirst.client.runtime.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Circuit's documented errors arrive as its ApiException, with the Error body parsed from JSON or XML. 406 and 415
 * cannot be provoked through the client, which asks only for JSON or XML and sends the presence PUT as a form.
 */
class CircuitErrorsTest extends ReferenceServersTest {

    private static UsersApi users(String token, Format format) {
        return new UsersApi(config("circuit", token)).withFormat(format);
    }

    private static Error error(ApiException e, int status) {
        assertEquals(status, e.status());
        Error body = e.errorBody(Error.class);
        assertEquals(status, body.getCode());
        return body;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void unknownUserIs404(Format format) {
        ApiException e = assertThrows(ApiException.class,
                () -> users(ALL_TOKEN, format).getUserByEmailAddress("nobody@example.com", null));
        assertTrue(error(e, 404).getMessage().contains("nobody@example.com"));
        assertTrue(format == Format.XML ? e.rawBodyText().contains("<error>") : e.rawBodyText().startsWith("{"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void malformedIdIs400(Format format) {
        ApiException e = assertThrows(ApiException.class, () -> users(ALL_TOKEN, format).getUserById("not-an-id"));
        error(e, 400);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void unknownTokenIs401WithTheBearerChallenge(Format format) {
        ApiException e = assertThrows(ApiException.class, () -> users("no-such-token", format).getProfile());
        error(e, 401);
        assertTrue(e.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    }

    @Test
    void dndWithoutAnEndIs400() {
        ApiException e = assertThrows(ApiException.class,
                () -> users(ALL_TOKEN, Format.JSON).setUserPresence("DND", null, null, null));
        error(e, 400);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void sandboxOutages(int status) {
        for (Format format : Format.values()) {
            ApiException e = assertThrows(ApiException.class,
                    () -> users("circuit-sandbox-" + status, format).getLabel());
            error(e, status);
        }
    }
}
