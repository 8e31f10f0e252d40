package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 45 (recall45): a number word before "fois"/"times" that multiplies nothing says how often something happened,
 * a count, as the digits' "35 fois" already was; an official's trips so counted are {@code visits.count} (decision
 * 62), other occurrences stay {@code other}; a number word that does multiply stays {@code times}.
 */
class OccurrenceWordsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kyrgyz premier has visited Tashkent three times since the spring of 2022.             | three times | count | visits.count
            Le ministre kazakh s'est rendu trois fois à Pékin depuis son entrée en fonctions.          | trois fois  | count | visits.count
            Such talks were held five times in the past year between Astana and Bishkek.               | five times  | count | other
            Les manœuvres communes ont eu lieu six fois depuis la création du groupe.                  | six fois    | count | other
            Kazakhstan's wheat shipments to Iran are three to four times the volume of last season.    | four times  | times | other
            The two customs services' data on this trade differ almost three times.                    | three times | times | other
            Sa superficie est environ cinq fois celle de l'Allemagne.                                  | cinq fois   | times | other
            By 2024 turnover had climbed to nearly three times of its 2015 level.                     | three times | times | trade.turnover
            """)
    void shouldCountHowOftenSomethingHappenedAndKeepAMultiple(String body, String text, String unit, String metric) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.unit()).isEqualTo(unit);
        assertThat(figure.metric()).isEqualTo(metric);
    }
}
