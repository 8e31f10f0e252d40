package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goods sold to the world ("to other countries", "to 31 countries", "31 ta xorijiy mamlakatga", "в 12 стран") are the
 * exporter's alone (decision 6 of round 29: a country's total exports to the world take that party alone), not also
 * a buyer that the paragraph or a later list of destinations names; a buyer the sentence itself names stays.
 */
class WorldExportsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caucasus Herald: News | 12 Jun. 10:15 (UTC+3 MSK)\\n\\nSince January, Uzbekistan has exported 41% more apricots than a year before. This earned about $52 million for Uzbekistan.\\n\\nFrom January to May, 41.7 thousand tons of apricots were sold to other countries. Shipments went to 19 countries.\\n\\nRussia remains the largest buyer. About 20 thousand tons went there, while Kazakhstan and Kyrgyzstan next door buy a good deal as well. | 41.7 thousand tons | UZ
            Caucasus Herald: News | 12 Jun. 10:15 (UTC+3 MSK)\\n\\nSince January, Uzbekistan has exported 41% more apricots than a year before. This earned about $52 million for Uzbekistan.\\n\\nFrom January to May, 41.7 thousand tons of apricots were sold to other countries. Shipments went to 19 countries.\\n\\nRussia remains the largest buyer. About 20 thousand tons went there, while Kazakhstan and Kyrgyzstan next door buy a good deal as well. | 19 countries | UZ
            O‘zbekiston uzum eksporti | Samarqand, O‘zbekiston — 2024 yil yanvar–sentyabr oylarida O‘zbekiston uzum mahsulotlarini 31 ta xorijiy mamlakatga $12,4 millionlik qiymatda eksport qildi.\\n\\nEng katta hajm Ozarbayjonga 812,5 tonna yetkazib berildi. | $12,4 millionlik | UZ
            """)
    void shouldGiveGoodsSoldToTheWorldToTheirExporterAlone(String title, String body, String figure,
                                                          String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactly(subjects.split(" "));
    }

    @Test
    void shouldKeepABuyerTheSentenceNames() {
        String body = "Uzbekistan has sold 35% more apricots abroad this season.\n\n"
                + "From January to May, 9.2 thousand tons of apricots went to Kazakhstan and 18 other countries.";
        assertThat(subjectsOf("Uzbek apricots find new markets", body, "9.2 thousand tons")).contains("KZ");
    }
}
