package io.steppewatch.processor.console;

import java.util.List;

import io.steppewatch.processor.query.LedgerQueries;

/** Where the console reads the ledger's series: {@code LedgerQueries::series} in the processor. */
@FunctionalInterface
public interface SeriesSource {

    /** Series whose metric starts with {@code metric} (all when null) and whose subjects include {@code subjects}. */
    List<LedgerQueries.Series> series(String metric, List<String> subjects);
}
