package org.contractfirst.server.runtime;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Turns a service's result into the HTTP response; the resource's {@code @Produces} and the Accept header pick the
 * media type. The body keeps the generic type its record declares ({@code List<User>}), which names XML elements.
 */
public final class Responses {

    private Responses() {
    }

    public static Response of(Result result) {
        Object body = result.body();
        if (body == null) {
            return Response.status(result.status()).build();
        }
        return Response.status(result.status()).entity(new GenericEntity<>(body, bodyType(result))).build();
    }

    private static Type bodyType(Result result) {
        RecordComponent[] components = result.getClass().getRecordComponents();
        return components == null ? result.body().getClass() : Arrays.stream(components)
                .filter(component -> component.getName().equals("body")).findFirst()
                .<Type>map(RecordComponent::getGenericType).orElse(result.body().getClass());
    }
}
