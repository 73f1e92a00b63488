package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.util.List;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Animals API of {@code realworld/animals.yaml}, served as its spec says: a fixed register of a cat, a dog and a
 * fish, each named by its discriminator as the spec allows (a mapping key, a branch's const), with an owner's
 * internationalized mailbox, a base64 photo and a float weight.
 */
final class AnimalsApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/animals.yaml";

    private final ArrayNode animals = JSON.createArrayNode();

    AnimalsApi() {
        animals.addObject().put("kind", "cat").put("name", "Mila").put("owner", "пользователь@пример.ру")
                .put("photo", "c2FtcGxl");
        animals.addObject().put("kind", "dog").put("name", "Rex").put("owner", "ada@example.com").put("weight", 31.5);
        animals.addObject().put("kind", "pisces").put("name", "Nemo");
    }

    @Override
    public Reply answer(Request request) {
        List<String> segments = request.segments();
        if (segments.isEmpty() || !segments.get(0).equals("animals") || segments.size() > 2) {
            return Reply.noSuchResource();
        }
        if (!request.method().equals("GET")) {
            return Reply.methods(request.method(), "GET, HEAD, OPTIONS");
        }
        if (segments.size() == 1) {
            return Reply.of(200, animals);
        }
        for (JsonNode animal : animals) {
            if (animal.get("name").asText().equals(segments.get(1))) {
                return Reply.of(200, animal);
            }
        }
        return Reply.error(404, "not_found", "no animal is named " + segments.get(1));
    }
}
