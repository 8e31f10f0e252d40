package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures that look like a series of the vocabulary but measure something else: the trade in one product,
 * companies named by a sanction, kilometres of a border agreed; and joint companies, which are joint ventures.
 */
class NotTheSeriesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan exported honey for $776,000 in 2018.                                              | $776,000              | other
            Kazakh firms exported mobile phones and other electronics to Russia for over $540 million. | $540 million          | other
            L’Ouzbékistan a exporté du coton vers la Chine pour 200 millions de dollars.                 | 200 millions de dollars | other
            Экспорт нефти из Казахстана в Китай составил 5 млрд долларов.                                | 5 млрд долларов       | other
            Kyrgyzstan's exports to China reached $500 million in 2023.                                  | $500 million          | trade.exports
            Les exportations d'or se sont élevées à 7,9 milliards de dollars sur cette période.         | 7,9 milliards de dollars | other
            Узбекистан экспортировал 1,2 млн тонн плодоовощной продукции на сумму более $1 млрд.          | $1 млрд               | other
            Kazakhstan plans to raise oil exports to Germany to 2.5 million tonnes, or 50,000 barrels a day, in 2026, against 2.1 million tonnes in 2025. | 2.1 million tonnes | other
            Kazakhstan exports oil, but its exports to China reached $13 billion, a record.               | $13 billion           | trade.exports
            Экспорт товаров из Казахстана в Китай в 2023 году составил 12,6 млн тонн.                     | 12,6 млн тонн         | trade.exports
            Kazakhstan's exports to China rose to $13 billion, most of it oil and metals.                 | $13 billion           | trade.exports
            Pour les 11 premiers mois, les importations chinoises de gaz turkmène ont atteint 9,3 milliards de dollars. | 9,3 milliards de dollars | other
            Uzbekistan's exports of chemical products to the EU reached $138.3 million in 2022.          | $138.3 million        | other
            Kazakhstan's exports of electric railway locomotives to Azerbaijan reached $40 million.      | $40 million           | other
            Экспорт локомотивов из Казахстана в Азербайджан составил 40 млн долларов.                    | 40 млн долларов       | other
            Les exportations de locomotives électriques du Kazakhstan ont atteint 40 millions de dollars. | 40 millions de dollars | other
            O‘zbekistonning Qozog‘istonga eksporti: mashina va uskunalar – 208 mln dollar.                | 208 mln dollar        | other
            Xorijga qimmatbaho metal yetkazib berish hajmi $2,85 mlrd.ni tashkil etdi.                   | $2,85 mlrd            | other
            """)
    void shouldLeaveTradeOfOneProductAsOtherWhenClauseNamesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Non-oil trade between Iran and Uzbekistan came to $450 million last year.                       | $450 million          | other
            Cotton trade between Uzbekistan and China reached $300 million in 2024.                        | $300 million          | other
            Trade between Iran and Uzbekistan came to $450 million last year.                              | $450 million          | trade.turnover
            Kazakhstan sells oil, and trade between Turkey and Uzbekistan reached $3 billion in 2024.      | $3 billion            | trade.turnover
            Reforms bore fruit as trade between Turkey and Uzbekistan topped $3.6 billion in 2021.         | $3.6 billion          | trade.turnover
            Uzbekistan's agricultural exports to Russia reached $900 million in 2024.                      | $900 million          | other
            Экспорт сельскохозяйственной продукции из Казахстана в Китай составил 1 млрд долларов.         | 1 млрд долларов       | other
            Les exportations agricoles du Kazakhstan vers la Chine ont atteint 1 milliard de dollars.        | 1 milliard de dollars | other
            Agricultural trade between Kazakhstan and China reached $2 billion in 2024.                    | $2 billion            | trade.agrifood_turnover
            Ненефтяной товарооборот Ирана и Узбекистана составил 450 млн долларов.                          | 450 млн долларов      | other
            Le commerce non pétrolier entre l'Iran et l'Ouzbékistan a atteint 450 millions de dollars.       | 450 millions de dollars | other
            Товарооборот Ирана и Узбекистана составил 450 млн долларов.                                     | 450 млн долларов      | trade.turnover
            Le commerce entre l'Iran et l'Ouzbékistan a atteint 450 millions de dollars.                     | 450 millions de dollars | trade.turnover
            """)
    void shouldLeaveTradeOfOneProductAsOtherWhenBetweenTwoPartiesOrNonOil(String body, String text, String metric) {
        // The "and" of "between Iran and Uzbekistan" joins two names, not two clauses; non-oil trade names oil, a
        // product, and "bore fruit" names no product.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan hopes to widen its exports to Tajikistan by 50 items worth $120 million.                      | $120 million           | other
            Kazakhstan could export 45 more commodity items to Tajikistan, worth $90 million in all.                | $90 million            | other
            Казахстан готов нарастить экспорт в Таджикистан по 60 товарным позициям на сумму 140 млн долларов.       | 140 млн долларов       | other
            Le Kazakhstan peut exporter vers le Tadjikistan 60 positions tarifaires pour 140 millions de dollars.     | 140 millions de dollars | other
            Kazakhstan's exports to Tajikistan could reach $1 billion.                                              | $1 billion             | trade.exports
            Экспорт Казахстана в Таджикистан может достичь 1 млрд долларов.                                         | 1 млрд долларов        | trade.exports
            Les exportations du Kazakhstan vers le Tadjikistan pourraient atteindre 1 milliard de dollars.           | 1 milliard de dollars  | trade.exports
            """)
    void shouldLeaveExportsOfCountedGoodsLinesAsOtherWhenClauseCountsThem(String body, String text, String metric) {
        // Goods counted in lines ("60 commodity items") make the sum that set of products' trade, a product category.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023, exports from the EU, the UK and the US to Uzbekistan rose by 60 percent.                        | 60 percent             | trade.exports
            Joint exports from the EU and the US to Kyrgyzstan reached $2 billion last year.                         | $2 billion             | trade.exports
            Экспорт из ЕС и США в Казахстан вырос более чем на 80% в 2022 году.                                       | 80%                    | trade.exports
            Les exportations des États-Unis et de l'UE vers le Kazakhstan ont progressé de 75 % en 2022.           | 75 %                   | trade.exports
            Exports from Kazakhstan to China grew by 20 percent in 2022.                                             | 20 percent             | trade.exports
            Экспорт из Казахстана в Китай вырос на 20% в 2022 году.                                                   | 20%                    | trade.exports
            Les exportations du Kazakhstan vers la Chine ont augmenté de 20 % en 2022.                                | 20 %                   | trade.exports
            Kazakhstan's imports from the EU and the US rose by 30 percent in 2022.                                 | 30 percent             | trade.imports
            """)
    void shouldKeepTheTradeMetricWhenSeveralExportersSellTogether(String body, String text, String metric) {
        // A trade sum several sellers share keeps the trade metric its words give (decision 49 of round 37, which
        // displaced gold-f's `other`); one country's imports from two partners stay its imports.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Wheat remains the country's leading crop this season, and its exports reached 13.4 million tons, reflecting a 47 percent rise. | 47 percent | other
            Пшеница остается главной культурой сезона в стране, а ее экспорт достиг 13,4 млн тонн, что на 47% больше.                      | 47%        | other
            Le blé demeure la première culture du pays cette saison, et ses exportations ont atteint 12,8 millions de tonnes, soit une hausse de 44 %. | 44 % | other
            In 2024 Kazakhstan's exports to Uzbekistan reached $1.2 billion, reflecting a 40 percent rise.         | 40 percent             | trade.exports
            В 2024 году экспорт Казахстана в Узбекистан составил 1,2 млрд долларов, что на 40% больше.              | 40%                    | trade.exports
            En 2024, les exportations du Kazakhstan vers l'Ouzbékistan ont atteint 1,2 milliard de dollars, soit une hausse de 40 %. | 40 % | trade.exports
            """)
    void shouldLeaveAChangeOfAProductFlowAsOtherWhenItFollowsTheFlow(String body, String text, String metric) {
        // A change a few words after one product's tonnes, with no word of another metric between, is their change.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Investment from the EU into the five Central Asian countries reached $20 billion in 2024.         | $20 billion           | other
            Les investissements chinois dans les cinq pays d'Asie centrale ont atteint 40 milliards de dollars. | 40 milliards de dollars | other
            Китайские инвестиции в пять стран Центральной Азии достигли 40 млрд долларов.                   | 40 млрд долларов      | other
            Chinese investment in Kazakhstan reached $25 billion in 2024.                                   | $25 billion           | investment.total
            """)
    void shouldLeaveInvestmentAsOtherWhenMoreThanTwoPartiesShareIt(String body, String text, String metric) {
        // One party's investment in another takes two parties; the five countries together are an aggregate (gold-c).
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2024, the consortium allocated $6.8 million to social projects in Kazakhstan.              | $6.8 million          | other
            La Chine a accordé 40 millions de dollars au Kirghizstan pour financer des projets sociaux.    | 40 millions de dollars | other
            В 2024 году компания направила 2 млрд тенге на социальные проекты в Казахстане.              | 2 млрд тенге          | other
            The two countries are carrying out 41 projects worth $2.6 billion.                            | $2.6 billion          | jointprojects.value
            """)
    void shouldLeaveSpendingOnSocialProjectsOutWhenNoJointPortfolioIsNamed(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Since 2022, more than 25 companies from Kyrgyzstan have been hit by U.S. sanctions.          | 25 companies   | other
            Под санкции попали 15 компаний из Казахстана.                                                | 15 компаний    | other
            There are 700 companies with Chinese capital operating in Uzbekistan.                       | 700 companies  | companies.count
            """)
    void shouldNotCountCompaniesWhenASanctionNamesThem(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Недавно стороны согласовали ещё около 180 километров линии границы.                         | 180 километров | other
            Сообщается, что описано свыше 81 километра линии границы.                                   | 81 километра   | other
            Almost half of the 970 km Kyrgyz-Tajik border has not been demarcated.                      | 970 km         | border.length
            Протяженность кыргызско-таджикской границы составляет 972 километра.                          | 972 километра  | border.length
            """)
    void shouldNotReadBorderLengthWhenKilometresWereAgreed(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Today there are over 450 joint Kazakh-Uzbek companies.                   | 450 joint        | jointventures.count
            В Узбекистане работают 170 совместных узбекско-китайских предприятий.   | 170 совместных   | jointventures.count
            There are more than 400 Kazakh companies in Uzbekistan.                  | 400 Kazakh       | companies.count
            """)
    void shouldCountJointVenturesWhenJointCompaniesAreCounted(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Этот порт способен обработать около 14 млн тонн грузов в год.                               | 14 млн тонн    | cargo.capacity
            Ақтау портында жылына қуаты 1,5 млн тоннаны құрайтын астық терминалы іске қосылды.          | 1,5 млн тоннаны  | cargo.capacity
            The port can handle 12 million tons of cargo a year.                                        | 12 million tons | cargo.capacity
            Порт обработал 12 млн тонн грузов в 2023 году.                                              | 12 млн тонн    | cargo.volume
            """)
    void shouldReadCapacityWhenPortIsSaidToBeAbleToCarry(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Les exportations de pétrole kazakh via l’oléoduc Bakou–Tbilissi–Ceyhan ont dépassé 1,5 million de tonnes. | 1,5 million de tonnes | cargo.volume
            Экспорт нефти по нефтепроводу КТК составил 60 млн тонн.                                                    | 60 млн тонн           | cargo.volume
            In 2023 Kazakhstan exported 13.1 million tons of goods to China.                                          | 13.1 million tons     | trade.exports
            Бу давлат билан импорт ва экспорт ҳажми 812,4 миллион долларни ташкил этди.                               | 812,4 миллион         | trade.turnover
            Last year the trade value between Afghanistan and Uzbekistan was $640 million.                            | $640 million          | trade.turnover
            """)
    void shouldReadFreightWhenTonnesPassThroughAPipelineOrPort(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new line should shorten delivery times and lower transport costs by at least 35%.                    | 35%                        | other
            Ce tracé permettrait de réduire les coûts de 25 % par rapport à l'itinéraire habituel.                   | 25 %                       | other
            Après les importations, le solde est resté négatif, à 7,9 milliards de dollars US.                       | 7,9 milliards de dollars   | other
            Cargo transportation along the corridor increased by 40%.                                                 | 40%                        | cargo.volume
            """)
    void shouldLeaveCostsAndBalancesAsOtherWhenClauseNamesThem(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Объем инвестиций в экономику Узбекистана превысил $130 млрд.                      | $130 млрд     | other
            Total investment in the economy of Uzbekistan exceeded $30 billion last year.     | $30 billion   | other
            Россия инвестировала 5 млрд долларов в экономику Казахстана.                      | 5 млрд        | investment.total
            Last year, the number of foreign students in Uzbekistan reached 16.8 thousand.    | 16.8 thousand | other
            Over 5,000 students from Kazakhstan study in Russia.                              | 5,000 students | students.count
            """)
    void shouldNotReadFigureOfOnePartyInAnotherWhenOnlyOneCountryIsNamed(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Over the first six months Tajikistan achieved economic growth of 7.8 percent, Uzbekistan - 6.2 percent, and Kyrgyzstan 4.9 percent. | 4.9 percent | gdp.growth | KG
            Les exportations du Kazakhstan vers la Chine ont augmenté de 20 %, celles de l’Ouzbékistan – 12 %.                                       | 12 %        | trade.exports | UZ
            """)
    void shouldMeasureNextItemOfAListAsTheItemBefore(String body, String text, String metric, String subject) {
        ExtractedFigure figure = figure(body, text);

        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.subjects()).contains(subject);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Container transit from China along the Trans-Caspian route has grown 18-fold.          | 18-fold | cargo.containers
            Транзитные контейнерные перевозки по маршруту выросли на 84%.                           | 84%     | cargo.containers
            Cargo transit from China along the Trans-Caspian route has grown 4-fold.                | 4-fold  | cargo.volume
            """)
    void shouldReadContainerTrafficWhenClauseIsAboutContainers(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le port a traité 50 000 EVP.                                    | 50 000 EVP           | cargo.containers
            Yiliga 10 milliard kub metr gaz Xitoyga eksport qilinadi.       | 10 milliard kub metr | trade.exports
            """)
    void shouldNameMetricWhenUnitOrUzbekVerbSaysIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
