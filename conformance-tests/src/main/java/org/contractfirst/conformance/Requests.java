package org.contractfirst.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import org.contractfirst.form.BracketNotation;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the requests of an operation from its spec: a valid one from the spec's examples (else from its schemas),
 * with the target's fixtures for values only the server knows and its credential sent as the security scheme says.
 */
public final class Requests {

    private final Target target;
    private final Samples samples;

    public Requests(Target target) {
        this.target = target;
        this.samples = new Samples(target.spec());
    }

    public HttpRequest valid(ApiSpec.Endpoint endpoint) {
        return valid(endpoint, Map.of());
    }

    /**
     * The valid request with {@code value} in the parameter or top-level body field called {@code name}; empty when
     * the operation has no such input.
     */
    public Optional<HttpRequest> withInput(ApiSpec.Endpoint endpoint, String name, String value) {
        boolean parameter = target.spec().parameters(endpoint).stream().anyMatch(candidate -> candidate.getName().equals(name));
        boolean field = target.spec().requestBody(endpoint)
                .map(media -> target.spec().resolve(media.getValue().getSchema()).getProperties())
                .filter(properties -> properties.containsKey(name)).isPresent();
        if (!parameter && !field) {
            return Optional.empty();
        }
        HttpRequest request = valid(endpoint, Map.of(name, value));
        return Optional.of(field ? request.withBody(target.spec().requestBody(endpoint).map(media -> {
            JsonNode body = bodyValue(media.getValue());
            ((ObjectNode) body).put(name, value);
            return encode(media.getKey(), media.getValue(), body);
        }).orElseThrow()) : request);
    }

    private HttpRequest valid(ApiSpec.Endpoint endpoint, Map<String, String> overrides) {
        String path = endpoint.path();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : target.spec().parameters(endpoint)) {
            JsonNode value = overrides.containsKey(parameter.getName())
                    ? Json.mapper().valueToTree(overrides.get(parameter.getName())) : parameterValue(parameter);
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", Urls.encode(value.asText()));
                case "query" -> {
                    if (Boolean.TRUE.equals(parameter.getRequired())) {
                        if (value.isArray()) {
                            value.forEach(item -> query.add(Map.entry(parameter.getName(), item.asText())));
                        } else {
                            query.add(Map.entry(parameter.getName(), value.asText()));
                        }
                    }
                }
                case "header" -> headers.put(parameter.getName(), value.asText());
                default -> {
                }
            }
        }
        HttpRequest request = new HttpRequest(endpoint.method(), path, query, headers, body(endpoint).orElse(HttpRequest.Body.none()));
        return authenticated(endpoint, request, target.credential());
    }

    /** The request with {@code credential} sent as the operation's first security scheme says, or with none. */
    public HttpRequest authenticated(ApiSpec.Endpoint endpoint, HttpRequest request, String credential) {
        Optional<SecurityScheme> scheme = target.spec().securitySchemes(endpoint).values().stream().findFirst();
        if (scheme.isEmpty()) {
            return request;
        }
        String header = scheme.get().getType() == SecurityScheme.Type.APIKEY ? scheme.get().getName() : "Authorization";
        String value = credential == null ? null
                : scheme.get().getType() == SecurityScheme.Type.APIKEY ? credential : "Bearer " + credential;
        return request.withHeader(header, value);
    }

    /** The operation's body as the spec's example gives it, else a sample of its schema; fixtures replace fields. */
    public Optional<HttpRequest.Body> body(ApiSpec.Endpoint endpoint) {
        return target.spec().requestBody(endpoint).map(media -> encode(media.getKey(), media.getValue(), bodyValue(media.getValue())));
    }

    public JsonNode bodyValue(MediaType media) {
        JsonNode value = media.getExample() != null ? Json.mapper().valueToTree(media.getExample())
                : samples.of(media.getSchema());
        if (value instanceof ObjectNode object) {
            Map<?, ?> properties = target.spec().resolve(media.getSchema()).getProperties();
            target.fixtures().forEach((name, fixture) -> {
                if (object.has(name) || properties != null && properties.containsKey(name)) {
                    object.put(name, fixture);
                }
            });
        }
        return value;
    }

    /**
     * Encodes a body value as its media type: JSON text; a form; or multipart parts as the media type's encoding
     * says, a property declared {@code style: deepObject} in bracket notation, another object as a JSON part, an
     * array as a part per item.
     */
    public static HttpRequest.Body encode(String mediaType, MediaType media, JsonNode value) {
        if (mediaType.startsWith("multipart/")) {
            List<HttpRequest.Part> parts = new ArrayList<>();
            value.fields().forEachRemaining(property -> {
                Encoding encoding = media.getEncoding() == null ? null : media.getEncoding().get(property.getKey());
                if (encoding != null && encoding.getStyle() == Encoding.StyleEnum.DEEP_OBJECT) {
                    BracketNotation.flatten(property.getKey(), property.getValue())
                            .forEach(field -> parts.add(HttpRequest.Part.text(field.getKey(), field.getValue())));
                } else if (property.getValue().isArray()) {
                    property.getValue().forEach(item -> parts.add(HttpRequest.Part.of(property.getKey(), item)));
                } else if (!property.getValue().isNull()) {
                    parts.add(HttpRequest.Part.of(property.getKey(), property.getValue()));
                }
            });
            return HttpRequest.Body.multipart(parts);
        }
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            flatten("", value, fields);
            return HttpRequest.Body.form(fields);
        }
        try {
            return HttpRequest.Body.text(mediaType, Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"a": {"b": 1}, "c": [1, 2]}} as {@code a.b=1, c=1, c=2}: nested keys dotted, arrays repeated. */
    private static void flatten(String prefix, JsonNode value, List<Map.Entry<String, String>> fields) {
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), fields);
            }
        } else if (value.isArray()) {
            value.forEach(item -> flatten(prefix, item, fields));
        } else if (!value.isNull()) {
            fields.add(Map.entry(prefix, value.asText()));
        }
    }

    private JsonNode parameterValue(Parameter parameter) {
        Optional<String> fixture = target.fixture(parameter.getName());
        if (fixture.isPresent()) {
            return Json.mapper().valueToTree(fixture.get());
        }
        if (parameter.getExample() != null) {
            return Json.mapper().valueToTree(parameter.getExample());
        }
        return samples.of(parameter.getSchema());
    }
}
