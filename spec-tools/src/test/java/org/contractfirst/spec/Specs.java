package org.contractfirst.spec;

import org.contractfirst.spec.rules.SpecDocument;

import java.nio.file.Path;

/** Where the build finds the specs: the {@code specs.dir} system property, set by the parent pom. */
public final class Specs {

    private Specs() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("specs.dir", "../specs"));
    }

    public static SpecDocument document(String file) {
        return SpecDocument.read(dir().resolve(file));
    }
}
