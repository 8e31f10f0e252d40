package io.steppewatch.processor.console;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.query.LedgerQueries;

/** The console's parts together: its index, the feeder that keeps it current, and its pages on the query port. */
public final class ConsoleService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleService.class);

    private final ConsoleIndex index;
    private final IndexFeeder feeder;
    private final Console console;

    private ConsoleService(ConsoleIndex index, IndexFeeder feeder, Console console) {
        this.index = index;
        this.feeder = feeder;
        this.console = console;
    }

    /** Opens (or starts rebuilding) the index and starts following the topics. */
    public static ConsoleService start(ProcessorConfig config, KafkaSettings kafka, Topics topics, LedgerQueries ledger,
            Supplier<String> state, Clock clock) {
        ConsoleIndex index = ConsoleIndex.open(config.consoleIndexDir());
        IndexFeeder feeder = IndexFeeder.start(index, kafka, topics);
        ConsolePages pages = new ConsolePages(ledger::series, index, state, clock, config.tolerance());
        return new ConsoleService(index, feeder, new Console(pages, config.consoleToken()));
    }

    /** For {@code QueryServer.start}: adds the pages, and the token guard when a token is set. */
    public void install(HttpServer server, List<HttpContext> jsonEndpoints) {
        console.install(server, jsonEndpoints);
    }

    public ConsoleIndex index() {
        return index;
    }

    @Override
    public void close() {
        feeder.close();
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("Closing the console's index failed: {}", e.getMessage());
        }
    }
}
