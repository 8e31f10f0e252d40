package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 39 of round 36: freight counted on one country's railway or section of a corridor is that country's, not the
 * corridor's, also where a word of the kind of way stands between the section and its country ("le tronçon ferroviaire
 * azerbaïdjanais", "the Georgian railway section").
 */
class CorridorSectionOfOneCountryTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight on the Georgian railway section of the Middle Corridor grew by 7% in the first half of the year.                 | 7%         | GE
            Le fret sur le tronçon ferroviaire géorgien du Corridor médian a atteint 1,4 million de tonnes au premier semestre.       | 1,4 million | GE
            Грузоперевозки по грузинскому железнодорожному участку Среднего коридора выросли на 7% в первом полугодии.               | 7%         | GE
            """)
    void shouldGiveFreightOnOneCountrysSectionOfACorridorThatCountry(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).isEqualTo(List.of(subjects));
    }
}
