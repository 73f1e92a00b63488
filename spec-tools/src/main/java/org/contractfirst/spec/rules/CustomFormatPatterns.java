package org.contractfirst.spec.rules;

import org.contractfirst.spec.layout.Shape;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A string format that OpenAPI and JSON Schema do not define ({@code timezone}, {@code locale-bcp47}, a {@code uint64}
 * string) means nothing to a generic tool, which then makes up text that breaks it: such a schema carries a
 * {@code pattern} or an {@code enum} beside its format, so that any tool can build and check valid values.
 */
public final class CustomFormatPatterns implements NormalisationRule {

    /** The formats of OpenAPI 3.0 and of JSON Schema 2020-12, and the numeric formats of the OpenAPI format registry. */
    static final Set<String> KNOWN = Set.of("int32", "int64", "float", "double", "byte", "binary", "date", "date-time",
            "password", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri",
            "uri-reference", "iri", "iri-reference", "uri-template", "uuid", "json-pointer", "relative-json-pointer",
            "regex");
    private static final Set<String> NUMERIC = Set.of("int8", "int16", "uint8", "uint16", "uint32", "uint64",
            "double-int", "decimal", "decimal128");

    @Override
    public String id() {
        return "custom-format-pattern";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        ShapeWalker.walk(spec.tree(), (pointer, shape, node) -> {
            if (shape != Shape.SCHEMA || !node.hasNonNull("format")) {
                return;
            }
            String format = node.get("format").asText();
            boolean numeric = node.path("type").asText().equals("integer") || node.path("type").asText().equals("number");
            boolean known = KNOWN.contains(format) || numeric && NUMERIC.contains(format);
            if (!known && !node.has("pattern") && !node.has("enum")) {
                findings.add(spec.finding(id(), pointer, "the format " + format + " is no standard one; give a pattern "
                        + "or an enum beside it, so that a tool that does not know it can build a valid value"));
            }
        });
        return findings;
    }
}
