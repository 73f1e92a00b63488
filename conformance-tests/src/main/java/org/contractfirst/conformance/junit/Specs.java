package org.contractfirst.conformance.junit;

import org.contractfirst.conformance.spec.ApiSpec;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A spec named as a team's tests name it: a resource on the class path ({@code specs/orders.yaml}), a file or a URL;
 * read once per location, however many tests (or requests, where a test names its filter in each) ask for it.
 */
final class Specs {

    private static final Map<String, ApiSpec> READ = new ConcurrentHashMap<>();

    private Specs() {
    }

    static ApiSpec read(String location) {
        return READ.computeIfAbsent(location, named -> {
            URL resource = Thread.currentThread().getContextClassLoader().getResource(named);
            String where = resource != null && !Files.exists(Path.of(named)) ? resource.toString() : named;
            return ApiSpec.read(ApiSpec.nameOf(named), where);
        });
    }
}
