package org.contractfirst.server.runtime.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A value one of its schema's {@code enum}, written by the templates on every value with an enum: a parameter or
 * form field is a plain string or number in the generated code, which nothing else limits. A value is compared as
 * its text, so a generated enum (whose text is its value) passes too; a list (an array whose items have the enum,
 * which the generator marks like the items) passes when each of its items does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = AllowedValues.Validator.class)
public @interface AllowedValues {

    String[] value();

    String message() default "not one of the allowed values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against the enum. */
    final class Validator implements ConstraintValidator<AllowedValues, Object> {

        private Set<String> allowed;

        @Override
        public void initialize(AllowedValues annotation) {
            allowed = Set.of(annotation.value());
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof Iterable<?> items) {
                for (Object item : items) {
                    if (item != null && !allowed.contains(String.valueOf(item))) {
                        return false;
                    }
                }
                return true;
            }
            return value == null || allowed.contains(String.valueOf(value));
        }
    }
}
