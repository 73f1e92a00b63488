package org.contractfirst.reference;

import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiImplementation;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.mock.MockAnswers;
import org.contractfirst.server.runtime.mock.MockOptions;
import org.contractfirst.server.runtime.security.SandboxCredentials;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the reference server of every generated API on 127.0.0.1, prints each base URL with its demo credentials,
 * and runs until stopped. The APIs are those the build generated from the specs folder; each one's implementation
 * is found by its name ({@link ReferenceImplementation}). A port is set with {@code -D<api>.port=N} (0 picks a free
 * one); the default is the port of the spec's local server. With {@code --mocks} it starts each API's generated mock
 * instead ({@code <Api>Mock}: the spec's resources remembered, its named examples answered, the credential
 * {@value MockAnswers#CREDENTIAL}).
 */
public final class ReferenceServers implements AutoCloseable {

    /** One API running: its server and how to call it; its sandbox credentials by the status each answers. */
    public record Running(ApiServer server, ReferenceImplementation.Demo demo, Map<Integer, String> sandboxCredentials) {
        public String name() {
            return server.name();
        }
    }

    private final List<Running> running;

    private ReferenceServers(List<Running> running) {
        this.running = running;
    }

    /** Every API the build generated, by name. */
    public static List<ApiDefinition> definitions() {
        List<ApiDefinition> definitions = new ArrayList<>();
        ServiceLoader.load(ApiDefinition.class).forEach(definitions::add);
        definitions.sort(Comparator.comparing(ApiDefinition::name));
        return definitions;
    }

    /** Chooses an API's port, given its name and the port of its spec's local server. */
    @FunctionalInterface
    public interface PortChoice {
        int port(String api, int specPort);
    }

    /**
     * Starts every API, each on the port {@code port} chooses, all at once: most of a start is loading and
     * initialising classes, which the other servers' starts then find done or overlap with.
     */
    public static ReferenceServers start(PortChoice port) {
        return start(port, false);
    }

    /** Starts every API's generated mock, each on the port {@code port} chooses. */
    public static ReferenceServers startMocks(PortChoice port) {
        return start(port, true);
    }

    private static ReferenceServers start(PortChoice port, boolean mocks) {
        List<ApiDefinition> definitions = definitions();
        ExecutorService starter = Executors.newFixedThreadPool(definitions.size());
        List<Future<Running>> starting = new ArrayList<>();
        try {
            for (ApiDefinition definition : definitions) {
                int chosen = port.port(definition.name(), definition.spec().localServer().port());
                starting.add(starter.submit(() -> mocks ? mock(definition, chosen) : run(definition, chosen)));
            }
            List<Running> running = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<Running> start : starting) {
                try {
                    running.add(start.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = failure != null ? failure : new IllegalStateException("interrupted while starting", e);
                }
            }
            if (failure != null) {
                running.forEach(api -> api.server().close());
                throw failure;
            }
            return new ReferenceServers(running);
        } finally {
            starter.shutdown();
        }
    }

    /** Starts the API {@code name} alone, with fresh demo data. */
    public static Running start(String name, int port) {
        return run(definitions().stream().filter(definition -> definition.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no generated API " + name)), port);
    }

    private static Running run(ApiDefinition definition, int port) {
        ReferenceImplementation implementation = implementation(definition);
        Map<Integer, String> sandbox = new TreeMap<>();
        if (implementation.authenticator() instanceof SandboxCredentials credentials) {
            credentials.kinds().keySet().forEach(status -> sandbox.put(status,
                    SandboxCredentials.credential(definition.name(), status)));
        }
        return new Running(ApiServer.start(definition, implementation, port), implementation.demo(), Collections.unmodifiableMap(sandbox));
    }

    private static Running mock(ApiDefinition definition, int port) {
        ApiImplementation mock = MockAnswers.generatedMock(definition, MockOptions.STATEFUL);
        return new Running(ApiServer.start(definition, mock, port), new ReferenceImplementation.Demo(MockAnswers.CREDENTIAL,
                Map.of(), "a mock: every scheme takes " + MockAnswers.CREDENTIAL), Map.of());
    }

    /** The reference implementation of {@code definition}: {@code org.contractfirst.reference.<api>.<Api>Reference}. */
    static ReferenceImplementation implementation(ApiDefinition definition) {
        Class<?> type = definition.getClass();
        String api = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
        String name = "org.contractfirst.reference." + api + "."
                + type.getSimpleName().replaceFirst("Definition$", "") + "Reference";
        try {
            return (ReferenceImplementation) Class.forName(name).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(definition.name() + " has no reference implementation: write " + name
                    + ", implementing " + definition.implementationType().getName() + " and "
                    + ReferenceImplementation.class.getName(), e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(name + " must be a public " + ReferenceImplementation.class.getSimpleName()
                    + " with a public no-argument constructor", e);
        }
    }

    public List<Running> running() {
        return running;
    }

    public Running get(String name) {
        return running.stream().filter(api -> api.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no API " + name));
    }

    @Override
    public void close() {
        running.forEach(api -> api.server().close());
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceServers servers = start((name, specPort) -> Integer.getInteger(name + ".port", specPort),
                List.of(args).contains("--mocks"));
        Runtime.getRuntime().addShutdownHook(new Thread(servers::close));
        for (Running api : servers.running()) {
            System.out.printf("%-8s %s  %s%n", api.name(), api.server().baseUri(), api.demo().description());
            if (!api.sandboxCredentials().isEmpty()) {
                System.out.printf("%-8s sandbox credentials, each failing every call with its status: %s%n", "",
                        String.join(", ", api.sandboxCredentials().values()));
            }
        }
        System.out.println("Running; stop with Ctrl-C.");
        new CountDownLatch(1).await();
    }
}
