package io.steppewatch.cli;

import java.time.Instant;

import picocli.CommandLine.Option;

/** {@code --since} (required, inclusive) and {@code --until} (exclusive), for the replay commands. */
public final class PeriodOptions {

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "First day (YYYY-MM-DD, UTC) or instant.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "End, exclusive (YYYY-MM-DD, UTC) or instant. Default: now.")
    String until;

    Instant from() {
        return Dates.parse("--since", since);
    }

    /** The end, or null for "up to now"; never before the start. */
    Instant to() {
        Instant to = Dates.parse("--until", until);
        if (to != null && !to.isAfter(from())) {
            throw new IllegalArgumentException("--until must be after --since");
        }
        return to;
    }
}
