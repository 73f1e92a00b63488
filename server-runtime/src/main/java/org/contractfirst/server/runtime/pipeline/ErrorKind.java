package org.contractfirst.server.runtime.pipeline;

/** The kinds of failure the runtime answers for every API; each API's {@link ErrorShape} gives them its status and body. */
public enum ErrorKind {
    /** The request breaks a constraint of its schema. */
    INVALID_INPUT(400),
    /** The body cannot be read as its media type, or a parameter as its type. */
    MALFORMED_INPUT(400),
    UNSUPPORTED_MEDIA_TYPE(415),
    NOT_ACCEPTABLE(406),
    PAYLOAD_TOO_LARGE(413),
    /** The request line is longer than the server reads. */
    URI_TOO_LONG(414),
    /** The request line and header fields together are larger than the server reads. */
    HEADERS_TOO_LARGE(431),
    /** No credential was sent. */
    MISSING_CREDENTIALS(401),
    /** The credential is unknown, expired or lacks the operation's scope. */
    UNAUTHENTICATED(401),
    /** No such path. */
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    INTERNAL(500),
    /** The caller is known but may not do this. */
    FORBIDDEN(403),
    RATE_LIMITED(429),
    NOT_IMPLEMENTED(501),
    /** A service the server depends on is down. */
    UNAVAILABLE(503),
    /** A service the server depends on did not answer in time. */
    UPSTREAM_TIMEOUT(504);

    private final int usualStatus;

    ErrorKind(int usualStatus) {
        this.usualStatus = usualStatus;
    }

    /** The status most APIs answer this kind with; each API's {@link ErrorShape} answers its own. */
    public int usualStatus() {
        return usualStatus;
    }
}
