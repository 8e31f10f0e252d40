package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 33 of round 35: the people an event struck (killed, wounded, evacuated) are counted at the event, and take
 * its period when the text dates it, also in the paragraphs before the count; a count of anything else (a stock) is
 * dated only by its own paragraph.
 */
class StruckPeoplePeriodTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body.replace("/", "\n\n"), (LocalDate) null,
                null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().startsWith(text)).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The fighting on the border broke out in September 2022. / After the shelling, 40 residents of the valley lost their lives. | 40 residents   | 2022-09
            The fighting on the border broke out in September 2022. / About 9,000 villagers were evacuated from the valley.            | 9,000 villagers | 2022-09
            Бои на границе начались в сентябре 2022 года. / В результате обстрелов погибли 40 жителей долины.                       | 40 жителей     | 2022-09
            Les combats à la frontière ont éclaté en septembre 2022. / Les bombardements ont tué 40 civils de la vallée.             | 40 civils      | 2022-09
            Шекарадағы ұрыс 2022 жылы басталды. / Атыс салдарынан аңғардың 40 тұрғыны қаза тапты.                                   | 40 тұрғыны     | 2022
            Chegaradagi janglar 2022-yilda boshlandi. / O'q otish natijasida vodiyning 40 nafar aholisi halok bo'ldi.               | 40 nafar       | 2022
            The fighting on the border broke out in September 2022. / The valley has 40 schools and two hospitals.                    | 40 schools     | null
            """)
    void shouldDateCountsOfPeopleStruckByTheEventTheParagraphBeforeDates(String body, String text, String period) {
        assertThat(figure(body, text).period()).isEqualTo(period);
    }
}
