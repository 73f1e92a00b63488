package org.contractfirst.server.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.media.multipart.BodyPart;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a multipart body into its model: a field in bracket notation ({@code picture_settings[layout][bottomLeft][x]})
 * becomes a nested field, a repeated key an array, a part with a file name a {@link FilePart}; then the model is
 * validated. A body that cannot be bound throws {@link BadRequestException}; one that breaks a constraint throws
 * {@link ConstraintViolationException}.
 */
public final class MultipartBinder {

    private static final Pattern KEY = Pattern.compile("([^\\[\\]]+)((?:\\[[^\\[\\]]*\\])*)");
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private final ObjectMapper mapper;
    private final Validator validator;

    public MultipartBinder(Validator validator) {
        this.mapper = Mappers.form();
        this.validator = validator;
    }

    public <T> T bind(FormDataMultiPart multipart, Class<T> type) {
        if (multipart == null) {
            throw new BadRequestException("the body is not multipart/form-data");
        }
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        for (BodyPart part : multipart.getBodyParts()) {
            FormDataBodyPart field = (FormDataBodyPart) part;
            put(tree, path(field.getName()), value(field));
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

    /** {@code a[b][c]} as {@code [a, b, c]}. */
    static List<String> path(String name) {
        Matcher matcher = KEY.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            throw new BadRequestException("'" + name + "' is not a field name in bracket notation");
        }
        List<String> path = new ArrayList<>();
        path.add(matcher.group(1));
        Matcher segments = SEGMENT.matcher(matcher.group(2));
        while (segments.find()) {
            if (segments.group(1).isEmpty()) {
                throw new BadRequestException("'" + name + "': repeat the key for an array instead of []");
            }
            path.add(segments.group(1));
        }
        return path;
    }

    private JsonNode value(FormDataBodyPart field) {
        String fileName = field.getContentDisposition().getFileName();
        if (fileName == null) {
            return JsonNodeFactory.instance.textNode(field.getValue());
        }
        MediaType mediaType = field.getMediaType();
        try (InputStream in = field.getValueAs(InputStream.class)) {
            return JsonNodeFactory.instance.pojoNode(new FilePart(fileName,
                    mediaType.getType() + "/" + mediaType.getSubtype(), in.readAllBytes()));
        } catch (IOException e) {
            throw new BadRequestException("part '" + field.getName() + "' cannot be read", e);
        }
    }

    private static void put(ObjectNode tree, List<String> path, JsonNode value) {
        ObjectNode parent = tree;
        for (String segment : path.subList(0, path.size() - 1)) {
            JsonNode child = parent.get(segment);
            if (child == null) {
                child = parent.putObject(segment);
            } else if (!child.isObject()) {
                throw new BadRequestException("'" + segment + "' is both a value and an object");
            }
            parent = (ObjectNode) child;
        }
        String last = path.get(path.size() - 1);
        JsonNode existing = parent.get(last);
        if (existing == null) {
            parent.set(last, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else if (existing.isObject()) {
            throw new BadRequestException("'" + last + "' is both a value and an object");
        } else {
            parent.putArray(last).add(existing).add(value);
        }
    }
}
