package org.contractfirst.client.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A response: the typed body and, for what the types cannot hold (a value added to an enum after this client was
 * generated, a field it does not know), the raw body. A non-2xx one is thrown as the API's exception.
 */
public record ApiResponse<T>(int status, HttpHeaders headers, T body, byte[] rawBody) {

    public String rawBodyText() {
        return new String(rawBody, StandardCharsets.UTF_8);
    }
}
