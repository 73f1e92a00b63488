package org.contractfirst.server.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Writes response bodies as XML with the element names the specs choose: a model's element is its name in
 * lowerCamelCase ({@code <user>}), a list response is wrapped in the plural ({@code <users>}), and a list field is
 * wrapped by its own name with one element per item, named after the item's model.
 */
@Produces(MediaType.APPLICATION_XML)
public final class XmlBodies implements MessageBodyWriter<Object> {

    private final XmlMapper mapper = XmlMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .annotationIntrospector(new ItemNames())
            .build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class;
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (body instanceof Collection<?> items) {
            Class<?> item = itemClass(genericType, items);
            ToXmlGenerator generator = mapper.getFactory().createGenerator(out);
            generator.setNextName(new QName(elementName(item) + "s"));
            generator.writeStartObject();
            for (Object value : items) {
                generator.writeFieldName(elementName(item));
                mapper.writeValue(generator, value);
            }
            generator.writeEndObject();
            generator.flush();
        } else {
            mapper.writer().withRootName(elementName(type)).writeValue(out, body);
        }
    }

    static String elementName(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Class<?> itemClass(Type genericType, Collection<?> items) {
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return items.isEmpty() ? Object.class : items.iterator().next().getClass();
    }

    /** A list field: wrapper named as the field, items named after their model. */
    private static final class ItemNames extends JacksonXmlAnnotationIntrospector {
        @Override
        public PropertyName findWrapperName(Annotated annotated) {
            Class<?> item = listItem(annotated);
            return item == null ? super.findWrapperName(annotated) : super.findNameForSerialization(annotated);
        }

        @Override
        public PropertyName findNameForSerialization(Annotated annotated) {
            Class<?> item = listItem(annotated);
            return item == null ? super.findNameForSerialization(annotated) : PropertyName.construct(elementName(item));
        }

        private static Class<?> listItem(Annotated annotated) {
            if (annotated instanceof AnnotatedMember member && Collection.class.isAssignableFrom(member.getRawType())
                    && member.getType().getContentType() != null) {
                Class<?> item = member.getType().getContentType().getRawClass();
                return item == String.class ? null : item;
            }
            return null;
        }
    }
}
