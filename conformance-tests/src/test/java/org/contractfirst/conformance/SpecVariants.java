package org.contractfirst.conformance;

import org.contractfirst.conformance.spec.ApiSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** A spec of the tests read with its text changed: the one edit a test needs of it, made where the test is. */
final class SpecVariants {

    private SpecVariants() {
    }

    static ApiSpec of(String spec, String name, UnaryOperator<String> change) throws IOException {
        Path file = Files.createTempFile(name + "-variant", ".yaml");
        try {
            Files.writeString(file, change.apply(Files.readString(Path.of(spec))));
            return ApiSpec.read(name, file.toString());
        } finally {
            Files.delete(file);
        }
    }
}
