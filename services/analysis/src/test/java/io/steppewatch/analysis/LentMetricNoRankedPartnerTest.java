package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no metric whose sentence names no country, which takes its parties from a metric of the sentence before
 * ("this indicator"), under a headline naming one country, in a paragraph naming no other: that country alone; the
 * partner of an `other` figure comes from the headline or the paragraph, never from the article's count of mentions
 * (decision 6 of round 29). The first paragraph (before the ¶) makes China the article's second country.
 */
class LentMetricNoRankedPartnerTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh wheat by rail | Kazakh wheat goes to China by rail. China buys more and Chinese mills are busy, China said. ¶ This year the export of wheat came to some 4 million tons. This indicator rose by more than 40% in a year. | 40% | KZ
            Кыргызстан продает золото | Кыргызстан продал золото в Швейцарию. Швейцария купила больше, и швейцарские банки довольны. ¶ В этом году объем вывоза золота вырос в 12 раз по сравнению с прошлым годом. | 12 раз | KG
            """)
    void shouldKeepTheHeadlinesOneCountryAlone(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
