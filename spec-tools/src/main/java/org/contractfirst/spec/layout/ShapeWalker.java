package org.contractfirst.spec.layout;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Visits every OpenAPI object of a spec tree together with its JSON pointer and its {@link Shape}, so that rules
 * look at schemas, media types and responses where they stand and never mistake an example's payload for them.
 */
public final class ShapeWalker {

    /** Receives each visited object. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, Shape shape, JsonNode node);
    }

    private ShapeWalker() {
    }

    public static void walk(JsonNode root, Visitor visitor) {
        walk("", Shape.ROOT, root, visitor);
    }

    private static void walk(String pointer, Shape shape, JsonNode node, Visitor visitor) {
        if (shape == Shape.FREE || !node.isObject()) {
            return;
        }
        visitor.visit(pointer, shape, node);
        node.fields().forEachRemaining(field -> {
            Shape.Children children = shape.child(field.getKey());
            String childPointer = pointer + "/" + escape(field.getKey());
            JsonNode value = field.getValue();
            switch (children.layout()) {
                case ONE -> walk(childPointer, children.shape(), value, visitor);
                case LIST -> {
                    for (int i = 0; i < value.size(); i++) {
                        walk(childPointer + "/" + i, children.shape(), value.get(i), visitor);
                    }
                }
                default -> value.fields().forEachRemaining(entry -> walk(
                        childPointer + "/" + escape(entry.getKey()), children.shape(), entry.getValue(), visitor));
            }
        });
    }

    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
