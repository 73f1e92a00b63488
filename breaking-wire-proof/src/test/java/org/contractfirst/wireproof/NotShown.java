package org.contractfirst.wireproof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The breaking kinds the wire proof cannot show, by reason, as {@code not-shown-on-the-wire.txt} writes them. */
final class NotShown {

    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final Map<String, List<String>> idsByReason = new LinkedHashMap<>();

    static NotShown read() {
        try (InputStream in = NotShown.class.getResourceAsStream("/not-shown-on-the-wire.txt")) {
            NotShown list = new NotShown();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split(" ", 3);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (fields[0].equals("reason") && fields.length == 3) {
                    list.reasons.put(fields[1], fields[2]);
                    list.idsByReason.put(fields[1], new ArrayList<>());
                } else if (list.reasons.containsKey(fields[0]) && fields.length == 2 && list.reasonFor(fields[1]).isEmpty()) {
                    list.idsByReason.get(fields[0]).add(fields[1]);
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
        return idsByReason.entrySet().stream().filter(entry -> entry.getValue().contains(id))
                .map(entry -> reasons.get(entry.getKey())).findFirst();
    }

    List<String> ids() {
        return idsByReason.values().stream().flatMap(List::stream).toList();
    }

    /** One list item per reason, with its kinds: the form README.md shows them in. */
    String markdown() {
        StringBuilder list = new StringBuilder();
        idsByReason.forEach((key, ids) -> list.append("- ").append(Character.toUpperCase(reasons.get(key).charAt(0)))
                .append(reasons.get(key).substring(1)).append(": `").append(String.join("`, `", ids)).append("`.\n"));
        return list.toString();
    }
}
