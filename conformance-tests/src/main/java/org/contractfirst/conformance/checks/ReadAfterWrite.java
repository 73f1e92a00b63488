package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.SchemaSites;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.values.Schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write done (200, 201 or 204) is visible in the read the spec pairs it with ({@link Reads}): the read finds the
 * resource (not a 404 or 410), and every fresh value written to a field the read's schema can hold appears in what it
 * returns, in a JSON read that has a field of the written field's name under that name (a value stored in another
 * field is not the write shown). A read answered otherwise (a 429, say) says nothing of the write. Where the read
 * offers other media types (JSON and XML), it is read in each, and the values written, which end in letters beyond
 * ASCII, must come through whole in each.
 */
public final class ReadAfterWrite implements ScenarioCheck {

    private static final int HOLDING_DEPTH = 6;

    @Override
    public String name() {
        return "read_after_write";
    }

    @Override
    public String code() {
        return "CF140";
    }

    @Override
    public String nothingToJudge() {
        return "no write with a plain text field to mark got a 2xx that a documented read pairs with";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return Writes.isWrite(operation);
    }

    @Override
    public boolean needsReach() {
        return true;
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Writes.MarkedWrite write = Writes.marked(context, operation);
        if (write.markers().isEmpty()) {
            return;
        }
        // A write refused is positive_data_acceptance's to report, and a 202's work may not be done yet: in neither
        // is there anything to read back.
        var written = recorder.send(operation, write.call(), Intent.VALID);
        if (!java.util.Set.of(200, 201, 204).contains(written.status())) {
            return;
        }
        Optional<Reads.Read> read = Reads.after(context, write.call(), written);
        if (read.isEmpty()) {
            return;
        }
        var shown = recorder.send(read.get().operation(), read.get().call(), Intent.VALID);
        if (shown.status() == 404 || shown.status() == 410) {
            recorder.judge(this, operation, shown, Optional.of(read.get().operation().operationId() + " (paired by "
                    + read.get().pairing() + ") to show what was written, not " + shown.status()));
            return;
        }
        if (shown.status() < 200 || shown.status() >= 300) {
            return;
        }
        Map<String, String> held = new LinkedHashMap<>();
        Optional<JsonNode> schema = read.get().operation().jsonSchema(shown.status());
        write.markers().forEach((field, marker) -> {
            if (schema.isEmpty() || holds(context.spec().schemas(), schema.get(), field)) {
                held.put(field, marker);
            }
        });
        recorder.judge(this, operation, shown, unshown(held, shown).map(what -> read.get().operation().operationId()
                + " (paired by " + read.get().pairing() + ") to show " + what));
        for (String mediaType : otherTypes(read.get().operation(), shown)) {
            var other = recorder.send(read.get().operation(), read.get().call().withHeader("Accept", mediaType), Intent.VALID);
            if (other.status() / 100 == 2 && other.mediaType().equals(mediaType)) {
                String text = MediaType.isXml(mediaType) ? readXml(context, other.text(), read.get().operation(), other.status())
                        : other.parsed().map(JsonNode::toString).orElse(other.text());
                recorder.judge(this, operation, other, held.values().stream().filter(marker -> !text.contains(marker))
                        .findFirst().map(marker -> read.get().operation().operationId() + " in " + mediaType
                                + " to show the value written, " + marker + ", as it does in " + shown.mediaType()));
            }
        }
    }

    /** The textual media types the read documents for its success besides the one it answered in. */
    private static List<String> otherTypes(Operation read, Exchange shown) {
        return read.mediaTypes(shown.status()).stream().map(MediaType::essence)
                .filter(type -> !type.contains("*") && !type.equals(shown.mediaType()) && (MediaType.isJson(type) || MediaType.isXml(type)))
                .toList();
    }

    /** An XML body's text content as its schema reads it, so that a character reference counts as its character. */
    private static String readXml(RunContext context, String xml, Operation read, int status) {
        JsonNode schema = read.xmlSchema(status).orElse(null);
        try {
            return schema == null ? xml : context.xml().read(xml, schema).toString();
        } catch (RuntimeException unreadable) {
            return xml;
        }
    }

    /**
     * Whether the read's schema can hold the written field: it declares a property of that name at some depth, or is
     * itself an object open to any ({@code account_id} written to {@code /me/edit} is not shown by a profile that
     * declares no such field, and need not be).
     */
    public static boolean holds(Schemas schemas, JsonNode schema, String field) {
        return holds(schemas, schema, field, 0);
    }

    private static boolean holds(Schemas schemas, JsonNode schema, String field, int depth) {
        if (depth > HOLDING_DEPTH) {
            return false;
        }
        ObjectNode effective = schemas.effective(schema);
        JsonNode properties = effective.path("properties");
        if (properties.has(field)) {
            return true;
        }
        boolean open = depth == 0 && properties.isEmpty() && !effective.has("items") && !effective.has("oneOf") && !effective.has("anyOf")
                && schemas.types(effective).contains("object") && !effective.path("additionalProperties").equals(BooleanNode.FALSE);
        if (open) {
            return true;
        }
        List<JsonNode> inner = new ArrayList<>();
        properties.forEach(inner::add);
        inner.add(effective.path("items"));
        inner.add(effective.path("additionalProperties"));
        effective.path("oneOf").forEach(inner::add);
        effective.path("anyOf").forEach(inner::add);
        return inner.stream().filter(JsonNode::isObject).anyMatch(child -> holds(schemas, child, field, depth + 1));
    }

    private static Optional<String> unshown(Map<String, String> markers, Exchange shown) {
        Optional<JsonNode> json = shown.json();
        // Parsed, so that a non-ASCII letter written as a JSON escape (\\u00f1) counts as the letter.
        String text = json.map(JsonNode::toString).orElse(shown.text());
        for (Map.Entry<String, String> written : markers.entrySet()) {
            String field = written.getKey();
            String marker = written.getValue();
            if (!text.contains(marker)) {
                return Optional.of("the value written, " + marker);
            }
            if (json.isPresent()) {
                List<String> holding = new ArrayList<>();
                List<String> named = new ArrayList<>();
                walk(json.get(), "", field, marker, holding, named);
                if (!named.isEmpty() && holding.stream().noneMatch(named::contains)) {
                    return Optional.of(field + " as written, " + marker + ", at " + named + "; it shows that value at " + holding);
                }
            }
        }
        return Optional.empty();
    }

    /** Collects the JSON pointers whose value is {@code marker}, and those whose last segment is {@code field}. */
    private static void walk(JsonNode node, String pointer, String field, String marker, List<String> holding, List<String> named) {
        if (node.isTextual() && node.asText().equals(marker)) {
            holding.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String child = pointer + "/" + SchemaSites.escaped(entry.getKey());
                if (entry.getKey().equals(field)) {
                    named.add(child);
                }
                walk(entry.getValue(), child, field, marker, holding, named);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, field, marker, holding, named);
            }
        }
    }
}
