package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a figure is a level, a goal or a change, from the tense and the words of its own clause, as real
 * articles write them (the rules of the labelled corpus: a future level is a goal, a project's cost and a
 * route's length are levels, the start of a range a goal moves from is today's level).
 */
class GoalAndLevelTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The annual capacity of the port will be 18 million tons.                                    | 18 million tons      | TARGET
            Ce gazoduc va acheminer 30 milliards de m3 de gaz par an.                                  | 30 milliards de m3   | TARGET
            Le port pourra traiter 5 millions de tonnes, et le terminal sera agrandi.                  | 5 millions de tonnes | TARGET
            По этому маршруту будут перевозить 4 млн тонн грузов.                                      | 4 млн тонн           | TARGET
            Originally 5 million metric tons of cargo per year will be transported via this route.    | 5 million metric tons | TARGET
            In 2023 the port handled 5 million tons, and next year it will be modernised.             | 5 million tons       | AMOUNT
            The corridor carried 3 million tons in 2023.                                               | 3 million tons       | AMOUNT
            """)
    void shouldReadGoalWhenClauseIsInTheFutureTense(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ўзбекистон ва Россия ўртасидаги товар айирбошлаш ҳажми 12 миллиард доллар даражасида кутилмоқда. | 12 миллиард доллар | TARGET
            Тауар айналымы 50 мың тонна дейін жетеді деп жоспарланып отыр.                                  | 50 мың тонна       | TARGET
            We believe that we will obtain our $5 billion target in a year.                                 | $5 billion         | TARGET
            Rossiya va Markaziy Osiyo davlatlari oʻrtasidagi tovar ayirboshlash hajmi 42 milliard dollardan oshdi. | 42 milliard dollardan | AMOUNT
            """)
    void shouldReadGoalWhenWordOfAimFollowsFigure(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            He said that the road is expected to cost about 4 billion dollars.                      | 4 billion dollars       | AMOUNT
            Le coût total du projet pourrait atteindre 8 milliards de dollars.                      | 8 milliards de dollars  | AMOUNT
            It is expected that the 760 km long highway will connect the two railway networks.      | 760 km                  | AMOUNT
            Le Kazakhstan prévoit de doubler le fret sur cette route de 5 000 kilomètres.           | 5 000 kilomètres        | AMOUNT
            """)
    void shouldKeepLevelWhenGoalSentenceStatesCostOrLength(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            By 2027 the capacity of the corridor will be increased from 6 million to 10 million tons per year. | 6 million  | AMOUNT
            By 2027 the capacity of the corridor will be increased from 6 million to 10 million tons per year. | 10 million | TARGET
            The hub will increase the port’s container capacity from 140,000 twenty-foot equivalent units (TEU) to 240,000 TEU. | 140,000 | AMOUNT
            The hub will increase the port’s container capacity from 140,000 twenty-foot equivalent units (TEU) to 240,000 TEU. | 240,000 | TARGET
            Дорожная карта позволит увеличить мощности коридора с 10 млн до 15 млн тонн до 2027 года.  | 10 млн     | AMOUNT
            Дорожная карта позволит увеличить мощности коридора с 10 млн до 15 млн тонн до 2027 года.  | 15 млн     | TARGET
            """)
    void shouldReadStartAsTodaysLevelWhenGoalIsARange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The travel time will be reduced by 7-8 days.                                 | 7      | CHANGE
            The travel time will be reduced by 7-8 days.                                 | 8 days | CHANGE
            The annual capacity of the port will be 17-18 million tons.                  | 17     | TARGET
            Up to 3 to 5 million metric tons of freight per year will be carried.        | 3      | TARGET
            The share of national currencies continues to grow and is already close to 70-75%, he said. | 75% | SHARE
            Trade grew by 5-7% last year.                                                | 7%     | CHANGE
            """)
    void shouldGiveBothEndsOneMeasureWhenFiguresFormARange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Теңіз көлігі арқылы тасымалдау көлемі 3%-ға өсті.                                                    | 3%     | CHANGE
            Ikki davlat oʻrtasidagi tovar ayirboshlash hajmi yillik oʻsish 22,7 foizni tashkil qildi.             | 22,7 foizni | CHANGE
            Kazakhstan increased its imports from China of plastics by 45%, by 23.4% of textiles.               | 23.4%  | CHANGE
            Экспорт из Эстонии вырос на 10000%, из Финляндии – на 3100%.                                         | 10000% | CHANGE
            The share of settlements in Russian rubles in the Eurasian Economic Union (EAEU) has increased to 81.3%. | 81.3% | SHARE
            The share of settlements in U.S. dollars has decreased from 26% to 11%, the EEC said.                | 26%    | SHARE
            La part des règlements en roubles a augmenté de 20 %.                                                | 20 %   | CHANGE
            Growth accelerated to 6% last year.                                                                  | 6%     | CHANGE
            """)
    void shouldTellChangeFromShareWhenWordsAroundPercentSayIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Coal price has doubled against the same period of last year to reach USD 103.7 per ton.            | USD 103.7               | AMOUNT
            Le trafic a augmenté de 22 % pour atteindre près de 30 millions de tonnes.                          | 30 millions de tonnes   | AMOUNT
            Trade is expected to grow 5 percent to reach $10 billion.                                           | $10 billion             | TARGET
            The two countries aim to reach $10 billion in trade.                                                | $10 billion             | TARGET
            """)
    void shouldReadLevelWhenToReachSaysWhereAChangeTookIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    // The vehicles of a drill still to come are a goal since the drills decision of 2026-12-04 (an amount before).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В Казахстане создадут 20 тысяч рабочих мест благодаря совместным проектам с КНР.   | 20 тысяч рабочих | TARGET
            More than 500 military vehicles will be involved in the drills.                    | 500 military     | TARGET
            At that time, the project was estimated at $5 billion.                             | $5 billion       | AMOUNT
            """)
    void shouldReadGoalOnlyForCountsTheVocabularyKnows(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    // A multiple aimed at or forecast is still a change: a target is a level (decision 15 of round 33).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Uzbekistan intend to increase mutual trade by 2.5 times, reaching $10 billion.      | 2.5 times | times | CHANGE
            Recently, we discussed ways to increase this figure by 2-3 times, he noted.                         | 3 times   | times | CHANGE
            The sides expect freight on the line to grow 3-fold by 2030.                                        | 3-fold    | times | CHANGE
            Mutual trade grew by 3 times over five years.                                                       | 3 times   | times | CHANGE
            Объем торговли вырос в 2-3 раза.                                                                    | 3 раза    | times | CHANGE
            He visited the country 3 times.                                                                     | 3 times   | count | AMOUNT
            """)
    void shouldReadMultipleWhenSomethingMovesByIt(String body, String text, String unit, Measure measure) {
        ExtractedFigure figure = figure(body, text);

        assertThat(figure.unit()).isEqualTo(unit);
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade reached around $6.8 billion in 2023, a $2.2 billion rise over the same period in 2022.          | $2.2 billion  | CHANGE
            Trade reached around $6.8 billion in 2023, a $2.2 billion rise over the same period in 2022.          | $6.8 billion  | AMOUNT
            The railway will reduce the time of cargo delivery to Pakistan by about five days.                    | five days     | CHANGE
            Reported imports increased by only $2 million.                                                        | $2 million    | CHANGE
            Это почти на 1,4 млн тонн больше, чем за 2022 год.                                                    | 1,4 млн тонн  | CHANGE
            Казахстан поднялся на 10 позиций в мировом рейтинге электронного правительства.                       | 10 позиций    | CHANGE
            The project was supported by $500 million in loans.                                                   | $500 million  | AMOUNT
            Uzbekistan and Tajikistan showed a decrease in trade volumes of almost $260 million and $65 million, respectively. | $260 million | CHANGE
            Uzbekistan and Tajikistan showed a decrease in trade volumes of almost $260 million and $65 million, respectively. | $65 million  | CHANGE
            Une hausse des échanges de 2 milliards de dollars a été enregistrée.                                  | 2 milliards   | CHANGE
            The growth of trade reached $5 billion.                                                               | $5 billion    | AMOUNT
            Uzbekistan's trade amounted to $20.9 billion, six percent greater than the previous year.            | six percent   | CHANGE
            """)
    void shouldReadChangeWhenSumIsWhatSomethingMovedBy(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan plans to raise the share of national currencies in mutual settlements to 90%.   | 90% | TARGET
            The share of national currencies in mutual settlements rose to 90%.                        | 90% | SHARE
            Доля национальных валют во взаимных расчетах будет доведена до 95%.                        | 95% | TARGET
            """)
    void shouldReadGoalWhenShareIsToReachALevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The time of goods delivery from Pakistan to Uzbekistan will be reduced from 35 to 5 days owing to the railroad. | 5 days    | TARGET
            The time of goods delivery from Pakistan to Uzbekistan will be reduced from 35 to 5 days owing to the railroad. | 35        | AMOUNT
            Cette voie pourrait réduire le temps de trajet entre l’Asie centrale et l’Europe de 40 à 20 jours.               | 20 jours  | TARGET
            The delivery from Pakistan to Uzbekistan took 35 days last year.                                                | 35 days   | AMOUNT
            """)
    void shouldReadGoalWhenTransitTimeIsToBeCut(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
