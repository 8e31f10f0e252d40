package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's age written with a Kazakh or Uzbek word of age after the number is no figure (the labels give ages none),
 * and neither is a count of months in their case forms ("2024 жылдың 10 айының", the first ten months of a year):
 * months are no unit the standard measures. What a number counts stays a count.
 */
class KazakhUzbekAgesAndMonthsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kk | Ол 62 жасында зейнетке шықты.                                        | ``
            kk | 35 жастағы жүргізуші шекарада ұсталды.                              | ``
            uz | 41 yoshli haydovchi chegarada ushlandi.                              | ``
            uz | Ҳайдовчи 29 ёшида эди.                                               | ``
            kk | 2024 жылдың 10 айының қорытындысы бойынша 120 компания тіркелді.    | 120 компания=120 count
            kk | Жоба 8 айдан кейін аяқталады.                                        | ``
            uz | 2023 yilning 9 oyida 40 ta korxona ochildi.                          | 40 ta korxona=40 count
            kk | Шекарадан 62 жүргізуші өтті.                                         | 62 жүргізуші=62 count
            """)
    void shouldReadNoAgeAndNoMonthsAsACount(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
