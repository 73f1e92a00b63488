package org.contractfirst.client.runtime;

import org.contractfirst.form.BracketNotation;
import org.contractfirst.parameters.PercentEncoding;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An application/x-www-form-urlencoded body, or a query string; values are written as in JSON (an enum's wire value,
 * ISO 8601 dates).
 */
final class FormBody {

    private final StringJoiner fields = new StringJoiner("&");

    void field(String name, Object value) {
        for (Map.Entry<String, String> field : BracketNotation.flatten(name, Codec.tree(value))) {
            fields.add(encode(field.getKey()) + "=" + encode(field.getValue()));
        }
    }

    /** A field already percent-encoded, as a parameter's style writes it. */
    void encoded(String name, String value) {
        fields.add(name + "=" + value);
    }

    /** A field taken as it is, such as an API key sent in the query: its name and value encoded. */
    void raw(String name, String value) {
        fields.add(encode(name) + "=" + encode(value));
    }

    String text() {
        return fields.toString();
    }

    byte[] toBytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        return PercentEncoding.urlEncoder(text);
    }
}
