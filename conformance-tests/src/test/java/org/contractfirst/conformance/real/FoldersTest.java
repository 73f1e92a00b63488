package org.contractfirst.conformance.real;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprint that decides a rebuild, and the copy of a read-only source that a build can write in. */
class FoldersTest {

    private static Path tree(Path root, String pom, String code) throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("pom.xml"), pom);
        Files.writeString(root.resolve("src/App.java"), code);
        return root;
    }

    @Test
    void theFingerprintChangesWithAnyByteOrNameAndOnlyThen(@TempDir Path folder) throws IOException {
        String original = Folders.sha256(tree(folder.resolve("a"), "<project/>", "class App {}"));

        assertEquals(original, Folders.sha256(tree(folder.resolve("b"), "<project/>", "class App {}")));
        assertNotEquals(original, Folders.sha256(tree(folder.resolve("c"), "<project/>", "class App { }")));
        Path renamed = tree(folder.resolve("d"), "<project/>", "class App {}");
        Files.move(renamed.resolve("src/App.java"), renamed.resolve("src/Main.java"));
        assertNotEquals(original, Folders.sha256(renamed));
    }

    @Test
    void aCopyOfAReadOnlySourceCanBeWrittenInAndDeleted(@TempDir Path folder) throws IOException {
        Path source = tree(folder.resolve("source"), "<project/>", "class App {}");
        for (String name : new String[] {"src/App.java", "pom.xml", "src", ""}) {
            Path path = source.resolve(name);
            String modes = Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--";
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(modes));
        }
        Path copy = folder.resolve("copy");

        Folders.copyWritable(source, copy);

        assertEquals(Folders.sha256(source), Folders.sha256(copy));
        // Asked of the modes, not of a write, which root would be allowed whatever the modes say.
        for (String name : new String[] {"", "src", "src/App.java", "pom.xml"}) {
            Path path = copy.resolve(name);
            assertTrue(Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE),
                    path + " is writable");
        }
        Folders.delete(copy);
        assertFalse(Files.exists(copy));
        assertTrue(Files.exists(source.resolve("pom.xml")), "the source is left as it was");
    }
}
