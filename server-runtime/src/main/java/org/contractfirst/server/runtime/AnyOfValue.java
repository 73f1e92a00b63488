package org.contractfirst.server.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The value of an {@code anyOf} schema: one of its variants. Generated anyOf models implement it. Reading JSON, the
 * variant is told apart by the fields present: the first variant whose required fields are all there and which
 * declares every field there. A body that fits no variant is rejected.
 */
public interface AnyOfValue {

    /** The variant held, or null for a null branch. */
    Object value();

    /** Writes the variant held, as if there were no holder. */
    final class Serializer extends StdSerializer<AnyOfValue> {
        public Serializer() {
            super(AnyOfValue.class);
        }

        @Override
        public void serialize(AnyOfValue holder, JsonGenerator generator, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(holder.value(), generator);
        }
    }

    /** Reads the variant that fits the fields present. */
    class Deserializer<T extends AnyOfValue> extends StdDeserializer<T> {
        private final List<Class<?>> variants;
        private final Function<Object, T> holder;

        protected Deserializer(Class<T> type, List<Class<?>> variants, Function<Object, T> holder) {
            super(type);
            this.variants = variants;
            this.holder = holder;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            Set<String> present = new HashSet<>();
            node.fieldNames().forEachRemaining(present::add);
            for (Class<?> variant : variants) {
                if (fits(context, variant, present)) {
                    return holder.apply(context.readTreeAsValue(node, variant));
                }
            }
            return context.reportInputMismatch(this, "fits none of the variants %s", variants.stream()
                    .map(Class::getSimpleName).toList());
        }

        private static boolean fits(DeserializationContext context, Class<?> variant, Set<String> present) {
            BeanDescription description = context.getConfig().introspect(context.constructType(variant));
            Set<String> declared = new HashSet<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                declared.add(property.getName());
                boolean required = property.hasGetter() && isRequired(property.getGetter().getAnnotated())
                        || property.hasField() && isRequired(property.getField().getAnnotated());
                if (required && !present.contains(property.getName())) {
                    return false;
                }
            }
            return declared.containsAll(present);
        }

        private static boolean isRequired(AnnotatedElement element) {
            return element.isAnnotationPresent(NotNull.class);
        }
    }
}
