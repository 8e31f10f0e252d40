package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percentage that a word of change moves ("rises 32%", "an uptick of 37 percent", "ont bondi de 56,9 %", Kazakh
 * "4,4% артық", Uzbek "31,2% ko‘p") is a change of the metric its sentence names, not a share of something that
 * measures nothing of the vocabulary.
 */
class ChangeWordsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rail freight between Kazakhstan and Uzbekistan rises 32% in 2025.                                  | 32%        | CHANGE | cargo.volume
            Trade turnover between Kyrgyzstan and China saw an uptick of 29 percent in the first nine months of 2025. | 29 percent | CHANGE | trade.turnover
            Товарооборот Казахстана и Китая прибавил 12% за 2024 год.                                          | 12%        | CHANGE | trade.turnover
            Товарооборот Казахстана и Китая в 2024 году возрос на 12%.                                         | 12%        | CHANGE | trade.turnover
            Les échanges commerciaux entre le Kazakhstan et la Chine sont en hausse de 12 % en 2024.           | 12 %       | CHANGE | trade.turnover
            Les échanges commerciaux entre le Kazakhstan et la Chine affichent 12 % de plus qu'en 2023.        | 12 %       | CHANGE | trade.turnover
            Темір жол желісінде жүк тасымалдау көлемі 98 млн тоннаны құрады, бұл өткен жылдан 3,6% артық.           | 3,6%       | CHANGE | cargo.volume
            Порт арқылы жүк тасымалдау көлемі 4,2 млн тоннаны құрады, бұл өткен жылғы деңгейден 38% жоғары.                | 38%        | CHANGE | cargo.volume
            Бес айда 41,6 миллион тонна жүк тасымалданды, бұл өткен жылмен салыстырғанда 2,4% көп.             | 2,4%       | CHANGE | cargo.volume
            Imports from Kyrgyzstan hit $88.4 million, lowering 3.9 percent from a year before.              | 3.9 percent | CHANGE | trade.imports
            At the end of 2022 trade turnover between the two countries was improved by another 19%.          | 19%        | CHANGE | trade.turnover
            Exports from Kazakhstan to Uzbekistan were 4 percent fewer than a year before.                    | 4 percent  | CHANGE | trade.exports
            Экспорт Казахстана в Узбекистан подскочил на 12% за 2024 год.                                      | 12%        | CHANGE | trade.exports
            Экспорт Казахстана в Узбекистан уменьшился на 5% за 2024 год.                                      | 5%         | CHANGE | trade.exports
            En 2023, les exportations kazakhes vers l'Ouzbékistan ont bondi de 56,9 %.                         | 56,9 %     | CHANGE | trade.exports
            Les exportations kazakhes vers l'Ouzbékistan ont progressé, bondissant de 12 % en 2024.            | 12 %       | CHANGE | trade.exports
            Tovar ayirboshlash hajmi 2 milliard dollarni tashkil etdi, bu o‘tgan yilgiga nisbatan 31,2% ko‘p.  | 31,2%      | CHANGE | trade.turnover
            """)
    void shouldReadChangeOfTheNamedMetricWhenAWordOfChangeMovesThePercentage(String body, String text,
                                                                              Measure measure, String metric) {
        ExtractedFigure found = figure(body, text);
        assertThat(found.measure()).as("measure").isEqualTo(measure);
        assertThat(found.metric()).as("metric").isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 38.4 million tons of ore were shipped, which is 720,000 tons more than in the same period of 2024.  | 720,000 tons   | CHANGE
            Exports amounted to $678.6 million, which is 44.2 percent, or $536.68 million, less than a year earlier.   | $536.68 million | CHANGE
            Turnover was $2.716 billion, which is 3.1 percent, or $87.5 million, fewer than in the same period of 2024. | $87.5 million | CHANGE
            Exports reached $5 billion, more than in 2022.                                                             | $5 billion     | AMOUNT
            Exports reached $5 billion, more than double the level of 2022.                                            | $5 billion     | AMOUNT
            В 2025 году товарооборот составил $2,3 млрд, что по сравнению с 2024 годом больше на $150 млн.             | $150 млн       | CHANGE
            Товарооборот составил 1,9 млрд долларов, что на 200 млн долларов больше, чем в 2023 году.                  | 200 млн долларов | CHANGE
            Товарооборот составил $1,9 млрд, больше, чем в 2023 году.                                                  | $1,9 млрд      | AMOUNT
            Les exportations ont atteint 2,5 milliards de dollars, soit 1,2 milliard de dollars de plus qu'en 2022.    | 1,2 milliard de dollars | CHANGE
            Les exportations ont atteint 2,5 milliards de dollars, plus qu'en 2022.                                    | 2,5 milliards de dollars | AMOUNT
            """)
    void shouldReadAChangeWhenASumIsWhatOneLevelPassesAnotherBy(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China accounts for 18.6% of Uzbekistan's foreign trade, which rises every year.                    | 18.6%      | SHARE
            На Китай приходится 18,6% внешней торговли Узбекистана.                                            | 18,6%      | SHARE
            La Chine représente 18,6 % du commerce extérieur de l'Ouzbékistan.                                 | 18,6 %     | SHARE
            """)
    void shouldKeepShareWhenThePercentageIsAPartOfSomething(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade between the two countries increased 190 times from $9.5 million in 1993 to $1.8 billion in 2022. | 190 times | 1993-01/2022-12
            Товарооборот двух стран вырос в 226 раз с 47,5 млн долларов в 1992 году до 1,7 млрд долларов в 2021 году. | 226 раз  | 1992-01/2021-12
            Les échanges ont été multipliés par 226, de 47,5 millions de dollars en 1992 à 1,7 milliard en 2021.      | 226       | 1992-01/2021-12
            """)
    void shouldDateAMultipleBetweenLevelsYearsApartByTheWholeSpan(String body, String text, String period) {
        assertThat(figure(body, "2022-02-28", text).period()).isEqualTo(period);
    }
}
