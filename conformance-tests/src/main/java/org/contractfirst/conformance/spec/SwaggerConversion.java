package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.RemoteUrl;
import org.contractfirst.values.OpenApiDocument;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What reading a Swagger 2.0 document by swagger-parser's conversion to OpenAPI 3.0 cost. The converter drops some
 * elements without a word (a parameter in no known location, a collectionFormat that OpenAPI 3.0 has no style for, an
 * operation's own schemes), so the document as written is compared with the converted one, and whatever the
 * converted one lacks is named beside what the converter said.
 */
final class SwaggerConversion {

    static final String CONVERTED = "read as Swagger 2.0, converted to OpenAPI 3.0";

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");
    /** Top-level keys the converter carries under other names: servers, components, each operation's media types. */
    private static final Set<String> MOVED = Set.of("swagger", "host", "basePath", "schemes", "consumes", "produces",
            "definitions", "parameters", "responses", "securityDefinitions");
    /** Operation keys the converter carries under other names: parameters, request bodies, responses' media types. */
    private static final Set<String> MOVED_IN_OPERATIONS = Set.of("parameters", "consumes", "produces");

    private final JsonNode written;
    private final JsonNode converted;
    private final OpenApiDocument writtenDocument;
    private final OpenApiDocument convertedDocument;
    private final List<String> dropped = new ArrayList<>();

    private SwaggerConversion(JsonNode written, JsonNode converted) {
        this.written = written;
        this.converted = converted;
        this.writtenDocument = new OpenApiDocument(written);
        this.convertedDocument = new OpenApiDocument(converted);
    }

    /**
     * The note a run gives once: that the document at {@code location} was converted, what of it the converted
     * tree lacks, and the converter's own messages.
     */
    static String note(String location, JsonNode converted, List<String> converterMessages) {
        StringBuilder note = new StringBuilder(CONVERTED);
        List<String> dropped = written(location).map(written -> new SwaggerConversion(written, converted).dropped())
                .orElse(List.of());
        if (!dropped.isEmpty()) {
            note.append("; dropped: ").append(String.join(", ", dropped));
        }
        if (!converterMessages.isEmpty()) {
            note.append("; the converter said: ").append(String.join("; ", converterMessages));
        }
        return note.toString();
    }

    /**
     * The document as written, read as the parser reads a location; empty where it cannot be read again, when the
     * note says only what the converter said.
     */
    private static Optional<JsonNode> written(String location) {
        try {
            String lower = location.toLowerCase(Locale.ROOT);
            String text = lower.startsWith("http:") || lower.startsWith("https:") ? RemoteUrl.urlToString(location, null)
                    : Files.readString(lower.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location));
            return Optional.ofNullable(DeserializationUtils.deserializeIntoTree(text, location));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }

    private List<String> dropped() {
        written.fieldNames().forEachRemaining(key -> {
            if (!MOVED.contains(key) && !converted.has(key)) {
                dropped.add("top-level key '" + key + "'");
            }
        });
        missingNames(written.path("definitions"), converted.at("/components/schemas"), "definition");
        missingNames(written.path("securityDefinitions"), converted.at("/components/securitySchemes"), "security definition");
        ApiSpec.fields(written.path("paths")).forEach((path, item) -> {
            JsonNode pathItem = local(item);
            for (String method : METHODS) {
                if (pathItem.has(method)) {
                    operation(path, method, pathItem, local(pathItem.get(method)));
                }
            }
        });
        return dropped;
    }

    private void missingNames(JsonNode writtenNames, JsonNode convertedNames, String what) {
        writtenNames.fieldNames().forEachRemaining(name -> {
            if (!convertedNames.has(name)) {
                dropped.add(what + " '" + name + "'");
            }
        });
    }

    private void operation(String path, String method, JsonNode pathItem, JsonNode operation) {
        String where = method.toUpperCase(Locale.ROOT) + " " + path;
        JsonNode convertedItem = converted.path("paths").path(path);
        JsonNode convertedOperation = convertedItem.path(method);
        if (!convertedOperation.isObject()) {
            dropped.add(where);
            return;
        }
        operation.fieldNames().forEachRemaining(key -> {
            boolean blank = operation.get(key).isTextual() && operation.get(key).asText().isEmpty();
            if (!MOVED_IN_OPERATIONS.contains(key) && !blank && !convertedOperation.has(key)) {
                dropped.add(where + ": " + key);
            }
        });
        ApiSpec.fields(operation.path("responses")).keySet().forEach(status -> {
            if (!convertedOperation.path("responses").has(status)) {
                dropped.add(where + ": response " + status);
            }
        });
        parameters(pathItem, operation).forEach(parameter -> parameter(where, parameter, convertedItem, convertedOperation));
    }

    /**
     * The operation's parameters with those of its path, an operation's own replacing its path's of the same name and
     * location; one in another file is left out, as the written document alone cannot say what it is.
     */
    private Collection<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            list.forEach(item -> {
                JsonNode parameter = local(item);
                if (!parameter.isMissingNode()) {
                    parameters.put(parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter);
                }
            });
        }
        return parameters.values();
    }

    private void parameter(String where, JsonNode parameter, JsonNode convertedItem, JsonNode convertedOperation) {
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        String described = "parameter '" + name + "' in " + in;
        if (in.equals("body") || in.equals("formData")) {
            JsonNode body = convertedLocal(convertedOperation.path("requestBody"));
            Optional<JsonNode> media = ApiSpec.fields(body.path("content")).values().stream()
                    .filter(type -> in.equals("body") || convertedLocal(type.path("schema")).path("properties").has(name))
                    .findFirst();
            if (media.isEmpty()) {
                dropped.add(where + ": " + described);
            } else if (in.equals("formData") && lostFormat(parameter, "multi", media.get().path("encoding").path(name))) {
                dropped.add(where + ": collectionFormat " + format(parameter) + " of " + described);
            }
            return;
        }
        Optional<JsonNode> same = Stream.of(convertedOperation.path("parameters"), convertedItem.path("parameters"))
                .flatMap(list -> StreamSupport.stream(list.spliterator(), false)).map(this::convertedLocal)
                .filter(other -> other.path("in").asText().equals(in) && other.path("name").asText().equals(name))
                .findFirst();
        if (same.isEmpty()) {
            dropped.add(where + ": " + described);
        } else if (lostFormat(parameter, in.equals("query") ? "multi" : "csv", same.get())) {
            dropped.add(where + ": collectionFormat " + format(parameter) + " of " + described);
        }
    }

    /**
     * Whether an array's collectionFormat was lost: the converted element names no style, and the format is not the
     * one its location's default style means (multi for a query or a form, csv for a path or a header).
     */
    private static boolean lostFormat(JsonNode parameter, String byDefault, JsonNode convertedElement) {
        return parameter.path("type").asText().equals("array") && !convertedElement.has("style")
                && !format(parameter).equals(byDefault);
    }

    /** An array parameter's collectionFormat, csv where it names none (Swagger 2.0's default). */
    private static String format(JsonNode parameter) {
        return parameter.path("collectionFormat").asText("csv");
    }

    /** A node of the written document, its local reference followed; missing where it is in another file. */
    private JsonNode local(JsonNode node) {
        return writtenDocument.resolve(node);
    }

    private JsonNode convertedLocal(JsonNode node) {
        return convertedDocument.resolve(node);
    }
}
