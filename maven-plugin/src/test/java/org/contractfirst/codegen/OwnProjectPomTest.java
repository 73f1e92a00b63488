package org.contractfirst.codegen;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Use it in your own project" block is the example project's pom, as CI builds it: the same text, at
 * most 60 lines, naming this build's version.
 */
class OwnProjectPomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmesBlockIsTheExampleProjectsPom() throws IOException {
        String example = Files.readString(ROOT.resolve("examples/orders/pom.xml"));

        assertEquals(example, readmeBlock());
        assertTrue(example.lines().count() <= 60, example.lines().count() + " lines");
    }

    @Test
    void theBlockNamesThisBuildsVersion() throws IOException {
        Matcher parent = Pattern.compile("<artifactId>contract-first-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(parent.find());

        assertTrue(readmeBlock().contains("<contract-first.version>" + parent.group(1) + "</contract-first.version>"),
                readmeBlock());
    }

    private static String readmeBlock() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("\n## Use it in your own project\n");
        assertTrue(section >= 0, "no section \"Use it in your own project\" in the README");
        int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }
}
