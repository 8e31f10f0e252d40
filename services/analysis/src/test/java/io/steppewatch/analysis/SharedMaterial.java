package io.steppewatch.analysis;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared: the system property set by surefire, else ../shared next to the repository root. */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    public static Path shared() {
        String property = System.getProperty("steppewatch.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("../shared") : dir.resolveSibling("shared");
    }
}
