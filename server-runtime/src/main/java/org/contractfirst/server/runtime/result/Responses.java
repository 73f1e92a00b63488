package org.contractfirst.server.runtime.result;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Turns a service's result into the HTTP response; the resource's {@code @Produces} and the Accept header pick the
 * media type, and the headers it documents are sent with it. The body keeps the generic type its record declares ({@code List<User>}), which names XML elements.
 */
public final class Responses {

    private Responses() {
    }

    public static Response of(Result result) {
        Object body = result.body();
        Response.ResponseBuilder response = Response.status(result.status());
        result.headers().forEach((name, value) -> response.header(name, headerValue(value)));
        return body == null ? response.build() : response.entity(new GenericEntity<>(body, bodyType(result))).build();
    }

    /** A header's value in the simple style: a list's items joined by commas, a date-time in RFC 3339. */
    private static String headerValue(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(Responses::headerValue).collect(Collectors.joining(","));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        return String.valueOf(value);
    }

    private static Type bodyType(Result result) {
        RecordComponent[] components = result.getClass().getRecordComponents();
        return components == null ? result.body().getClass() : Arrays.stream(components)
                .filter(component -> component.getName().equals("body")).findFirst()
                .<Type>map(RecordComponent::getGenericType).orElse(result.body().getClass());
    }
}
