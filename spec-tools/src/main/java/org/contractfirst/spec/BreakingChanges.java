package org.contractfirst.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a spec with its earlier version, with openapi-diff, and adds what openapi-diff lets pass: a changed
 * operationId, which renames a generated method, and a removed field, which openapi-diff accepts where it is
 * optional though a client reading it or a server rejecting unknown fields breaks. A breaking change passes only
 * when the spec opts in by raising the major number of {@code info.version}, which a reviewer sees in the diff.
 */
public final class BreakingChanges {

    private static final Pattern MAJOR = Pattern.compile("(\\d+)");

    /**
     * The verdict on one spec: whether it changed, whether that breaks clients, whether the spec opted in, and the
     * change log in Markdown.
     */
    public record Verdict(String api, boolean changed, boolean breaking, boolean optedIn, String changes) {

        public boolean passes() {
            return !breaking || optedIn;
        }

        public String summary() {
            return !changed ? api + ": unchanged"
                    : !breaking ? api + ": compatible changes"
                    : optedIn ? api + ": breaking changes, accepted by the major version bump of info.version"
                    : api + ": BREAKING changes; raise the major number of info.version if they are intended";
        }

        public String changelog() {
            return "## " + api + "\n\n**" + summary() + "**\n\n" + changes;
        }
    }

    private BreakingChanges() {
    }

    /** Compares {@code newText} with {@code oldText}; a spec with no earlier version is a new API, so compatible. */
    public static Verdict compare(String api, String oldText, String newText) {
        if (oldText == null) {
            return new Verdict(api, true, false, false, "A new API.\n");
        }
        if (oldText.equals(newText)) {
            return new Verdict(api, false, false, false, "");
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(oldText, newText);
        List<String> ours = new ArrayList<>(renamedOperations(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi()));
        ours.addAll(removedFields(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi()));
        boolean breaking = diff.isIncompatible() || !ours.isEmpty();
        boolean optedIn = major(diff.getNewSpecOpenApi()) > major(diff.getOldSpecOpenApi());
        StringBuilder changes = new StringBuilder();
        ours.forEach(line -> changes.append("- ").append(line).append('\n'));
        changes.append(ours.isEmpty() ? "" : "\n");
        changes.append(new MarkdownRender().render(diff));
        return new Verdict(api, true, breaking, optedIn, changes.toString());
    }

    /** Operations still at the same method and path whose operationId changed. */
    private static List<String> renamedOperations(OpenAPI before, OpenAPI after) {
        Map<String, String> ids = operationIds(before);
        List<String> renamed = new ArrayList<>();
        operationIds(after).forEach((operation, id) -> {
            String old = ids.get(operation);
            if (ids.containsKey(operation) && !Objects.equals(old, id)) {
                renamed.add("`" + operation + "`: operationId `" + old + "` became `" + id
                        + "` (breaking: generated methods are named after it)");
            }
        });
        return renamed;
    }

    /** Properties of a named schema that the new version no longer has. */
    @SuppressWarnings("rawtypes")
    private static List<String> removedFields(OpenAPI before, OpenAPI after) {
        Map<String, Schema> old = schemas(before);
        Map<String, Schema> current = schemas(after);
        List<String> removed = new ArrayList<>();
        old.forEach((name, schema) -> {
            Schema now = current.get(name);
            if (now != null && schema.getProperties() != null) {
                schema.getProperties().keySet().forEach(property -> {
                    if (now.getProperties() == null || !now.getProperties().containsKey(property)) {
                        removed.add("`" + name + "." + property + "` was removed (breaking: clients read it, or send it)");
                    }
                });
            }
        });
        return removed;
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas(OpenAPI spec) {
        return spec.getComponents() == null || spec.getComponents().getSchemas() == null ? Map.of()
                : spec.getComponents().getSchemas();
    }

    private static Map<String, String> operationIds(OpenAPI spec) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (spec.getPaths() != null) {
            spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    ids.put(method + " " + path, operation.getOperationId())));
        }
        return ids;
    }

    private static int major(OpenAPI spec) {
        String version = spec.getInfo() == null || spec.getInfo().getVersion() == null ? "" : spec.getInfo().getVersion();
        Matcher number = MAJOR.matcher(version);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }
}
