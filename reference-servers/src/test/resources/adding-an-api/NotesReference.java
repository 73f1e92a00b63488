package org.contractfirst.reference.notes;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.reference.ReferenceImplementation;
import org.contractfirst.server.notes.NotesImplementation;
import org.contractfirst.server.notes.model.Error;
import org.contractfirst.server.notes.model.Note;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.pipeline.ErrorShape;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Notes API over a map, with one note to start from and one demo token. */
public final class NotesReference implements NotesImplementation, ReferenceImplementation {

    private static final String TOKEN = "notes-demo-token";

    private final Map<String, String> notes = new ConcurrentHashMap<>(Map.of("n1", "Buy milk"));

    @Override
    public GetNoteResult getNote(Caller caller, String id) {
        String text = notes.get(id);
        return text == null ? new GetNoteResult.Status404(error("no note " + id))
                : new GetNoteResult.Status200(new Note().text(text));
    }

    @Override
    public PutNoteResult putNote(Caller caller, String id, Note note) {
        return notes.computeIfPresent(id, (key, old) -> note.getText()) == null
                ? new PutNoteResult.Status404(error("no note " + id)) : new PutNoteResult.Status200(note);
    }

    @Override
    public ErrorShape errors() {
        return (kind, message) -> Response.status(switch (kind) {
            case MISSING_CREDENTIALS, UNAUTHENTICATED -> 401;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case INVALID_INPUT, MALFORMED_INPUT, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, URI_TOO_LONG, HEADERS_TOO_LARGE -> 400;
            default -> 500;
        }).type(MediaType.APPLICATION_JSON_TYPE).entity(error(message)).build();
    }

    @Override
    public Authenticator authenticator() {
        return (scheme, token) -> TOKEN.equals(token) ? Optional.of(new Caller("demo", token, Set.of())) : Optional.empty();
    }


    @Override
    public Demo demo() {
        return new Demo(TOKEN, Map.of(), "Authorization: Bearer " + TOKEN);
    }

    private static Error error(String message) {
        return new Error().message(message);
    }
}
