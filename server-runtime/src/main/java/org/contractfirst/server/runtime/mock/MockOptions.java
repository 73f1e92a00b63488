package org.contractfirst.server.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a generated mock answers: whether it remembers what it is sent ({@link MockState}), and the items each
 * collection starts with in place of its spec's examples, by the collection's path below the API's base path
 * ({@code /orders}, {@code /users/u1/orders}).
 */
public record MockOptions(boolean stateful, Map<String, List<JsonNode>> seedData) {

    /** Remembers, and starts from the spec's examples. */
    public static final MockOptions STATEFUL = new MockOptions(true, Map.of());
    /** Answers every call with its documented example: a write is answered, not stored. */
    public static final MockOptions STATELESS = new MockOptions(false, Map.of());

    public MockOptions {
        seedData = Map.copyOf(seedData);
    }

    /**
     * These options, with the collections' first items read from a JSON or YAML file: an object whose members are
     * collection paths, each an array of items.
     *
     * @throws IllegalArgumentException where the file is not such an object
     */
    public MockOptions seededFrom(Path file) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException(file + " is not an object of collection paths");
        }
        Map<String, List<JsonNode>> seeds = new LinkedHashMap<>();
        tree.fields().forEachRemaining(collection -> {
            if (!collection.getKey().startsWith("/") || !collection.getValue().isArray()) {
                throw new IllegalArgumentException(file + ": " + collection.getKey()
                        + " must be a collection path (/orders) holding an array of items");
            }
            List<JsonNode> items = new ArrayList<>();
            collection.getValue().forEach(items::add);
            seeds.put(collection.getKey().replaceAll("/+$", ""), items);
        });
        return new MockOptions(stateful, seeds);
    }
}
