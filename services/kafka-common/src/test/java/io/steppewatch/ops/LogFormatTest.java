package io.steppewatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

class LogFormatTest {

    private static final String CONFIG = "io/steppewatch/ops/logback-service.xml";

    @Test
    void shouldWriteOneJsonObjectPerLineWhenFormatIsJson() throws Exception {
        List<String> lines = logWith("json");

        assertThat(lines).hasSize(2);
        JsonNode info = new ObjectMapper().readTree(lines.get(0));
        assertThat(info.get("level").asText()).isEqualTo("INFO");
        assertThat(info.get("loggerName").asText()).isEqualTo("io.steppewatch.ingester.Ingester");
        assertThat(info.get("formattedMessage").asText()).isEqualTo("Polled feed https://example.org/rss: 3 new");
        assertThat(info.has("timestamp")).isTrue();
        assertThat(info.has("arguments")).isFalse();
        JsonNode warn = new ObjectMapper().readTree(lines.get(1));
        assertThat(warn.get("level").asText()).isEqualTo("WARN");
        assertThat(warn.get("throwable").get("className").asText()).isEqualTo("java.io.IOException");
    }

    @Test
    void shouldWriteReadableLinesWhenFormatIsUnset() throws Exception {
        List<String> lines = logWith(null);

        assertThat(lines.get(0)).contains(" INFO ").contains("Polled feed https://example.org/rss: 3 new")
                .doesNotStartWith("{");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("java.io.IOException: connection reset"));
    }

    @Test
    void shouldKeepKafkaChatterBelowWarnWhenConfigured() throws Exception {
        LoggerContext context = configure("json");
        assertThat(context.getLogger("org.apache.kafka.clients.producer.ProducerConfig").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("io.steppewatch.ingester.Ingester").isInfoEnabled()).isTrue();
        context.stop();
    }

    /** Logs two events through a fresh Logback context configured like a service and returns stderr's lines. */
    private static List<String> logWith(String format) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // Logback's console appender writes to whatever System.err is at the time of each event.
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerContext context = configure(format);
            Logger logger = context.getLogger("io.steppewatch.ingester.Ingester");
            logger.info("Polled feed {}: {} new", "https://example.org/rss", 3);
            logger.warn("Feed failed", new java.io.IOException("connection reset"));
            context.stop();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }

    private static LoggerContext configure(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        // A context of our own, so the test's logging is untouched; it needs the MDC store the global one gets.
        context.setMDCAdapter(new LogbackMDCAdapter());
        if (format != null) {
            context.putProperty("STEPPEWATCH_LOG_FORMAT", format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL url = LogFormatTest.class.getClassLoader().getResource(CONFIG);
        configurator.doConfigure(url);
        return context;
    }
}
