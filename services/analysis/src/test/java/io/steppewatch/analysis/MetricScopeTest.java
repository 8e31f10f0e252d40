package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How far the words that name a figure's metric reach: past an aside in brackets, into a restatement. */
class MetricScopeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Five people died along the 1,350-kilometre (839-mile) border that the two countries share in the mountains. | 1,350-kilometre | border.length
            Five people died along the 1,350-kilometre (839-mile) border that the two countries share in the mountains. | 839-mile        | border.length
            Les pertes s'élèvent à cinq le long des 970 km (603 miles) de frontière entre les deux pays.               | 970 km          | border.length
            Потери составили пять человек на 970 км (603 мили) границы между двумя странами.                           | 603 мили        | border.length
            """)
    void shouldReachTheMetricPastAnAsideWhenTheFigureIsRestatedInBrackets(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's exports to China reached 4.2 bln rubles ($61.5 mln) in November.                    | $61.5 mln   | trade.exports | AMOUNT
            Товарооборот вырос на 3 млрд долларов (2,8 млрд евро) за год.                                     | 2,8 млрд евро | trade.turnover | CHANGE
            Trade turnover reached $2 billion (+12%) in 2023.                                                | 12%         | trade.turnover | CHANGE
            """)
    void shouldMeasureWhatTheFigureBeforeMeasuresWhenABracketRestatesIt(String body, String text, String metric,
                                                                       Measure measure) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Les échanges commerciaux avec la Chine, le partenaire le plus important du pays, ont atteint 41 milliards de dollars. | 41 milliards | trade.turnover
            Экспорт товаров Казахстана в Грузию составил 200 тыс. тонн.                                          | 200 тыс. тонн | trade.exports
            Объем перевозок грузов по коридору составил 3 млн тонн.                                              | 3 млн тонн    | cargo.volume
            O'zbekistonning importi 2023 yilda 38 milliard dollarni tashkil etdi.                                | 38 milliard   | trade.imports
            """)
    void shouldNotTakeAWordForACueWhenItOnlyBeginsLikeOne(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            En 2023, le Kazakhstan prévoit de transporter 3,2 millions de tonnes via le port géorgien de Supsa. | 3,2 millions | cargo.volume
            Le consortium dit avoir expédié 55,4 millions de tonnes au total en 2022.                           | 55,4 millions | cargo.volume
            The railway carried 12 million tonnes in 2023.                                                      | 12 million   | cargo.volume
            В 2023 году по маршруту было отгружено 4 млн тонн.                                                  | 4 млн тонн   | cargo.volume
            """)
    void shouldReadFreightWhenAVerbOfCarryingOrShippingNamesTheTonnes(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We will reach 10 container trains per day at the dry port in the near future.                      | 10 container | other
            Thanks to the second track, the line's capacity rose fivefold, from 12 to 60 trains per day.         | 12           | other
            За январь-октябрь через Хоргос прошло 2870 грузовых поездов по маршруту Китай - Европа.          | 2870         | other
            The dry port handled 200,000 TEU and 3,000 containers in 2023.                                     | 3,000        | cargo.containers
            """)
    void shouldLeaveTrainsAndShipsCountedAsOtherWhateverCueIsNear(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Stretching 1,511 kilometers from Kazakhstan's Tengiz oil field to the Russian port of Novorossiysk, the pipeline remains vital. | 1,511 kilometers | route.length
            The village lies 3 kilometers from the disputed area of the border.                               | 3 kilometers     | other
            """)
    void shouldReadARouteWhenItRunsFromAPlaceOfSeveralWordsToAnother(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Внешнеторговый оборот Узбекистана в 2024 году составил $50 млрд. Экспорт составил $20 млрд.      | $50 млрд | trade.turnover
            Грузооборот порта вырос до 33,6 тыс. TEU за год.                                                  | 33,6 тыс | cargo.containers
            """)
    void shouldNotReachIntoTheNextSentenceWhenAFigureEndsOnAnAbbreviatedScale(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports amounted to $20 billion and imports to $30 billion. China accounted for $10 billion, Russia for $9 billion. | $9 billion  | trade.turnover
            Экспорт составил 20 млрд долларов, импорт - 30 млрд долларов. На Китай пришлось $10 млрд, на Россию - $9 млрд. | $10 млрд    | trade.turnover
            Les exportations de l'Ouzbékistan se sont élevées à 20 milliards de dollars et les importations à 30 milliards de dollars. La Chine représente 10 milliards de dollars. | 10 milliards | trade.turnover
            Imports reached $30 billion. China accounted for $10 billion.                                          | $10 billion | trade.imports
            Exports reached $20 billion and imports $30 billion. The data come from customs. China accounted for $10 billion. | $10 billion | trade.turnover
            """)
    void shouldCarryTheTurnoverWhenTheSentenceBeforeNamesBothDirections(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2024, the port of Aktau reached 5 million tons.                                                | 5 million   | cargo.volume
            Порт Актау в 2024 году обработал 5 млн тонн.                                                      | 5 млн тонн  | cargo.volume
            In 2024, 4.5 million tons were sent along the TITR.                                               | 4.5 million | cargo.volume
            Kazakhstan exported 2 million tons of grain to Uzbekistan in 2024.                                | 2 million   | other
            """)
    void shouldReadFreightWhenAPortOrANamedCorridorReachedTheTonnes(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
