package org.contractfirst.client.runtime;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.dataformat.xml.ser.XmlBeanPropertyWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the items of a wrapped array property under their {@link XmlItemName}: the property keeps its wrapper's
 * name for reading, and only its items' elements are renamed, before or after Jackson XML's own modifier has made
 * the wrapped properties' writers.
 */
final class XmlItemNames extends BeanSerializerModifier {

    static SimpleModule module() {
        return new SimpleModule("xml-item-names").setSerializerModifier(new XmlItemNames());
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                     List<BeanPropertyWriter> properties) {
        List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
        for (BeanPropertyWriter property : properties) {
            XmlItemName items = property.getAnnotation(XmlItemName.class);
            if (items == null || property.getWrapperName() == null) {
                changed.add(property);
                continue;
            }
            // Jackson XML wraps an indexed property by its wrapper and writes each item under the property's name.
            BeanPropertyWriter renamed = property.rename(constant(items.value()));
            changed.add(property instanceof XmlBeanPropertyWriter
                    ? new XmlBeanPropertyWriter(renamed, property.getWrapperName(), PropertyName.construct(items.value()))
                    : renamed);
        }
        return changed;
    }

    private static NameTransformer constant(String name) {
        return new NameTransformer() {
            @Override
            public String transform(String ignored) {
                return name;
            }

            @Override
            public String reverse(String transformed) {
                return null;
            }
        };
    }
}
