package io.steppewatch.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The arguments every service's {@code Main} accepts: {@code --config FILE} (or the file alone, as the
 * first argument) and any number of {@code key=value} settings, which win over the file.
 */
public record ServiceArgs(Map<String, String> overrides, Path file) {

    public static ServiceArgs parse(String... args) {
        Map<String, String> overrides = new HashMap<>();
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--config needs a file");
                }
                file = Path.of(args[++i]);
            } else if (arg.contains("=")) {
                overrides.put(arg.substring(0, arg.indexOf('=')).trim(), arg.substring(arg.indexOf('=') + 1).trim());
            } else if (file == null && !arg.startsWith("-")) {
                file = Path.of(arg);
            } else {
                throw new IllegalArgumentException("expected --config FILE or key=value, got '" + arg + "'");
            }
        }
        return new ServiceArgs(Map.copyOf(overrides), file);
    }

    /** The layered configuration these arguments describe, over the environment and the defaults. */
    public LayeredConfig config() {
        return LayeredConfig.of(overrides, file);
    }
}
