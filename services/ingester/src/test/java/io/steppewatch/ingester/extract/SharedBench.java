package io.steppewatch.ingester.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared benchmark material lives: the build says so, else ../shared beside the repository. */
final class SharedBench {

    private SharedBench() {
    }

    static Path locate() {
        String configured = System.getProperty("steppewatch.shared");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, "bench");
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".git")) && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
        return root.resolveSibling("shared").resolve("bench");
    }
}
