package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The part of a whole that depends on or is made of something is a share (gold-o: "`dépend à 95 % de
 * l'hydroélectricité` is `share`"), also in Russian, where "на 95%" otherwise says by how much something moved.
 */
class PartOfWholeShareTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan depends on imports for 80% of its fuel.              | 80%   | SHARE
            Кыргызстан на 80% зависит от импорта топлива.                   | 80%   | SHARE
            Экспорт Кыргызстана на 80% состоит из золота.                   | 80%   | SHARE
            Импорт топлива в Кыргызстан вырос на 80% за год.                | 80%   | CHANGE
            Le Kirghizistan dépend à 80 % des importations de carburant.    | 80 %  | SHARE
            """)
    void shouldReadThePartOfAWholeAsAShare(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
