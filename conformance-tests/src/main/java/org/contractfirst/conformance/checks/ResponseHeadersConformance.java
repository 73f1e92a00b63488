package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.validation.TextValues;
import org.contractfirst.values.ValidValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every header the response documents as required is sent; every documented header sent has a value of its schema,
 * read in the simple style; and a 401's {@code WWW-Authenticate} challenges name a scheme the operation's security
 * accepts (RFC 9110 §11.6.1).
 */
public final class ResponseHeadersConformance implements ResponseCheck {

    @Override
    public String name() {
        return "response_headers_conformance";
    }

    @Override
    public String code() {
        return "CF113";
    }

    @Override
    public Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent) {
        Optional<JsonNode> response = operation.response(exchange.status());
        if (response.isEmpty()) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : ApiSpec.fields(response.get().path("headers")).entrySet()) {
            String name = header.getKey();
            JsonNode declared = context.spec().resolve(header.getValue());
            if (name.equalsIgnoreCase("Content-Type")) {
                continue;
            }
            List<String> values = exchange.headerValues(name);
            if (values.isEmpty()) {
                if (declared.path("required").asBoolean(false)) {
                    missing.add(name);
                }
                continue;
            }
            // An object's simple style (keys and values in one list) is not read here: only scalars and arrays are judged.
            if (declared.has("schema") && !context.spec().schemas().types(context.spec().schemas().effective(declared.get("schema")))
                    .contains("object")) {
                JsonNode schema = declared.get("schema");
                JsonNode value = TextValues.simple(context.spec().schemas(), schema, String.join(",", values));
                List<String> errors = context.schemas().errors(schema, ValidValues.Direction.RESPONSE, value);
                if (!errors.isEmpty()) {
                    wrong.add(name + " of its schema, not '" + String.join(", ", values) + "' (" + errors.get(0) + ")");
                }
            }
        }
        if (exchange.status() == 401) {
            Challenges.unaccepted(context.spec(), operation, exchange.headerValues("WWW-Authenticate"))
                    .ifPresent(wrong::add);
        }
        List<String> expected = new ArrayList<>();
        if (!missing.isEmpty()) {
            expected.add("the required headers " + missing);
        }
        expected.addAll(wrong);
        return expected.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", expected));
    }
}
