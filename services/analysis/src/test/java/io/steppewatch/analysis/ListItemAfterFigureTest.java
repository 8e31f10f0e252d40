package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list written figure first, each item's party after its figure and, from the second item on, after a dash ("300,000
 * from Uzbekistan, 200,000 – from Tajikistan"): each figure takes its own item's party and the party of the whole, not
 * every country named before it. A dash item naming two ends is a flow between them, no item; a list of the parties'
 * own amounts (reserves, output, shares of a world total) takes each item alone; freight given the same way takes
 * the shipper with each destination (decision 6 of round 29).
 */
class ListItemAfterFigureTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Migrant workers | Russia now hosts 300,000 migrant workers from Uzbekistan, 200,000 – from Tajikistan and 90,000 – from Kyrgyzstan. | 200,000 | RU TJ
            Migrant workers | Russia now hosts 300,000 migrant workers from Uzbekistan, 200,000 – from Tajikistan and 90,000 – from Kyrgyzstan. | 90,000 | KG RU
            Трудовые мигранты | Сейчас в России работают 300 тысяч мигрантов из Узбекистана, 200 тысяч – из Таджикистана, 90 тысяч – из Киргизии. | 90 тысяч | KG RU
            Kazakhstan watches its neighbours | Goods worth $50 million went from Tajikistan to Uzbekistan, and goods worth $30 million – from Uzbekistan to Tajikistan. | $30 million | TJ UZ
            Uzbekistan uranium | The world's uranium output reached 50,000 tons. Of this, 40% came from Kazakhstan, 12% – from Canada and 9% – from Russia. | 12% | CA
            Turkmenistan gas | Turkmenistan holds proven gas reserves of 13.6 trillion cubic metres, behind Iran (32 trillion cubic metres) and Russia (37 trillion cubic metres). | 32 trillion cubic metres | IR
            Turkey's rail freight doubled | Turkey's rail freight rose by 30% last year. The growth was 25% for European transport and 10% for Iran. | 10% | IR TR
            """)
    void shouldGiveEachFigureItsOwnItem(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
