package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Traffic between China and Europe keeps its two ends, whatever country it crosses ("through Kazakhstan") and
 * whatever corridor the article is about.
 */
class ChinaEuropeEndsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's rail transit grows | About 70% of the goods sent from China to Europe by land travel through Kazakhstan. | 70% | CN EU
            Middle Corridor volumes rise | On the China – Europe route through Kazakhstan and Russia, trains carried 50,000 TEU in May. | 50,000 TEU | CN EU
            Le Kazakhstan, pays de transit | En mai, 120 trains ont circulé sur la ligne Chine-Europe via le Kazakhstan. | 120 trains | CN EU
            """)
    void shouldKeepTheEndsOfTrafficBetweenChinaAndEurope(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
