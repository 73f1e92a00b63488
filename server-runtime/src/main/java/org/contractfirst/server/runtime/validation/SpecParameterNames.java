package org.contractfirst.server.runtime.validation;

import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names a resource method's parameters as the spec does, for the messages of the constraints they break: by their
 * JAX-RS annotation ({@code @QueryParam("size")}), on the method or on the generated interface it implements. A
 * team's build compiles without {@code -parameters}, where a parameter's own name is {@code arg2}; a parameter with
 * no such annotation (a body) keeps its own. The validator asks at every request: each method's names are found once.
 */
public final class SpecParameterNames implements ParameterNameProvider {

    private final ParameterNameProvider standard;
    private final Map<Method, List<String>> named = new ConcurrentHashMap<>();

    public SpecParameterNames(ParameterNameProvider standard) {
        this.standard = standard;
    }

    @Override
    public List<String> getParameterNames(Constructor<?> constructor) {
        return standard.getParameterNames(constructor);
    }

    @Override
    public List<String> getParameterNames(Method method) {
        return named.computeIfAbsent(method, this::names);
    }

    private List<String> names(Method method) {
        List<String> names = new ArrayList<>(standard.getParameterNames(method));
        for (int i = 0; i < names.size(); i++) {
            String annotated = annotated(method, i);
            if (annotated != null) {
                names.set(i, annotated);
            }
        }
        return List.copyOf(names);
    }

    /** The name the parameter's JAX-RS annotation gives, on the method or the one it implements; null if none. */
    private static String annotated(Method method, int index) {
        Deque<Class<?>> types = new ArrayDeque<>(List.of(method.getDeclaringClass()));
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            try {
                for (Annotation annotation : type.getDeclaredMethod(method.getName(), method.getParameterTypes())
                        .getParameterAnnotations()[index]) {
                    String name = jaxrsName(annotation);
                    if (name != null) {
                        return name;
                    }
                }
            } catch (NoSuchMethodException elsewhere) {
                // Declared by a supertype, if at all.
            }
            types.addAll(List.of(type.getInterfaces()));
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
        }
        return null;
    }

    private static String jaxrsName(Annotation annotation) {
        return annotation instanceof QueryParam query ? query.value() : annotation instanceof PathParam path ? path.value()
                : annotation instanceof HeaderParam header ? header.value() : annotation instanceof CookieParam cookie ? cookie.value()
                : annotation instanceof FormParam form ? form.value() : annotation instanceof MatrixParam matrix ? matrix.value()
                : null;
    }
}
