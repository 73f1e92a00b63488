package org.contractfirst.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one API's generated code was made from: its spec, every template, the generation settings and this plugin's
 * own code, as a SHA-256. The code is regenerated exactly when this changes; timestamps would miss a settings change
 * and regenerate on a fresh checkout of unchanged files.
 */
final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(Path spec, Path templates, String settings) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.add(settings.getBytes(StandardCharsets.UTF_8));
        fingerprint.addFile(spec);
        fingerprint.addTree(templates);
        fingerprint.addTree(pluginCode());
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    /** This plugin's jar, or its classes folder when it runs from the build that makes it. */
    private static Path pluginCode() {
        try {
            return Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void addTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        for (Path file : Files.isDirectory(root) ? files(root) : List.of(root)) {
            add(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            addFile(file);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addFile(Path file) {
        try {
            add(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }
}
