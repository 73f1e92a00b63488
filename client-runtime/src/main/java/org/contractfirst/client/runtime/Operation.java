package org.contractfirst.client.runtime;

import com.fasterxml.jackson.databind.JavaType;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One call of one operation, as the generated API describes it: where it goes, what it sends, what it answers.
 * Null parameter values are left out, as optional parameters that were not given.
 */
public final class Operation {

    private final String method;
    private String path;
    private final FormBody query = new FormBody();
    private Security security = Security.none();
    private byte[] body;
    private MultipartBody multipart;
    private FormBody form;
    private final Set<Format> produces = new LinkedHashSet<>();
    // Types stay as declared until a response needs one: a call reads one body of all those it could get.
    private Type returnType;
    private final Map<Integer, Type> errorTypes = new HashMap<>();
    private Type defaultErrorType;

    private Operation(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static Operation of(String method, String path) {
        return new Operation(method, path);
    }

    public Operation security(Security scheme) {
        this.security = scheme;
        return this;
    }

    public Operation pathParam(String name, Object value) {
        path = path.replace("{" + name + "}", FormBody.encode(Codec.tree(value).asText()));
        return this;
    }

    public Operation queryParam(String name, Object value) {
        if (value != null) {
            query.field(name, value);
        }
        return this;
    }

    public Operation jsonBody(Object value) {
        try {
            body = Codec.writeJson(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Operation multipartField(String name, Object value) {
        if (multipart == null) {
            multipart = new MultipartBody();
        }
        if (value instanceof File file) {
            multipart.file(name, file);
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

    public Operation error(int status, Type type) {
        errorTypes.put(status, type);
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

    Security security() {
        return security;
    }

    String contentType() {
        if (multipart != null) {
            return multipart.contentType();
        }
        return form != null ? "application/x-www-form-urlencoded" : "application/json";
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
        Type type = errorTypes.getOrDefault(status, defaultErrorType);
        return type == null ? null : Codec.type(type);
    }
}
