package org.contractfirst.conformance.http;

import java.net.URI;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a rest-assured JUnit 5 test method that sends it again through {@code ConformanceFilter}, for a team's
 * test sources: the same method, target (encoded as it was sent), headers and body, credentials hidden as in the
 * {@code curl} line (hidden before they are escaped, so that any credential is found). An answer that breaks a
 * response check fails the method; what a scenario check expected of the exchange is its comment.
 */
public final class RestAssuredReproducer {

    private final Redactor redactor;

    public RestAssuredReproducer(Redactor redactor) {
        this.redactor = redactor;
    }

    public String of(URI base, HttpRequest request, String spec, String check, String operationId, String expected) {
        StringBuilder method = new StringBuilder("@Test\nvoid ").append(camel(check + "_" + operationId)).append("() {\n")
                .append("    // ").append(check).append(": expected ").append(expected.replace('\n', ' ')).append('\n')
                .append("    given().baseUri(").append(literal(base.toString())).append(").urlEncodingEnabled(false)\n")
                .append("            .filter(ConformanceFilter.of(").append(literal(spec)).append("))\n");
        for (Map.Entry<String, String> header : request.headersToSend().entrySet()) {
            method.append("            .header(").append(literal(header.getKey())).append(", ")
                    .append(literal(redactor.redact(header.getValue()))).append(")\n");
        }
        Body body = request.body();
        if (!body.parts().isEmpty()) {
            for (Body.Part part : body.parts()) {
                method.append("            .multiPart(").append(literal(part.name())).append(", ")
                        .append(literal(part.fileName() == null ? "" : part.fileName())).append(", ")
                        .append(bytes(part.content())).append(", ").append(literal(part.contentType())).append(")\n");
            }
        } else if (!body.isEmpty()) {
            method.append("            .contentType(").append(literal(body.contentType())).append(")\n")
                    .append("            .body(").append(Body.utf8(body.bytes()).map(this::javaText)
                            .orElseGet(() -> base64(body.bytes()))).append(")\n");
        }
        method.append("    .when()\n            .request(").append(literal(request.method())).append(", ")
                .append(literal(redactor.redact(request.target()))).append(");\n}");
        return method.toString();
    }

    /** Bytes as Java: text (credentials hidden) as a string's UTF-8 bytes, anything else in Base64. */
    private String bytes(byte[] content) {
        return Body.utf8(content).map(text -> javaText(text) + ".getBytes(StandardCharsets.UTF_8)")
                .orElseGet(() -> base64(content));
    }

    /** Text as a Java string literal, credentials hidden before they are escaped. */
    private String javaText(String text) {
        return literal(redactor.redact(text));
    }

    private static String base64(byte[] content) {
        return "Base64.getDecoder().decode(" + literal(Base64.getEncoder().encodeToString(content)) + ")";
    }

    /**
     * A Java name from words joined by anything else: {@code response_schema_conformance_getOrder} to
     * {@code responseSchemaConformanceGetOrder}.
     */
    static String camel(String words) {
        StringBuilder name = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(name.length() == 0 ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0)) ? "reproduce" + name : name.toString();
    }

    private static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        literal.append(String.format("\\u%04x", c));
                    } else {
                        literal.appendCodePoint(c);
                    }
                }
            }
        });
        return literal.append('"').toString();
    }
}
