package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The operations of a spec tree, each with its JSON pointer. */
record Operations(String pointer, String method, String path, JsonNode node) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static List<Operations> of(SpecDocument spec) {
        List<Operations> operations = new ArrayList<>();
        spec.tree().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                String pointer = "/paths/" + ShapeWalker.escape(path.getKey()) + "/" + op.getKey();
                operations.add(new Operations(pointer, op.getKey(), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    String label() {
        return method.toUpperCase() + " " + path;
    }

    /** One media type of one response body, with the JSON pointer where it is written (in a shared response, for a $ref). */
    interface ResponseBodyVisitor {
        void visit(String status, String pointer, String mediaType, JsonNode media);
    }

    /** Visits each media type of each response whose status {@code statuses} accepts. */
    void forEachResponseBody(SpecDocument spec, Predicate<String> statuses, ResponseBodyVisitor visitor) {
        node.path("responses").fields().forEachRemaining(response -> {
            String status = response.getKey();
            if (!statuses.test(status)) {
                return;
            }
            JsonNode body = response.getValue();
            String written = pointer + "/responses/" + status;
            if (body.has("$ref")) {
                written = body.get("$ref").asText().substring(1);
                body = spec.resolve(body.get("$ref").asText());
            }
            String bodyPointer = written;
            body.path("content").fields().forEachRemaining(media -> visitor.visit(status,
                    bodyPointer + "/content/" + ShapeWalker.escape(media.getKey()), media.getKey(), media.getValue()));
        });
    }

    static boolean isError(String status) {
        return status.equals("default") || status.startsWith("4") || status.startsWith("5");
    }
}
