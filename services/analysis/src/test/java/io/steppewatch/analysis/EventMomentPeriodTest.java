package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NOTES-open-p ... -t: a figure stated at the moment of the event a dated text reports ("в момент аварии", "на момент
 * отмены концерта"), or at the moment of writing ("на момент написания статьи", "в настоящий момент"), takes the
 * publication month, as a word of the present gives it. In an undated text such a moment dates nothing.
 */
class EventMomentPeriodTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text, LocalDate published) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, published, null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().contains(text)).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\" ({2})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            В момент столкновения на пароме находились 37 пассажиров.                                  | 37 пассажиров | 2021-04-12 | 2021-04
            На момент закрытия выставки в кассе оставались непроданными около 40 билетов.               | 40 билетов    | 2021-04-12 | 2021-04
            На момент написания заметки ролик посмотрели 120 тысяч человек.                            | 120 тысяч     | 2021-04-12 | 2021-04
            В настоящий момент на месте обрушения трудятся более 30 спасателей.                         | 30 спасателей | 2021-04-12 | 2021-04
            At the time of the collision, 37 passengers were aboard the ferry.                         | 37 passengers | 2021-04-12 | 2021-04
            Au moment de l'effondrement, 37 ouvriers travaillaient sur le chantier.                     | 37 ouvriers   | 2021-04-12 | 2021-04
            В момент столкновения на пароме находились 37 пассажиров.                                  | 37 пассажиров | null       | null
            """)
    void shouldDateFiguresAtTheMomentOfTheReportedEventByThePublication(String body, String text, String published,
                                                                        String period) {
        LocalDate date = published == null ? null : LocalDate.parse(published);
        assertThat(figure(body, text, date).period()).isEqualTo(period);
    }
}
