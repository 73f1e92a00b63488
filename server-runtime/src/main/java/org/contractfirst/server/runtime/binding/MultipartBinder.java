package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.errors.BadRequestException;
import org.contractfirst.server.runtime.errors.InvalidInputException;
import org.contractfirst.server.runtime.errors.JsonErrors;
import org.contractfirst.server.runtime.spec.MultipartEncoding;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import org.contractfirst.form.BracketNotation;
import org.glassfish.jersey.media.multipart.BodyPart;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a multipart body into its model as its spec's encoding says: a property declared {@code style: deepObject}
 * is read from its fields in bracket notation ({@code picture_settings[layout][bottomLeft][x]}), a repeated key is an
 * array, a part in JSON is its JSON value (OpenAPI's default for an object property), a text part is text in its
 * charset, and a part with a file name or of another type a {@link FilePart}, whose content type must be one the
 * encoding lists (a file where the schema wants text is refused by the binding). Then the model is
 * validated. A body that cannot be bound throws {@link BadRequestException}; one that breaks its spec throws
 * {@link InvalidInputException} or {@link ConstraintViolationException}.
 */
public final class MultipartBinder {

    private final ObjectMapper mapper = Mappers.form();
    private final ObjectMapper jsonParts = new ObjectMapper();
    private final Validator validator;
    private final ServedSpec spec;
    private final Map<String, MultipartEncoding> encodings = new ConcurrentHashMap<>();

    public MultipartBinder(Validator validator, ServedSpec spec) {
        this.validator = validator;
        this.spec = spec;
    }

    public <T> T bind(FormDataMultiPart multipart, String operationId, Class<T> type) {
        if (multipart == null) {
            throw new BadRequestException("the body is not multipart/form-data");
        }
        MultipartEncoding encoding = encodings.computeIfAbsent(operationId, spec::multipartEncoding);
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        for (BodyPart part : multipart.getBodyParts()) {
            FormDataBodyPart field = (FormDataBodyPart) part;
            String name = field.getName();
            if (name == null || name.isEmpty()) {
                throw new BadRequestException("a part has no name in its Content-Disposition");
            }
            int bracket = name.indexOf('[');
            String property = bracket > 0 ? name.substring(0, bracket) : name;
            try {
                List<String> path = bracket > 0 && encoding.isDeepObject(property) ? BracketNotation.path(name) : List.of(name);
                BracketNotation.put(tree, path, value(field, property, encoding));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage(), e);
            }
        }
        T value;
        try {
            value = mapper.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadRequestException(JsonErrors.describe(e), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private JsonNode value(FormDataBodyPart field, String property, MultipartEncoding encoding) {
        MediaType mediaType = field.getMediaType();
        String contentType = mediaType.getType() + "/" + mediaType.getSubtype();
        boolean json = mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json");
        String fileName = field.getContentDisposition().getFileName();
        if (fileName != null || !json && !mediaType.getType().equals("text")) {
            // A file: a part with a file name, or one whose bytes are no text (OpenAPI sends a binary property as
            // application/octet-stream, or the type its encoding lists, and needs no file name).
            if (!encoding.accepts(property, contentType)) {
                throw new InvalidInputException((fileName == null ? "part " + field.getName() : fileName) + ": '"
                        + property + "' is " + String.join(" or ", encoding.contentTypes(property)) + ", not " + contentType);
            }
            return JsonNodeFactory.instance.pojoNode(new FilePart(fileName == null ? property : fileName, contentType,
                    bytes(field)));
        }
        String text = text(field, mediaType);
        if (json) {
            try {
                return jsonParts.readTree(text);
            } catch (IOException e) {
                throw new BadRequestException("part '" + field.getName() + "' is not valid JSON", e);
            }
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    /** The part's text, in the charset its Content-Type names (UTF-8 without one); bytes that do not decode are refused. */
    private static String text(FormDataBodyPart field, MediaType mediaType) {
        Charset charset;
        try {
            charset = Charset.forName(mediaType.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("part '" + field.getName() + "' names a charset this server does not know", e);
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(field))).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("part '" + field.getName() + "' is not valid " + charset.name(), e);
        }
    }

    private static byte[] bytes(FormDataBodyPart field) {
        try (InputStream in = field.getValueAs(InputStream.class)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadRequestException("part '" + field.getName() + "' cannot be read", e);
        }
    }
}
