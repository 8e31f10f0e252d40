package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which trade, cargo or project metric a figure takes from the way news writes it, in English, French and Russian. */
class TradeMetricsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String title, String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title, body.replace("\\n", "\n"),
                LocalDate.of(2024, 3, 5), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.offset() >= 0 && (f.text().equals(text) || f.text().equals(text + ".")))
                .findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports and imports between Kazakhstan and China reached $31 billion in 2023.                   | $31 billion             | trade.turnover
            Les exportations et importations entre les deux pays ont atteint 3 milliards de dollars.         | 3 milliards de dollars  | trade.turnover
            Экспорт и импорт между Россией и Казахстаном в 2023 году составили 28 млрд долларов.            | 28 млрд долларов        | trade.turnover
            Внешнеторговый оборот Узбекистана с Китаем составил 9 млрд долларов.                             | 9 млрд долларов         | trade.turnover
            Товарообмен между Россией и Узбекистаном в 2023 году составил 9 млрд долларов.                   | 9 млрд долларов         | trade.turnover
            Two-way trade between Kazakhstan and Turkey reached $6 billion in 2023.                         | $6 billion              | trade.turnover
            Le volume commercial entre les deux pays a atteint 3 milliards de dollars en 2023.              | 3 milliards de dollars  | trade.turnover
            """)
    void shouldReadTurnoverWhenBothDirectionsAreNamedTogether(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China imported 23 million tonnes of gas from Turkmenistan in 2022.                              | 23 million tonnes        | trade.imports
            La Chine aurait importé 19,4 millions de tonnes de gaz du Turkménistan en 2023.                   | 19,4 millions de tonnes  | trade.imports
            Импорт газа из Туркменистана составил 5 млрд кубометров.                                          | 5 млрд кубометров        | trade.imports
            """)
    void shouldReadImportsWhenCountedInTonnesOrCubicMetres(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            She noted that of these, $1.9 billion accounted for imports, and $61.2 million for exports.          | $61.2 million          | trade.exports
            Sur ce total, 1,9 milliard de dollars relèvent des importations, et 61 millions de dollars des exportations. | 61 millions de dollars | trade.exports
            Из них 1,9 млрд долларов пришлось на импорт, а 61 млн долларов на экспорт.                              | 61 млн долларов        | trade.exports
            Exports reached $5 billion in 2023, and $4 billion in 2022.                                             | $4 billion             | trade.exports
            """)
    void shouldLeaveCueToEarlierFigureWhenItCompletesThatFigure(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{2} after \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Chinese-Kyrgyz trade turnover hits $2B in 2018                | Yearly growth of 15%.                                                                  | 15%                    | trade.turnover
            Les exportations ouzbèkes vers la Russie atteignent 1,9 milliard de dollars | Cela place la Russie devant la Chine, avec respectivement 1,7 milliard de dollars. | 1,7 milliard de dollars | trade.exports
            Товарооборот России и Казахстана вырос до $28 млрд             | Это на 12% больше, чем годом ранее.                                                    | 12%                    | trade.turnover
            Trade turnover hits $2B in 2018                               | The leaders met on Monday. They spoke at length.\\n\\nThe crowd grew by 12%.           | 12%                    | other
            """)
    void shouldTakeHeadlineMetricWhenLeadSentenceNamesNone(String title, String body, String text, String metric) {
        assertThat(figure(title, body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade turnover hits $2B in 2018                                 | Industrial production grew by 6.7 percent.                                  | 6.7 percent   | other
            Товарооборот вырос до $28 млрд                                  | Уровень бедности сократился с 35% до 6,8%.                                   | 6,8%          | other
            Les investissements chinois atteignent 2 milliards de dollars  | L'aide au développement s'élève à 1,06 milliard d'euros.                      | 1,06 milliard d'euros | other
            Китайские инвестиции достигли $2 млрд                           | Налоговые поступления от них в 2018 году выросли на 20 процентов.             | 20 процентов  | other
            Kazakhstan and Turkey to raise trade                            | We have agreed to bring trade revenues up to $7 billion.                        | $7 billion    | trade.turnover
            """)
    void shouldLeaveFigureOtherWhenItsNearestCueNamesAQuantityOutsideTheVocabulary(String title, String body,
                                                                                   String text, String metric) {
        assertThat(figure(title, body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'année a été marquée par une croissance record de 25 % du commerce bilatéral.          | 25 %   | trade.turnover | CHANGE
            The year saw an increase of 30% of mutual trade between the two countries.            | 30%    | trade.turnover | CHANGE
            Russia accounts for 33% of the foreign trade of Central Asian states.                  | 33%    | other          | SHARE
            """)
    void shouldReadChangeWhenPercentageFollowsANounOfChange(String body, String text, String metric,
                                                           Measure measure) {
        ExtractedFigure figure = figure("", body, text);

        assertThat(figure.measure()).isEqualTo(measure);
        assertThat(figure.metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Annual throughput of the port reached 12 million tons in 2023.       | 12 million tons | cargo.volume
            Annual throughput of the port reached 120,000 TEU in 2023.           | 120,000 TEU     | cargo.containers
            Грузооборот порта Актау в 2023 году составил 6 млн тонн.             | 6 млн тонн      | cargo.volume
            The container hub has an annual throughput capacity of 540,000 TEU.  | 540,000 TEU     | cargo.capacity
            """)
    void shouldReadFreightHandledWhenAPortsThroughputIsGiven(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kyrgyz section of the track will run 260 kilometers.                           | 260 kilometers      | route.length | AMOUNT
            Le tronçon kirghize fera 260 kilomètres.                                           | 260 kilomètres      | route.length | AMOUNT
            Отрезок дороги по территории Кыргызстана составит 260 км.                          | 260 км              | route.length | AMOUNT
            The route from East Asia to Europe will be shortened by about 900 kilometers.      | 900 kilometers      | other        | CHANGE
            Маршрут из Китая в Европу сократится на 900 км.                                    | 900 км              | other        | CHANGE
            Le trajet de la Chine vers l'Europe sera raccourci de 900 km.                      | 900 km              | other        | CHANGE
            The capacity of the port increased by 10 million tons.                             | 10 million tons     | cargo.capacity | CHANGE
            """)
    void shouldMeasureLengthOfRouteButNotItsSaving(String body, String text, String metric, Measure measure) {
        ExtractedFigure figure = figure("", body, text);

        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The trade deficit with China widened to $5 billion in 2023.                 | $5 billion             | other
            Положительное сальдо внешнеторгового оборота составило 453 млн долларов.    | 453 млн долларов       | other
            """)
    void shouldLeaveBalanceOfTradeOther(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia remains a main partner, as steady growth in trade turnover confirms. Его общий объем за прошлый год превысил $41 млрд, и 30% всей торговли региона с внешним миром приходится на Россию. | $41 млрд | trade.turnover
            Trade turnover keeps growing. Its total volume reached $5 billion, and 30% of the region's foreign trade goes to Russia.                                                  | $5 billion | trade.turnover
            Les échanges commerciaux progressent. Son volume a atteint 3 milliards de dollars, et 30 % du commerce extérieur de la région passe par la Russie.                       | 3 milliards de dollars | trade.turnover
            """)
    void shouldContinueSentenceBeforeWhenAPossessivePointsBackAtItsQuantity(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The total amount of Turkish investments in public projects of Tajikistan amounted to $1.9 billion. | $1.9 billion           | investment.total
            Un fonds destiné aux projets conjoints a été mis en place, doté de 400 millions de dollars.      | 400 millions de dollars | other
            В 2026 году также запланирован ввод солнечного проекта за 18 млрд тенге.                         | 18 млрд тенге           | other
            The implementation of 47 joint projects with an investment volume of $19 billion is under way.   | $19 billion            | jointprojects.value
            В портфеле 60 крупных совместных проектов на 15 млрд долларов.                                   | 15 млрд долларов        | jointprojects.value
            В портфеле 60 крупных проектов.                                                                  | 60 крупных              | jointprojects.count
            """)
    void shouldTakeProjectsValueOnlyForAPortfolioOfProjects(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia supplied 5 billion cubic meters of gas to Uzbekistan in 2023.                         | 5 billion cubic meters      | trade.exports
            Россия поставила в Узбекистан 5 млрд кубометров газа в 2023 году.                            | 5 млрд кубометров           | trade.exports
            Le gazoduc doit fournir à la Chine jusqu'à 35 milliards de mètres cubes de gaz chaque année.       | 35 milliards de mètres cubes | trade.exports
            Вывоз товаров из Казахстана в Китай составил $3 млрд.                                        | $3 млрд                     | trade.exports
            """)
    void shouldReadExportsWhenGasIsSuppliedOrGoodsTakenOut(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The terminal, designed for 300,000 TEU a year, opened in Khorgos in 2023.   | 300,000 TEU   | cargo.capacity
            The terminal in Khorgos is able to process 500 thousand containers annually. | 500 thousand containers | cargo.capacity
            Новый терминал в Актау рассчитан на 10 млн тонн в год.                     | 10 млн тонн   | cargo.capacity
            Le terminal, conçu pour 10 millions de tonnes par an, a ouvert à Aktaou.   | 10 millions de tonnes | cargo.capacity
            """)
    void shouldReadCapacityWhenAWordOfDesignNamesIt(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's exports of goods to China reached 12.6 million tons in 2023.     | 12.6 million tons        | trade.exports
            Le Kazakhstan a exporté 12,6 millions de tonnes de marchandises vers la Chine. | 12,6 millions de tonnes  | trade.exports
            Из Казахстана в Китай экспортировано 12,6 млн тонн грузов.                     | 12,6 млн тонн            | trade.exports
            Some 4.5 million tons of goods were carried along the Middle Corridor in 2024. | 4.5 million tons         | cargo.volume
            """)
    void shouldReadTradeInTonnesWhenAWordOfTradeComesWithGoods(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The share of national currencies in bilateral payments climbed to 88% in 2023. | 88% | SHARE
            Доля национальных валют во взаиморасчетах выросла до 90% в 2023 году.        | 90% | SHARE
            Kazakhstan's economic growth accelerated to 6% in 2023.                      | 6%  | CHANGE
            """)
    void shouldReadLevelWhenAShareMovesToIt(String body, String text, Measure measure) {
        assertThat(figure("", body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В 2019 году объем товарооборота Кыргызстана со странами-членами ШОС превысил 3,4 млрд долларов США.      | 3,4 млрд долларов     | other
            Le volume des échanges de l'Iran avec les pays membres de l'OET s'est élevé à 21 milliards de dollars.     | 21 milliards de dollars | other
            Kazakhstan's trade with the CIS countries reached $30 billion in 2023.                                   | $30 billion           | other
            At the SCO summit, Xi said trade with Kazakhstan reached $41 billion in 2023.                            | $41 billion           | trade.turnover
            In 2024, Kyrgyzstan's trade with the SPECA countries reached $3 billion.                                 | $3 billion            | other
            В 2024 году товарооборот Кыргызстана со странами СПЕКА достиг 3 млрд долларов.                          | 3 млрд долларов       | other
            En 2024, le commerce du Kirghizistan avec les pays du SPECA a atteint 3 milliards de dollars.          | 3 milliards de dollars | other
            """)
    void shouldLeaveTradeWithAGroupOfUnlistedMembersOther(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight through Aktau keeps rising. The water depth has decreased by 6.4 per cent, according to satellite data. | 6.4 per cent | other
            Перевозки грузов через Актау растут. Глубина у причалов сократилась на 7%.                                  | 7%           | other
            """)
    void shouldLeaveDepthsAndWaterLevelsOther(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The railway will have 81 bridges with a length of 26.1 kilometers and 41 tunnels.                   | 26.1 kilometers | other
            На железной дороге построят мосты общей длиной 26 км.                                                | 26 км           | other
            The gas pipeline will carry gas to China. By 2020 the share is expected to reach 75% of China's gas demand. | 75%     | other
            The dollar share was 97 percent in payments between Kyrgyzstan and China in 2010.                   | 97 percent      | other
            """)
    void shouldLeaveBridgesDemandAndTheDollarOther(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қазір Қазақстанда 3 900-дей қазақ-қытай бірлескен кәсіпорны жұмыс істейді.     | 3 900-дей қазақ-қытай | jointventures.count
            """)
    void shouldCountKazakhJointVentures(String body, String text, String metric) {
        assertThat(figure("", body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tovar ayirboshlash hajmi 42 milliard dollardan oshdi, bu 2021-yilga nisbatan 15 foizga ko'pdir.  | 15 foizga | trade.turnover | CHANGE
            Екі ел арасындағы тауар айналымы 20 пайызға өсті.                                               | 20 пайызға | trade.turnover | CHANGE
            """)
    void shouldReadChangeWhenUzbekOrKazakhPercentTakesTheDative(String body, String text, String metric,
                                                               Measure measure) {
        ExtractedFigure figure = figure("", body, text);

        assertThat(figure.measure()).isEqualTo(measure);
        assertThat(figure.metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{2} under \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan ships more wheat abroad              | Exports to Uzbekistan reached 2.1 million tons in 2024.          | 2.1 million tons  | other
            Uzbekistan exports fewer tomatoes               | Exports to Russia came to 29,000 tons over nine months.          | 29,000 tons       | other
            Le Kirghizistan vend davantage d'or             | Les exportations vers la Suisse ont atteint 12 tonnes en 2023.    | 12 tonnes         | other
            Les céréales kazakhes trouvent preneur          | Les exportations vers l'Iran ont atteint 900 000 tonnes.          | 900 000 tonnes    | other
            Узбекистан нарастил экспорт помидоров           | Экспорт в Казахстан составил 18 тыс. тонн.                        | 18 тыс. тонн      | other
            Kazakhstan's trade with its neighbours          | Exports of goods to Uzbekistan reached 2.1 million tons in 2024. | 2.1 million tons  | trade.exports
            Kazakh grain exports grow                       | Kazakhstan exported 12 million tons of goods to China in 2024.   | 12 million tons   | trade.exports
            Экспорт зерна растёт                            | Экспорт товаров в Китай составил 12 млн тонн.                     | 12 млн тонн       | trade.exports
            Le pétrole et le gaz turkmènes                  | La Chine a importé 23 millions de tonnes de gaz du Turkménistan.  | 23 millions de tonnes | trade.imports
            """)
    void shouldReadTonnesExportedAsTheProductsWhenTheHeadlineNamesOne(String title, String body, String text,
                                                                      String metric) {
        assertThat(figure(title, body, text).metric()).isEqualTo(metric);
    }
}
