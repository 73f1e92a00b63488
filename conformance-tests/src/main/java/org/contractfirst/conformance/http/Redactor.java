package org.contractfirst.conformance.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps credentials out of reports and logs: every credential of the run, as sent (and, for HTTP basic, in its
 * base64 form), is written as {@code ***}.
 */
public final class Redactor {

    public static final String HIDDEN = "***";

    private final List<String> secrets = new ArrayList<>();

    public Redactor(Collection<String> credentials) {
        for (String credential : credentials) {
            if (credential != null && !credential.isEmpty()) {
                secrets.add(credential);
                secrets.add(Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
                secrets.add(java.net.URLEncoder.encode(credential, StandardCharsets.UTF_8));
            }
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
    }

    public String redact(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, HIDDEN);
        }
        return redacted;
    }
}
