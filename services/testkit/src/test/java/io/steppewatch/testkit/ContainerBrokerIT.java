package io.steppewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;

/** Runs only where a Docker engine is available; skipped cleanly elsewhere (CI here has none). */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KafkaBrokerExtension.KAFKA_IMAGE);

    @Test
    void shouldCreateOurTopicsWhenTheBrokerIsAContainer() throws Exception {
        KafkaSettings settings = KafkaSettings.of(KAFKA.getBootstrapServers());
        Topics topics = Topics.withPrefix("docker-");
        TopicAdmin.ensure(settings, topics.definitions());
        try (Admin admin = Admin.create(settings.admin())) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(topics.articles().name());
        }
    }
}
