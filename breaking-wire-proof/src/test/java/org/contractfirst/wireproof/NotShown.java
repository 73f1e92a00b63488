package org.contractfirst.wireproof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The breaking kinds the wire proof cannot show, by reason, as {@code not-shown-on-the-wire.txt} writes them. */
final class NotShown {

    /** Each reason's text by its key, in written order. */
    private final Map<String, String> reasons = new LinkedHashMap<>();
    /** Each kind's reason key, in written order. */
    private final Map<String, String> reasonById = new LinkedHashMap<>();

    static NotShown read() {
        try (InputStream in = NotShown.class.getResourceAsStream("/not-shown-on-the-wire.txt")) {
            NotShown list = new NotShown();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split(" ", 3);
                if (fields[0].equals("reason") && fields.length == 3) {
                    list.reasons.put(fields[1], fields[2]);
                } else if (list.reasons.containsKey(fields[0]) && fields.length == 2
                        && list.reasonById.putIfAbsent(fields[1], fields[0]) == null) {
                    continue;
                } else {
                    throw new IllegalStateException("not-shown-on-the-wire.txt: not a reason, nor a kind under one for the"
                            + " first time: " + line);
                }
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> reasonFor(String id) {
        return Optional.ofNullable(reasonById.get(id)).map(reasons::get);
    }

    List<String> ids() {
        return List.copyOf(reasonById.keySet());
    }

    /** One list item per reason, with its kinds: the form README.md shows them in. */
    String markdown() {
        StringBuilder list = new StringBuilder();
        reasons.forEach((key, reason) -> list.append("- ").append(Character.toUpperCase(reason.charAt(0)))
                .append(reason.substring(1)).append(": `").append(String.join("`, `", reasonById.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(key)).map(Map.Entry::getKey).toList()))
                .append("`.\n"));
        return list.toString();
    }
}
