package org.contractfirst.server.runtime.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A documented response of an operation: its status, its body (null for none) and the headers it documents, by
 * name (a null value is not sent). Generated results implement it.
 */
public interface Result {

    int status();

    Object body();

    default Map<String, Object> headers() {
        return Map.of();
    }

    /** Header names and values, alternating, as a map without the null values. */
    static Map<String, Object> headers(Object... namesAndValues) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                headers.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return Collections.unmodifiableMap(headers);
    }
}
