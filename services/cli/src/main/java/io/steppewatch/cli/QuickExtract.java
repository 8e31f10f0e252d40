package io.steppewatch.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code steppewatch extract} with plain arguments (its two flags, each at most once, and file names) starts
 * without building the command line. Extract is a batch that lasts a second, and the command line costs a third of
 * its start-up: picocli's classes are Java 5 class files, which class-data sharing cannot archive, so they load
 * and verify anew on every run, and building every command's model loads classes extract never uses (Kafka,
 * Avro, the logging back end). Anything else (help, an option it does not know or sees twice, an {@code @file})
 * goes through picocli as before, so its answers and errors stay the same. The launcher starts extract here
 * rather than in {@link Main}: a class that calls picocli has picocli's classes loaded when it is linked, before
 * any of its code runs (the verifier checks the types it passes), and finding them opens the jars one by one.
 */
public final class QuickExtract {

    private QuickExtract() {
    }

    public static void main(String[] args) {
        Optional<ExtractCommand> extract = parse(args);
        if (extract.isPresent()) {
            URL.setURLStreamHandlerFactory(QuickExtract::offlineHandler);
            System.exit(run(extract.get()));
        }
        Main.main(args);
    }

    /** The extract command as picocli would fill it from {@code args}, or empty when picocli must read them. */
    static Optional<ExtractCommand> parse(String... args) {
        if (args.length < 2 || !"extract".equals(args[0])) {
            return Optional.empty();
        }
        ExtractCommand command = new ExtractCommand();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if ("--json".equals(arg) && !command.json) {
                command.json = true;
            } else if ("--stats".equals(arg) && !command.stats) {
                command.stats = true;
            } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty();
            } else {
                try {
                    files.add(Path.of(arg));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        command.files = files;
        return Optional.of(command);
    }

    /** Runs the command with the error handling {@link Main#commandLine()} gives it. */
    static int run(ExtractCommand command) {
        try {
            return command.call();
        } catch (RuntimeException e) {
            System.err.println("steppewatch: " + CliErrors.describe(e));
            return CliErrors.exitCode(e);
        }
    }

    /**
     * Jsoup resolves a page's {@code <base href>} with {@link URL}, and the first http or https address makes the
     * JDK look for handler providers in every jar on the class path: a hundred jars opened for nothing. Extract
     * reads saved pages and never connects, so it hands out handlers that read an address as the JDK's own do (they
     * keep the same parsing and default ports) and refuse to connect; other protocols get the JDK's.
     */
    static URLStreamHandler offlineHandler(String protocol) {
        return switch (protocol) {
            case "http" -> new OfflineHandler(80);
            case "https" -> new OfflineHandler(443);
            default -> null;
        };
    }

    private static final class OfflineHandler extends URLStreamHandler {

        private final int defaultPort;

        OfflineHandler(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        @Override
        protected int getDefaultPort() {
            return defaultPort;
        }

        @Override
        protected URLConnection openConnection(URL address) throws IOException {
            throw new IOException("steppewatch extract reads saved pages and opens no connection (" + address + ")");
        }
    }
}
