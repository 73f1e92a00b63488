package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One constraint at a time left unchecked by a server that checks all the others: the Shelf API's create ignores one
 * keyword of one field (it drops or mends what breaks it, and creates the book), and only
 * {@code negative_data_rejection} fails, on {@code createBook} only. So every keyword is sent alone, as a value of
 * the right type: a server that checks a bound but not its neighbour, or a pattern but not a length, is caught.
 */
class ConstraintFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShelfServer shelf;

    @BeforeEach
    void start() throws Exception {
        shelf = new ShelfServer();
    }

    @AfterEach
    void stop() {
        shelf.close();
    }

    /** A create that mends the body before it checks it: {@code mend} changes what it would refuse. */
    private void createIgnores(UnaryOperator<ObjectNode> mend) throws Exception {
        FaultAssertions.onlyFails(shelf.failuresBehind(ShelfServer.SHELF, (request, upstream) -> {
            if (!request.method().equals("POST")) {
                return upstream.send(request);
            }
            return request.json() instanceof ObjectNode object
                    ? upstream.send(request.withBody(request.headers().get("Content-Type"), JSON.writeValueAsBytes(mend.apply(object.deepCopy()))))
                    : upstream.send(request);
        }), "negative_data_rejection", "createBook");
    }

    @Test
    void anIgnoredMaximumFails() throws Exception {
        createIgnores(book -> book.path("rating").isIntegralNumber() && book.get("rating").asInt() > 5 ? book.put("rating", 5) : book);
    }

    @Test
    void anIgnoredMinimumFails() throws Exception {
        createIgnores(book -> book.path("rating").isIntegralNumber() && book.get("rating").asInt() < 1 ? book.put("rating", 1) : book);
    }

    @Test
    void anInclusiveCheckOfAnExclusiveMinimumFails() throws Exception {
        // The server takes 0 as a price, where exclusiveMinimum says the least price is above 0.
        createIgnores(book -> book.path("price").isNumber() && book.get("price").decimalValue().signum() == 0
                ? book.put("price", new BigDecimal("0.01")) : book);
    }

    @Test
    void anIgnoredMultipleOfFails() throws Exception {
        createIgnores(book -> {
            if (book.path("price").isNumber()) {
                BigDecimal price = book.get("price").decimalValue();
                BigDecimal cents = price.setScale(2, RoundingMode.DOWN);
                if (cents.compareTo(price) != 0 && cents.signum() > 0) {
                    book.put("price", cents);
                }
            }
            return book;
        });
    }

    @Test
    void anIgnoredUniqueItemsFails() throws Exception {
        createIgnores(book -> {
            if (book.get("tags") instanceof ArrayNode tags) {
                Set<JsonNode> unique = new LinkedHashSet<>();
                tags.forEach(unique::add);
                book.set("tags", JSON.valueToTree(unique));
            }
            return book;
        });
    }

    @Test
    void anIgnoredMaxItemsFails() throws Exception {
        createIgnores(book -> {
            if (book.get("tags") instanceof ArrayNode tags && tags.size() > 5) {
                while (tags.size() > 5) {
                    tags.remove(tags.size() - 1);
                }
            }
            return book;
        });
    }

    @Test
    void anIgnoredLengthOfAnArrayItemFails() throws Exception {
        createIgnores(book -> {
            if (book.get("tags") instanceof ArrayNode tags) {
                for (int i = 0; i < tags.size(); i++) {
                    String tag = tags.get(i).asText();
                    if (tags.get(i).isTextual() && tag.codePointCount(0, tag.length()) > 20) {
                        tags.set(i, JSON.getNodeFactory().textNode("tag" + i));
                    }
                }
            }
            return book;
        });
    }

    @Test
    void anIgnoredBoundOfANestedFieldFails() throws Exception {
        createIgnores(book -> {
            if (book.path("edition").path("year").isIntegralNumber() && book.get("edition").get("year").asInt() > 2100) {
                ((ObjectNode) book.get("edition")).put("year", 2100);
            }
            return book;
        });
    }

    @Test
    void anIgnoredMaxLengthFails() throws Exception {
        createIgnores(book -> {
            String title = book.path("title").asText("");
            return book.path("title").isTextual() && title.codePointCount(0, title.length()) > 200
                    ? book.put("title", title.substring(0, title.offsetByCodePoints(0, 200))) : book;
        });
    }
}
