package org.contractfirst.spec.breaking;

import java.util.List;

/**
 * The four kinds of one constraint's change: tightened or loosened, in a request or in a response. Tightening breaks
 * a request and is compatible in a response; loosening is the other way round.
 */
public record Directional(Kind requestTightened, Kind requestLoosened, Kind responseLoosened, Kind responseTightened) {

    public static Directional of(String requestTightened, String requestLoosened, String responseLoosened,
            String responseTightened) {
        return new Directional(Kind.breaking(requestTightened), Kind.compatible(requestLoosened),
                Kind.breaking(responseLoosened), Kind.compatible(responseTightened));
    }

    public Kind kind(Direction direction, boolean tightened) {
        if (direction == Direction.REQUEST) {
            return tightened ? requestTightened : requestLoosened;
        }
        return tightened ? responseTightened : responseLoosened;
    }

    public List<Kind> kinds() {
        return List.of(requestTightened, requestLoosened, responseLoosened, responseTightened);
    }
}
