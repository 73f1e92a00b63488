package org.contractfirst.client.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** How an operation's security scheme carries the client's credential: in a header, the query or a cookie. */
@FunctionalInterface
public interface Security {

    /** Where a request can carry a credential. */
    interface Carrier {
        void header(String name, String value);

        void query(String name, String value);

        void cookie(String name, String value);
    }

    void apply(Carrier request, String credential);

    static Security apiKeyHeader(String headerName) {
        return (request, credential) -> request.header(headerName, credential);
    }

    static Security apiKeyQuery(String parameterName) {
        return (request, credential) -> request.query(parameterName, credential);
    }

    static Security apiKeyCookie(String cookieName) {
        return (request, credential) -> request.cookie(cookieName, credential);
    }

    static Security bearer() {
        return (request, credential) -> request.header("Authorization", "Bearer " + credential);
    }

    /** HTTP basic: a credential {@code user:password} is sent encoded; one without a colon is taken as encoded. */
    static Security basic() {
        return (request, credential) -> request.header("Authorization", "Basic " + (credential.contains(":")
                ? Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)) : credential));
    }
}
