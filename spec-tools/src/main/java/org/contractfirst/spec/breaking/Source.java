package org.contractfirst.spec.breaking;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.layout.CanonicalLayout;
import org.contractfirst.spec.layout.ShapeWalker;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One spec file, YAML or JSON, read as a tree with the line of every element, keyed by JSON pointer. A file read
 * from a place of its own (a path or a URL) resolves the relative {@code $ref}s to other files; a text from a git
 * revision follows its local {@code $ref}s only.
 */
public final class Source {

    private static final int LARGEST_SPEC = 64 * 1024 * 1024;

    private final String name;
    private final String text;
    private final URI location;
    private final JsonNode tree;
    private final Map<String, Integer> lines;
    private final Map<URI, Source> others;
    /** The target of each reference, found once: a comparison follows the same references at every element. */
    private final Map<String, Node> resolved = new ConcurrentHashMap<>();

    private Source(String name, String text, URI location, Map<URI, Source> others) {
        this.name = name;
        this.text = text;
        this.location = location;
        this.tree = CanonicalLayout.readTree(text);
        this.lines = lines(text);
        this.others = others;
    }

    /** A spec text without a place of its own, such as a file at a git revision. */
    public static Source of(String name, String text) {
        return new Source(name, text, null, new HashMap<>());
    }

    /** The spec at a file path or a URL ({@code http:}, {@code https:}, {@code file:}). */
    public static Source read(String pathOrUrl) {
        boolean url = pathOrUrl.matches("(?i)(https?|file):.*");
        URI location = url ? URI.create(pathOrUrl) : Path.of(pathOrUrl).toAbsolutePath().normalize().toUri();
        return read(location, pathOrUrl, new HashMap<>());
    }

    private static Source read(URI location, String name, Map<URI, Source> others) {
        try (InputStream in = location.toURL().openStream()) {
            Source source = new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), location, others);
            others.put(location, source);
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    /** The file this spec was read from, where it was read from a file (a path or a {@code file:} URL). */
    public Optional<Path> file() {
        return location != null && "file".equalsIgnoreCase(location.getScheme()) ? Optional.of(Path.of(location))
                : Optional.empty();
    }

    public String text() {
        return text;
    }

    public Node root() {
        return new Node(this, "", tree);
    }

    /** The line an element starts on: for a key of a mapping the key's line, else the nearest written parent's. */
    public int line(String pointer) {
        String at = pointer;
        while (!lines.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return lines.getOrDefault(at, 1);
    }

    /** The element a {@code $ref} names, or null when it is in another file this source cannot reach. */
    Node resolve(String ref) {
        return resolved.computeIfAbsent(ref, this::target);
    }

    private Node target(String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1));
        Source target = this;
        if (!file.isEmpty()) {
            if (location == null) {
                return null;
            }
            URI other = location.resolve(file);
            target = others.containsKey(other) ? others.get(other) : read(other, file, others);
        }
        return new Node(target, fragment, target.tree.at(fragment));
    }

    /** A fragment may percent-encode the characters of a pointer, such as {@code %7Bid%7D} for {@code {id}}. */
    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    private static Map<String, Integer> lines(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(LARGEST_SPEC);
        Map<String, Integer> lines = new HashMap<>();
        org.yaml.snakeyaml.nodes.Node root = new Yaml(options).compose(new StringReader(text));
        if (root != null) {
            lines.put("", root.getStartMark().getLine() + 1);
            index(root, "", lines);
        }
        return lines;
    }

    private static void index(org.yaml.snakeyaml.nodes.Node node, String pointer, Map<String, Integer> lines) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key) {
                    String child = pointer + "/" + ShapeWalker.escape(key.getValue());
                    if (lines.putIfAbsent(child, key.getStartMark().getLine() + 1) == null) {
                        index(entry.getValueNode(), child, lines);
                    }
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                String child = pointer + "/" + i;
                lines.put(child, sequence.getValue().get(i).getStartMark().getLine() + 1);
                index(sequence.getValue().get(i), child, lines);
            }
        }
    }
}
