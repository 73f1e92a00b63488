package org.contractfirst.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * An OpenAPI document as a JSON tree, with its local {@code $ref}s followed: the one view of a spec that the mocks
 * and the conformance suite share, for OpenAPI 3.0 and 3.1 alike. References to other files are bundled into the
 * document before it gets here (swagger-parser does so), so every reference is a JSON pointer into this tree.
 */
public final class OpenApiDocument {

    private static final int MAX_REFERENCE_HOPS = 64;

    private final JsonNode root;
    private final boolean openApi31;

    public OpenApiDocument(JsonNode root) {
        this.root = root;
        this.openApi31 = root.path("openapi").asText("").startsWith("3.1");
    }

    public JsonNode root() {
        return root;
    }

    /** Whether schemas are JSON Schema 2020-12 (OpenAPI 3.1), rather than OpenAPI 3.0's dialect of draft 4. */
    public boolean isOpenApi31() {
        return openApi31;
    }

    /** The node at a JSON pointer ({@code /components/schemas/User}); missing when nothing is there. */
    public JsonNode at(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /**
     * The node itself, or what its {@code $ref} points at, followed until it is no reference. A reference that leads
     * nowhere, or in a circle, gives a missing node. In OpenAPI 3.1 a schema's {@code $ref} may have siblings; those
     * are kept by {@link Schemas}, which reads a schema through this.
     */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node == null ? MissingNode.getInstance() : node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops == MAX_REFERENCE_HOPS) {
                return MissingNode.getInstance();
            }
            current = target(current.get("$ref").asText());
        }
        return current;
    }

    /** The pointer a reference names ({@code #/components/schemas/User}); empty when it is not a local reference. */
    public static String pointer(String reference) {
        if (!reference.startsWith("#")) {
            return "";
        }
        return decode(reference.substring(1));
    }

    private JsonNode target(String reference) {
        return reference.startsWith("#") ? root.at(decode(reference.substring(1))) : MissingNode.getInstance();
    }

    /** Percent-decoding of a pointer taken from a URI fragment ({@code %7B} in a path name). */
    private static String decode(String fragment) {
        if (!fragment.contains("%")) {
            return fragment;
        }
        return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
