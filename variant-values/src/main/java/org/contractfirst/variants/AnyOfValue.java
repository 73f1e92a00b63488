package org.contractfirst.variants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The value of an {@code anyOf} or {@code oneOf} schema: one of its variants. The models generated for such schemas,
 * in servers and clients alike, implement it. Reading JSON, the variant is the one its discriminator names, when the
 * schema has one; else, for an object, the first variant whose required fields are all there and which declares
 * every field there, or failing that the first whose required fields are there and which admits other fields (an
 * {@code anyOf} value may be a value of several variants at once); for a string, number or boolean, the first
 * variant of that JSON type. A value that fits no variant is refused.
 */
public interface AnyOfValue {

    /** The variant held, or null for a null branch. */
    Object value();

    /** The property whose value names the variant, and the variant each value of its mapping names. */
    record Discriminator(String property, Map<String, Class<?>> mapping) {

        /**
         * The variant {@code value} names: by the mapping, else by the variant's schema name (its {@link JsonTypeName},
         * else its class name), which OpenAPI takes as the value of a variant the mapping leaves out; null for none.
         */
        Class<?> named(String value, List<Class<?>> variants) {
            Class<?> mapped = mapping.get(value);
            if (mapped != null) {
                return mapped;
            }
            for (Class<?> variant : variants) {
                JsonTypeName name = variant.getAnnotation(JsonTypeName.class);
                if (value.equals(name != null ? name.value() : variant.getSimpleName())) {
                    return variant;
                }
            }
            return null;
        }
    }

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
        private final Discriminator discriminator;
        private final Function<Object, T> holder;

        /** @param discriminator null for a schema without one */
        protected Deserializer(Class<T> type, List<Class<?>> variants, Discriminator discriminator,
                               Function<Object, T> holder) {
            super(type);
            this.variants = variants;
            this.discriminator = discriminator;
            this.holder = holder;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (discriminator != null && node.path(discriminator.property()).isTextual()) {
                Class<?> named = discriminator.named(node.get(discriminator.property()).asText(), variants);
                if (named == null) {
                    return context.reportInputMismatch(this, "%s: not one of %s", discriminator.property(),
                            discriminator.mapping().keySet());
                }
                return holder.apply(context.readTreeAsValue(node, named));
            }
            if (!node.isObject()) {
                for (Class<?> variant : variants) {
                    if (scalarFits(variant, node)) {
                        return holder.apply(context.readTreeAsValue(node, variant));
                    }
                }
                return context.reportInputMismatch(this, "fits none of the variants %s", variants.stream()
                        .map(Class::getSimpleName).toList());
            }
            Set<String> present = new HashSet<>();
            node.fieldNames().forEachRemaining(present::add);
            for (boolean everyFieldDeclared : new boolean[] {true, false}) {
                for (Class<?> variant : variants) {
                    if (fits(context, variant, present, everyFieldDeclared)) {
                        return holder.apply(context.readTreeAsValue(node, variant));
                    }
                }
            }
            return context.reportInputMismatch(this, "fits none of the variants %s", variants.stream()
                    .map(Class::getSimpleName).toList());
        }

        /**
         * Whether an object with the fields {@code present} is a value of {@code variant}: its required fields are
         * there, and each other field is one it declares ({@code everyFieldDeclared}) or one it admits, being open.
         */
        private static boolean fits(DeserializationContext context, Class<?> variant, Set<String> present,
                                    boolean everyFieldDeclared) {
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
            if (everyFieldDeclared) {
                return declared.containsAll(present);
            }
            JsonIgnoreProperties ignorals = variant.getAnnotation(JsonIgnoreProperties.class);
            return ignorals != null && ignorals.ignoreUnknown();
        }

        private static boolean scalarFits(Class<?> variant, JsonNode node) {
            if (node.isTextual()) {
                return CharSequence.class.isAssignableFrom(variant) || variant.isEnum();
            }
            if (node.isIntegralNumber()) {
                return Number.class.isAssignableFrom(variant);
            }
            if (node.isNumber()) {
                return Number.class.isAssignableFrom(variant) && variant != Integer.class && variant != Long.class;
            }
            if (node.isBoolean()) {
                return variant == Boolean.class;
            }
            return node.isArray() && List.class.isAssignableFrom(variant);
        }

        private static boolean isRequired(AnnotatedElement element) {
            JsonProperty property = element.getAnnotation(JsonProperty.class);
            return property != null && property.required();
        }
    }
}
