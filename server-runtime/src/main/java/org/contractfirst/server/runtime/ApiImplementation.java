package org.contractfirst.server.runtime;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.security.Authenticator;
import java.util.List;

/**
 * What an implementation of an API gives the runtime besides its operations: the API's error shape and how it
 * authenticates; and, where it differs from the defaults, the largest body and header section it reads. (Whether a
 * field no schema declares is an error is the spec's to say, by closing the schema: the generated models follow it.)
 */
public interface ApiImplementation {

    ErrorShape errors();

    Authenticator authenticator();

    default long maxBodyBytes() {
        return 64 * 1024;
    }

    /**
     * The most bytes the request line and header fields may hold together: a longer request line is refused as
     * {@link ErrorKind#URI_TOO_LONG}, a longer header section as {@link ErrorKind#HEADERS_TOO_LARGE}. 96 KiB: any
     * one parameter of up to 6,500 characters fits, each character a 4-byte UTF-8 sequence percent-escaped.
     */
    default int maxHeaderBytes() {
        return 96 * 1024;
    }

    /**
     * Providers (filters, interceptors) the implementation adds to its server; none by default. They keep their own
     * {@code @Priority}: with the default, a filter runs after every filter of the pipeline, which take the priorities
     * from 1 up for requests and from {@code Steps.FIRST_RESPONSE_FILTER} down for responses.
     */
    default List<Object> providers() {
        return List.of();
    }
}
