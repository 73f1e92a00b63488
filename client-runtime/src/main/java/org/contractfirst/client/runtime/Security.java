package org.contractfirst.client.runtime;

import java.net.http.HttpRequest;

/** How an operation's security scheme carries the client's credential. */
@FunctionalInterface
public interface Security {

    void apply(HttpRequest.Builder request, String credential);

    static Security apiKeyHeader(String headerName) {
        return (request, credential) -> request.header(headerName, credential);
    }

    static Security bearer() {
        return (request, credential) -> request.header("Authorization", "Bearer " + credential);
    }

    static Security none() {
        return (request, credential) -> { };
    }
}
