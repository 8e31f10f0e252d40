package io.steppewatch.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;
import io.steppewatch.kafka.Topics;

class SubscriptionsLoaderTest {

    private static final String SECRET = "https://hooks.slack.com/services/T0001/B0001/s3cr3tT0ken";

    @TempDir
    Path dir;

    private final SubscriptionsLoader loader = new SubscriptionsLoader(Map.of("TRADE_HOOK", SECRET)::get);

    @Test
    void shouldReadEveryWayOfGivingTheWebhookWhenFileIsValid() throws IOException {
        Files.writeString(dir.resolve("security.url"), SECRET + "2\n");
        Path file = write("""
                subscriptions:
                  - name: trade-desk
                    webhookEnv: TRADE_HOOK
                    topics: [trade, alerts-corridors]
                    filters:
                      kinds: [new_period, REVISED]
                      metrics: [trade.turnover, investment.*]
                      countries: [kz, UZ]
                      minSeverity: medium
                  - name: security
                    webhookFile: security.url
                    topics: [security]
                  - name: all-sanctions
                    webhook: https://hooks.slack.com/services/T0001/B0003/other
                    topics: [sanctions]
                """);

        List<Subscription> subscriptions = loader.load(file);

        assertThat(subscriptions).extracting(Subscription::name).containsExactly("trade-desk", "security", "all-sanctions");
        Subscription trade = subscriptions.get(0);
        assertThat(trade.webhook().uri().toString()).isEqualTo(SECRET);
        assertThat(trade.topics()).containsExactly("trade", "corridors");
        assertThat(trade.filter()).isEqualTo(new AlertFilter(Set.of(AlertKind.NEW_PERIOD, AlertKind.REVISED),
                Set.of("trade.turnover", "investment.*"), Set.of("KZ", "UZ"), Optional.of(Severity.MEDIUM)));
        assertThat(subscriptions.get(1).webhook().uri().toString()).isEqualTo(SECRET + "2");
        assertThat(subscriptions.get(2).filter()).isEqualTo(AlertFilter.ANY);
    }

    @Test
    void shouldRedactWebhookWhenSubscriptionIsPrinted() throws IOException {
        List<Subscription> subscriptions = loader.load(write("""
                subscriptions:
                  - name: trade-desk
                    webhookEnv: TRADE_HOOK
                    topics: [trade]
                """));

        String printed = subscriptions.toString() + subscriptions.get(0).webhook() + subscriptions.get(0).webhook().label();

        assertThat(printed).doesNotContain("s3cr3tT0ken").doesNotContain("hooks.slack.com").contains("webhook#");
    }

    @Test
    void shouldListEveryProblemWithoutQuotingUrlsWhenFileIsInvalid() throws IOException {
        Path file = write("""
                subscriptions:
                  - name: Bad Name
                    webhook: ftp://hooks.slack.com/services/T0001/B0001/s3cr3tT0ken
                    topics: [weather]
                  - name: twice
                    webhookEnv: MISSING_HOOK
                    topics: [trade]
                    filters:
                      kinds: [SURPRISE]
                      minSeverity: URGENT
                  - name: twice
                    webhook: https://hooks.slack.com/services/T0001/B0001/s3cr3tT0ken
                    webhookEnv: TRADE_HOOK
                    topics: []
                """);

        SubscriptionException error = assertThrows(SubscriptionException.class, () -> loader.load(file));

        assertThat(error.problems()).anySatisfy(p -> assertThat(p).contains("'Bad Name'").contains("name must be"))
                .anySatisfy(p -> assertThat(p).contains("must start with https://"))
                .anySatisfy(p -> assertThat(p).contains("unknown topic 'weather'"))
                .anySatisfy(p -> assertThat(p).contains("MISSING_HOOK is not set"))
                .anySatisfy(p -> assertThat(p).contains("unknown alert kind 'SURPRISE'"))
                .anySatisfy(p -> assertThat(p).contains("unknown minSeverity 'URGENT'"))
                .anySatisfy(p -> assertThat(p).contains("name is used twice"))
                .anySatisfy(p -> assertThat(p).contains("exactly one of webhook, webhookEnv, webhookFile"))
                .anySatisfy(p -> assertThat(p).contains("topics is empty"));
        assertThat(error.getMessage()).doesNotContain("s3cr3tT0ken").contains(file.toString());
    }

    @Test
    void shouldNameTheKeyWhenFileHasUnknownKey() throws IOException {
        Path file = write("""
                subscriptions:
                  - name: trade-desk
                    webhookEnv: TRADE_HOOK
                    topic: [trade]
                """);

        SubscriptionException error = assertThrows(SubscriptionException.class, () -> loader.load(file));

        assertThat(error.getMessage()).contains("unknown key 'topic'").contains("topics").contains("webhookEnv");
    }

    @Test
    void shouldReportUnreadableWebhookFileWhenItIsMissing() throws IOException {
        Path file = write("""
                subscriptions:
                  - name: trade-desk
                    webhookFile: nowhere.url
                    topics: [trade]
                """);

        SubscriptionException error = assertThrows(SubscriptionException.class, () -> loader.load(file));

        assertThat(error.getMessage()).contains("cannot read webhookFile").contains("nowhere.url");
    }

    @Test
    void shouldReturnNoSubscriptionWhenFileIsEmpty() throws IOException {
        assertThat(loader.load(write(""))).isEmpty();
        assertThat(loader.load(write("subscriptions: []\n"))).isEmpty();
    }

    @Test
    void shouldMatchTopicNamesOfKafkaCommon() {
        assertThat(AlertTopicNames.ALL).isEqualTo(Topics.ALERT_TOPICS);
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("subscriptions.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
