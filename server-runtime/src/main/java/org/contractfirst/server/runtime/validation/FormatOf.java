package org.contractfirst.server.runtime.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A string of a format that JSON Schema names, written by the templates on every string with a {@code format}:
 * {@code uri}, {@code email}, {@code hostname}, {@code ipv4}, {@code ipv6}, {@code date-time}, {@code duration},
 * {@code byte} and the rest. A format no standard names (a spec's own) is not checked here: its pattern says what
 * it allows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = FormatOf.Validator.class)
public @interface FormatOf {

    String value();

    String message() default "is not a valid {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a string against its format. */
    final class Validator implements ConstraintValidator<FormatOf, CharSequence> {

        private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
        private static final Pattern HOSTNAME = Pattern.compile(
                "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");
        private static final Pattern IPV4 = Pattern.compile(
                "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
        private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$");
        private static final Pattern JSON_POINTER = Pattern.compile("^(/([^/~]|~[01])*)*$");

        private String format;

        /** The 8-4-4-4-12 form of a UUID, the only one a schema's {@code uuid} is. */
        public static boolean isUuid(String text) {
            return UUID.matcher(text).matches();
        }

        @Override
        public void initialize(FormatOf annotation) {
            format = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || valid(format, value.toString());
        }

        static boolean valid(String format, String text) {
            try {
                return switch (format) {
                    case "uri", "iri", "url" -> new URI(text).isAbsolute();
                    case "uri-reference", "iri-reference" -> new URI(text) != null;
                    case "uri-template" -> !text.contains(" ");
                    case "email", "idn-email" -> EMAIL.matcher(text).matches();
                    case "hostname", "idn-hostname" -> HOSTNAME.matcher(text).matches();
                    case "ipv4" -> IPV4.matcher(text).matches();
                    case "ipv6" -> text.contains(":") && ipv6(text);
                    case "uuid" -> isUuid(text);
                    case "date" -> LocalDate.parse(text) != null;
                    case "date-time" -> OffsetDateTime.parse(text) != null;
                    case "time" -> OffsetTime.parse(text) != null;
                    case "duration" -> duration(text);
                    case "byte" -> Base64.getDecoder().decode(text) != null;
                    case "json-pointer" -> JSON_POINTER.matcher(text).matches();
                    case "relative-json-pointer" -> text.matches("^\\d+(#|(/([^/~]|~[01])*)*)$");
                    case "regex" -> Pattern.compile(text) != null;
                    default -> true;
                };
            } catch (URISyntaxException | DateTimeParseException | IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean ipv6(String text) {
            try {
                // Only an IPv6 literal reads between brackets; an IPv4-mapped one (::ffff:192.0.2.1) reads as IPv4.
                return text.matches("^[0-9A-Fa-f:.]+$") && java.net.InetAddress.getByName("[" + text + "]") != null;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }

        /** An ISO 8601 duration: a date part ({@code P3D}), a time part ({@code PT4H}), or both. */
        private static boolean duration(String text) {
            int time = text.indexOf('T');
            String date = time < 0 ? text : text.substring(0, time);
            try {
                if (time >= 0) {
                    Duration.parse("PT" + text.substring(time + 1));
                }
                if (!date.equals("P")) {
                    Period.parse(date);
                } else if (time < 0) {
                    return false;
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
