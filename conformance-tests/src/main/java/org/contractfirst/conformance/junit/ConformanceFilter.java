package org.contractfirst.conformance.junit;

import io.restassured.authentication.AuthenticationScheme;
import io.restassured.authentication.PreemptiveBasicAuthScheme;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Intent;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.http.Body;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.http.HttpTransport;
import org.contractfirst.conformance.http.Redactor;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A rest-assured {@link Filter} that holds every answer of a team's own rest-assured tests to the spec, with the
 * suite's response checks: a documented status, the documented media type, the schema (JSON, and XML by its
 * {@code xml} objects), the documented headers, and no 5xx. An answer that breaks one fails the test with the
 * suite's failure text: the check and its code, the operation, what was expected, and a {@code curl} line with the
 * credentials hidden. A request that no operation of the spec describes is let through unjudged: the base path is
 * any of the spec's servers', variables at their defaults.
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
    private final List<String> basePaths;
    private final Set<String> apiKeyHeaders;
    private final Set<String> apiKeyQuery;

    private ConformanceFilter(ApiSpec spec) {
        this.spec = spec;
        this.basePaths = basePaths(spec);
        this.apiKeyHeaders = spec.apiKeyNames("header");
        this.apiKeyQuery = spec.apiKeyNames("query");
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
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        for (String basePath : basePaths) {
            String raw = uri.getRawPath();
            if (!raw.equals(basePath) && !raw.startsWith(basePath + "/")) {
                continue;
            }
            String path = raw.substring(basePath.length());
            Optional<Operation> operation = spec.operationFilling(method, path.isEmpty() ? "/" : path);
            if (operation.isPresent()) {
                judge(operation.get(), sent(request, path, uri), response,
                        URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + basePath));
                break;
            }
        }
        return response;
    }

    /**
     * Judges one exchange in a run of its own: its failure text is its own request's, with its own credentials
     * hidden, never an earlier test's merged into it.
     */
    private void judge(Operation operation, HttpRequest sent, Response response, URI base) {
        Recorder recorder = new Recorder(new Target(spec, base, Credentials.parse(List.of()), Map.of(), false, false),
                Checks.responseChecks(), RunOptions.defaults(0));
        recorder.judgeAnswer(operation, answer(sent, response), Intent.VALID);
        if (!recorder.failures().isEmpty()) {
            String failures = recorder.failures().stream().map(Failure::toString).collect(Collectors.joining("\n\n"));
            throw new AssertionError(new Redactor(secrets(sent)).redact(failures));
        }
    }

    /** The request as it went out: with the header of a rest-assured authentication, which is added after filters. */
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
        AuthenticationScheme authentication = request.getAuthenticationScheme();
        if (authentication instanceof PreemptiveOAuth2HeaderScheme oauth2) {
            headers.putIfAbsent("Authorization", oauth2.generateAuthToken());
        } else if (authentication instanceof PreemptiveBasicAuthScheme basic) {
            headers.putIfAbsent("Authorization", basic.generateAuthToken());
        }
        List<Map.Entry<String, String>> cookies = new ArrayList<>();
        request.getCookies().forEach(cookie -> cookies.add(Map.entry(cookie.getName(), cookie.getValue())));
        Object body = request.getBody();
        Body sentBody = body == null ? Body.none() : Body.of(String.valueOf(request.getContentType()),
                body instanceof byte[] bytes ? bytes : String.valueOf(body).getBytes(StandardCharsets.UTF_8));
        return new HttpRequest(request.getMethod().toUpperCase(Locale.ROOT), path, query, headers, cookies, sentBody);
    }

    private static Exchange answer(HttpRequest request, Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(header.getValue());
        }
        byte[] body = response.asByteArray();
        return new Exchange(request, response.statusCode(), headers, body,
                new String(body, HttpTransport.charset(String.valueOf(response.getContentType()))), Optional.empty());
    }

    /**
     * What carries a credential in the request, hidden in every failure's text: the credential headers and cookies,
     * a header, query parameter or cookie an apiKey scheme names, and the token of an {@code Authorization} value.
     */
    private List<String> secrets(HttpRequest request) {
        List<String> secrets = new ArrayList<>();
        request.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (CREDENTIAL_HEADERS.contains(lower) || apiKeyHeaders.contains(lower)) {
                secrets.add(value);
                int space = value.indexOf(' ');
                if (space > 0) {
                    secrets.add(value.substring(space + 1));
                }
            }
        });
        request.query().stream().filter(pair -> apiKeyQuery.contains(pair.getKey().toLowerCase(Locale.ROOT)))
                .forEach(pair -> secrets.add(pair.getValue()));
        request.cookies().forEach(cookie -> secrets.add(cookie.getValue()));
        return secrets;
    }

    /**
     * The paths a request's URL may start with, longest first: each server's, its variables at their defaults (the
     * local server a generated server serves on among them), and none, for a spec without servers.
     */
    private static List<String> basePaths(ApiSpec spec) {
        Set<String> paths = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(path -> path));
        paths.add("");
        paths.addAll(spec.serverPaths());
        return List.copyOf(paths);
    }
}
