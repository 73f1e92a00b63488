package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits of a spec: at every location of an element or a keyword, its removal; at every scalar, its changes
 * ({@link ScalarEdits}); and, where OpenAPI makes them meaningful, a keyword or an entry added ({@link Additions}).
 * The walk knows from {@link Element} which keys are names and which are keywords, and does not walk into values
 * written as they are (an example's payload).
 */
final class EditSpace {

    private final JsonNode spec;
    private final boolean openApi30;
    private final List<Edit> edits = new ArrayList<>();

    private EditSpace(JsonNode spec) {
        this.spec = spec;
        this.openApi30 = spec.path("openapi").asText().startsWith("3.0");
    }

    static List<Edit> of(JsonNode spec) {
        EditSpace space = new EditSpace(spec);
        space.object(spec, Element.DOCUMENT, Place.ROOT);
        return space.edits;
    }

    private void object(JsonNode object, Element element, Place place) {
        object.fields().forEachRemaining(field -> {
            String key = field.getKey();
            Place at = element.keysAreNames() ? place.name(key) : place.keyword(key);
            value(field.getValue(), element.holds(key), at);
            collection(element, object, at, field.getValue());
        });
        edits.addAll(Additions.keywords(element, object, place, openApi30));
    }

    private void value(JsonNode value, Element.Holds holds, Place place) {
        edits.add(Edit.remove(place));
        if (value.isValueNode()) {
            edits.addAll(ScalarEdits.of(place, value, spec));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                value(value.get(i), new Element.Holds(holds.element(), false), place.index(i));
            }
        } else if (holds.named()) {
            value.fields().forEachRemaining(entry -> value(entry.getValue(),
                    new Element.Holds(holds.element(), false), place.name(entry.getKey())));
        } else if (holds.element() != Element.VALUE) {
            object(value, holds.element(), place);
        }
    }

    private void collection(Element owner, JsonNode ownerNode, Place place, JsonNode value) {
        if (value.isContainerNode()) {
            Additions.entry(owner, ownerNode, place, value).ifPresent(edits::add);
        }
    }
}
