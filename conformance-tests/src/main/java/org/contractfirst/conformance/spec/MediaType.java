package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A media type of a body: its name, schema, the examples it documents and its encoding object. */
public record MediaType(String name, JsonNode schema, List<JsonNode> examples, Map<String, JsonNode> encoding) {

    /** @param refused the names of the examples the operation answers with a refusal, which are not kept */
    static MediaType of(ApiSpec spec, String name, JsonNode media, Set<String> refused) {
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        ApiSpec.fields(media.path("examples")).forEach((exampleName, example) -> {
            JsonNode resolved = spec.resolve(example);
            if (resolved.has("value") && !refused.contains(exampleName)) {
                examples.add(resolved.get("value"));
            }
        });
        return new MediaType(name, media.path("schema"), List.copyOf(examples), ApiSpec.fields(media.path("encoding")));
    }

    /** The type without parameters, lower case: {@code application/json}. */
    public String essence() {
        return essence(name);
    }

    public boolean isJson() {
        return isJson(essence());
    }

    public boolean isXml() {
        return isXml(essence());
    }

    /** A media type without its parameters, in lower case: {@code application/json} of {@code application/json; charset=UTF-8}. */
    public static String essence(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isJson(String essence) {
        return essence.equals("application/json") || essence.endsWith("+json") || essence.equals("*/*");
    }

    public static boolean isXml(String essence) {
        return essence.equals("application/xml") || essence.equals("text/xml") || essence.endsWith("+xml");
    }

    /** The encoding of one multipart or form property; missing when the spec gives none. */
    public JsonNode encodingOf(String property) {
        return encoding.getOrDefault(property, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }
}
