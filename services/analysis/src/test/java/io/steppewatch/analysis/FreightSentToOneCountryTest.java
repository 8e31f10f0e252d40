package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight whose sentence names one country by a preposition of direction ("to Iran", "в Узбекистан") is carried
 * between that country and the one the article is about: a route with no corridor name takes the countries it links.
 */
class FreightSentToOneCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's railways carried more grain | Rail loading of wheat to Iran grew to 410 thousand tonnes. | 410 thousand tonnes | IR KZ
            Казахстан увеличил перевозки зерна по железной дороге | Отгрузка зерна в Узбекистан выросла до 270 тысяч тонн. | 270 тысяч тонн | KZ UZ
            """)
    void shouldAddTheArticlesCountryToFreightSentToOneCountry(String title, String body, String figure,
                                                              String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
