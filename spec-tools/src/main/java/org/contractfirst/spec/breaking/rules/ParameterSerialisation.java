package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;

/**
 * How a parameter's value is written into the URL or header: {@code style}, {@code explode} and
 * {@code allowReserved} with their defaults, or the media type of its {@code content}. Another spelling of the
 * same value is another value on the wire, so any change breaks the clients that write the old one, whichever way it
 * goes (the id has no direction).
 */
public final class ParameterSerialisation implements ChangeRule.OfParameter {

    private static final Kind CHANGED = Kind.breaking("parameter-style-changed");

    @Override
    public List<Kind> kinds() {
        return List.of(CHANGED);
    }

    @Override
    public void judge(Pair<Node> parameters, Changes changes) {
        String before = serialisation(parameters.before());
        String after = serialisation(parameters.after());
        if (!before.equals(after)) {
            changes.report(CHANGED, parameters.where(), parameters.before(), parameters.after(),
                    before + " became " + after + "; servers no longer read the value as clients write it");
        }
    }

    private static String serialisation(Node parameter) {
        if (parameter.has("content")) {
            return "content " + String.join(", ", parameter.get("content").fields().keySet());
        }
        String in = parameter.text("in");
        String style = parameter.text("style") != null ? parameter.text("style")
                : "query".equals(in) || "cookie".equals(in) ? "form" : "simple";
        boolean explode = parameter.has("explode") ? parameter.flag("explode") : style.equals("form");
        return "style " + style + ", explode " + explode + (parameter.flag("allowReserved") ? ", allowReserved" : "");
    }
}
