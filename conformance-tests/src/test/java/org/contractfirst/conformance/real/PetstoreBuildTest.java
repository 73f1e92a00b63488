package org.contractfirst.conformance.real;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the war is built again and when the one already built is reused, on a made-up source. */
class PetstoreBuildTest {

    /** A copy as a finished build leaves it: the source's files, a war, and the source's fingerprint. */
    private static Path built(Path source, Path work) throws IOException {
        Path copy = work.resolve("petstore");
        Folders.copyWritable(source, copy);
        Files.createDirectories(copy.resolve("target"));
        Files.writeString(copy.resolve("target/app.war"), "war");
        Files.writeString(copy.resolve(".source-sha256"), Folders.sha256(source) + "\n");
        return copy.resolve("target/app.war");
    }

    private static Path source(Path folder, String pom) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("pom.xml"), pom);
        return folder;
    }

    @Test
    void aWarBuiltFromTheSameSourceIsReusedWithoutBuilding(@TempDir Path folder) throws IOException {
        Path source = source(folder.resolve("source"), "not a pom: building it would fail");
        Path war = built(source, folder.resolve("work"));

        assertEquals(war, new PetstoreBuild(source, folder.resolve("work")).war());
        assertFalse(Files.exists(folder.resolve("work/petstore-build.log")), "no build ran");
    }

    @Test
    void aChangedSourceIsCopiedAgainAndBuiltAndItsFailureShowsTheLog(@TempDir Path folder) throws IOException {
        Path source = source(folder.resolve("source"), "not a pom");
        Path stale = built(source, folder.resolve("work"));
        Files.writeString(source.resolve("pom.xml"), "still not a pom, but another one");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new PetstoreBuild(source, folder.resolve("work")).war());

        assertTrue(failure.getMessage().contains("the petstore build failed"), failure.getMessage());
        assertTrue(failure.getMessage().contains("petstore-build.log"), failure.getMessage());
        assertFalse(Files.exists(stale), "the war of the old source is gone");
        assertFalse(Files.exists(folder.resolve("work/petstore/.source-sha256")),
                "a failed build leaves no fingerprint");
        assertEquals("still not a pom, but another one", Files.readString(folder.resolve("work/petstore/pom.xml")));
    }
}
