package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metrics and measures of freight, capacity and figures that point back, as unseen articles write them. */
class FreightMetricsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body.replace("\\n", "\n"),
                LocalDate.of(2024, 3, 5), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().equals(text) || f.text().equals(text + ".")).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian Pipeline Consortium transshipped 14.8 million tons of oil in January-March 2024.                   | 14.8 million tons | cargo.volume
            The oil transshipment via KazTransOil's pipelines reached 10.3 million tons, up by 6.1 percent.          | 6.1 percent       | cargo.volume
            Le transbordement de pétrole au terminal a atteint 12 millions de tonnes.                                 | 12 millions de tonnes | cargo.volume
            В 2023 году прокачка нефти по нефтепроводу составила 20 млн тонн.                                        | 20 млн тонн       | cargo.volume
            Astana intends to cut its oil exports through the Caspian Pipeline Consortium system by 60 percent.     | 60 percent        | cargo.volume
            По системе нефтепроводов на внешние рынки было поставлено 751 204 318 тонн нефти.                         | 751 204 318 тонн  | cargo.volume
            Консорциум в прошлом году отгрузил со своего терминала рекордные 63,5 миллиона тонн нефти.               | 63,5 миллиона тонн | cargo.volume
            Наибольшие объемы нефти отгружены с месторождений Тенгиз и Кашаган – 27 463 081 тонн и 17 897 972 тонн.  | 27 463 081 тонн   | cargo.volume
            The consortium moved 63.5 million tonnes of oil from its terminal last year.                             | 63.5 million tonnes | cargo.volume
            Le consortium a fait passer 63,5 millions de tonnes de pétrole par son terminal.                         | 63,5 millions de tonnes | cargo.volume
            Over seven months, handling of oil rose by 58% year on year to 2.1 million tonnes.                       | 2.1 million tonnes | cargo.volume
            En sept mois, la manutention de pétrole a progressé de 58 % à 2,1 millions de tonnes.                    | 2,1 millions de tonnes | cargo.volume
            За семь месяцев перевалка нефти выросла на 58% до 2,1 млн тонн.                                           | 2,1 млн тонн      | cargo.volume
            """)
    void shouldReadFreightWhenOilPassesThroughAPipelineOrTerminal(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            More than 2.2 million tons of dry and liquid cargo were transshipped through the terminal in August.               | 2.2 million tons      | cargo.volume
            Plus de 2,6 millions de tonnes de vrac et de fret pétrolier ont transité par le port en juillet.     | 2,6 millions de tonnes | cargo.volume
            Более 2,6 млн тонн сухих и наливных грузов перевалено через порт в июле.                              | 2,6 млн тонн          | cargo.volume
            Imports totaled $600.7 million and freight amounted to 36.1 million tons in July.                    | $600.7 million        | trade.imports
            """)
    void shouldReadTheCueAfterAConjunctionWhenItJoinsWordsOfTheFiguresOwnPhrase(String body, String text,
                                                                                 String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The 1,735-kilometre TAPI pipeline would take Turkmen gas across Afghanistan and Pakistan to India.              | 1,735-kilometre | route.length
            The 523-km China–Kyrgyzstan–Uzbekistan railway will be built by 2030.                                      | 523-km          | route.length
            A 20-km Kazakh convoy passed the checkpoint yesterday.                                                     | 20-km           | other
            """)
    void shouldReadTheHeadNounWhenALengthAdjectiveQualifiesANamedRoute(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Estimates say the TAPI gas pipeline would supply up to 33 billion cubic metres of natural gas annually. | 33 billion cubic metres | cargo.capacity
            Une fois terminé, dans trois ans, ce gazoduc va acheminer 25 milliards de m3 de gaz par an.            | 25 milliards de m3      | cargo.capacity
            Газопровод будет прокачивать до 30 млрд кубометров газа в год.                                          | 30 млрд кубометров      | cargo.capacity
            Turkmenistan will supply 10 billion cubic meters of gas a year through the pipeline.                   | 10 billion cubic meters | trade.exports
            Through the pipeline Turkmenistan will supply 11 billion cubic meters of gas a year.                   | 11 billion cubic meters | trade.exports
            The pipeline currently transports 26 billion cubic meters of gas per year.                             | 26 billion cubic meters | cargo.volume
            """)
    void shouldReadCapacityWhenAPipelineIsToCarryAYearlyVolume(String body, String text, String metric) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo(metric);
        if (metric.equals("cargo.capacity")) {
            assertThat(figure.measure()).isEqualTo(Measure.TARGET);
        }
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tankers are loaded with 100,000 tons of oil at the terminal.                        | 100,000 tons       | other
            Kazakhstan produced 90 million tonnes of oil in 2023, most of it exported through the CPC pipeline. | 90 million tonnes | other
            """)
    void shouldNotReadFreightWhenOneTankerHoldsTheOilOrThePipelineIsInAnotherClause(String body, String text,
                                                                                     String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kuryk handled 0.9 million tons of cargo. This figure increased by 64 percent compared to the previous year.            | 64 percent | cargo.volume
            The port handled 5,200 TEUs on the corridor. This figure increased by 64 percent compared to the previous year.        | 64 percent | cargo.containers
            The port handled 6,400 TEUs along the route. According to the railway, this is 14 percent higher than in 2023. | 14 percent | cargo.containers
            Le port a traité 50 000 EVP en 2023. C'est 20 % de plus qu'en 2022.                                            | 20 %       | cargo.containers
            В 2024 году терминал обработал 26 тыс. ДФЭ. Это на 17% больше, чем в 2023 году.                                     | 17%        | cargo.containers
            """)
    void shouldMeasureTheFigureBeforeWhenTheClauseOpensByPointingBack(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 6,400 TEUs. This is why its exports rose by 20 percent.                           | 20 percent | trade.exports
            The port handled 6,400 TEUs. This year exports rose by 20 percent.                                 | 20 percent | trade.exports
            """)
    void shouldKeepTheClauseOwnMetricWhenItNamesOne(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 4.2 million tons of cargo in 2023. Of that amount, 2.6 million tons went to dry berths.            | 2.6 million tons | cargo.volume
            Le port a traité 4,2 millions de tonnes en 2023. De ce volume, 2,6 millions de tonnes sont allées aux quais secs.   | 2,6 millions de tonnes | cargo.volume
            В 2023 году порт перевалил 4,2 млн тонн грузов. Из данного объема 2,6 млн тонн пришлось на сухогрузные причалы.     | 2,6 млн тонн     | cargo.volume
            В 2023 году порт перевалил 4,2 млн тонн грузов. Такие данные приводит газета. Из данного объема 2,6 млн тонн пришлось на сухогрузные причалы, а 1,6 млн тонн составила перевалка нефти. | 2,6 млн тонн | cargo.volume
            The port handled 4.2 million tons of cargo in 2023. This was reported by the newspaper. Of that amount, 2.6 million tons went to dry berths, while oil transshipment made up 1.6 million tons. | 2.6 million tons | cargo.volume
            """)
    void shouldMeasureWhatTheTotalBeforeMeasuresWhenAPartIsTakenOutOfIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 the transit volume of freight trains jumped by 10.7% year-on-year to reach 66,100 TEUs.               | 10.7%  | cargo.containers
            En 2024, le trafic de conteneurs sur la route a augmenté d'environ 35 à 40 % par an, atteignant 3,2 millions de tonnes. | 35     | cargo.volume
            En 2024, le trafic de conteneurs sur la route a augmenté d'environ 35 à 40 % par an, atteignant 3,2 millions de tonnes. | 40 %   | cargo.volume
            В 2023 году объем грузоперевозок по маршруту вырос на 25%, достигнув 33 тыс. TEU.                             | 25%    | cargo.containers
            In 2023 container traffic on the route grew by 20 percent.                                                     | 20 percent | cargo.containers
            """)
    void shouldMeasureTheLevelReachedWhenAChangeOfFreightReachesOne(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Container transit from China along the Trans-Caspian route (TITR) and the Caspian ports went up 20-fold.        | 20-fold    | cargo.containers
            Middle Corridor Records 14-Fold Jump In Container Traffic                                                          | 14-Fold    | cargo.containers
            Container traffic on the Middle Corridor came to 33,600 TEU, which is a 33% increase on the year before.          | 33%        | cargo.containers
            Le transit de conteneurs de la Chine par la route transcaspienne internationale (TITR) a été multiplié par 20.     | 20         | cargo.containers
            Le trafic sur la route a atteint 33 600 EVP, soit une hausse de 33 %.                                            | 33 %       | cargo.containers
            Контейнерный транзит из Китая по Транскаспийскому международному транспортному маршруту вырос в 20 раз.          | 20 раз     | cargo.containers
            Перевозки по линии выросли за год на 15% (в прошлом году было 51 тысяча ДФЭ).                                     | 15%        | cargo.containers
            Freight along the Trans-Caspian route, containers included, grew by 15%, reaching 4.5 million tons.                 | 15%        | cargo.volume
            Le fret de la route transcaspienne, conteneurs compris, a augmenté de 15 % pour atteindre 4,5 millions de tonnes.   | 15 %       | cargo.volume
            Грузоперевозки по Транскаспийскому маршруту, включая контейнеры, выросли на 15%, до 4,5 млн тонн.                 | 15%        | cargo.volume
            """)
    void shouldMeasureContainersWhenAChangeOfFreightIsOfContainersAlone(String body, String text, String metric) {
        // A sentence that names containers or counts its freight in TEU, and states no tonnes, speaks of containers
        // however far its words of route or transit stand from the change.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Shipments of Kazakh wheat to Iran came to 900 tonnes in May.                                   | 900 tonnes         | other
            Flour exports to Afghanistan reached 500,000 tons, and 200,000 tons were shipped to Tajikistan. | 200,000 tons      | other
            В августе в Иран было отгружено 705 тонн казахстанской пшеницы.                              | 705 тонн           | other
            En août, 60 000 tonnes de blé ont été acheminées vers l'Iran.                                  | 60 000 tonnes      | other
            In August, 705 tonnes of wheat were carried by rail to Iran.                                   | 705 tonnes         | cargo.volume
            В августе по железной дороге в Иран отгружено 705 тонн пшеницы.                              | 705 тонн           | cargo.volume
            En août, 60 000 tonnes de blé ont été acheminées par chemin de fer vers l'Iran.               | 60 000 tonnes      | cargo.volume
            In August, the port of Aktau shipped 705 tonnes of wheat to Iran.                            | 705 tonnes         | cargo.volume
            """)
    void shouldLeaveAProductSentToABuyerAsOtherWhenNoRouteCarriesIt(String body, String text, String metric) {
        // A product sent to a buyer country is that product's trade by destination; a railway or port named in the
        // sentence makes it freight.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The national carrier will purchase three vessels with a capacity of 750 containers.                          | 750 containers | other
            Un train de marchandises composé de 24 conteneurs est parti pour la Turquie.                           | 24 conteneurs  | other
            Первый поезд из 50 контейнеров отправился из Ляньюньгана.                                             | 50 контейнеров | other
            The first container train from Xi'an to Tashkent carried 50 containers.                               | 50 containers  | other
            In 2024 container trains between China and Uzbekistan carried 50,000 containers.                      | 50,000 containers | cargo.containers
            Currently, tankers are loaded with approximately 10,000 tons.                                        | 10,000 tons    | other
            By 2032, every train will carry cargo along the corridor, up to 12 million tons of freight per year.           | 12 million tons | cargo.volume
            """)
    void shouldLeaveOneTrainOrShipLoadOutWhenNoRateFollows(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The turnover volume amounted to $472.9 million, with exports accounting for $401.6 million.        | $472.9 million    | trade.turnover
            The overall turnover between the two countries grew by 12 percent in 2023.                         | 12 percent        | trade.turnover
            Cargo turnover at the port reached 5 million tons in 2023.                                          | 5 million tons    | cargo.volume
            """)
    void shouldReadTurnoverAloneAsTradeWhenNoFreightWordQualifiesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The share of the national currency in payments between Russia and Kazakhstan reached 90%.          | 90%       | SHARE
            Доля рубля и тенге во взаиморасчетах России и Казахстана достигла 90%.                              | 90%       | SHARE
            Rossiya va O'zbekiston o'rtasidagi hisob-kitoblarda milliy valyutalar ulushi 90 foizga yetdi.       | 90 foizga | SHARE
            """)
    void shouldReadTheShareSettledInOwnCurrenciesWhenWrittenOtherwise(String body, String text, Measure measure) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo("settlements.national_currency_share");
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Around 15,000 workers will take part in the construction.                      | 15,000 workers | other
            The joint projects will create more than 20,000 jobs in Kazakhstan.        | 20,000 jobs    | jobs.count
            """)
    void shouldCountJobsNotWorkersWhenPeopleAreAtWork(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In September 2024, Kazakhstan's grain exports to Central Asia surged by 38% to 540,000 tons.      | 540,000 tons     | other
            Afghanistan imported 788,000 tons of flour from Kazakhstan in 2024.                              | 788,000 tons     | other
            En 2023, le Kazakhstan a exporté 2 millions de tonnes de blé vers l'Ouzbékistan.                 | 2 millions de tonnes | other
            In 2023, Kazakhstan exported 10.8 million tons of goods to Uzbekistan.                           | 10.8 million tons | trade.exports
            """)
    void shouldLeaveOneProductInTonnesOutOfTradeWhenItIsNamed(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Qirg'iziston va Tojikiston chegarasining uzunligi 970 kilometrni tashkil etadi.    | 970 kilometrni
            Қазақстан мен Қырғызстан арасындағы шекараның ұзындығы 1 200 км.                   | 1 200 км
            """)
    void shouldReadABorderLengthWhenUzbekOrKazakhNamesTheBorder(String body, String text) {
        assertThat(figure(body, text).metric()).isEqualTo("border.length");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We have agreed to take steps to further boost mutual trade with Tajikistan to at least $2 billion.         | $2 billion             | TARGET
            Azerbaijan and Uzbekistan are working towards expanding their trade volume to $2 billion.                     | $2 billion             | TARGET
            Le Kazakhstan et l'Azerbaïdjan veulent porter leurs échanges commerciaux à 1 milliard de dollars.           | 1 milliard de dollars  | TARGET
            Стороны договорились довести товарооборот до 5 млрд долларов.                                               | 5 млрд долларов        | TARGET
            Trade between Turkey and Uzbekistan was boosted to $5 billion in 2023.                                      | $5 billion             | AMOUNT
            """)
    void shouldReadAGoalWhenAVerbOfRaisingLeadsToTheLevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade between Kazakhstan and Turkmenistan grew: the growth rate amounted to nearly US $ 140 million.    | US $ 140 million   | CHANGE
            Le commerce entre la Russie et l'Ouzbékistan a progressé : la hausse s'est élevée à 2 milliards de dollars. | 2 milliards de dollars | CHANGE
            Товарооборот России и Казахстана вырос, прирост составил 170 млн долларов.                                | 170 млн долларов   | CHANGE
            Trade between Uzbekistan and Turkmenistan amounted to US $ 170 million.                                   | US $ 170 million   | AMOUNT
            """)
    void shouldReadAChangeWhenTheSumIsWhatAChangeAmountedTo(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Initially, Uzbekistan exported 62 million kWh of electricity to Afghanistan.
            Ещё одна станция мощностью в 40 МВт может быть запущена через год.
            Le Kazakhstan a exporté 2 millions de barils de pétrole.
            """)
    void shouldReportNoEnergyFigureWhenTheStandardHasNoUnitForIt(String body) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2024, 3, 5), null));
        assertThat(analysis.figures()).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kyrgyz part of the China-Kyrgyzstan-Uzbekistan railway will run for 280 km, with total investment estimated at $4.1 billion.   | $4.1 billion | other
            Le tronçon kirghiz exigera un investissement de 4,1 milliards de dollars.                                                             | 4,1 milliards de dollars | other
            Строительство участка потребует инвестиций в размере 4,7 млрд долларов.                                                               | 4,7 млрд долларов | other
            Russian companies have invested $13 billion in Kazakhstan.                                                                              | $13 billion  | investment.total
            """)
    void shouldReadAProjectCostWhenTheInvestmentIsWhatItRequires(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2022, Kazakh firms exported electronics to Russia for over $490 million, 16 times more than in 2021.     | 16 times | other
            In 2022, Kazakhstan exported goods to Russia for over $490 million, 16 times more than in 2021.             | 16 times | trade.exports
            """)
    void shouldMeasureTheSumBeforeWhenAChangeFollowsItRightAway(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қазақстан мен Қытай арасындағы экспорт пен импорт көлемі 2023 жылы 31 млрд долларға жетті.   | 31 млрд долларға
            The import-export volume between Kazakhstan and China reached $31 billion in 2023.             | $31 billion
            """)
    void shouldReadTurnoverWhenBothDirectionsAreWrittenTogether(String body, String text) {
        assertThat(figure(body, text).metric()).isEqualTo("trade.turnover");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            O'zbekiston va Qozog'iston savdosi 2023 yilda 5 milliard AQSh dollariga yetdi.            | 5 milliard AQSh dollariga | AMOUNT
            Biz yaqinda savdo hajmini 5 milliard AQSh dollariga yetkazish niyatidamiz.                 | 5 milliard AQSh dollariga | TARGET
            Қазақстан мен Қытай арасындағы сауда көлемі 10 млрд АҚШ долларына жетті.                   | 10 млрд АҚШ долларына     | AMOUNT
            """)
    void shouldReadDollarsWhenUzbekOrKazakhNamesTheCountryFirst(String body, String text, Measure measure) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.unit()).isEqualTo("USD");
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In addition, Kuryk port handled over 6,100 twenty-foot equivalent containers (TEUs) in 2024.    | 6,100 twenty-foot equivalent containers
            The dry port handled 40,000 containers (TEU) along the route in 2023.                            | 40,000 containers (TEU)
            В 2022 году по маршруту перевезено 733 тыс. тонн грузов и 10 тыс. контейнеров ДФЭ.              | 10 тыс. контейнеров ДФЭ
            Оператор перевез 48,7 тысячи контейнеров в двадцатифутовом эквиваленте (ДФЭ) за 2025 год.        | 48,7 тысячи контейнеров в двадцатифутовом эквиваленте (ДФЭ)
            За 2025 год по коридору перевезено порядка 64 тысяч контейнеров (ДФЭ).                          | 64 тысяч контейнеров (ДФЭ)
            Le port a traité 1,1 million d’unités équivalentes vingt pieds en 2024.                          | 1,1 million d’unités équivalentes vingt pieds
            """)
    void shouldCountTeuWhenTheUnitIsSpelledWithContainers(String body, String text) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.unit()).isEqualTo("TEU");
        assertThat(figure.metric()).isEqualTo("cargo.containers");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Over 35 years we have carried more than 400 million tons along this line.                        | 400 million tons    | cargo.volume
            En 35 ans, nous avons transporté plus de 400 millions de tonnes sur cette ligne.                 | 400 millions de tonnes | cargo.volume
            За 30 лет по этой линии мы перевезли свыше 350 миллионов тонн.                                  | 350 миллионов тонн  | cargo.volume
            По этой ветке ежегодно провозят 20 млн тонн.                                                     | 20 млн тонн         | cargo.volume
            2024 йил якунларига кўра, темир йўл ташиш ҳажми 29,8 миллион тоннани ташкил этди.              | 29,8 миллион тоннани | cargo.volume
            2025-yilda temir yo‘l tashish hajmi 32,3 million tonnani tashkil etdi.                           | 32,3 million tonnani | cargo.volume
            """)
    void shouldReadFreightWhenOnlyAVerbOfCarryingNamesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le transport de passagers a augmenté de 20 %.                                                    | 20 %                | other
            Йўловчи ташиш ҳажми 20 фоизга ошди.                                                              | 20 фоизга           | other
            Президент провозгласил 2025 год годом транспорта, а добыча угля составила 10 млн тонн.           | 10 млн тонн         | other
            """)
    void shouldReadNoFreightWhenPassengersAreCarriedOrAWordOnlyLooksLikeCarrying(String body, String text,
                                                                                String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The dry port handled more than 40,000 containers along the route in 2023.                        | 40,000 containers
            В 2023 году по маршруту перевезено 6,6 тыс. контейнеров.                                        | 6,6 тыс. контейнеров
            Le port sec a traité 200 000 conteneurs en 2023.                                                 | 200 000 conteneurs
            """)
    void shouldCountContainersWhenNoWordSaysTwentyFootEquivalent(String body, String text) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.unit()).isEqualTo("count");
        assertThat(figure.metric()).isEqualTo("cargo.containers");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Order No 614 dated 5 March 2024 was posted on the ministry's legal portal.
            Oil berths NoNo 9,10 of the port of Aktau are to undergo reconstruction.
            Приказ № 5 министерства транспорта Казахстана опубликован.
            """)
    void shouldReportNoFigureWhenANumberNamesAnOrderOrABerth(String body) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2024, 3, 5), null));
        assertThat(analysis.figures()).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            После модернизации терминал позволит обрабатывать до 500 тыс. ДФЭ в год.         | 500 тыс. ДФЭ
            The new terminal will be capable of processing 500,000 TEU a year.                | 500,000 TEU
            Le nouveau terminal pourra traiter 500 000 EVP par an.                             | 500 000 EVP
            """)
    void shouldReadACapacityWhenAWordOfAbilityNamesIt(String body, String text) {
        assertThat(figure(body, text).metric()).isEqualTo("cargo.capacity");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Мы ввели ограничение на экспорт в Россию товаров двойного назначения. Это 97 разных видов.                 | 97 разных 
            Kazakhstan has introduced export restrictions on 106 goods to Russia.                                      | 106 goods
            Kazakhstan has stopped supplying 106 products to Russia that could serve military purposes.               | 106 products
            Казахстан перестал поставлять России 106 наименований товаров военного назначения.                         | 106 наименований
            Le Kazakhstan a cessé de livrer à la Russie 106 produits à usage militaire.                                | 106 produits
            """)
    void shouldCountBannedGoodsWhenExportsAreRestricted(String body, String text) {
        assertThat(figure(body, text).metric()).isEqualTo("exportban.items");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan has banned the export of dual-use goods to Russia. We are talking about 106 goods that were previously re-exported from our country. | 106 goods
            """)
    void shouldTakeTheCountMetricFromTheSentenceBeforeWhenNoCueOfItsOwnFitsACount(String body, String text) {
        assertThat(figure(body, text).metric()).isEqualTo("exportban.items");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The share of national currencies in settlements between Russia and Kazakhstan is growing and is currently approaching 75%. | 75%
            Доля национальных валют в расчетах России и Казахстана растет и составляет 55%.                                          | 55%
            """)
    void shouldReadAShareWhenAVerbOfLevelLeadsToIt(String body, String text) {
        assertThat(figure(body, text).measure()).isEqualTo(Measure.SHARE);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmen gas exports to Russia decreased to the level of 11 billion cubic meters in 2010.   | 11 billion cubic meters | AMOUNT
            Turkmen gas exports to Russia decreased by 11 billion cubic meters in 2010.               | 11 billion cubic meters | CHANGE
            """)
    void shouldReadTheLevelWhenAChangeLedToIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            He noted that the reduction would amount to 60 percent of Kazakhstan's usual CPC transport volumes.       | 60 percent | CHANGE
            Kazakhstan's share of CPC transport volumes amounted to 70 percent.                                        | 70 percent | SHARE
            """)
    void shouldReadAChangeWhenAPercentageIsWhatAChangeAmountsTo(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В 2025 году экономическое и торговое сотрудничество Китая с Казахстаном достигло 46 миллиардов долларов. | 46 миллиардов долларов
            Economic and trade cooperation between China and Kazakhstan reached $46 billion in 2025.                                | $46 billion
            """)
    void shouldReadTurnoverWhenTradeCooperationReachesASum(String body, String text) {
        assertThat(figure(body, text).metric()).isEqualTo("trade.turnover");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            En 2024, le montant des exportations dans le commerce extérieur de l'Ouzbékistan a atteint 27 milliards de dollars. | 27 milliards de dollars | trade.exports
            In 2025, Uzbekistan's imports in foreign trade reached $37.5 billion.                                                | $37.5 billion           | trade.imports
            """)
    void shouldKeepTheDirectionWhenItIsQualifiedByForeignTrade(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's foreign trade turnover in 2024 surpassed $46.31 billion, marking a 12.4 percent rise, equivalent to $5.11 billion.  | $5.11 billion      | CHANGE
            Le commerce extérieur du Kazakhstan a atteint 54,2 milliards de dollars, soit une augmentation de 9,4 % (ou 4,7 milliards).    | 4,7 milliards      | CHANGE
            Uzbekistan's foreign trade turnover in 2023 rose by 25.2 percent to $50.97 billion.                                              | $50.97 billion     | AMOUNT
            Le volume des échanges s’est élevé à 48,3 milliards de dollars, augmentant de près de 18 % ou 7,4 milliards de dollars.          | 18 %               | CHANGE
            Le volume des échanges s’est élevé à 48,3 milliards de dollars, augmentant de près de 18 % ou 7,4 milliards de dollars.          | 7,4 milliards de dollars  | CHANGE
            """)
    void shouldReadAChangeWhenASumRestatesThePercentageBeforeIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ўзбекистон ва Қозоғистон савдоси 2024 йилда ўтган йилга нисбатан 42,6 миллион долларга кўпдир.   | 42,6 миллион долларга | CHANGE
            O'zbekiston va Qozog'iston savdosi 2023 yilda 150 million dollarga oshdi.                     | 150 million dollarga  | CHANGE
            O'zbekiston va Qozog'iston savdosi 2023 yilda 5 milliard dollarga yetdi.                      | 5 milliard dollarga   | AMOUNT
            Қазақстанның экспорт көлемі 2 миллион тоннаға артып, 15,3 миллион тоннаны құрады.              | 2 миллион тоннаға     | CHANGE
            Бу кўрсаткич ўтган йилга нисбатан 1,3 млрд долларига ёки 29,2 фоизга ошган.                     | 1,3 млрд долларига    | CHANGE
            Savdo hajmi 150 million dollarga yoki 12 foizga oshdi.                                         | 150 million dollarga  | CHANGE
            """)
    void shouldReadAChangeWhenADativeSumIsFollowedByMoreOrAMove(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 50 million tons of ore were carried by rail last year. Of these, 30 million tons were shipped within the country and 20 million tons were exported. | 20 million tons | cargo.volume
            Rail freight with China reached 25 million tons in 2024. Exports grew by 6% to reach 11 million tons. | 6%    | cargo.volume
            Rail freight with China reached 25 million tons in 2024. Exports grew by 6% to reach 11 million tons. | 11 million tons | cargo.volume
            В 2024 году по железной дороге перевезено 40 млн тонн угля. Из них 12 млн тонн экспортировано. | 12 млн тонн | cargo.volume
            En 2024, 40 millions de tonnes de charbon ont été transportées par le rail. Sur ce total, 12 millions de tonnes ont été exportées. | 12 millions de tonnes | cargo.volume
            Rail freight with China reached 25 million tons in 2024. Kazakhstan exported 11 million tons of goods to China. | 11 million tons | trade.exports
            Rail freight with China reached 25 million tons in 2024. Exports of goods amounted to 11 million tons worth $3 billion. | 11 million tons | trade.exports
            Перевозки грузов достигли 25 млн тонн. Казахстан экспортировал в Китай 11 млн тонн товаров. | 11 млн тонн | trade.exports
            """)
    void shouldReadFreightWhenExportedTonnesArePartOfTheFreightJustBefore(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Some 120 freight trains crossed the Altynkol station in May, which is 40 percent more than a year earlier.     | 40 percent | other
            За полгода через станцию прошло 850 контейнерных поездов, что на 30% больше, чем годом ранее.                 | 30%        | other
            Le terminal a accueilli 400 trains de marchandises en 2024, c'est 25 % de plus qu'en 2023.                       | 25 %       | other
            Биыл терминал арқылы 300 контейнерлік пойыз өтті, бұл былтырғыдан 2 есе көп.                                  | 2 есе      | other
            The port handled 6,400 TEUs along the route, which is 85 percent more than last year.                          | 85 percent | cargo.containers
            """)
    void shouldMeasureACountOfTrainsWhenAChangePointsBackAtIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    // A capacity word after the figure refines it only within the figure's clause, as a metric cue after the
    // figure does: past a comma and "with" or "and", it speaks of growth to come or of another noun.
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight on the corridor should reach 12 million tonnes by 2030, with potential for more later.  | 12 million tonnes | cargo.volume
            Freight on the line was 8 million tons in 2024, and its capacity is to double.                 | 8 million tons    | cargo.volume
            The terminal offers 3 million tonnes of annual capacity.                                        | 3 million tonnes  | cargo.capacity
            """)
    void shouldNotRefineToCapacityWhenTheCapacityWordIsInTheNextClause(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    // A line's yearly ability is its capacity (round-27 decision): a modal of ability joined to a verb of carriage.
    // A forecast of the freight itself, with no such verb, stays a volume.
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Once built, the new line will be able to transport up to 9 million tons of goods a year.         | 9 million tons        | cargo.capacity
            Up to 4 mln tonnes of freight a year may be carried on the route in its first stage.              | 4 mln tonnes          | cargo.capacity
            La nouvelle voie pourrait transporter jusqu'à 7 millions de tonnes de fret par an.                | 7 millions de tonnes  | cargo.capacity
            Новая линия сможет перевозить до 6 млн тонн грузов в год.                                         | 6 млн тонн            | cargo.capacity
            Freight volumes on the route could reach 9 million tons a year by 2030.                           | 9 million tons        | cargo.volume
            """)
    void shouldReadCapacityWhenALineCanCarryAYearlyTonnage(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    // The most containers a place or line is to serve is its capacity (LABEL-FIXES, "Capacity and volume"); the same
    // words after a verb of growth give the level a flow reaches, containers carried.
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            By 2027 a new container hub at the port will handle up to 250,000 TEU.                           | 250,000 TEU             | cargo.capacity
            The terminal should take its first ships in 2028, up to 400 thousand containers per year.        | 400 thousand containers | cargo.capacity
            Container traffic on the corridor is expected to increase up to 60,000 TEU next year.            | 60,000 TEU              | cargo.containers
            The port handled 120,000 TEU of containers last year.                                            | 120,000 TEU             | cargo.containers
            """)
    void shouldReadCapacityWhenContainersAreTheMostAPlaceIsToServe(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    // Tonnes a country sells abroad go the way a named line takes them (LABEL-FIXES, "Oil, coal or grain in tonnes
    // shipped abroad"): "via", "through", "par", "через" open that line's phrase however many words of the product and
    // its buyer stand between; gas keeps its trade between two countries in any unit (team a's written exception).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Astana intends to sell 1.5 million tonnes of its crude to Poland via the Druzhba pipeline next year.     | 1.5 million tonnes     | cargo.volume
            The company exported 3 million tonnes of light crude oil to Italian buyers through the Black Sea terminal. | 3 million tonnes     | cargo.volume
            Le pays exportera 1,5 million de tonnes de son brut vers la Pologne par l'oléoduc Droujba l'an prochain. | 1,5 million de tonnes  | cargo.volume
            Страна экспортирует 1,5 млн тонн своей сырой нефти в Польшу через нефтепровод «Дружба» в будущем году.   | 1,5 млн тонн           | cargo.volume
            China bought 20 million tonnes of Turkmen natural gas from its neighbour through the Central Asia pipeline. | 20 million tonnes    | other
            """)
    void shouldReadFreightWhenAWayPrepositionPutsTheTonnesOnANamedLine(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
