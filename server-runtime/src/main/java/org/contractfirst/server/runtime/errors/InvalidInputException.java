package org.contractfirst.server.runtime.errors;

/** The request reads well but breaks a rule of its spec that bean validation does not hold, such as a part's type. */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
