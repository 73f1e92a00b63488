package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import org.openapitools.codegen.CodegenConfig;

import java.util.Locale;
import java.util.Set;

/**
 * A component schema named like a {@code java.lang} type the generated code itself names ({@code String},
 * {@code Integer}, {@code Override}...) would be generated as a model that shadows that type in its own package,
 * where every {@code String} field and {@code toString()} then means the model: published specs have such names
 * (Circuit's {@code String}). Those models are named {@code Model<Name>} instead; the wire names are untouched. Other
 * names ({@code Error}, {@code Exception}) keep their model name, which nothing generated confuses.
 */
final class JavaLangNames {

    private static final Set<String> NAMED_BY_GENERATED_CODE = Set.of("String", "StringBuilder", "Object", "Integer",
            "Long", "Short", "Byte", "Float", "Double", "Boolean", "Character", "Number", "Void", "Class", "Enum",
            "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "Iterable", "Comparable");

    private JavaLangNames() {
    }

    static void rename(OpenAPI spec, CodegenConfig config) {
        if (spec.getComponents() == null || spec.getComponents().getSchemas() == null) {
            return;
        }
        for (String name : spec.getComponents().getSchemas().keySet()) {
            String javaName = name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            if (NAMED_BY_GENERATED_CODE.contains(javaName) && !config.modelNameMapping().containsKey(name)) {
                config.modelNameMapping().put(name, "Model" + javaName);
            }
        }
    }
}
