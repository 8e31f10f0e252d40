package io.steppewatch.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;
import io.steppewatch.notifier.testing.TestAlerts;

class AlertFilterTest {

    private static final Alert TRADE_KZ_MEDIUM = TestAlerts.alert("a1", AlertKind.NEW_PERIOD, List.of("trade"),
            "trade.turnover", List.of("CN", "KZ"), Severity.MEDIUM);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no filter", AlertFilter.ANY, true),
                Arguments.of("kind kept", filter(Set.of(AlertKind.NEW_PERIOD), Set.of(), Set.of(), null), true),
                Arguments.of("kind dropped", filter(Set.of(AlertKind.REVISED), Set.of(), Set.of(), null), false),
                Arguments.of("metric exact", filter(Set.of(), Set.of("trade.turnover"), Set.of(), null), true),
                Arguments.of("metric family", filter(Set.of(), Set.of("trade.*"), Set.of(), null), true),
                Arguments.of("metric other family", filter(Set.of(), Set.of("investment.*"), Set.of(), null), false),
                Arguments.of("metric prefix is not a family", filter(Set.of(), Set.of("trade"), Set.of(), null), false),
                Arguments.of("one shared country", filter(Set.of(), Set.of(), Set.of("kz", "TJ"), null), true),
                Arguments.of("no shared country", filter(Set.of(), Set.of(), Set.of("TJ"), null), false),
                Arguments.of("severity at minimum", filter(Set.of(), Set.of(), Set.of(), Severity.MEDIUM), true),
                Arguments.of("severity below minimum", filter(Set.of(), Set.of(), Set.of(), Severity.HIGH), false),
                Arguments.of("all match", filter(Set.of(AlertKind.NEW_PERIOD), Set.of("trade.*"), Set.of("KZ"),
                        Severity.LOW), true),
                Arguments.of("one of four fails", filter(Set.of(AlertKind.NEW_PERIOD), Set.of("trade.*"), Set.of("UZ"),
                        Severity.LOW), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldKeepOnlyMatchingAlertsWhenFiltersAreSet(String name, AlertFilter filter, boolean expected) {
        assertThat(filter.matches(TRADE_KZ_MEDIUM)).isEqualTo(expected);
    }

    private static AlertFilter filter(Set<AlertKind> kinds, Set<String> metrics, Set<String> countries, Severity min) {
        return new AlertFilter(kinds, metrics, countries, Optional.ofNullable(min));
    }
}
