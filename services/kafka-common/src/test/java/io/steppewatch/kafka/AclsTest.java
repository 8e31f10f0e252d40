package io.steppewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class AclsTest {

    @Test
    void shouldLetOnlyTheProcessorWriteAlertsWhenRulesAreRead() {
        assertThat(Acls.writersOf(Topics.ALERTS)).containsExactly(Acls.PROCESSOR);
        for (String topic : Topics.ALERT_TOPICS) {
            assertThat(Acls.writersOf("alerts-" + topic)).as(topic).containsExactly(Acls.PROCESSOR);
        }
    }

    @Test
    void shouldLetOnlyTheIngesterWriteArticlesWhenRulesAreRead() {
        assertThat(Acls.writersOf(Topics.ARTICLES)).containsExactly(Acls.INGESTER);
        assertThat(Acls.writersOf(Topics.INGESTER_STATE)).containsExactly(Acls.INGESTER);
        assertThat(Acls.writersOf(Topics.NOTIFIER_DELIVERIES)).containsExactly(Acls.NOTIFIER);
    }

    @Test
    void shouldGiveTheCliReadOnlyRightsOnEveryTopicWhenRulesAreRead() {
        List<Acls.Rule> cli = Acls.byUser().get(Acls.CLI);
        assertThat(cli).extracting(Acls.Rule::name).containsExactlyInAnyOrderElementsOf(
                Topics.defaults().definitions().stream().map(TopicDefinition::name).toList());
        assertThat(cli).allSatisfy(rule -> assertThat(rule.operations())
                .containsExactlyInAnyOrder(AclOperation.READ, AclOperation.DESCRIBE));
    }

    @Test
    void shouldCoverTheProcessorsInternalsByPrefixWhenRulesAreRead() {
        assertThat(Acls.byUser().get(Acls.PROCESSOR)).contains(
                new Acls.Rule(ResourceType.TRANSACTIONAL_ID, "steppewatch-processor", PatternType.PREFIXED,
                        List.of(AclOperation.WRITE, AclOperation.DESCRIBE)),
                new Acls.Rule(ResourceType.TOPIC, "steppewatch-processor-", PatternType.PREFIXED, List.of(AclOperation.ALL)));
    }

    @Test
    void shouldSpellOperationsAndResourcesAsStrimziWhenRendering() {
        Acls.Rule rule = new Acls.Rule(ResourceType.TRANSACTIONAL_ID, "x", PatternType.PREFIXED,
                List.of(AclOperation.DESCRIBE_CONFIGS, AclOperation.WRITE));
        assertThat(rule.strimziResource()).isEqualTo("transactionalId");
        assertThat(rule.strimziOperations()).containsExactly("DescribeConfigs", "Write");
    }

    @Test
    void shouldBindEveryOperationForTheUsersPrincipalWhenAskedForBindings() {
        assertThat(Acls.bindings(Acls.INGESTER)).hasSize(5)
                .allSatisfy(binding -> assertThat(binding.entry().principal()).isEqualTo("User:steppewatch-ingester"));
    }
}
