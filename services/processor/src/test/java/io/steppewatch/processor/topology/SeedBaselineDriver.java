package io.steppewatch.processor.topology;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;

/**
 * The production topology over the real analysis, with the bundled seed corpus as its baseline, in a test driver:
 * articles go in, alerts come out. The analysis and the baseline are loaded once for all tests that use them.
 */
public final class SeedBaselineDriver implements AutoCloseable {

    private static final class Loaded {
        static final TextAnalysis ANALYSIS = TextAnalysis.withDefaults();
        static final Baseline BASELINE = BaselineLoader.load(null, ANALYSIS);
    }

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Article> articles;
    private final TestOutputTopic<String, Alert> alerts;

    private SeedBaselineDriver(Path stateDir, OrderWindow order, Instant wallClock) {
        Topics topics = Topics.defaults();
        Properties properties = ProcessorApp.streamsProperties(
                ProcessorConfig.of(Map.of("processor.state.dir", stateDir.toString())), KafkaSettings.of("unused:9092"),
                topics);
        driver = new TopologyTestDriver(ProcessorTopology.build(topics, analysis(), baseline(),
                new FigureLedger(0.02, false), 500, new CompositeMeterRegistry(), ProcessorTopology.DEFAULT_MAX_RECORD_BYTES,
                order), properties, wallClock);
        articles = driver.createInputTopic(topics.articles().name(), new StringSerializer(),
                topics.articles().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer());
    }

    /** Each figure goes to the ledger as it comes, with no publication-order window. */
    public static SeedBaselineDriver start(Path stateDir) {
        return new SeedBaselineDriver(stateDir, OrderWindow.NONE, Instant.EPOCH);
    }

    /** Figures are held by {@code order} and released by wall-clock punctuation, the driver's clock at {@code wallClock}. */
    public static SeedBaselineDriver start(Path stateDir, OrderWindow order, Instant wallClock) {
        return new SeedBaselineDriver(stateDir, order, wallClock);
    }

    public static TextAnalysis analysis() {
        return Loaded.ANALYSIS;
    }

    public static Baseline baseline() {
        return Loaded.BASELINE;
    }

    /**
     * An article that states the Kazakhstan-Russia trade turnover of 2025 as {@code value} ("$29.1 billion"), published
     * at {@code published} (null: undated) and fetched at {@code fetched}.
     */
    public static Article tradeArticle(String id, Instant published, String value, Instant fetched) {
        return Article.newBuilder().setId(id).setUrl("https://news.example.org/" + id)
                .setFeed("https://news.example.org/rss").setSource("Example")
                .setTitle("Kazakhstan-Russia trade in 2025")
                .setText("Trade turnover between Kazakhstan and Russia was " + value + " in 2025, the ministry said.")
                .setPublished(published).setFetched(fetched).setContentHash("h-" + id).build();
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    public TestInputTopic<String, Article> articles() {
        return articles;
    }

    public TestOutputTopic<String, Alert> alerts() {
        return alerts;
    }

    @Override
    public void close() {
        driver.close();
    }
}
