package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.Schemas;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A page of a collection, as its list operation answers it: the items whose properties equal the query parameters
 * named after them, from the offset that {@code offset}, {@code page} (with a size) or a cursor the mock gave asks
 * for, at most as many as {@code limit} or {@code size} (or its default) says. The answer is the items array itself,
 * or the list's example with its array of items replaced, a total named as such set, and a next cursor where the
 * operation takes a cursor: the offset of the next page, left out (or null) on the last.
 */
public final class MockLists {

    private static final Set<String> SIZES = Set.of("limit", "size", "pagesize", "perpage", "maxresults", "count", "top");
    private static final Set<String> OFFSETS = Set.of("offset", "skip", "start");
    private static final Set<String> PAGES = Set.of("page", "pagenumber", "pageindex");
    private static final Set<String> CURSORS = Set.of("cursor", "after", "pagetoken", "continuationtoken", "startingafter");
    private static final Set<String> TOTALS = Set.of("total", "totalcount", "totalitems", "totalelements", "totalresults");
    private static final Set<String> NEXT_CURSORS = Set.of("nextcursor", "next", "nextpagetoken", "cursor", "continuationtoken");
    private static final List<String> ITEM_ARRAYS = List.of("items", "data", "results", "content", "values", "records",
            "elements", "entries");

    private MockLists() {
    }

    static JsonNode page(ServedSpec spec, String operationId, JsonNode template, List<ObjectNode> stored,
                         MockRequest request, Function<ObjectNode, Optional<JsonNode>> shown) {
        Schemas schemas = spec.schemas();
        List<ObjectNode> matching = new ArrayList<>();
        Optional<JsonNode> cursor = Optional.empty();
        int offset = 0;
        Optional<Integer> size = Optional.empty();
        Optional<Integer> page = Optional.empty();
        int firstPage = 1;
        List<String[]> filters = new ArrayList<>();
        for (JsonNode parameter : spec.parameters(operationId)) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            String plain = MockRepresentation.letters(name);
            Optional<String> value = request.parameter(name);
            ObjectNode schema = schemas.effective(parameter.path("schema"));
            if (SIZES.contains(plain)) {
                size = value.or(() -> Optional.ofNullable(schema.get("default")).map(JsonNode::asText)).flatMap(MockLists::number);
            } else if (OFFSETS.contains(plain)) {
                offset = value.flatMap(MockLists::number).orElse(offset);
            } else if (PAGES.contains(plain)) {
                firstPage = schemas.lower(schema).map(bound -> bound.value().intValue()).filter(least -> least == 0).orElse(1);
                page = value.flatMap(MockLists::number);
            } else if (CURSORS.contains(plain)) {
                cursor = Optional.of(parameter);
                offset = value.flatMap(MockLists::number).orElse(offset);
            } else if (value.isPresent()) {
                filters.add(new String[] {name, value.get()});
            }
        }
        for (ObjectNode item : stored) {
            if (filters.stream().allMatch(filter -> !item.has(filter[0]) || MockState.text(item.get(filter[0])).equals(filter[1]))) {
                matching.add(item);
            }
        }
        if (page.isPresent() && size.isPresent()) {
            offset = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, page.get() - firstPage) * size.get());
        }
        int from = Math.min(Math.max(offset, 0), matching.size());
        int to = size.map(limit -> (int) Math.min(matching.size(), (long) from + Math.max(limit, 0))).orElse(matching.size());
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        matching.subList(from, to).forEach(item -> shown.apply(item).ifPresent(items::add));
        ObjectNode effective = schemas.effective(MockResources.jsonSchema(spec.resolve(spec.operation(operationId)
                .path("responses").path(MockAnswers.success(spec.operation(operationId))))));
        if (effective.has("items") || !template.isObject()) {
            return items;
        }
        ObjectNode answer = ((ObjectNode) template).deepCopy();
        itemsProperty(schemas, effective).ifPresent(property -> answer.set(property, items));
        Iterator<Map.Entry<String, JsonNode>> properties = effective.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String plain = MockRepresentation.letters(property.getKey());
            ObjectNode schema = schemas.effective(property.getValue());
            if (TOTALS.contains(plain) && schemas.types(schema).contains("integer")) {
                answer.put(property.getKey(), matching.size());
            } else if (cursor.isPresent() && NEXT_CURSORS.contains(plain) && schemas.types(schema).contains("string")) {
                if (to < matching.size() || Schemas.required(effective).contains(property.getKey()) && !schemas.allowsNull(schema)) {
                    answer.put(property.getKey(), Integer.toString(to));
                } else if (Schemas.required(effective).contains(property.getKey())) {
                    answer.putNull(property.getKey());
                } else {
                    answer.remove(property.getKey());
                }
            }
        }
        return answer;
    }

    /** The property of a list's answer that holds its items: an array named as such, else its first array. */
    static Optional<String> itemsProperty(Schemas schemas, JsonNode effective) {
        List<String> arrays = new ArrayList<>();
        effective.path("properties").fields().forEachRemaining(property -> {
            if (schemas.effective(property.getValue()).has("items")) {
                arrays.add(property.getKey());
            }
        });
        return arrays.stream().filter(name -> ITEM_ARRAYS.contains(name.toLowerCase(Locale.ROOT))).findFirst()
                .or(() -> arrays.stream().findFirst());
    }

    /** The schema of one item of a list's answer. */
    static JsonNode itemSchema(Schemas schemas, JsonNode listSchema) {
        ObjectNode effective = schemas.effective(listSchema);
        if (effective.has("items")) {
            return effective.get("items");
        }
        return itemsProperty(schemas, effective).map(property -> schemas.effective(effective.path("properties")
                .get(property)).path("items")).orElse(MissingNode.getInstance());
    }

    /** The items a list's example shows. */
    static List<JsonNode> items(JsonNode example) {
        List<JsonNode> items = new ArrayList<>();
        if (example.isArray()) {
            example.forEach(items::add);
        } else {
            example.fields().forEachRemaining(member -> {
                if (member.getValue().isArray() && items.isEmpty()) {
                    member.getValue().forEach(items::add);
                }
            });
        }
        return items;
    }

    private static Optional<Integer> number(String text) {
        return text.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

}
