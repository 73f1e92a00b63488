package org.contractfirst.conformance.junit;

import org.contractfirst.conformance.spec.ApiSpec;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** A spec named as a team's tests name it: a resource on the class path ({@code specs/orders.yaml}), a file or a URL. */
final class Specs {

    private Specs() {
    }

    static ApiSpec read(String location) {
        URL resource = Thread.currentThread().getContextClassLoader().getResource(location);
        String where = resource != null && !Files.exists(Path.of(location)) ? resource.toString() : location;
        return ApiSpec.read(name(location), where);
    }

    /** The file name without its extension: {@code orders} for {@code specs/orders.yaml}. */
    static String name(String location) {
        String file = location.replaceFirst("[?#].*$", "");
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return file.replaceFirst("\\.(ya?ml|json)$", "");
    }
}
