package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one call of an operation, before they are written as HTTP: each parameter's value, the body's
 * media type and value, which credential goes with it, and headers of its own (an Accept). {@link Requests} writes
 * it as a request; a check changes one value and writes it again.
 */
public record Call(Operation operation, Map<Parameter, JsonNode> parameters, Optional<MediaType> media,
                   Optional<JsonNode> body, Auth auth, Map<String, String> headers) {

    /** Which credential a call carries: the run's own, none, or a given one in its place. */
    public record Auth(Mode mode, String credential) {
        public enum Mode { RUN, NONE, GIVEN }

        public static final Auth RUN = new Auth(Mode.RUN, null);
        public static final Auth NONE = new Auth(Mode.NONE, null);

        public static Auth given(String credential) {
            return new Auth(Mode.GIVEN, credential);
        }
    }

    public Call {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        headers = Map.copyOf(headers);
    }

    public Call withParameter(Parameter parameter, JsonNode value) {
        Map<Parameter, JsonNode> changed = new LinkedHashMap<>(parameters);
        if (value == null) {
            changed.remove(parameter);
        } else {
            changed.put(parameter, value);
        }
        return new Call(operation, changed, media, body, auth, headers);
    }

    /** The call with {@code value} for its operation's path parameter {@code name}; unchanged where it has none. */
    public Call withPathParameter(String name, JsonNode value) {
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path") && parameter.name().equals(name)) {
                return withParameter(parameter, value);
            }
        }
        return this;
    }

    /** The call with the values {@code other} gives the path parameters they share by name. */
    public Call withPathOf(Call other) {
        Call call = this;
        for (Map.Entry<Parameter, JsonNode> value : other.parameters().entrySet()) {
            if (value.getKey().in().equals("path")) {
                call = call.withPathParameter(value.getKey().name(), value.getValue());
            }
        }
        return call;
    }

    public Call withBody(MediaType type, JsonNode value) {
        return new Call(operation, parameters, Optional.of(type), Optional.ofNullable(value), auth, headers);
    }

    public Call withoutBody() {
        return new Call(operation, parameters, Optional.empty(), Optional.empty(), auth, headers);
    }

    public Call withAuth(Auth other) {
        return new Call(operation, parameters, media, body, other, headers);
    }

    public Call withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Call(operation, parameters, media, body, auth, changed);
    }

    /** The Accept the call sends, when it names one. */
    public Optional<String> accept() {
        return Optional.ofNullable(headers.get("Accept"));
    }
}
