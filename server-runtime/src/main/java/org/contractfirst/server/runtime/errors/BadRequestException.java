package org.contractfirst.server.runtime.errors;

/** The request cannot be read as its declared media type and schema; each API answers it in its own error shape. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    public BadRequestException(String message) {
        super(message);
    }
}
