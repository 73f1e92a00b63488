package org.contractfirst.conformance.validation;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.IDN;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * JSON Schema 2020-12 with the formats OpenAPI's format registry adds ({@code int32}, {@code int64}, {@code float},
 * {@code double}, {@code byte}) asserted, and {@code idn-email} read as RFC 6531 has it: networknt 3.0.0 leaves the
 * first unchecked and refuses internationalized addresses ({@code пользователь@пример.ру}). Each reads leniently
 * where writers differ (base64 with or without padding, in either alphabet): a failure must be provable.
 */
final class OpenApiFormats {

    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigDecimal FLOAT_MAX = new BigDecimal(Float.toString(Float.MAX_VALUE));
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.toString(Double.MAX_VALUE));
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]*={0,2}");
    /** What RFC 5322 keeps out of an unquoted local part, and what no address holds: controls and spaces. */
    private static final Pattern LOCAL_PART = Pattern.compile("[^\\s\\p{Cntrl}()<>\\[\\]:;@\\\\,\"]+");
    private static final Pattern ASCII_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private OpenApiFormats() {
    }

    static Dialect dialect() {
        return Dialect.builder(Dialects.getDraft202012()).formats(List.of(
                number("int32", value -> within(value, INT32_MIN, INT32_MAX)),
                number("int64", value -> within(value, INT64_MIN, INT64_MAX)),
                number("float", value -> value.abs().compareTo(FLOAT_MAX) <= 0),
                number("double", value -> value.abs().compareTo(DOUBLE_MAX) <= 0),
                text("byte", OpenApiFormats::isBase64),
                text("idn-email", OpenApiFormats::isIdnEmail))).build();
    }

    private static boolean within(BigDecimal value, BigInteger least, BigInteger greatest) {
        // Not an integer at all is the type keyword's to say.
        if (value.stripTrailingZeros().scale() > 0) {
            return true;
        }
        BigInteger whole = value.toBigInteger();
        return whole.compareTo(least) >= 0 && whole.compareTo(greatest) <= 0;
    }

    static boolean isBase64(String text) {
        String unpadded = text.replace("=", "");
        return BASE64.matcher(text).matches() && unpadded.length() % 4 != 1
                && (text.indexOf('=') < 0 || text.length() % 4 == 0);
    }

    static boolean isIdnEmail(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || !LOCAL_PART.matcher(text.substring(0, at)).matches()) {
            return false;
        }
        String domain = text.substring(at + 1);
        if (domain.startsWith("[") && domain.endsWith("]")) {
            return true;
        }
        try {
            String ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
            return !ascii.isEmpty() && ascii.length() <= 253
                    && java.util.Arrays.stream(ascii.split("\\.", -1)).allMatch(label -> ASCII_LABEL.matcher(label).matches());
        } catch (IllegalArgumentException notAHost) {
            return false;
        }
    }

    private static Format number(String name, Predicate<BigDecimal> fits) {
        return new Format() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean matches(ExecutionContext execution, SchemaContext schema, JsonNode value) {
                return !value.isNumber() || fits.test(value.decimalValue());
            }
        };
    }

    private static Format text(String name, Predicate<String> fits) {
        return new Format() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean matches(ExecutionContext execution, String value) {
                return fits.test(value);
            }
        };
    }
}
