package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;
import org.contractfirst.spec.breaking.WireSchema;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The media types of the parts of a multipart request: the parts are the properties of its schema, and each part
 * is sent as its {@code encoding}'s {@code contentType} list, else as the default for its schema (JSON for an
 * object or array, octet-stream for binary, plain text otherwise).
 */
public final class PartMediaTypes implements ChangeRule.OfMediaType {

    private static final Kind REMOVED = Kind.breaking("request-part-media-type-removed");
    private static final Kind ADDED = Kind.compatible("request-part-media-type-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REMOVED, ADDED);
    }

    @Override
    public void judge(Pair<Node> media, Changes changes) {
        if (media.direction() != Direction.REQUEST
                || !Elements.isMultipart(Elements.mediaType(Elements.key(media.after())))) {
            return;
        }
        Map<String, Node> old = WireSchema.of(media.before().get("schema")).properties();
        WireSchema.of(media.after().get("schema")).properties().forEach((part, schema) -> {
            if (!old.containsKey(part)) {
                return;
            }
            Set<String> before = types(media.before(), part, old.get(part));
            Set<String> after = types(media.after(), part, schema);
            String where = media.where() + " part `" + part + "`";
            Node beforeAt = media.before().get("encoding").get(part);
            Node afterAt = media.after().get("encoding").get(part);
            Set<String> removed = minus(before, after);
            Set<String> added = minus(after, before);
            if (!removed.isEmpty()) {
                changes.report(REMOVED, where, beforeAt, afterAt, "the part no longer takes " + String.join(", ", removed)
                        + "; clients that send it so are refused");
            } else if (!added.isEmpty()) {
                changes.report(ADDED, where, beforeAt, afterAt, "the part now also takes " + String.join(", ", added));
            }
        });
    }

    private static Set<String> types(Node media, String part, Node schema) {
        String declared = media.get("encoding").get(part).text("contentType");
        if (declared != null) {
            return Arrays.stream(declared.split(",")).map(String::trim).map(Elements::mediaType)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        WireSchema wire = WireSchema.of(schema);
        if (wire.types().contains("array")) {
            wire = WireSchema.of(wire.items());
        }
        if (wire.types().contains("object") || wire.types().contains("array")) {
            return Set.of("application/json");
        }
        String format = wire.text("format");
        return Set.of("binary".equals(format) || "byte".equals(format) ? "application/octet-stream" : "text/plain");
    }

    private static Set<String> minus(Set<String> from, Set<String> taken) {
        Set<String> rest = new LinkedHashSet<>(from);
        rest.removeAll(taken);
        return rest;
    }
}
