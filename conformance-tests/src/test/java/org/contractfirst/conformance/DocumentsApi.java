package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Documents API of {@code realworld/documents.yaml}, served as its spec says: {@code POST /documents} takes a
 * multipart body of a JSON {@code metadata} part and a {@code file} part, and refuses with 400 a part missing or a
 * metadata part that is no object of its schema, a title of fewer than three code points among them. A broken one
 * breaks one of those rules ({@link Fault}).
 */
final class DocumentsApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/documents.yaml";


    /** The one rule a broken Documents breaks, or none. */
    enum Fault {
        NONE,
        /** A metadata part of JSON null is taken as untitled. */
        TAKES_NULL,
        /** A title's length is counted in UTF-16 units, so that two characters outside the BMP pass for four. */
        COUNTS_UTF16_UNITS
    }

    private static final int SHORTEST_TITLE = 3;

    private final Fault fault;
    private int stored;

    DocumentsApi(Fault fault) {
        this.fault = fault;
    }

    @Override
    public Reply answer(Request request) {
        if (!request.segments().equals(List.of("documents"))) {
            return Reply.noSuchResource();
        }
        if (!request.method().equals("POST")) {
            return Reply.methods(request.method(), "POST, OPTIONS");
        }
        Optional<Map<String, String>> read = Multipart.parts(request.header("Content-Type").orElse(null), request.body());
        if (read.isEmpty()) {
            return Reply.error(415, "unsupported_media_type", "send the document as multipart/form-data");
        }
        Map<String, String> parts = read.get();
        if (!parts.containsKey("metadata") || !parts.containsKey("file")) {
            return Reply.error(400, "bad_request", "a document needs a metadata part and a file part");
        }
        JsonNode metadata;
        try {
            metadata = JSON.readTree(parts.get("metadata"));
        } catch (IOException unreadable) {
            return Reply.error(400, "bad_request", "metadata is not JSON");
        }
        if (fault == Fault.TAKES_NULL && metadata != null && metadata.isNull()) {
            metadata = JSON.createObjectNode().put("title", "untitled");
        }
        if (!valid(metadata)) {
            return Reply.error(400, "bad_request", "metadata needs a title, and tags that are texts");
        }
        return Reply.of(201, JSON.createObjectNode().put("id", "doc-" + ++stored).set("metadata", metadata));
    }

    private boolean valid(JsonNode metadata) {
        if (!(metadata instanceof ObjectNode object) || !object.path("title").isTextual()) {
            return false;
        }
        String title = object.get("title").asText();
        if ((fault == Fault.COUNTS_UTF16_UNITS ? title.length() : title.codePointCount(0, title.length())) < SHORTEST_TITLE) {
            return false;
        }
        JsonNode tags = object.get("tags");
        if (tags == null) {
            return true;
        }
        if (!tags.isArray()) {
            return false;
        }
        for (JsonNode tag : tags) {
            if (!tag.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
