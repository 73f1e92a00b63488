package org.contractfirst.server.runtime;

/** The kinds of failure the runtime answers for every API; each API's {@link ErrorShape} gives them its status and body. */
public enum ErrorKind {
    /** The request breaks a constraint of its schema. */
    INVALID_INPUT,
    /** The body cannot be read as its media type, or a parameter as its type. */
    MALFORMED_INPUT,
    UNSUPPORTED_MEDIA_TYPE,
    NOT_ACCEPTABLE,
    PAYLOAD_TOO_LARGE,
    /** The request line is longer than the server reads. */
    URI_TOO_LONG,
    /** The request line and header fields together are larger than the server reads. */
    HEADERS_TOO_LARGE,
    /** No credential was sent. */
    MISSING_CREDENTIALS,
    /** The credential is unknown, expired or lacks the operation's scope. */
    UNAUTHENTICATED,
    /** No such path. */
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    INTERNAL,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    RATE_LIMITED,
    NOT_IMPLEMENTED,
    /** A service the server depends on is down. */
    UNAVAILABLE,
    /** A service the server depends on did not answer in time. */
    UPSTREAM_TIMEOUT
}
