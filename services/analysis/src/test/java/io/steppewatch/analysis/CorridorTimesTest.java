package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 39 of round 36: a delivery or transit time along a corridor is the corridor's alone, whoever reports it and
 * whatever ends the sentence names; a time on one country's section of it is not.
 */
class CorridorTimesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan handles most transit freight going from China to EU countries, delivered in only 12 days via the TITR.            | 12 days  | TITR
            The Middle Corridor links China and Europe. According to the Ministry of Transport of Kazakhstan, freight now moves along the corridor in 16 days. | 16 days | TITR
            Средний коридор связывает Китай и Европу. По данным Министерства транспорта Казахстана, доставка грузов по коридору занимает 16 дней. | 16 дней | TITR
            Le corridor médian relie la Chine et l'Europe. Selon le ministère des Transports du Kazakhstan, le fret passe par ce corridor de la Chine à l'Europe en 16 jours. | 16 jours | TITR
            The Middle Corridor links China and Europe. A container train running along this corridor brings goods from China to Europe in about 18 days. | 18 days | TITR
            """)
    void shouldGiveATimeAlongACorridorTheCorridor(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).isEqualTo(List.of(subjects));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Middle Corridor links China and Europe. The trip along the Kazakh section of the corridor from Khorgos to Aktau takes 4 days. | 4 days | TITR
            """)
    void shouldLeaveATimeOnOneCountrysSectionToTheSectionRule(String body, String text, String notSubjects) {
        assertThat(figure(body, text).subjects()).doesNotContain(notSubjects);
    }
}
