package org.contractfirst.server.runtime.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/** A number that is a multiple of {@link #value()}, as JSON Schema's {@code multipleOf} says, in decimal arithmetic. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = MultipleOf.Validator.class)
public @interface MultipleOf {

    String value();

    String message() default "must be a multiple of {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks that the number divides by the step with nothing left. */
    final class Validator implements ConstraintValidator<MultipleOf, Number> {

        private BigDecimal step;

        @Override
        public void initialize(MultipleOf annotation) {
            step = new BigDecimal(annotation.value());
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || new BigDecimal(value.toString()).remainder(step).signum() == 0;
        }
    }
}
