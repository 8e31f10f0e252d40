package io.steppewatch.ingester.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/bench: system property steppewatch.shared, else ../shared next to the repository. */
public final class SharedBench {

    private SharedBench() {
    }

    /** The bench folder, or null when it is absent (tests then skip). */
    public static Path benchDir() {
        String property = System.getProperty("steppewatch.shared");
        Path shared = property != null ? Path.of(property) : null;
        if (shared == null || !Files.isDirectory(shared)) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.isDirectory(dir.resolve(".mvn")) && !Files.isRegularFile(dir.resolve("mvnw"))) {
                dir = dir.getParent();
            }
            shared = dir == null || dir.getParent() == null ? null : dir.getParent().resolve("shared");
        }
        if (shared == null || !Files.isDirectory(shared.resolve("bench"))) {
            return null;
        }
        return shared.resolve("bench");
    }
}
