package org.contractfirst.client.runtime;

import com.fasterxml.jackson.databind.JavaType;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.contractfirst.parameters.Spelling;
import org.contractfirst.parameters.Style;
import org.contractfirst.parameters.StyleWriter;

/**
 * One call of one operation, as the generated API describes it: where it goes, what it sends, what it answers.
 * Null parameter values are left out, as optional parameters that were not given.
 */
public final class Operation implements Security.Carrier {

    private static final StyleWriter STYLES = new StyleWriter(Spelling.URL_ENCODER);

    private final String method;
    private String path;
    private final FormBody query = new FormBody();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final StringJoiner cookies = new StringJoiner("; ");
    private final Map<String, Security> schemes = new LinkedHashMap<>();
    private byte[] body;
    private String bodyType = "application/json";
    private MultipartBody multipart;
    private FormBody form;
    private final Set<Format> produces = new LinkedHashSet<>();
    // Types stay as declared until a response needs one: a call reads one body of all those it could get.
    private Type returnType;
    private final Map<String, Type> errorTypes = new HashMap<>();
    private Type defaultErrorType;

    private Operation(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static Operation of(String method, String path) {
        return new Operation(method, path);
    }

    /** One of the operation's security schemes, by its name in the spec, in the spec's order. */
    public Operation security(String scheme, Security carrier) {
        schemes.put(scheme, carrier);
        return this;
    }

    public Operation pathParam(String name, Object value) {
        return pathParam(name, value, "simple", false);
    }

    /**
     * A path parameter in its spec's style (RFC 6570 as OpenAPI uses it): {@code simple} ({@code 3,4,5}),
     * {@code label} ({@code .3,4,5}, exploded {@code .3.4.5}) or {@code matrix} ({@code ;id=3,4,5}, exploded
     * {@code ;id=3;id=4;id=5}); an object as {@code k,v,k,v}, exploded {@code k=v}. Each value is percent-encoded.
     */
    public Operation pathParam(String name, Object value, String style, boolean explode) {
        path = path.replace("{" + name + "}", STYLES.path(name, Style.named(style, Style.SIMPLE), explode, Codec.tree(value)));
        return this;
    }

    /** A query parameter in the form style, exploded: an array as its name repeated, an object as its fields. */
    public Operation queryParam(String name, Object value) {
        return queryParam(name, value, "form", true);
    }

    /**
     * A query parameter in its spec's style: {@code form} (an array repeated when exploded, else joined by commas; an
     * object as its own fields when exploded, else {@code name=k,v,k,v}), {@code spaceDelimited} or
     * {@code pipeDelimited} (an array joined by the delimiter) or {@code deepObject} ({@code name[field]=v}).
     */
    public Operation queryParam(String name, Object value, String style, boolean explode) {
        if (value != null) {
            STYLES.query(name, Style.named(style, Style.FORM), explode, false, Codec.tree(value))
                    .forEach(pair -> query.encoded(pair.getKey(), pair.getValue()));
        }
        return this;
    }

    /**
     * A header parameter, in the simple style: an array's items joined by commas, an object as {@code k,v,k,v}. The
     * generated call gives no explode for a header, so an object is never sent as {@code k=v}.
     */
    public Operation headerParam(String name, Object value) {
        if (value != null) {
            headers.put(name, STYLES.header(false, Codec.tree(value)));
        }
        return this;
    }

    /** A cookie parameter, in the form style: an array's items joined by commas; the generated call gives no explode. */
    public Operation cookieParam(String name, Object value) {
        if (value != null) {
            STYLES.cookie(name, false, Codec.tree(value)).forEach(pair -> cookies.add(pair.getKey() + "=" + pair.getValue()));
        }
        return this;
    }

    public Operation jsonBody(Object value) {
        return body("application/json", value);
    }

    /**
     * The request body in the media type the operation takes: JSON (and {@code +json} types), XML, text as the
     * value's text, anything else as the bytes of a file, an array or a string.
     */
    public Operation body(String mediaType, Object value) {
        bodyType = mediaType;
        try {
            Format format = Format.of(mediaType);
            if (mediaType.contains("json")) {
                body = Codec.writeJson(value);
            } else if (format == Format.XML) {
                body = Codec.writeXml(value);
            } else if (value instanceof File file) {
                body = Files.readAllBytes(file.toPath());
            } else if (value instanceof byte[] bytes) {
                body = bytes;
            } else {
                body = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void header(String name, String value) {
        headers.put(name, value);
    }

    @Override
    public void query(String name, String value) {
        query.raw(name, value);
    }

    @Override
    public void cookie(String name, String value) {
        cookies.add(name + "=" + FormBody.encode(value));
    }

    public Operation multipartField(String name, Object value) {
        return multipartField(name, value, null);
    }

    /** A multipart property: a file (or each of a list of files) as a file part of the declared media type. */
    public Operation multipartField(String name, Object value, String contentType) {
        if (multipart == null) {
            multipart = new MultipartBody();
        }
        if (value instanceof File file) {
            multipart.file(name, file, contentType);
        } else if (value instanceof Collection<?> items && !items.isEmpty() && items.stream().allMatch(File.class::isInstance)) {
            items.forEach(file -> multipart.file(name, (File) file, contentType));
        } else if (value != null) {
            multipart.field(name, value);
        }
        return this;
    }

    /** A multipart property whose encoding is {@code style: deepObject}: its fields go in bracket notation. */
    public Operation multipartDeepObject(String name, Object value) {
        if (multipart == null) {
            multipart = new MultipartBody();
        }
        if (value != null) {
            multipart.deepObject(name, value);
        }
        return this;
    }

    public Operation formField(String name, Object value) {
        if (form == null) {
            form = new FormBody();
        }
        if (value != null) {
            form.field(name, value);
        }
        return this;
    }

    /** A media type the operation answers in; those other than JSON and XML are not asked for. */
    public Operation produces(String mediaType) {
        if (mediaType.contains("json") || mediaType.contains("xml")) {
            produces.add(Format.of(mediaType));
        }
        return this;
    }

    public Operation returns(Type type) {
        this.returnType = type;
        return this;
    }

    /** The body type of a documented error response, keyed by its status ({@code "404"}) or its range ({@code "4XX"}). */
    public Operation error(String key, Type type) {
        errorTypes.put(key.toUpperCase(java.util.Locale.ROOT), type);
        return this;
    }

    public Operation defaultError(Type type) {
        defaultErrorType = type;
        return this;
    }

    String method() {
        return method;
    }

    String pathAndQuery() {
        String text = query.text();
        return text.isEmpty() ? path : path + "?" + text;
    }

    /**
     * The client's credentials on this request: each credential given for one of the operation's schemes, in its
     * scheme; where none is, the one credential, in the first scheme.
     */
    void authenticate(ClientConfig config) {
        boolean named = false;
        for (Map.Entry<String, Security> scheme : schemes.entrySet()) {
            Optional<String> credential = config.credential(scheme.getKey());
            credential.ifPresent(value -> scheme.getValue().apply(this, value));
            named |= credential.isPresent();
        }
        if (!named && config.credential() != null && !schemes.isEmpty()) {
            schemes.values().iterator().next().apply(this, config.credential());
        }
    }

    String contentType() {
        if (multipart != null) {
            return multipart.contentType();
        }
        return form != null ? "application/x-www-form-urlencoded" : bodyType;
    }

    /** The headers the operation sends besides Content-Type and Accept: its header parameters, its cookies. */
    Map<String, String> headers() {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (cookies.length() > 0) {
            all.put("Cookie", cookies.toString());
        }
        return all;
    }

    /** The body as it goes on the wire, encoded as its media type says; null for none. */
    public byte[] body() {
        if (multipart != null) {
            return multipart.toBytes();
        }
        return form != null ? form.toBytes() : body;
    }

    /** What to ask for: the preferred format when the operation has it, else the first one it has. */
    Format accept(Format preferred) {
        return produces.contains(preferred) ? preferred : produces.iterator().next();
    }

    boolean answers() {
        return !produces.isEmpty();
    }

    JavaType returnType() {
        return returnType == null ? null : Codec.type(returnType);
    }

    JavaType errorType(int status) {
        Type type = errorTypes.getOrDefault(Integer.toString(status),
                errorTypes.getOrDefault(status / 100 + "XX", defaultErrorType));
        return type == null ? null : Codec.type(type);
    }
}
