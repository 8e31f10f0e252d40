package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh and Uzbek name GDP and economic growth with words of their own (ЖІӨ, жалпы ішкі өнім, YaIM, yalpi ichki
 * mahsulot, iqtisodiy o'sish): a change of it is {@code gdp.growth}, as "GDP" and "ВВП" are.
 */
class GrowthWordsKazakhUzbekTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Былтыр Қазақстанның жалпы ішкі өнімі 4,8% өсті.                              | 4,8%      | gdp.growth
            Биыл ЖІӨ өсімі 5,1% болады деп күтілуде.                                     | 5,1%      | gdp.growth
            O'tgan yili O'zbekiston yalpi ichki mahsuloti 6,5% ga o'sdi.                 | 6,5%      | gdp.growth
            Ўтган йили Ўзбекистон ялпи ички маҳсулоти 5,7% га ўсди.                      | 5,7%      | gdp.growth
            """)
    void shouldReadGrowthOfTheEconomyInKazakhAndUzbek(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
