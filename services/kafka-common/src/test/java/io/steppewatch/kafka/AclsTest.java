package io.steppewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class AclsTest {

    private final Acls acls = Acls.of(Topics.withPrefix("t1-"), "app", "notify");

    @Test
    void shouldNameTopicsWithThePrefixWhenTopicsArePrefixed() {
        assertThat(topicsGranted(acls.ingester(), AclOperation.WRITE)).containsExactly("t1-articles", "t1-ingester-state");
        assertThat(topicsGranted(acls.ingester(), AclOperation.READ)).containsExactly("t1-articles", "t1-ingester-state");
        assertThat(topicsGranted(acls.notifier(), AclOperation.READ))
                .containsExactlyInAnyOrder("t1-alerts", "t1-alerts-sanctions", "t1-alerts-trade", "t1-alerts-security",
                        "t1-alerts-corridors", "t1-notifier-deliveries");
    }

    @Test
    void shouldLetOnlyTheProcessorWriteAlertsWhenGrantsAreCompared() {
        acls.byService().forEach((service, grants) -> assertThat(topicsGranted(grants, AclOperation.WRITE).contains("t1-alerts"))
                .as("%s writes alerts", service).isEqualTo(service.equals(Acls.PROCESSOR)));
    }

    @Test
    void shouldGiveTheCliReadOnlyWhenItReadsEveryTopic() {
        assertThat(acls.cli()).allSatisfy(grant -> assertThat(grant.operations())
                .containsExactlyInAnyOrder(AclOperation.READ, AclOperation.DESCRIBE));
        assertThat(topicsGranted(acls.cli(), AclOperation.READ)).hasSize(Topics.withPrefix("t1-").definitions().size());
    }

    @Test
    void shouldScopeInternalTopicsAndTransactionsToTheApplicationIdWhenTheProcessorIsGranted() {
        assertThat(acls.processor()).filteredOn(grant -> grant.pattern() == PatternType.PREFIXED)
                .extracting(Acls.Grant::type, Acls.Grant::name)
                .containsExactlyInAnyOrder(tuple(ResourceType.TOPIC, "app-"),
                        tuple(ResourceType.TRANSACTIONAL_ID, "app-"));
        assertThat(acls.processor()).filteredOn(grant -> grant.type() == ResourceType.TOPIC
                        && grant.operations().contains(AclOperation.CREATE))
                .extracting(Acls.Grant::name).containsExactly("app-");
        assertThat(acls.notifier()).filteredOn(grant -> grant.type() == ResourceType.GROUP)
                .extracting(Acls.Grant::name, Acls.Grant::pattern)
                .containsExactly(tuple("notify-", PatternType.PREFIXED));
    }

    @Test
    void shouldMakeOneAllowBindingPerOperationWhenAGrantIsApplied() {
        List<AclBinding> bindings = acls.ingester().get(1).bindings("User:ingester");
        assertThat(bindings).extracting(binding -> binding.entry().operation())
                .containsExactlyInAnyOrder(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE);
        assertThat(bindings).allSatisfy(binding -> {
            assertThat(binding.entry().principal()).isEqualTo("User:ingester");
            assertThat(binding.pattern().name()).isEqualTo("t1-ingester-state");
        });
    }

    @Test
    void shouldRefuseBlankIdsWhenAclsAreBuilt() {
        assertThatThrownBy(() -> Acls.of(Topics.defaults(), " ", "notify")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> topicsGranted(List<Acls.Grant> grants, AclOperation operation) {
        Set<String> names = new TreeSet<>();
        for (Acls.Grant grant : grants) {
            if (grant.type() == ResourceType.TOPIC && grant.operations().contains(operation)) {
                names.add(grant.name());
            }
        }
        return names;
    }
}
