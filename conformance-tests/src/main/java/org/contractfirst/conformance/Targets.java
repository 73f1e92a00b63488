package org.contractfirst.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The servers named on the command line, for the APIs of the specs folder ({@code specs/<api>.yaml}):
 * {@code -Dconformance.<api>.url=<base URL>} with {@code -Dconformance.<api>.token=<credential>}, any other
 * {@code -Dconformance.<api>.<name>=<value>} as a fixture (a Unipile {@code account_id}), and
 * {@code -Dconformance.destructive=true} to allow destructive checks.
 */
public final class Targets {

    private Targets() {
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

    public static Path specsDir() {
        return Path.of(System.getProperty("specs.dir", "../specs"));
    }

    public static ApiSpec spec(String api) {
        for (String extension : List.of(".yaml", ".yml", ".json")) {
            Path file = specsDir().resolve(api + extension);
            if (Files.exists(file)) {
                return ApiSpec.read(api, file);
            }
        }
        throw new IllegalArgumentException("no spec of " + api + " in " + specsDir());
    }

    /** The targets the properties name; empty when none is named. */
    public static List<Target> fromProperties(Properties properties) {
        List<Target> targets = new ArrayList<>();
        boolean destructive = Boolean.parseBoolean(properties.getProperty("conformance.destructive", "false"));
        for (String api : apis()) {
            String url = properties.getProperty("conformance." + api + ".url");
            if (url == null) {
                continue;
            }
            String prefix = "conformance." + api + ".";
            Map<String, String> fixtures = new LinkedHashMap<>();
            properties.stringPropertyNames().stream()
                    .filter(name -> name.startsWith(prefix) && !name.equals(prefix + "url") && !name.equals(prefix + "token"))
                    .forEach(name -> fixtures.put(name.substring(prefix.length()), properties.getProperty(name)));
            targets.add(new Target(spec(api), URI.create(url.replaceAll("/+$", "")),
                    properties.getProperty(prefix + "token"), fixtures, destructive));
        }
        return targets;
    }

    /** The seed of every random choice: {@code -Dconformance.seed}, else the time. */
    public static long seed(Properties properties) {
        String seed = properties.getProperty("conformance.seed");
        return seed != null ? Long.parseLong(seed) : System.currentTimeMillis();
    }
}
