package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.List;
import java.util.Set;

/**
 * A named {@code oneOf} or {@code anyOf} schema whose branches are all plain strings (a pattern or an enum each, such
 * as Bird's phone number: an E.164 number or the empty string) is generated as a plain string schema, so that it is a
 * {@code String} in Java. The generator would write a wrapper class whose variants cannot be told apart by their Java
 * type. The spec itself is untouched: the runtime and the conformance suite still read the branches.
 */
final class StringUnions {

    private static final Set<String> OTHER_JAVA_TYPES = Set.of("date", "date-time", "uuid", "uri", "binary", "byte");

    private StringUnions() {
    }

    @SuppressWarnings("rawtypes")
    static void simplify(OpenAPI spec) {
        if (spec.getComponents() == null || spec.getComponents().getSchemas() == null) {
            return;
        }
        spec.getComponents().getSchemas().replaceAll((name, schema) -> {
            List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
            return branches != null && !branches.isEmpty() && branches.stream().allMatch(StringUnions::isPlainString)
                    ? new StringSchema().description(schema.getDescription()) : schema;
        });
    }

    /** A string the generator writes as a Java String: no format, or one it has no other type for. */
    @SuppressWarnings("rawtypes")
    private static boolean isPlainString(Schema branch) {
        return branch.get$ref() == null && "string".equals(branch.getType())
                && (branch.getFormat() == null || !OTHER_JAVA_TYPES.contains(branch.getFormat()));
    }
}
