package org.contractfirst.spec.rules;

import org.contractfirst.spec.layout.Shape;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every schema with properties is a named schema of components/schemas, referenced where it is used: the
 * generators then name each model after it, and no anonymous object hides inside an operation or a property.
 */
public final class NamedObjectSchemas implements NormalisationRule {

    private static final Pattern COMPONENT_SCHEMA = Pattern.compile("/components/schemas/[^/]+");

    @Override
    public String id() {
        return "named-object-schemas";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        ShapeWalker.walk(spec.tree(), (pointer, shape, node) -> {
            if (shape == Shape.SCHEMA && node.has("properties") && !COMPONENT_SCHEMA.matcher(pointer).matches()) {
                findings.add(spec.finding(id(), pointer,
                        "an object schema with properties stands inline; name it under components/schemas"));
            }
        });
        return findings;
    }
}
