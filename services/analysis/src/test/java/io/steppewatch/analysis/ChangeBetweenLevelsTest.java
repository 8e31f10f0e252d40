package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change told after two levels dated years apart ("from $2.1 billion in 2015 to $3.4 billion in 2021, an increase of
 * 62 percent") is the change between them and covers the whole span, from January of the first year to December of
 * the last, as a multiple before the two levels does. A period the sentence names after the levels stays the change's
 * own, and two years in a row are a change over one year.
 */
class ChangeBetweenLevelsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            null | The region's exports grew from $2.1 billion in 2015 to $3.4 billion in 2021, an increase of 62 percent. | 62 percent | 2015-01/2021-12
            null | Shipments rose from 40,000 tons in 2014 to 95,000 tons in 2020, with average yearly growth of 15.5 percent. | 15.5 percent | 2014-01/2020-12
            null | Les échanges sont passés de 120 millions de dollars en 2016 à 540 millions de dollars en 2022, soit 4,5 fois plus. | 4,5 fois | 2016-01/2022-12
            null | Trade rose from $3 billion in 2018 to $4.5 billion in 2023 and grew another 12% in the first half of 2024. | 12% | 2024-01/2024-06
            null | Sales went from $1.2 billion in 2022 to $1.5 billion in 2023, up 25 percent. | 25 percent | 2023
            """)
    void shouldSpanTheYearsOfTheTwoLevels(String published, String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "null".equals(published) ? null : published, text).period())
                .isEqualTo(period);
    }
}
