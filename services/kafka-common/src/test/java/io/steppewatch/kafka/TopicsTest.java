package io.steppewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldKeepArticlesForeverAndCompactedWhenDefined() {
        TopicDefinition articles = Topics.defaults().definitions().stream()
                .filter(d -> d.name().equals("articles")).findFirst().orElseThrow();
        assertThat(articles.compacted()).isTrue();
        assertThat(articles.configs()).containsEntry("retention.ms", "-1");
    }

    @Test
    void shouldDefineOneAlertTopicPerTopicWhenListingDefinitions() {
        assertThat(Topics.defaults().definitions()).extracting(TopicDefinition::name)
                .contains("alerts", "alerts-sanctions", "alerts-trade", "alerts-security", "alerts-corridors",
                        "articles-analyzed", "processor-dlq", "notifier-dlq", "notifier-deliveries")
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldPrefixEveryNameWhenAPrefixIsGiven() {
        Topics topics = Topics.withPrefix("t1-");
        assertThat(topics.definitions()).allSatisfy(d -> assertThat(d.name()).startsWith("t1-"));
        assertThat(topics.alertsFor("trade").name()).isEqualTo("t1-alerts-trade");
    }

    @Test
    void shouldRefuseWhenAlertTopicIsUnknown() {
        assertThatThrownBy(() -> Topics.defaults().alertsFor("weather"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weather");
    }

    @Test
    void shouldMaskSecretsWhenDescribingSettings() {
        KafkaSettings settings = KafkaSettings.of("h:9092").with(java.util.Map.of(
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required password=\"hunter2\";",
                "security.protocol", "SASL_SSL"));
        assertThat(settings.toString()).doesNotContain("hunter2").contains("SASL_SSL");
    }
}
