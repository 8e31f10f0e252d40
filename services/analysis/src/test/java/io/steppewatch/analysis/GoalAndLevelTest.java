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
            The terminal's annual capacity will be 16 million tons.                                       | 16 million tons      | TARGET
            Le nouveau gazoduc va acheminer 25 milliards de m3 de gaz par an.                                  | 25 milliards de m3   | TARGET
            Le port pourra traiter 5 millions de tonnes, et le terminal sera agrandi.                  | 5 millions de tonnes | TARGET
            По этому маршруту будут перевозить 4 млн тонн грузов.                                      | 4 млн тонн           | TARGET
            At first, 4 million metric tons of cargo per year will be transported along this corridor.    | 4 million metric tons | TARGET
            In 2023 the port handled 5 million tons, and next year it will be modernised.             | 5 million tons       | AMOUNT
            The corridor carried 3 million tons in 2023.                                               | 3 million tons       | AMOUNT
            """)
    void shouldReadGoalWhenClauseIsInTheFutureTense(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ўзбекистон ва Қозоғистон ўртасидаги товар айирбошлаш ҳажми 10 миллиард доллар даражасида кутилмоқда. | 10 миллиард доллар | TARGET
            Тауар айналымы 50 мың тонна дейін жетеді деп жоспарланып отыр.                                  | 50 мың тонна       | TARGET
            We are confident we will obtain our $3 billion target within two years.                                 | $3 billion         | TARGET
            Xitoy bilan Markaziy Osiyo mamlakatlari oʻrtasidagi tovar ayirboshlash hajmi 89 milliard dollardan oshdi. | 89 milliard dollardan | AMOUNT
            """)
    void shouldReadGoalWhenWordOfAimFollowsFigure(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said the highway is expected to cost about 3 billion dollars.                      | 3 billion dollars       | AMOUNT
            Le coût total du projet pourrait atteindre 8 milliards de dollars.                      | 8 milliards de dollars  | AMOUNT
            It is expected that the 640 km long line will link the two railway systems.              | 640 km                  | AMOUNT
            Le Kazakhstan prévoit de doubler le fret sur cette route de 5 000 kilomètres.           | 5 000 kilomètres        | AMOUNT
            """)
    void shouldKeepLevelWhenGoalSentenceStatesCostOrLength(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            By 2029 the capacity of the route will be increased from 7 million to 12 million tons per year. | 7 million  | AMOUNT
            By 2029 the capacity of the route will be increased from 7 million to 12 million tons per year. | 12 million | TARGET
            The new terminal will increase the harbour’s container capacity from 120,000 twenty-foot equivalent units (TEU) to 200,000 TEU. | 120,000 | AMOUNT
            The new terminal will increase the harbour’s container capacity from 120,000 twenty-foot equivalent units (TEU) to 200,000 TEU. | 200,000 | TARGET
            Дорожная карта позволит увеличить мощности коридора с 10 млн до 15 млн тонн до 2027 года.  | 10 млн     | AMOUNT
            Дорожная карта позволит увеличить мощности коридора с 10 млн до 15 млн тонн до 2027 года.  | 15 млн     | TARGET
            """)
    void shouldReadStartAsTodaysLevelWhenGoalIsARange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Journey time will be reduced by 5-6 days.                                    | 5      | CHANGE
            Journey time will be reduced by 5-6 days.                                    | 6 days | CHANGE
            The terminal's annual capacity will be 15-16 million tons.                     | 15     | TARGET
            Up to 3 to 5 million metric tons of freight per year will be carried.        | 3      | TARGET
            The share of national currencies keeps rising and is already close to 80-85%, the minister said. | 85% | SHARE
            Trade grew by 5-7% last year.                                                | 7%     | CHANGE
            """)
    void shouldGiveBothEndsOneMeasureWhenFiguresFormARange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Теңіз көлігі арқылы тасымалдау көлемі 3%-ға өсті.                                                    | 3%     | CHANGE
            Ikki mamlakat oʻrtasidagi savdo hajmi boʻyicha yillik oʻsish 18,4 foizni tashkil qildi.               | 18,4 foizni | CHANGE
            Kyrgyzstan increased its imports from China of metals by 38%, by 19.6% of footwear.                  | 19.6%  | CHANGE
            Экспорт из Эстонии вырос на 10000%, из Финляндии – на 3100%.                                         | 10000% | CHANGE
            The share of payments in Russian rubles within the Eurasian Economic Union (EAEU) has risen to 79.5%.   | 79.5% | SHARE
            The share of payments in U.S. dollars has decreased from 24% to 9%, according to the EEC.                | 24%    | SHARE
            La part des règlements en roubles a augmenté de 20 %.                                                | 20 %   | CHANGE
            Growth accelerated to 6% last year.                                                                  | 6%     | CHANGE
            """)
    void shouldTellChangeFromShareWhenWordsAroundPercentSayIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Wheat has doubled in price compared with a year earlier to reach USD 96.4 per ton.                | USD 96.4                | AMOUNT
            Le fret a progressé de 17 % pour atteindre environ 26 millions de tonnes.                            | 26 millions de tonnes   | AMOUNT
            Trade is expected to grow 5 percent to reach $10 billion.                                           | $10 billion             | TARGET
            The two countries aim to reach $10 billion in trade.                                                | $10 billion             | TARGET
            """)
    void shouldReadLevelWhenToReachSaysWhereAChangeTookIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    // The vehicles of a drill still to come are a goal since the drills decision of 2026-12-04 (an amount before).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В Узбекистане создадут 15 тысяч рабочих мест за счет совместных проектов с Турцией.   | 15 тысяч рабочих | TARGET
            Over 300 military vehicles will take part in the exercise.                         | 300 military     | TARGET
            At that time, the project was estimated at $5 billion.                             | $5 billion       | AMOUNT
            """)
    void shouldReadGoalOnlyForCountsTheVocabularyKnows(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    // A multiple aimed at or forecast is still a change: a target is a level (decision 15 of round 33).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan and Tajikistan intend to increase mutual trade by 1.5 times, reaching $1 billion.       | 1.5 times | times | CHANGE
            Last month we talked about ways to increase this figure by 3-4 times, the minister noted.                         | 4 times   | times | CHANGE
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
            Trade reached around $5.1 billion in 2023, a $1.4 billion increase over the same period in 2022.          | $1.4 billion  | CHANGE
            Trade reached around $5.1 billion in 2023, a $1.4 billion increase over the same period in 2022.          | $5.1 billion  | AMOUNT
            The new line will cut the time of freight delivery to Afghanistan by about five days.                    | five days     | CHANGE
            Reported imports increased by only $2 million.                                                        | $2 million    | CHANGE
            Это почти на 1,4 млн тонн больше, чем за 2022 год.                                                    | 1,4 млн тонн  | CHANGE
            Узбекистан поднялся на 8 позиций в глобальном рейтинге электронного правительства.                       | 8 позиций     | CHANGE
            The project was supported by $500 million in loans.                                                   | $500 million  | AMOUNT
            Kyrgyzstan and Turkmenistan showed a decrease in trade volumes of nearly $180 million and $40 million, respectively. | $180 million | CHANGE
            Kyrgyzstan and Turkmenistan showed a decrease in trade volumes of nearly $180 million and $40 million, respectively. | $40 million  | CHANGE
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
            The share of national currencies in bilateral payments has reached 86%.                        | 86% | SHARE
            Доля национальных валют во взаимных расчетах будет доведена до 95%.                        | 95% | TARGET
            """)
    void shouldReadGoalWhenShareIsToReachALevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to the railway, the time of goods delivery from India to Kazakhstan will be reduced from 30 to 6 days. | 6 days    | TARGET
            Thanks to the railway, the time of goods delivery from India to Kazakhstan will be reduced from 30 to 6 days. | 30        | AMOUNT
            Ce corridor pourrait réduire le temps de trajet entre la Chine et la Turquie de 30 à 14 jours.                    | 14 jours  | TARGET
            The delivery from Pakistan to Uzbekistan took 35 days last year.                                                | 35 days   | AMOUNT
            """)
    void shouldReadGoalWhenTransitTimeIsToBeCut(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
