package org.contractfirst.server.runtime;

import jakarta.ws.rs.core.Response;

/** Turns a service's result into the HTTP response; the resource's {@code @Produces} and the Accept header pick the media type. */
public final class Responses {

    private Responses() {
    }

    public static Response of(Result result) {
        return Response.status(result.status()).entity(result.body()).build();
    }
}
