package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the analysis reports of a figure's form, as the labelling standard writes it: unsigned values, the units of its
 * list only.
 */
class ReportedFormsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le commerce a reculé avec la Lettonie (-46,9 pour cent) et la Géorgie (-22,5 pour cent).            | -46,9 pour cent | 46.9
            Exports of EU goods to Russia fell by 34 billion euros between 2021 and 2022 (-38%).                | -38%            | 38.0
            Товарооборот с Китаем изменился на −12% за год.                                                     | −12%            | 12.0
            """)
    void shouldReportAnUnsignedChangeWhenAMinusPrecedesAPercentage(String body, String text, double value) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.measure()).isEqualTo(Measure.CHANGE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tax revenues from these enterprises amounted to 3.8 billion soms in 2018.                          | 3.8 billion
            В 2019 году эти компании заплатили налогов на 4,1 миллиарда сомов.                                  | 4,1 миллиарда
            Le budget du Tadjikistan prévoit 2 milliards de somoni pour les routes.                            | 2 milliards
            A Gulf fund offered a loan of 250 million riyals for the dam in Tajikistan.                        | 250
            Фонд готов выделить Таджикистану 420 млн саудовских риялов на плотину.                             | 420
            Iran and Turkmenistan settled 900 billion rials of gas debt last spring.                          | 900
            Pakistan spent 12 billion rupees on the road to the Afghan border.                                | 12
            Turkish exporters earned 30 billion lira in Kazakhstan over the season.                            | 30
            Kabul collected 5 billion afghanis in customs duties at the Uzbek crossing.                        | 5
            """)
    void shouldNotReportASumWhenItsCurrencyIsOutsideTheStandardsList(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().startsWith(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan is building a 500 kV power line with a capacity to carry electricity to Afghanistan. | 500
            The capacity of a 220 kV substation near the Uzbek border was expanded last year.                 | 220
            Мощность подстанции 110 кВ на границе с Казахстаном увеличили вдвое.                              | 110
            The capacity of the 600 kW plant serving the crossing with China was doubled.                    | 600
            """)
    void shouldNotCountTheVoltageOrThePowerOfALine(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().startsWith(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tax revenues amounted to 3.8 billion soms ($54.4 million) in 2018.       | $54.4 million | USD
            """)
    void shouldKeepTheDollarsWhenASumInSomsIsRestated(String body, String text, String unit) {
        assertThat(figure(body, text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Container trains heading to Europe now cover up to 1,100 kilometers per day.          | 1,100 kilometers | false
            Скорость контейнерных поездов достигает 1 200 км в сутки.                             | 1 200 км         | false
            Les trains parcourent 1 000 km par jour sur cet itinéraire.                           | 1 000 km         | false
            The railway line from Kashgar to Andijan is 523 km long.                              | 523 km           | true
            """)
    void shouldNotReportADistanceWhenItIsCoveredPerDay(String body, String text, boolean reported) {
        assertThat(figures(body).stream().anyMatch(f -> f.text().startsWith(text))).isEqualTo(reported);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rail freight is projected to reach 12 trillion ton-kilometers by 2050.                 | 12 trillion     | false
            Freight turnover on the network grew to 310 billion tonne-km in 2024.                  | 310 billion     | false
            Грузооборот дороги составил 1,740 миллиарда тонно-километров и увеличился на 15,3%.     | 1,740 миллиарда | false
            Грузооборот дороги составил 1,740 миллиарда тонно-километров и увеличился на 15,3%.     | 15,3%           | true
            Le trafic a atteint 2 milliards de tonnes-kilomètres, soit 3 millions de tonnes.       | 2 milliards     | false
            Le trafic a atteint 2 milliards de tonnes-kilomètres, soit 3 millions de tonnes.       | 3 millions      | true
            Rail freight reached 12 million tons in 2024.                                          | 12 million tons | true
            """)
    void shouldNotReportFreightTurnoverWhenItIsInTonneKilometres(String body, String text, boolean reported) {
        assertThat(figures(body).stream().anyMatch(f -> f.text().startsWith(text))).isEqualTo(reported);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's exports to China rose 12% in 9M 2024 to $20 billion.       | 9M          | false
            Cargo via the port reached 5M tonnes in 6M 2025, up 8%.                 | 6M          | false
            Cargo via the port reached 5M tonnes in 6M 2025, up 8%.                 | 5M tonnes   | true
            Exports reached $15M in 2024.                                           | $15M        | true
            """)
    void shouldReadAMonthCountBeforeAYearAsAPeriodNotMillions(String body, String text, boolean reported) {
        assertThat(figures(body).stream().anyMatch(f -> f.text().startsWith(text))).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Police said that between 15 and 20 smugglers crossed the river at night.      | 15 | 15.0
            На посту задержали 5-6 нарушителей границы.                                    | 5  | 5.0
            Entre 30 et 40 camions franchissent le pont chaque jour.                      | 30 | 30.0
            Some 3-4 million people crossed the border last year.                         | 3  | 3000000.0
            """)
    void shouldReportTheLowerBoundWhenACountRangeNamesWhatItCountsOnce(String body, String text, double value) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit()).isEqualTo("count");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The lorry queue stood at 40 to 25 trucks overnight.                          | 40
            """)
    void shouldNotReportABareNumberWhenNoCountRangeGoesUpwardsFromIt(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().equals(text));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The number of ferries calling at the port each month has doubled to 48.            | 48
            Число погибших при обрушении моста выросло до 12.                                   | 12
            Le nombre d'entreprises mixtes dans la région a atteint 310 cette année.           | 310
            """)
    void shouldReportABareNumberWhenTheWordsBeforeItNameWhatItCounts(String body, String text) {
        assertThat(figure(body, text).unit()).isEqualTo("count");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The delegation arrived at 14 and left the next day.                                | 14
            Les ministres se sont réunis le 3 à Astana.                                         | 3
            """)
    void shouldNotReportABareNumberWhenNothingNamesWhatItCounts(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().equals(text));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 410 ships this year compared to 352 last year.                    | 352     | count
            Exports of wool reached 3,400 tonnes in 2023 against 2,900 in 2022.                 | 2,900   | t
            Доля экспорта выросла до 41,5 % против 38,2 в прошлом году.                         | 38,2    | percent
            Les livraisons ont atteint 820 000 tonnes, contre 610 000 précédemment.             | 610 000 | t
            """)
    void shouldGiveTheUnitOfTheFigureBeforeWhenANumberIsSetAgainstIt(String body, String text, String unit) {
        assertThat(figure(body, text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le taux de change restait faible, contre 3,5 en 2022.                              | 3,5
            Exports reached $5 billion against 3.2 a year earlier.                             | 3.2
            """)
    void shouldNotReportANumberSetAgainstNoFigureOfAKnownUnit(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().equals(text));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Imports now make up 61.4 % of foreign trade, against 58.3 a year before.          | 58.3 | 61.4
            Les importations représentent 61,4 % du commerce extérieur, contre 58,3 en 2022.   | 58,3 | 61,4
            """)
    void shouldMeasureWhatTheFigureBeforeMeasuresWhenANumberIsSetAgainstIt(String body, String text, String before) {
        ExtractedFigure figure = figure(body, text);
        ExtractedFigure against = figure(body, before);
        assertThat(figure.metric()).isEqualTo(against.metric());
        assertThat(figure.measure()).isEqualTo(against.measure());
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The line runs 610 kilometers, with 240 kilometers in the north and the remaining 370 in the south.  | 370 | km
            Около 300 грузовиков ждали на первом посту и 120 на втором.                                          | 120 | count
            Le pipeline compte 410 kilomètres au Kazakhstan, 95 en Ouzbékistan.                                   | 95  | km
            At least 40 people were killed and more than 900 were injured in the riots.                         | 900 | count
            Au moins 12 soldats ont été tués et plus de 30 ont été blessés.                                      | 30  | count
            """)
    void shouldGiveTheUnitOfTheItemBeforeWhenAListNamesItOnce(String body, String text, String unit) {
        assertThat(figure(body, text).unit()).isEqualTo(unit);
    }

    // gold-j: "tunnels, bridges and culverts counted as `18 of the 29` give two counts with one quote, as a range does"
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Work has begun on 18 of the 29 tunnels along the railway.           | 18 | 18.0
            Work has begun on 18 of the 29 tunnels along the railway.           | 29 | 29.0
            Builders have finished 12 out of 40 bridges.                        | 12 | 12.0
            Начаты работы на 18 из 29 тоннелей железной дороги.                 | 18 | 18.0
            Начаты работы на 18 из 29 тоннелей железной дороги.                 | 29 | 29.0
            Les travaux ont commencé sur 18 des 29 tunnels de la ligne.         | 18 | 18.0
            Les travaux ont commencé sur 18 des 29 tunnels de la ligne.         | 29 | 29.0
            """)
    void shouldCountAPartAndItsWholeAsTwoCounts(String body, String text, double value) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.unit()).isEqualTo("count");
        assertThat(figure.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            На линии будет построено 29 тоннелей и 50 мостов.                   | 29
            Грузооборот составил 1,86 миллиарда тонно-километров.                | 1,86 миллиарда
            """)
    void shouldNotReadTunnelsOrTonneKilometresAsTonnes(String body, String text) {
        assertThat(figures(body)).filteredOn(f -> f.text().startsWith(text)).noneMatch(f -> "t".equals(f.unit()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Порт перевалил 5 млн тонн грузов.                                    | 5 млн тонн
            Экспорт составил 1 тонну 746,1 килограмма золота.                    | 1 тонну
            Погружено 300 тыс. тонне-эквивалентов.                              | 300 тыс. тонне
            Қазақстан 6,4 млн тоннаға жетті.                                     | 6,4 млн тоннаға
            """)
    void shouldStillReadTheFormsOfTheTonne(String body, String text) {
        assertThat(figures(body)).anyMatch(f -> f.text().startsWith(text) && "t".equals(f.unit()));
    }

    // gold-j: a sequence number that counts ("двухсотый контейнерный поезд за 2024 год") and vague quantities ("tens of
    // large-scale projects", "dozens were killed", "thousands of kilometres") are no figures
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The two hundredth container train of 2024 left Aktau.
            Из Актау отправлен двухсотый контейнерный поезд за 2024 год.
            Le deux-centième train de conteneurs de 2024 a quitté Aktaou.
            Dozens were killed and tens of large-scale projects were halted along thousands of kilometres of roads.
            Десятки человек погибли, остановлены десятки крупных проектов на тысячах километров дорог.
            Des dizaines de personnes ont été tuées et des dizaines de grands projets arrêtés sur des milliers de kilomètres de routes.
            """)
    void shouldReportNoFigureForASequenceNumberOrAVagueQuantity(String body) {
        assertThat(figures(body)).isEmpty();
    }
}
