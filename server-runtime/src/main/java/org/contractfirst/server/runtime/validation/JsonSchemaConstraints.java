package org.contractfirst.server.runtime.validation;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ext.ContextResolver;
import org.glassfish.jersey.server.validation.ValidationConfig;
import org.hibernate.validator.internal.constraintvalidators.bv.PatternValidator;
import org.hibernate.validator.internal.constraintvalidators.bv.size.SizeValidatorForCharSequence;

/**
 * Bean validation as JSON Schema means it. A string's {@code @Size} counts Unicode code points, as {@code minLength}
 * and {@code maxLength} do, not the UTF-16 units Bean Validation counts (an emoji is one character, not two); and a
 * {@code @Pattern} is searched for in the string, as JSON Schema's {@code pattern} is (unanchored: {@code ^/} admits
 * {@code /index.html}), not matched against the whole of it. The generated code writes both annotations on fields,
 * parameters and the items of lists ({@code List<@Size(max = 6500) String>}, which the generator writes in Java, out
 * of the templates' reach); this factory gives each of them the validators below in place of Hibernate Validator's,
 * for the resources (as Jersey's {@link ValidationConfig}) and for the multipart binder ({@link #validator()}).
 * Collections keep theirs.
 */
public final class JsonSchemaConstraints implements ConstraintValidatorFactory {

    private final ConstraintValidatorFactory standard;

    private JsonSchemaConstraints(ConstraintValidatorFactory standard) {
        this.standard = standard;
    }

    /**
     * A validator whose string sizes count code points, whose patterns are searched for, and whose parameters are
     * named as the spec names them ({@link SpecParameterNames}).
     */
    public static Validator validator() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        return configuration.constraintValidatorFactory(new JsonSchemaConstraints(configuration.getDefaultConstraintValidatorFactory()))
                .parameterNameProvider(new SpecParameterNames(configuration.getDefaultParameterNameProvider()))
                .buildValidatorFactory().getValidator();
    }

    /** Jersey's validation of resource parameters and bodies, with JSON Schema's lengths and patterns and the spec's names. */
    public static ContextResolver<ValidationConfig> forJersey() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        return new Resolver(new ValidationConfig()
                .constraintValidatorFactory(new JsonSchemaConstraints(configuration.getDefaultConstraintValidatorFactory()))
                .parameterNameProvider(new SpecParameterNames(configuration.getDefaultParameterNameProvider())));
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (key == SizeValidatorForCharSequence.class) {
            return key.cast(new CodePointSize());
        }
        return key == PatternValidator.class ? key.cast(new SearchedPattern()) : standard.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        standard.releaseInstance(instance);
    }

    /** {@code @Size} on a string, in code points. */
    static final class CodePointSize extends SizeValidatorForCharSequence {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            super.initialize(size);
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = Character.codePointCount(value, 0, value.length());
            return length >= min && length <= max;
        }
    }

    /** {@code @Pattern}, found anywhere in the string. */
    static final class SearchedPattern extends PatternValidator {
        private java.util.regex.Pattern regex;

        @Override
        public void initialize(Pattern pattern) {
            super.initialize(pattern);
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            regex = java.util.regex.Pattern.compile(pattern.regexp(), flags);
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || regex.matcher(value).find();
        }
    }

    private record Resolver(ValidationConfig config) implements ContextResolver<ValidationConfig> {
        @Override
        public ValidationConfig getContext(Class<?> type) {
            return config;
        }
    }
}
