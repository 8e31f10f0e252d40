package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NOTES-open-p, -q and -t: the figures of an event the text dates with a year take the event's month. A count of the
 * people the event struck, whose sentence names the event's day only after it, past a comma or in a clause of the
 * event ("when", "которая произошла", "survenue"), takes that day's month too; a count that struck no one, a date
 * without a year, or a date before the count (the rule for it stays as it was) does not change.
 */
class StruckPeopleDayAfterPeriodTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text, LocalDate published) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, published, null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().startsWith(text)).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\" ({2})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Не менее 14 человек погибли при пожаре, который вспыхнул в торговом центре в субботу, 3 марта 2018 года.      | 14 человек  | null       | 2018-03
            Два человека погибли и 35 пострадали, когда поезд сошёл с рельсов под Омском 9 июля 2016 года.                 | 35 пострадали | null     | 2016-07
            Не менее 14 человек погибли и 35 пострадали при обрушении моста в пятницу, 4 мая 2018 года.                    | 35 пострадали | 2018-05-04 | 2018-05
            At least 14 people were killed in a fire that broke out at a shopping centre on Saturday, March 3, 2018.       | 14 people   | null       | 2018-03
            Some 35 passengers were injured when the train left the tracks near the river on July 9, 2016.                | 35 passengers | null     | 2016-07
            Au moins 14 personnes ont été tuées dans un incendie, survenu dans un centre commercial le samedi 3 mars 2018. | 14 personnes | null      | 2018-03
            В торговом центре работают 14 магазинов, который открылся в субботу, 3 марта 2018 года.                         | 14 магазинов | null      | null
            Не менее 14 человек погибли при пожаре, который вспыхнул в торговом центре в субботу, 3 марта.                 | 14 человек  | null       | null
            """)
    void shouldDateCountsOfPeopleStruckByTheDayTheirSentenceNamesAfterThem(String body, String text, String published,
                                                                           String period) {
        LocalDate date = published == null ? null : LocalDate.parse(published);
        assertThat(figure(body, text, date).period()).isEqualTo(period);
    }
}
