package io.blocwatch.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared development corpus is, for the tests that use it when it is there (it is never
 * part of the repository: a fresh clone runs without it, and those tests skip, saying so).
 *
 * <p>{@code -Dblocwatch.dev.gold=FILE} names the development set; its sibling files (dev2.jsonl…)
 * are looked for beside it. Otherwise the first ancestor of the working directory holding
 * {@code shared/corpus/NAME} wins: from a module of the main checkout that is {@code ../../shared},
 * from a worktree further up.
 */
public final class DevCorpus {

    /** The system property naming the development set itself. */
    public static final String PROPERTY = "blocwatch.dev.gold";

    private DevCorpus() {}

    /** The development set ({@code shared/corpus/dev.jsonl}), if present. */
    public static Optional<Path> devSet() {
        return file("dev.jsonl");
    }

    /** {@code shared/corpus/NAME} (or NAME beside the configured development set), if it is a readable file. */
    public static Optional<Path> file(String name) {
        String configured = System.getProperty(PROPERTY, System.getProperty("blocwatch.dev"));
        if (configured != null) {
            Path dev = Path.of(configured);
            Path p = name.equals("dev.jsonl") ? dev : dev.resolveSibling(name);
            return Optional.of(p).filter(Files::isReadable);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus").resolve(name);
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Why a test that needs {@code name} skips: where it looked and how to point at the file. */
    public static String skipReason(String name) {
        String configured = System.getProperty(PROPERTY, System.getProperty("blocwatch.dev"));
        return "SKIPPED: the shared development file " + name + " is not "
                + (configured != null ? "beside " + configured : "in shared/corpus/ above " + Path.of("").toAbsolutePath())
                + " (set -D" + PROPERTY + "=FILE to point at dev.jsonl)";
    }
}
