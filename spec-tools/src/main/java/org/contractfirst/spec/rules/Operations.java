package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.ShapeWalker;
import org.contractfirst.spec.SpecDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
}
