package org.contractfirst.server.runtime;

/**
 * What an implementation of an API gives the runtime besides its operations: the API's error shape and how it
 * authenticates; and, where it differs from the defaults, the largest body it reads and whether a JSON field that no
 * schema declares is an error.
 */
public interface ApiImplementation {

    ErrorShape errors();

    Authenticator authenticator();

    default long maxBodyBytes() {
        return 64 * 1024;
    }

    default boolean rejectsUnknownFields() {
        return false;
    }
}
