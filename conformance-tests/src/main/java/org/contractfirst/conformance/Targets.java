package org.contractfirst.conformance;

import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The servers named by system properties, for the APIs of the specs folder ({@code specs/<api>.yaml}), the Maven
 * route of the suite: {@code conformance.<api>.url} with {@code conformance.<api>.token} (a credential for every
 * scheme) or {@code conformance.<api>.credential.<scheme>} ({@code <scheme>:<scope>} for one scope); any other
 * {@code conformance.<api>.<name>} is a fixture; {@code conformance.<api>.stateless=true} for a server that keeps no
 * state; {@code conformance.destructive=true} allows destructive checks.
 */
public final class Targets {

    private static final String CREDENTIAL = "credential.";

    private Targets() {
    }

    public static Path specsDir() {
        return Path.of(System.getProperty("specs.dir", "../specs"));
    }

    /** The APIs of the specs folder, by name: the file names of its specs. */
    public static List<String> apis() {
        try (var files = Files.list(specsDir())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches(".*\\.(yaml|yml|json)$"))
                    .map(name -> name.substring(0, name.lastIndexOf('.'))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the specs in " + specsDir(), e);
        }
    }

    public static ApiSpec spec(String api) {
        for (String extension : List.of(".yaml", ".yml", ".json")) {
            Path file = specsDir().resolve(api + extension);
            if (Files.exists(file)) {
                return ApiSpec.read(api, file.toString());
            }
        }
        throw new IllegalArgumentException("no spec of " + api + " in " + specsDir());
    }

    /** The targets the properties name; empty when none is named. */
    public static List<Target> fromProperties(Properties properties) {
        List<Target> targets = new ArrayList<>();
        boolean destructive = Boolean.parseBoolean(properties.getProperty("conformance.destructive", "false"));
        for (String api : apis()) {
            String prefix = "conformance." + api + ".";
            String url = properties.getProperty(prefix + "url");
            if (url == null) {
                continue;
            }
            Map<String, String> fixtures = new LinkedHashMap<>();
            Credentials credentials = Credentials.of(properties.getProperty(prefix + "token"));
            for (String name : properties.stringPropertyNames()) {
                if (!name.startsWith(prefix)) {
                    continue;
                }
                String key = name.substring(prefix.length());
                if (key.startsWith(CREDENTIAL)) {
                    credentials = credentials.with(key.substring(CREDENTIAL.length()), properties.getProperty(name));
                } else if (!List.of("url", "token", "stateless").contains(key)) {
                    fixtures.put(key, properties.getProperty(name));
                }
            }
            targets.add(new Target(spec(api), URI.create(url.replaceAll("/+$", "")), credentials, fixtures, destructive,
                    Boolean.parseBoolean(properties.getProperty(prefix + "stateless", "false"))));
        }
        return targets;
    }

    /** How the Maven route runs: {@code conformance.seed} (else the time), {@code conformance.strict}, and the budget. */
    public static RunOptions options(Properties properties) {
        long seed = Optional.ofNullable(properties.getProperty("conformance.seed")).map(Long::parseLong)
                .orElseGet(System::currentTimeMillis);
        RunOptions defaults = RunOptions.defaults(seed);
        int budget = Integer.parseInt(properties.getProperty("conformance.max-requests-per-operation",
                Integer.toString(defaults.maxRequestsPerOperation())));
        return new RunOptions(seed, budget, defaults.checks(), defaults.excluded(),
                Boolean.parseBoolean(properties.getProperty("conformance.strict", "false")), defaults.connectTimeout(),
                defaults.readTimeout(), defaults.bodies());
    }
}
