package org.contractfirst.conformance.junit;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.Failure;
import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.RunOptions;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.Target;
import org.contractfirst.conformance.http.Body;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rest-assured {@link Filter} that holds every answer of a team's own rest-assured tests to the spec, with the
 * suite's response checks: a documented status, the documented media type, the schema (JSON, and XML by its
 * {@code xml} objects), the documented headers, and no 5xx. An answer that breaks one fails the test with the
 * suite's failure text: the check and its code, the operation, what was expected, and a {@code curl} line with the
 * credentials hidden. A request that no operation of the spec describes is let through unjudged.
 *
 * <pre>{@code
 * given().filter(ConformanceFilter.of("specs/orders.yaml")).auth().oauth2(token)
 *     .when().get("/orders/{id}", id)
 *     .then().statusCode(200);
 * }</pre>
 */
public final class ConformanceFilter implements Filter {

    private static final List<String> CREDENTIAL_HEADERS = List.of("authorization", "proxy-authorization", "cookie");

    private final ApiSpec spec;
    private final String basePath;

    private ConformanceFilter(ApiSpec spec) {
        this.spec = spec;
        this.basePath = basePath(spec);
    }

    /** The filter of the spec at {@code location}: a resource on the class path, a file or a URL. */
    public static ConformanceFilter of(String location) {
        return new ConformanceFilter(Specs.read(location));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath().startsWith(basePath) ? uri.getRawPath().substring(basePath.length()) : uri.getRawPath();
        Optional<Operation> operation = spec.operationFilling(request.getMethod().toUpperCase(Locale.ROOT), path);
        if (operation.isEmpty()) {
            return response;
        }
        HttpRequest sent = sent(request, path, uri);
        Session session = new Session(new Target(spec, base(uri), Credentials.parse(List.of()), Map.of(), false, false,
                credentialHeaders(sent)), Checks.responseChecks(), RunOptions.defaults(0));
        session.judgeAnswer(operation.get(), answer(sent, response), Intent.VALID);
        List<Failure> failures = session.failures();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.stream().map(Failure::toString).collect(Collectors.joining("\n\n")));
        }
        return response;
    }

    private static HttpRequest sent(FilterableRequestSpecification request, String path, URI uri) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                query.add(equals < 0 ? Map.entry(pair, "") : Map.entry(pair.substring(0, equals), pair.substring(equals + 1)));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : request.getHeaders()) {
            headers.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next);
        }
        Object body = request.getBody();
        Body sentBody = body == null ? Body.none() : Body.of(String.valueOf(request.getContentType()),
                body instanceof byte[] bytes ? bytes : String.valueOf(body).getBytes(StandardCharsets.UTF_8));
        return new HttpRequest(request.getMethod().toUpperCase(Locale.ROOT), path, query, headers, List.of(), sentBody);
    }

    private static Exchange answer(HttpRequest request, Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(header.getValue());
        }
        return new Exchange(request, response.statusCode(), headers, response.asByteArray(), response.asString(),
                Optional.empty());
    }

    /** The headers that carry a credential, and those an apiKey scheme names: hidden in every failure's text. */
    private Map<String, String> credentialHeaders(HttpRequest request) {
        Map<String, String> secrets = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> {
            if (CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || spec.securitySchemeHeaders().contains(
                    name.toLowerCase(Locale.ROOT))) {
                secrets.put(name, value);
                int space = value.indexOf(' ');
                if (space > 0) {
                    secrets.put(name + " token", value.substring(space + 1));
                }
            }
        });
        return secrets;
    }

    private URI base(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + basePath);
    }

    /** The path of the spec's first server URL, without its trailing slash: what comes before every path template. */
    private static String basePath(ApiSpec spec) {
        String url = spec.document().root().path("servers").path(0).path("url").asText("");
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceAll("\\{[^}]*}", "");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
