package org.contractfirst.codegen;

import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Adds an annotation to those the Java client templates write from an extension, such as a model's
 * {@code x-class-extra-annotation}, keeping those already there, the spec's own included: the templates write a list
 * of them one per line.
 */
final class ExtraAnnotations {

    static final String CLASS = "x-class-extra-annotation";

    private ExtraAnnotations() {
    }

    static void add(Schema<?> schema, String extension, String annotation) {
        Object present = schema.getExtensions() == null ? null : schema.getExtensions().get(extension);
        List<Object> annotations = new ArrayList<>();
        if (present instanceof Collection<?> list) {
            annotations.addAll(list);
        } else if (present != null) {
            annotations.add(present);
        }
        annotations.add(annotation);
        schema.addExtension(extension, annotations);
    }

    /** {@code text} as a Java string literal. */
    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
