package org.contractfirst.server.runtime.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The security schemes of an operation, written by the templates: how each sends its credential. Which scopes each
 * requirement needs is read from the spec by {@link #operationId()} ({@link SecurityRequirements}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Secured {

    String operationId();

    Scheme[] value();

    /** How a credential is sent. */
    enum Type { BEARER, API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE, BASIC }

    /** One security scheme of the spec: its name, how it sends a credential and, for an API key, under what name. */
    @interface Scheme {
        String name();

        Type type();

        String header() default "Authorization";
    }
}
