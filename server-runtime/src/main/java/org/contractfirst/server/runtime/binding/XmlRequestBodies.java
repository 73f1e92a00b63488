package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.errors.BadRequestException;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import org.contractfirst.values.xml.XmlReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads an XML request body as its request schema's {@code xml} objects name it, into the JSON value the schema
 * describes, and binds that as JSON would be: XML and JSON bodies meet the same model and the same validation.
 * XML that is not well-formed, or not of the schema's element names, is a 400 in the API's error shape.
 */
@Consumes(MediaType.WILDCARD)
public final class XmlRequestBodies implements MessageBodyReader<Object> {

    private final ServedSpec spec;
    private final ObjectMapper json;
    private final XmlReader xml;

    public XmlRequestBodies(ServedSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
        this.xml = new XmlReader(spec.schemas());
    }

    /** {@code application/xml}, {@code text/xml} and any {@code +xml} type, as RFC 7303 names them. */
    public static boolean isXml(MediaType mediaType) {
        return mediaType != null && (mediaType.getSubtype().equalsIgnoreCase("xml") || mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+xml"));
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isXml(mediaType) && !CharSequence.class.isAssignableFrom(type) && type != byte[].class
                && !InputStream.class.isAssignableFrom(type) && !Reader.class.isAssignableFrom(type) && type != File.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonNode schema = CurrentOperation.id().flatMap(operation -> spec.requestSchema(operation, mediaType))
                .orElseThrow(() -> new NotSupportedException("the operation documents no XML body"));
        JsonNode value;
        try {
            value = xml.read(new String(body.readAllBytes(), charset(mediaType)), schema);
        } catch (IllegalArgumentException notOfTheSchema) {
            throw new BadRequestException("the XML body cannot be read: " + notOfTheSchema.getMessage(), notOfTheSchema);
        }
        return json.readerFor(json.constructType(genericType)).readValue(value);
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new BadRequestException("unknown charset " + name);
        }
    }
}
