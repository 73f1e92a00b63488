package org.contractfirst.server.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The security requirements of an operation, written by the templates from the spec; any one scheme passes. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Secured {

    Scheme[] value();

    /** How a credential is sent. */
    enum Type { BEARER, API_KEY_HEADER, BASIC }

    /** One security scheme of the spec; an OAuth scheme passes with any one of {@link #anyScope()}. */
    @interface Scheme {
        String name();

        Type type();

        String header() default "Authorization";

        String[] anyScope() default {};
    }
}
