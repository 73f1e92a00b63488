package org.contractfirst.server.runtime.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * {@code minItems} and {@code maxItems} of a list parameter (query, header, cookie, form field). Jersey binds a list
 * parameter that is not sent as an empty list, so an empty list is the parameter's absence: an optional one may be
 * absent, and a required one is refused as missing before the resource is called ({@link org.contractfirst.server.runtime.binding.RequiredInput}). A list of
 * items that is sent is counted as {@code @Size} counts it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Constraint(validatedBy = ParameterItems.Validator.class)
public @interface ParameterItems {

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    String message() default "size must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts the items of a list that was sent. */
    final class Validator implements ConstraintValidator<ParameterItems, Collection<?>> {

        private int min;
        private int max;

        @Override
        public void initialize(ParameterItems annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || value.size() >= min && value.size() <= max;
        }
    }
}
