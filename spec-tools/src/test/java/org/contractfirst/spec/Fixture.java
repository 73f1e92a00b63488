package org.contractfirst.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.spec.layout.CanonicalLayout;
import org.contractfirst.spec.rules.SpecDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The valid fixture spec, and edits on it that each break one rule in a way the test shows. */
final class Fixture {

    static final String GET = "/paths/~1items~1{id}/get";
    static final String PUT = "/paths/~1items~1{id}/put";

    private final ObjectNode tree = (ObjectNode) CanonicalLayout.readTree(validText());

    static String validText() {
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/valid.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fixture valid() {
        return new Fixture();
    }

    /** Sets the value at {@code pointer} to the YAML {@code value}. */
    Fixture set(String pointer, String value) {
        parent(pointer).set(name(pointer), CanonicalLayout.readTree(value));
        return this;
    }

    Fixture remove(String pointer) {
        parent(pointer).remove(name(pointer));
        return this;
    }

    SpecDocument document() {
        return SpecDocument.of("fixture.yaml", CanonicalLayout.format(tree));
    }

    private ObjectNode parent(String pointer) {
        JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
        if (!parent.isObject()) {
            throw new IllegalArgumentException("no object at the parent of " + pointer);
        }
        return (ObjectNode) parent;
    }

    private static String name(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
