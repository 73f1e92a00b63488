package org.contractfirst.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files of one folder as they were at a git revision: by default the merge base of HEAD with
 * {@code main} (else {@code origin/main}), the point a pull request branched from, so that only its own changes
 * are judged.
 */
public final class GitRevision {

    private final Path folder;
    private final String revision;
    /** The folder's path from the top of its repository, asked of git once. */
    private String prefix;

    private GitRevision(Path folder, String revision) {
        this.folder = folder;
        this.revision = revision;
    }

    /** The files of {@code folder} at the revision {@code base} names, or at the merge base with main when it is null. */
    public static GitRevision of(Path folder, String base) {
        if (base != null && !base.isBlank()) {
            String revision = git(folder, "rev-parse", "--verify", base + "^{commit}")
                    .orElseThrow(() -> new IllegalArgumentException("no git revision " + base));
            return new GitRevision(folder, revision.trim());
        }
        for (String main : List.of("main", "origin/main")) {
            Optional<String> mergeBase = git(folder, "merge-base", "HEAD", main);
            if (mergeBase.isPresent()) {
                return new GitRevision(folder, mergeBase.get().trim());
            }
        }
        throw new IllegalArgumentException("no merge base of HEAD with main or origin/main in " + folder
                + "; name the base revision with --base REV");
    }

    public String revision() {
        return revision;
    }

    /** The path of the folder's file {@code name} from the top of its repository, as GitHub names files. */
    public String pathInRepository(String name) {
        if (prefix == null) {
            prefix = git(folder, "rev-parse", "--show-prefix").orElse("").trim();
        }
        return prefix + name;
    }

    /** The path of {@code file} from the top of the git repository it is in; empty where it is in none. */
    public static Optional<String> pathInRepository(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return git(absolute.getParent(), "rev-parse", "--show-toplevel")
                .map(top -> Path.of(top.trim()).relativize(absolute).toString().replace('\\', '/'));
    }

    /** The text of the folder's file {@code name} at this revision, or empty when it did not exist there. */
    public Optional<String> read(String name) {
        return git(folder, "show", revision + ":./" + name);
    }

    private static Optional<String> git(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git", e);
        }
    }
}
