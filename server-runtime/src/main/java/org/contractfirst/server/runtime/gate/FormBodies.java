package org.contractfirst.server.runtime.gate;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.routing.ParameterStyles;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a form body ({@code application/x-www-form-urlencoded}) as the gate reads a query: Jersey decodes a bad
 * escape or bytes that are not UTF-8 into replacement characters, and an escaped NUL into a NUL, and hands them on as
 * text. A form that cannot be read is refused in the API's error shape; one that can is handed on, each field in
 * the shape its generated code binds. It runs after {@link BodyLimit}, which bounds what it reads.
 */
@PreMatching
public final class FormBodies implements ContainerRequestFilter {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final ErrorShape errors;
    private final ServedSpec spec;
    private final ParameterStyles styles;

    public FormBodies(ErrorShape errors, ServedSpec spec, ParameterStyles styles) {
        this.errors = errors;
        this.spec = spec;
        this.styles = styles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType()) || !request.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WebApplicationException tooLarge) {
            request.abortWith(tooLarge.getResponse());
            return;
        }
        RequestSyntax.Checked form = RequestSyntax.query(new String(body, StandardCharsets.ISO_8859_1));
        if (!form.readable()) {
            request.abortWith(errors.error(ErrorKind.MALFORMED_INPUT, form.problem().replace("the query", "the form")));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(bound(body)));
    }

    /**
     * The form with each field in the shape the generated resource binds, as {@link ParameterStyles} shapes query
     * parameters: each field's style is the one its encoding object declares, else {@code form}, exploded.
     */
    private byte[] bound(byte[] body) {
        Optional<String> operation = CurrentOperation.id();
        if (operation.isEmpty()) {
            return body;
        }
        JsonNode media = spec.resolve(spec.operation(operation.get()).path("requestBody")).path("content").path(FORM);
        JsonNode schema = spec.resolve(media.path("schema"));
        List<ParameterStyles.Styled> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode encoding = media.path("encoding").path(property.getKey());
            String style = encoding.path("style").asText("form");
            fields.add(new ParameterStyles.Styled(property.getKey(), spec.resolve(property.getValue()), style,
                    encoding.has("explode") ? encoding.get("explode").asBoolean() : style.equals("form")));
        });
        if (fields.isEmpty()) {
            return body;
        }
        Map<String, List<String>> given = fields(new String(body, StandardCharsets.ISO_8859_1));
        Map<String, List<String>> bound = styles.normalise(given, fields);
        if (bound.equals(given)) {
            return body;
        }
        StringBuilder form = new StringBuilder();
        bound.forEach((name, values) -> values.forEach(value -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return form.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A form's fields, decoded, each name with its values in the order sent. */
    public static Map<String, List<String>> fields(String form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                fields.computeIfAbsent(decode(equals < 0 ? pair : pair.substring(0, equals)), name -> new ArrayList<>())
                        .add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
