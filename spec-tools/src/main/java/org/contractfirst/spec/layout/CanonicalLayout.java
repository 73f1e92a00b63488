package org.contractfirst.spec.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites a spec into the canonical layout of specs/README.md: keys in the order of {@link Shape},
 * two-space block YAML, strings quoted only where YAML needs it, multi-line text as literal blocks.
 * Formatting is idempotent: the canonical text of a canonical text is itself.
 */
public final class CanonicalLayout {

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new QuoteWhatYamlWouldRetype())
            .build());

    private CanonicalLayout() {
    }

    /**
     * Jackson's default leaves strings such as {@code +447700900123} or {@code 2024-03-01T09:30:00Z} plain, and YAML
     * readers then take them for a number or a timestamp. A string stays plain only where YAML's own resolver reads
     * it back as a string.
     */
    private static final class QuoteWhatYamlWouldRetype extends StringQuotingChecker.Default {
        private static final Resolver RESOLVER = new Resolver();

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || retyped(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || retyped(value);
        }

        private static boolean retyped(String text) {
            return !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, text, true));
        }
    }

    public static String format(String specText) {
        return format(readTree(specText));
    }

    public static String format(JsonNode spec) {
        try {
            return YAML.writeValueAsString(reorder(spec, Shape.ROOT));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree that cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode readTree(String specText) {
        try {
            return YAML.readTree(specText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a YAML document: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode reorder(JsonNode node, Shape shape) {
        if (shape == Shape.FREE || !node.isObject()) {
            return node;
        }
        ObjectNode result = YAML.createObjectNode();
        for (String key : sorted(node, shape.keyOrder())) {
            result.set(key, reorderChildren(node.get(key), shape.child(key)));
        }
        return result;
    }

    private static JsonNode reorderChildren(JsonNode value, Shape.Children children) {
        return switch (children.layout()) {
            case ONE -> reorder(value, children.shape());
            case LIST -> {
                if (!value.isArray()) {
                    yield value;
                }
                ArrayNode items = YAML.createArrayNode();
                value.forEach(item -> items.add(reorder(item, children.shape())));
                yield items;
            }
            case SORTED_MAP -> map(value, children.shape(), Comparator.naturalOrder());
            case STATUS_MAP -> map(value, children.shape(), Shape.STATUS_ORDER);
            case KEPT_MAP -> map(value, children.shape(), null);
        };
    }

    private static JsonNode map(JsonNode value, Shape valueShape, Comparator<String> keyOrder) {
        if (!value.isObject()) {
            return value;
        }
        ObjectNode result = YAML.createObjectNode();
        for (String key : keyOrder == null ? keys(value) : sorted(value, keyOrder)) {
            result.set(key, reorder(value.get(key), valueShape));
        }
        return result;
    }

    private static List<String> sorted(JsonNode node, Comparator<String> order) {
        List<String> keys = keys(node);
        keys.sort(order);
        return keys;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
