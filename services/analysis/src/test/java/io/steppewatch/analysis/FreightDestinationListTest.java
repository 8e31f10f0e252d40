package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight listed by destination ("to Tajikistan by 20%, to Kyrgyzstan by 90%"): each item is carried between its own
 * destination and the country the article is about, not the destinations named in the items before it.
 */
class FreightDestinationListTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's railways carried more grain | Grain shipments rose last year: to Tajikistan - by 25%, to Kyrgyzstan - by 80%, to Georgia - by 35%. | 80% | KG KZ
            Kazakhstan's railways carried more grain | Grain shipments rose last year: to Tajikistan - by 25%, to Kyrgyzstan - by 80%, to Georgia - by 35%. | 35% | GE KZ
            Казахстан увеличил перевозки зерна по железной дороге | За год на 25% больше отправили зерна в Таджикистан и на 60% в Узбекистан. | 60% | KZ UZ
            """)
    void shouldGiveEachListedDestinationTheArticlesCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
