package org.contractfirst.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.Requests;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.server.runtime.mock.MockAnswers;
import org.contractfirst.values.ValidValues;
import org.openapitools.codegen.languages.JavaClientCodegen;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Calls every operation of a spec through its generated client, each with the valid request the suite would send
 * (the spec's examples, else values its schemas allow), against the spec's mock: every call must return without an
 * exception. A client method is found by the name the generator gives the operation, and each of its parameters by
 * the name of the spec's parameter, or of the form field, it stands for; what else it takes is the request body.
 */
final class ClientCalls {

    /** The generator's own naming rules, for operations without an operationId too. */
    private static final class Names extends JavaClientCodegen {
        String method(Operation operation) {
            io.swagger.v3.oas.models.Operation model = new io.swagger.v3.oas.models.Operation()
                    .operationId(operation.namedInSpec() ? operation.operationId() : null);
            return toOperationId(getOrGenerateOperationId(model, operation.path(), operation.method().toLowerCase(Locale.ROOT)));
        }
    }

    private static final Names NAMES = new Names();

    private final GeneratedCode client;
    private final CorpusSpec spec;
    private final Path files;

    ClientCalls(GeneratedCode client, CorpusSpec spec, Path files) {
        this.client = client;
        this.spec = spec;
        this.files = files;
    }

    /** The calls that threw, each with its operation and what it threw; empty when every one returned. */
    List<String> callEveryOperation(ApiSpec api, URI baseUri) throws ReflectiveOperationException {
        ObjectMapper mapper = (ObjectMapper) client.type(spec, "ApiClient").getMethod("createDefaultObjectMapper").invoke(null);
        Target target = new Target(api, baseUri, Credentials.of(MockAnswers.CREDENTIAL), Map.of(), false, true);
        Requests requests = new Requests(target, new ValidValues(api.schemas(), ValidValues.Direction.REQUEST,
                new Random(MockRun.SEED)));
        // The mock's one credential in every scheme, as the suite sends it: a requirement may name two.
        ClientConfig config = ClientConfig.of(baseUri.toString()).withCredential(MockAnswers.CREDENTIAL);
        for (String scheme : api.securitySchemes().keySet()) {
            config = config.withCredential(scheme, MockAnswers.CREDENTIAL);
        }
        List<Class<?>> apis = client.apiTypes(spec);
        List<String> failures = new ArrayList<>();
        for (Operation operation : api.operations()) {
            String name = NAMES.method(operation);
            Optional<Method> method = apis.stream().flatMap(type -> List.of(type.getMethods()).stream())
                    .filter(candidate -> candidate.getName().equals(name)).findFirst();
            if (method.isEmpty()) {
                failures.add(operation + ": the client has no method " + name);
                continue;
            }
            Call call = requests.valid(operation);
            try {
                Object instance = method.get().getDeclaringClass().getConstructor(ClientConfig.class).newInstance(config);
                method.get().invoke(instance, arguments(method.get(), call, mapper));
            } catch (InvocationTargetException e) {
                failures.add(operation + ": " + name + " threw " + GeneratedCode.stack(e.getCause()));
            } catch (IllegalArgumentException e) {
                failures.add(operation + ": cannot pass the valid request to " + method.get() + ": " + e.getMessage());
            }
        }
        return failures;
    }

    private Object[] arguments(Method method, Call call, ObjectMapper mapper) {
        java.lang.reflect.Parameter[] declared = method.getParameters();
        Object[] arguments = new Object[declared.length];
        Optional<MediaType> media = call.media();
        boolean fields = media.map(type -> type.essence().equals("multipart/form-data")
                || type.essence().equals("application/x-www-form-urlencoded")).orElse(false);
        for (int i = 0; i < declared.length; i++) {
            String javaName = normal(declared[i].getName());
            Optional<Parameter> parameter = call.operation().parameters().stream()
                    .filter(candidate -> normal(candidate.name()).equals(javaName)).findFirst();
            JsonNode value;
            if (parameter.isPresent()) {
                value = call.parameters().get(parameter.get());
            } else if (fields) {
                value = call.body().map(body -> field(body, javaName)).orElse(null);
            } else {
                value = call.body().orElse(null);
            }
            arguments[i] = value == null || value.isNull() ? null : convert(value, declared[i], mapper);
        }
        return arguments;
    }

    private static JsonNode field(JsonNode body, String javaName) {
        var names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (normal(name).equals(javaName)) {
                return body.get(name);
            }
        }
        return null;
    }

    private Object convert(JsonNode value, java.lang.reflect.Parameter parameter, ObjectMapper mapper) {
        Class<?> type = parameter.getType();
        if (type == File.class) {
            return file(value);
        }
        if (List.class.isAssignableFrom(type) && parameter.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == File.class) {
            List<File> parts = new ArrayList<>();
            (value.isArray() ? value : List.of(value)).forEach(item -> parts.add(file(item)));
            return parts;
        }
        if (type == String.class && !value.isTextual()) {
            return value.isValueNode() ? value.asText() : value.toString();
        }
        return mapper.convertValue(value, mapper.constructType(parameter.getParameterizedType()));
    }

    /** A file holding the value's text, for a binary part. */
    private File file(JsonNode value) {
        try {
            Files.createDirectories(files);
            Path file = Files.createTempFile(files, "part", ".bin");
            Files.write(file, (value.isTextual() ? value.asText() : value.toString()).getBytes(StandardCharsets.UTF_8));
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name as both the spec and the generated Java spell it: letters and digits, in lower case. */
    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
