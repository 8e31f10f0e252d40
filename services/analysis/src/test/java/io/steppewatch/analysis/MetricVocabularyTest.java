package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that name a metric in every language the analysis reads, Kazakh and Uzbek included. */
class MetricVocabularyTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қазақстан мен Қытай арасындағы теміржолдың ұзындығы 270 шақырымды құрайды.                          | 270 шақырым       | route.length
            O‘zbekiston va Qirg‘iziston temir yo‘lining uzunligi 300 kilometrni tashkil etadi.                   | 300 kilometr      | route.length
            Ўзбекистон ва Қозоғистон ўртасидаги темир йўл узунлиги 150 километрни ташкил этади.                  | 150 километр      | route.length
            Ўзбекистон ва Япония ўртасидаги қўшма лойиҳаларнинг умумий портфели 4 миллиард доллардан зиёдни ташкил этади. | 4 миллиард       | jointprojects.value
            O‘zbekiston va Xitoy o‘rtasida $10 milliardlik loyihalar portfeli shakllantirildi.                   | $10 milliard      | jointprojects.value
            Ўзбекистонда Хитой билан 5 мингдан ортиқ қўшма корхона фаолият юритмоқда.                            | 5 мингдан         | jointventures.count
            The current portfolio of investment projects between Russia and Kazakhstan exceeds $50 billion.      | $50 billion       | jointprojects.value
            Le portefeuille de projets d'investissement entre la Chine et le Kazakhstan dépasse 20 milliards de dollars. | 20 milliards | jointprojects.value
            Портфель инвестиционных проектов России и Казахстана превышает $50 млрд.                             | $50 млрд          | jointprojects.value
            """)
    void shouldNameTheMetricWhenTheWordIsKazakhUzbekOrAPortfolio(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan exported silver to Switzerland for $120 million in 2023.                                  | $120 million      | other
            Основной объем экспорта драгметалла из Киргизии пришелся на Швейцарию — на $1 млрд.                  | $1 млрд           | other
            Le Kazakhstan a exporté du sucre vers l'Ouzbékistan pour 40 millions de dollars.                      | 40 millions       | other
            Qozog‘iston O‘zbekistonga bug‘doy eksporti 300 million dollarni tashkil etdi.                         | 300 million       | other
            Kazakhstan's exports to Uzbekistan reached $3 billion in 2023.                                        | $3 billion        | trade.exports
            """)
    void shouldLeaveTheTradeInOneProductAsOtherWhenTheProductIsNamed(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan's foreign trade turnover with China recorded a negative balance of $10.03 billion.        | $10.03 billion    | other
            Between Turkmenistan and Uzbekistan the difference in goods exports and imports is $251.3 million.     | $251.3 million   | other
            Торговый баланс России и Казахстана составил 5 млрд долларов.                                        | 5 млрд            | other
            L'excédent du Kazakhstan avec la Chine a atteint 2 milliards de dollars.                              | 2 milliards       | other
            Товарооборот России и Казахстана составил 25 млрд долларов.                                          | 25 млрд           | trade.turnover
            """)
    void shouldLeaveABalanceAsOtherWhateverTradeWordStandsBeforeIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Par ce passage entre l'Ouzbékistan et l'Afghanistan, 150 camions de 25 tonnes transitent chaque jour.  | 25 tonnes       | other
            Через пункт пропуска на границе Казахстана и Китая проходят 500 грузовиков в сутки.                    | 500             | other
            Via Termez, Uzbekistan sent 5 million tons of cargo to Afghanistan by trucks in 2023.                   | 5 million       | cargo.volume
            """)
    void shouldLeaveOneTrucksLoadAndTrucksCountedAsOtherButNotTheFreightTheyCarry(String body, String text,
                                                                                 String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The trucks of the first convoy from Afghanistan to Turkey carry 135 tonnes of cargo.                  | 135 tonnes      | other
            Грузовики первого конвоя из Афганистана в Турцию везут 135 тонн груза.                              | 135 тонн        | other
            Les camions du premier convoi de l'Afghanistan vers la Turquie transportent 135 tonnes de fret.      | 135 tonnes      | other
            In 2017, 3 million tons of cargo were carried by truck convoys from Afghanistan to Turkey.           | 3 million tons  | cargo.volume
            """)
    void shouldLeaveOneConvoysLoadAsOtherButNotTheFreightOfConvoysOverAYear(String body, String text,
                                                                           String metric) {
        // gold-p: a pilot convoy's trucks and tonnes are `other`, as a single train's load (gold-d, gold-i)
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kazakhstan-Turkmenistan-Iran railway is some 550 km shorter than the line via Sarakhs.           | 550 km          | other
            Маршрут Казахстан - Туркменистан - Иран примерно на 600 км короче пути через Серахс.                  | 600 км          | other
            L'itinéraire Kazakhstan-Turkménistan-Iran est plus court d'environ 600 km que la route par Serakhs.   | 600 km          | other
            Новая дорога длиной 300 км короче старой на 100 км.                                                   | 300 км          | route.length
            """)
    void shouldLeaveTheDistanceARouteSavesAsOtherButNotItsLength(String body, String text, String metric) {
        // team a: savings in route length are `other` (gold-p: "around 600 km shorter")
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'aéroport d'Almaty au Kazakhstan a traité 80 000 tonnes en 2023.                                    | 80 000 tonnes   | cargo.volume
            Аэропорт Алматы в Казахстане в 2023 году принял 80 тысяч тонн.                                       | 80 тысяч тонн   | cargo.volume
            Tashkent airport in Uzbekistan handled 40,000 tons in 2023, and passenger numbers rose by 20%.      | 20%             | other
            Пассажиропоток аэропорта Алматы в Казахстане вырос на 15%.                                          | 15%             | other
            """)
    void shouldReadAnAirportsCargoAsFreightAndItsPassengersAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The turnover between Kazakhstan and Uzbekistan reached $4 billion in 2023.                           | $4 billion        | trade.turnover
            Le chiffre d'affaires entre le Kazakhstan et l'Ouzbékistan a atteint 4 milliards de dollars.         | 4 milliards       | trade.turnover
            Оборот ЕАЭС с Ираном за 2021 год превысил $6 млрд.                                                    | $6 млрд           | trade.turnover
            Рост оборота Казахстана и Китая составил 12%.                                                        | 12%               | trade.turnover
            Ikki davlat o‘rtasida tovar almashish hajmi 2019-yilda 3 milliard dollarni tashkil etdi.              | 3 milliard        | trade.turnover
            Икки мамлакат ўртасида товар алмашиш ҳажми 2 миллиард долларни ташкил этди.                          | 2 миллиард        | trade.turnover
            Қазақстан мен Қытай арасындағы тауар алмасу көлемі 20 миллиард долларға жетті.                        | 20 миллиард       | trade.turnover
            """)
    void shouldReadTurnoverAloneAndTheUzbekOrKazakhGoodsExchangeAsTradeTurnover(String body, String text,
                                                                               String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
