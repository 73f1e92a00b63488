package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;
import java.util.Map;

/**
 * The media types of a body. One removed from a request is refused to the clients that send it; one removed from
 * a response is no longer answered to the clients that ask for it. A new one breaks neither.
 */
public final class MediaTypePresence implements ChangeRule.OfContent {

    private static final Kind REQUEST_REMOVED = Kind.breaking("request-media-type-removed");
    private static final Kind REQUEST_ADDED = Kind.compatible("request-media-type-added");
    private static final Kind RESPONSE_REMOVED = Kind.breaking("response-media-type-removed");
    private static final Kind RESPONSE_ADDED = Kind.compatible("response-media-type-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REQUEST_REMOVED, REQUEST_ADDED, RESPONSE_REMOVED, RESPONSE_ADDED);
    }

    @Override
    public void judge(Pair<Node> content, Changes changes) {
        boolean request = content.direction() == Direction.REQUEST;
        Map<String, Node> old = Elements.content(content.before());
        Map<String, Node> now = Elements.content(content.after());
        old.forEach((type, media) -> {
            if (!now.containsKey(type)) {
                changes.report(request ? REQUEST_REMOVED : RESPONSE_REMOVED, content.where() + " `" + type + "`", media,
                        content.after(), request ? "the media type was removed; clients that send it are refused"
                                : "the media type was removed; clients that accept only it get no body they can read");
            }
        });
        now.forEach((type, media) -> {
            if (!old.containsKey(type)) {
                changes.report(request ? REQUEST_ADDED : RESPONSE_ADDED, content.where() + " `" + type + "`",
                        content.before(), media, "a new media type");
            }
        });
    }
}
