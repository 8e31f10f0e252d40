package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight through a Baltic or Black Sea port of Central Asian transit takes the port's country beside the shipper's
 * (LABEL-FIXES decision 4 of round 28: "a port takes its country"): Klaipeda, Taman, Ventspils, Ust-Luga and the rest
 * are in the gazetteer (round 48, subj48).
 */
class PortsOfTransitTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Транзит растет | Грузопоток Узбекистана через Клайпедский порт за полгода вырос в 2,5 раза. | 2,5 раза | LT UZ
            Уголь идет на экспорт | В мае через угольный терминал в Тамани отгрузили 120 тысяч тонн казахстанского угля. | 120 тысяч тонн | KZ RU
            Grain goes west | Kazakh grain shipped through Ventspils reached 300,000 tonnes in the first quarter. | 300,000 tonnes | KZ LV
            """)
    void shouldGiveFreightThroughAPortThePortsCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
