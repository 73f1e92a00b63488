package org.contractfirst.spec.breaking;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the comparers and rules need to know of media types, headers and the schemas of parameters. */
public final class Elements {

    private Elements() {
    }

    /** The media types of a {@code content} map, keyed by name in lower case without spaces. */
    public static Map<String, Node> content(Node content) {
        Map<String, Node> media = new LinkedHashMap<>();
        content.fields().forEach((name, type) -> media.put(mediaType(name), type));
        return media;
    }

    public static String mediaType(String name) {
        return name.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** The name an element has in its parent map: the last segment of its pointer, unescaped. */
    public static String key(Node element) {
        String pointer = element.pointer();
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    public static boolean isXml(String mediaType) {
        String bare = mediaType.split(";")[0];
        return bare.endsWith("/xml") || bare.endsWith("+xml");
    }

    public static boolean isMultipart(String mediaType) {
        return mediaType.startsWith("multipart/");
    }

    /** The headers of a response, resolved, keyed by name in lower case; {@code Content-Type} is the media type's. */
    public static Map<String, Node> headers(Node response) {
        Map<String, Node> headers = new LinkedHashMap<>();
        response.get("headers").fields().forEach((name, header) -> {
            if (!name.equalsIgnoreCase("content-type")) {
                headers.put(name.toLowerCase(Locale.ROOT), header.resolved());
            }
        });
        return headers;
    }

    /** The schema of a parameter or header: its {@code schema}, else the schema of its one {@code content} type. */
    public static Node schema(Node parameter) {
        if (parameter.has("schema") || parameter.get("content").fields().isEmpty()) {
            return parameter.get("schema");
        }
        return parameter.get("content").fields().values().iterator().next().get("schema");
    }
}
