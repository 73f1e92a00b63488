package org.contractfirst.client.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The element name of each item of a wrapped array property, where the spec's {@code xml} objects name the items
 * otherwise than the wrapper ({@code <emailAddresses><emailAddress>}). Jackson names items by the property, and a
 * property renamed to its items' name collides with a property of that name; the generated models carry this instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface XmlItemName {
    String value();
}
