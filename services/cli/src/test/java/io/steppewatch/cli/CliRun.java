package io.steppewatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;

/** Runs the {@code steppewatch} command line in-process and keeps what it printed, for assertions. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        return run(Main.commandLine(), args);
    }

    /** With {@code environment} as the command's only {@code STEPPEWATCH_*} variables, whatever the test JVM has. */
    static CliRun withEnvironment(Map<String, String> environment, String... args) {
        return run(Main.commandLine(environment), args);
    }

    private static CliRun run(CommandLine line, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = line.execute(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
