package org.contractfirst.conformance.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request a check sends: method, path and query already percent-encoded as the parameters' styles want, headers,
 * cookies and body. Immutable; each {@code with...} returns a changed copy.
 */
public record HttpRequest(String method, String path, List<Map.Entry<String, String>> query, Map<String, String> headers,
                          List<Map.Entry<String, String>> cookies, Body body) {

    public HttpRequest {
        query = List.copyOf(query);
        TreeMap<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(sorted);
        cookies = List.copyOf(cookies);
    }

    public static HttpRequest of(String method, String path) {
        return new HttpRequest(method, path, List.of(), Map.of(), List.of(), Body.none());
    }

    public HttpRequest withMethod(String other) {
        return new HttpRequest(other, path, query, headers, cookies, body);
    }

    public HttpRequest withPath(String other) {
        return new HttpRequest(method, other, query, headers, cookies, body);
    }

    public HttpRequest withQuery(List<Map.Entry<String, String>> other) {
        return new HttpRequest(method, path, other, headers, cookies, body);
    }

    /** The request with {@code name} set to {@code value} in its query (encoded pairs), replacing its earlier values. */
    public HttpRequest withQueryParameter(String encodedName, List<String> encodedValues) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(query.stream()
                .filter(pair -> !pair.getKey().equals(encodedName)).toList());
        encodedValues.forEach(value -> changed.add(Map.entry(encodedName, value)));
        return withQuery(changed);
    }

    /** The request with the header set, or removed when {@code value} is null; names ignore case. */
    public HttpRequest withHeader(String name, String value) {
        Map<String, String> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        changed.putAll(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new HttpRequest(method, path, query, changed, cookies, body);
    }

    public HttpRequest withCookie(String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(cookies.stream().filter(c -> !c.getKey().equals(name)).toList());
        if (value != null) {
            changed.add(Map.entry(name, value));
        }
        return new HttpRequest(method, path, query, headers, changed, body);
    }

    public HttpRequest withBody(Body other) {
        return new HttpRequest(method, path, query, headers, cookies, other);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The path with the query string: what goes after the base URL. */
    public String target() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder target = new StringBuilder(path).append('?');
        for (int i = 0; i < query.size(); i++) {
            if (i > 0) {
                target.append('&');
            }
            target.append(query.get(i).getKey()).append('=').append(query.get(i).getValue());
        }
        return target.toString();
    }

    /** The URL of the request on a base URL that ends with the API's base path. */
    public URI uri(URI base) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + target());
    }

    /** The headers to send, with the cookies joined into one {@code Cookie} header. */
    public Map<String, String> headersToSend() {
        if (cookies.isEmpty()) {
            return headers;
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        StringBuilder cookie = new StringBuilder();
        cookies.forEach(pair -> cookie.append(cookie.length() == 0 ? "" : "; ").append(pair.getKey()).append('=')
                .append(pair.getValue()));
        all.put("Cookie", cookie.toString());
        return all;
    }
}
