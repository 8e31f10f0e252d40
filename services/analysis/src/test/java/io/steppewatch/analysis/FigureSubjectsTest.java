package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure's subjects by its metric's definition, through the whole analysis: a headline and a sentence in, the
 * subjects of one figure out (codes sorted, separated by spaces).
 */
class FigureSubjectsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    /** The subjects of the figure written {@code figureText} in an undated article; fails when there is none. */
    static List<String> subjectsOf(String title, String body, String figureText) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title, body, null, null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().equals(figureText))
                .findFirst();
        assertThat(found).as("figure '%s' in %s", figureText, analysis.figures()).isPresent();
        return found.get().subjects();
    }

    // A list whose items give figures of two units: the items are read once for the sentence and each unit's
    // reading keeps its own copy, so the second unit's figures take their items as the first unit's do.
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan's trade | Trade with Kazakhstan fell by 20 percent to $500 million, with Uzbekistan by 10.3 percent to $300 million. | 10.3 percent | TJ UZ
            Tajikistan's trade | Trade with Kazakhstan fell by 20 percent to $500 million, with Uzbekistan by 10.3 percent to $300 million. | $300 million | TJ UZ
            Tajikistan's trade | Trade with Kazakhstan fell by 20 percent to $500 million, with Uzbekistan by 10.3 percent to $300 million. | $500 million | KZ TJ
            """)
    void shouldGiveEachUnitsFiguresTheirOwnItemsWhenAListStatesTwoUnits(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajik trade in 2023 | Tajikistan's primary trading partners remained Russia (22.6 percent), China (19.6 percent), and Kazakhstan (15.3 percent). | 19.6 percent | CN TJ
            Commerce du Tadjikistan | Les principaux partenaires du Tadjikistan sont la Russie (22,6 %), la Chine (19,6 %) et le Kazakhstan (15,3 %). | 19,6 % | CN TJ
            Торговля Таджикистана | Основные торговые партнеры Таджикистана — Россия (22,6%), Китай (19,6%) и Казахстан (15,3%). | 19,6% | CN TJ
            China's partners in Central Asia | Kazakhstan ranked first with $43.82 billion. The Kyrgyz Republic followed with $22.71 billion, Uzbekistan ranked third with $13.78 billion. | $13.78 billion | CN UZ
            Tajikistan's trade | Data from the statistical agency of Tajikistan shows that trade with Kazakhstan fell by 20 percent, with Uzbekistan by 10.3 percent. | 10.3 percent | TJ UZ
            Armies ranked | Kazakhstan took 58th place, Azerbaijan 59th place and Uzbekistan 65th place. | 59th place | AZ
            Commerce extérieur de l'Ouzbékistan | Les exportations vers la Chine et la Turquie ont atteint respectivement 1,7 milliard de dollars et 961 millions de dollars. | 961 millions de dollars | TR UZ
            Uzbekistan and Kyrgyzstan | The trade turnover of Uzbekistan with Kyrgyzstan amounted to $952 million, including exports from Uzbekistan of $791 million. | $952 million | KG UZ
            Tajikistan's trade with Central Asia decreases | Trade with China grew. Commerce with Turkmenistan exceeded $40 million, while trade with Kyrgyzstan fell to $10 million. | $10 million | KG TJ
            Le commerce du Tadjikistan avec l'Asie centrale | Le commerce avec la Chine a progressé. Les échanges avec le Turkménistan ont dépassé 40 millions de dollars, ceux avec le Kirghizistan 10 millions de dollars. | 10 millions de dollars | KG TJ
            Kyrgyz imports | Exports to Kyrgyzstan rose sharply: from Estonia by 10,000%, from Finland by 3,100%, from Poland and Greece by 2,200% and 2,100% respectively. | 2,100% | GR KG
            Kyrgyz imports | Exports to Kyrgyzstan rose sharply: from Estonia by 10,000%, from Finland by 3,100%, from Poland and Greece by 2,200% and 2,100% respectively. | 2,200% | KG PL
            Импорт Кыргызстана | Экспорт из Эстонии в Кыргызстан вырос на 10000%, из Финляндии – на 3100%, из Польши и Греции – на 2200% и 2100% соответственно. | 10000% | EE KG
            Импорт Кыргызстана | Экспорт из Эстонии в Кыргызстан вырос на 10000%, из Финляндии – на 3100%, из Польши и Греции – на 2200% и 2100% соответственно. | 2200% | KG PL
            Uzbekistan's partners | Kyrgyzstan accounts for 2.3% of Uzbekistan's trade, behind Russia (17.9%), China (17.7%) and Kazakhstan (9.3%). | 17.7% | CN UZ
            Uzbekistan's partners | Kyrgyzstan accounts for 2.3% of Uzbekistan's trade – it ranks sixth after Russia (17.9%), China (17.7%) and Kazakhstan (9.3%). | 2.3% | KG UZ
            Les partenaires de l'Ouzbékistan | Le Kirghizistan représente 2,3 % du commerce de l'Ouzbékistan, derrière la Russie (17,9 %), la Chine (17,7 %) et le Kazakhstan (9,3 %). | 17,9 % | RU UZ
            Georgia's partners | Turkey was Georgia's biggest trade partner with $1.4 billion, while the US came third with $820 million. | $1.4 billion | GE TR
            Les exportations de l'Ouzbékistan | Ce développement place la Russie devant la Chine et la Turquie, avec respectivement 1,7 milliard de dollars et 961 millions de dollars. | 961 millions de dollars | TR UZ
            Экспорт Узбекистана | Это ставит Россию впереди Китая и Турции, с 1,7 млрд долларов и 961 млн долларов соответственно. | 961 млн долларов | TR UZ
            EU exports to the east | EU exports grew by 120% to Kyrgyzstan (EUR 900 million), by 60% to Armenia (EUR 1.1 billion) and by 30% to Georgia (EUR 1.2 billion). | 60% | AM EU
            EU exports to the east | EU exports grew by 120% to Kyrgyzstan (EUR 900 million), by 60% to Armenia (EUR 1.1 billion) and by 30% to Georgia (EUR 1.2 billion). | 30% | EU GE
            Les exportations européennes | Les ventes de l'UE ont bondi de 120 % vers le Kirghizistan (900 millions d'euros), de 60 % vers l'Arménie (1,1 milliard d'euros) et de 30 % vers la Géorgie (1,2 milliard d'euros). | 60 % | AM EU
            Les exportations européennes | Les ventes de l'UE ont bondi de 120 % vers le Kirghizistan (900 millions d'euros), de 60 % vers l'Arménie (1,1 milliard d'euros) et de 30 % vers la Géorgie (1,2 milliard d'euros). | 1,1 milliard d'euros | AM EU
            """)
    void shouldGiveEachFigureOfAListItsOwnPartyWhenPartiesAndFiguresAlternate(String title, String body,
                                                                              String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade shares | Turkey's share in Georgia's total imports reached 18.2%, ahead of Russia's 11.5%. | 11.5% | GE RU
            Trade shares | Turkey's share in Georgia's total imports reached 18.2%, ahead of Russia's 11.5%. | 18.2% | GE TR
            Доли партнеров | Турция осталась крупнейшим рынком Грузии, закупив товаров на 1,2 млрд долларов, за ней следует Россия с 0,8 млрд долларов. | 0,8 млрд долларов | GE RU
            Доли партнеров | Доля товарооборота с Турцией в общем объеме внешнеторгового оборота Грузии достигла 18,2%, превысив долю России, составившую 11,5%. | 11,5% | GE RU
            """)
    void shouldTakeThePartyWhoseTotalIsSharedOutAsTheListsOwnerNotAsItsFirstItem(String title, String body,
                                                                                 String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz gold | According to the agency, Switzerland bought from Kyrgyzstan 1.2 tonnes of gold, Hong Kong 334.9 kilograms and the United Arab Emirates 167.9 kilograms. | 334.9 kilograms | HK KG
            Золото Кыргызстана | По данным ведомства, Швейцария приобрела у Кыргызстана 1,2 тонны золота, Гонконг – 334,9 килограмма, а Объединенные Арабские Эмираты – 167,9 килограмма. | 334,9 килограмма | HK KG
            L'or kirghiz | Selon l'agence, la Suisse a acheté au Kirghizistan 1,2 tonne d'or, Hong Kong 334,9 kilogrammes et les Émirats arabes unis 167,9 kilogrammes. | 334,9 kilogrammes | HK KG
            """)
    void shouldNotTakeACountryForASpeakerWhenACommaEndsTheSourcesPhrase(String title, String body, String figure,
                                                                       String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China's gas imports | In 2024 Turkmenistan exported to China gas worth $9.57 billion, Russia exported $8.03 billion, and Kazakhstan $1.36 billion. | $8.03 billion | CN RU
            China's gas imports | In 2024 Turkmenistan exported to China gas worth $9.57 billion, Russia exported $8.03 billion, and Kazakhstan $1.36 billion. | $9.57 billion | CN TM
            Kyrgyz gold | According to the committee, Switzerland bought from Kyrgyzstan 1.2 tonnes of gold, Hong Kong 334.9 kilograms and the United Arab Emirates 167.9 kilograms. | 1.2 tonnes | CH KG
            Kyrgyz gold | According to the committee, Switzerland bought from Kyrgyzstan 1.2 tonnes of gold, Hong Kong 334.9 kilograms and the United Arab Emirates 167.9 kilograms. | 334.9 kilograms | HK KG
            Le gaz chinois | En 2024, le Turkménistan avait exporté vers la Chine 9,57 milliards de dollars de gaz, la Russie avait exporté 8,03 milliards de dollars, et le Kazakhstan 1,36 milliard de dollars. | 8,03 milliards de dollars | CN RU
            Le gaz chinois | En 2024, le Turkménistan avait exporté vers la Chine 9,57 milliards de dollars de gaz, la Russie avait exporté 8,03 milliards de dollars, et le Kazakhstan 1,36 milliard de dollars. | 9,57 milliards de dollars | CN TM
            Золото Кыргызстана | Швейцария приобрела у Кыргызстана 1,2 тонны золота, Гонконг – 334,9 килограмма, а Объединенные Арабские Эмираты – 167,9 килограмма. | 1,2 тонны | CH KG
            Золото Кыргызстана | Швейцария приобрела у Кыргызстана 1,2 тонны золота, Гонконг – 334,9 килограмма, а Объединенные Арабские Эмираты – 167,9 килограмма. | 334,9 килограмма | HK KG
            Золото Кыргызстана | Швейцария приобрела у Кыргызстана 1 тонну 243,3 килограмма золота, Гонконг – 334,9 килограмма, а Объединенные Арабские Эмираты – 167,9 килограмма. | 334,9 килограмма | HK KG
            Kyrgyz gold | Switzerland bought from Kyrgyzstan 1 tonne 243.3 kilograms of gold, Hong Kong 334.9 kilograms and the United Arab Emirates 167.9 kilograms. | 334.9 kilograms | HK KG
            L'or kirghiz | La Suisse a acheté au Kirghizistan 1 tonne 243,3 kilogrammes d'or, Hong Kong 334,9 kilogrammes et les Émirats arabes unis 167,9 kilogrammes. | 334,9 kilogrammes | HK KG
            Tajikistan's trade | Tajikistan's trade with Azerbaijan in January reached $346,800 or 96.1 percent, Belarus -- 51.9 percent and Kazakhstan -- 31.8 percent. | 51.9 percent | BY TJ
            Торговля Таджикистана | Товарооборот Таджикистана с Азербайджаном в январе составил 346,8 тысячи долларов, или 96,1 процента, Беларусь – 51,9 процента, Казахстан – 31,8 процента. | 51,9 процента | BY TJ
            Le commerce du Tadjikistan | Le commerce du Tadjikistan avec l'Azerbaïdjan a atteint en janvier 346 800 dollars, soit 96,1 %, la Biélorussie 51,9 % et le Kazakhstan 31,8 %. | 51,9 % | BY TJ
            """)
    void shouldTakeTheFirstItemFromTheSubjectNotThePartnerOfItsVerbWhenTheOtherItemsAreSubjects(String title,
            String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade | Trade turnover of Kazakhstan with Russia and Belarus reached $29.1 billion in 2025. | $29.1 billion | BY KZ RU
            Trade | Uzbekistan's trade turnover with China and Russia reached $29.1 billion in 2025. | $29.1 billion | CN RU UZ
            Commerce | Le commerce du Kazakhstan avec la Russie et la Biélorussie a atteint 29,1 milliards de dollars en 2025. | 29,1 milliards de dollars | BY KZ RU
            Торговля | Товарооборот Казахстана с Россией и Беларусью составил 29,1 млрд долларов в 2025 году. | 29,1 млрд долларов | BY KZ RU
            Commerce | En 2017, 29% du commerce du Kirghizstan était fait avec la Chine, contre 18% avec la Russie (soit 1 milliard de dollars d’échanges entre la Russie et le Kirghizstan). | 1 milliard de dollars | KG RU
            """)
    void shouldKeepBothPartnersJoinedAfterWithAndTheCountryTheyTradeWith(String title, String body, String figure,
                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Clashes on the Kyrgyz-Tajik border | Kyrgyzstan's health ministry said 45 hospitals were put on alert after the clashes. | 45 hospitals | KG
            Конфликт на границе Киргизии и Таджикистана | Власти Кыргызстана сообщили о 33 погибших. | 33 погибших | KG
            Heurts entre le Kirghizstan et le Tadjikistan | Le ministère kirghiz de la Santé a annoncé que 31 personnes avaient été hospitalisées. | 31 personnes | KG
            Uzbekistan and Russia | In seven months, exports to Russia grew for 175 commodity items. | 175 commodity | RU UZ
            Kazakhstan and the Middle Corridor | Delivery time along the Middle Corridor has been cut to 15 days. | 15 days | TITR
            La Russie et le Kazakhstan | Le président russe est arrivé au Kazakhstan pour une visite d'État de deux jours. | deux jours | KZ RU
            Peacekeepers in Kazakhstan | According to the Russian minister, the peacekeepers in Kazakhstan guarded 14 sites. | 14 sites | KZ
            Les soldats de la paix au Kazakhstan | D'après le ministre russe, les soldats de la paix au Kazakhstan ont gardé 14 sites. | 14 sites | KZ
            Миротворцы в Казахстане | По словам российского министра, миротворцы в Казахстане охраняли 14 объектов. | 14 объектов | KZ
            L'UE et l'Asie centrale | L'aide au développement de l'Union européenne pour la région centrasiatique s'élève à 1,068 milliard d'euros. | 1,068 milliard d'euros | EU
            The EU and Central Asia | The European Union will spend 300 million euros on education programmes in Central Asia. | 300 million euros | EU
            ЕС и Центральная Азия | Евросоюз выделит 300 млн евро на образовательные программы в Центральной Азии. | 300 млн евро | EU
            """)
    void shouldKeepTheOnePartyItsSentenceNamesWhenTheMetricIsUnknown(String title, String body, String figure,
                                                                     String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Central Asia | Uzbekistan and Kyrgyzstan plan to increase bilateral trade to 2 billion U.S. dollars. | 2 billion U.S. dollars | KG UZ
            Центральная Азия | Товарооборот Узбекистана и Киргизии достиг 1,2 млрд долларов США. | 1,2 млрд долларов | KG UZ
            Payments in the Eurasian union | The share of settlements in Russian rubles in the EAEU rose to 81.3% last year. | 81.3% | EAEU
            Russia and Central Asia | The share of settlements of Russia with Kazakhstan, Kyrgyzstan and Tajikistan in national currencies reached 80%. | 80% | KG KZ RU TJ
            Россия и Центральная Азия | Доля расчетов России с Казахстаном, Киргизией и Таджикистаном в национальных валютах достигла 80%. | 80% | KG KZ RU TJ
            Tajikistan and China | The total foreign trade volume of Tajikistan surged by 28.7% annually to more than $2.7 billion. | $2.7 billion | TJ
            Xinjiang and its neighbours | Xinjiang's foreign trade with Kazakhstan reached 35.48 billion yuan. | 35.48 billion yuan | CN KZ
            Le Xinjiang et ses voisins | Le commerce extérieur du Xinjiang avec le Kazakhstan a atteint 35,48 milliards de yuans. | 35,48 milliards de yuans | CN KZ
            Синьцзян и соседи | Объем внешней торговли Синьцзяна с Казахстаном достиг 35,48 млрд юаней. | 35,48 млрд юаней | CN KZ
            Tajikistan and China | Tajikistan's foreign trade turnover reached $6.8 billion in 2023. Exports totaled more than $1.6 billion. | $1.6 billion | TJ
            China and Central Asia | The total volume of trade between China and the countries of the region amounted to $94.8 billion in 2024. | $94.8 billion | CN KG KZ TJ TM UZ
            Россия и Центральная Азия | По итогам 2024 года общий объем взаимной торговли региона с Россией вырос на 20%. | 20% | KG KZ RU TJ TM UZ
            Regional trade | Over the past five years, the mutual trade between CA countries has increased from $5.7bn to $11bn. | $11bn | KG KZ TJ TM UZ
            Regional trade | The Kazakhstan-CA trade turnover stood at $8bn in 2023. | $8bn | KG KZ TJ TM UZ
            Russia and Central Asia | Russia is moving away from the dollar. The share of settlements in national currencies with Kazakhstan, Kyrgyzstan and Tajikistan has reached 80%. | 80% | KG KZ RU TJ
            """)
    void shouldTakeTheBilateralPartiesTheSentenceGivesWhenCurrenciesAndListsSurroundThem(String title, String body,
                                                                                         String figure,
                                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China buys Mongolian coal | Mongolia's coal exports peaked in 2011. The economy grew by 17.3 percent that year. | 17.3 percent | MN
            """)
    void shouldTakeTheCountryOfTheParagraphWhenANationalFigureNamesNone(String title, String body, String figure,
                                                                        String subjects) {
        ExtractedFigure found = ANALYZER.analyze(new ArticleText("t", title, body, null, null)).figures().stream()
                .filter(f -> f.text().equals(figure)).findFirst().orElseThrow();
        assertThat(found.metric()).isEqualTo("gdp.growth");
        assertThat(found.subjects()).containsExactly(subjects);
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le corridor transcaspien | La ligne Bakou-Tbilissi-Kars permettra de transporter jusqu'à 5 millions de tonnes de marchandises par an. | 5 millions de tonnes | AZ GE TR
            Казахстан и Китай | Ожидается, что из Китая в Россию через Казахстан будут перевозить до 30 миллионов тонн грузов в год. | 30 миллионов тонн | CN KZ RU
            Казахстан и Китай | Объем перевозок между Китаем и Европой через Казахстан достиг 2,78 млн тонн грузов. | 2,78 млн тонн | CN EU
            Kazakhstan and China | Freight carried from China to Europe through Kazakhstan reached 2.78 million tons. | 2.78 million tons | CN EU
            Le Kazakhstan et la Chine | Le fret transporté de la Chine vers l'Europe via le Kazakhstan a atteint 2,78 millions de tonnes. | 2,78 millions de tonnes | CN EU
            Kazakhstan's ports on the Caspian | The port of Kuryk is being expanded: the port's capacity will reach 9.4 million tons a year. | 9.4 million tons | KZ
            China, Kyrgyzstan and Uzbekistan build a railway | At least 280 kilometers of the line will run through the territory of Kyrgyzstan. | 280 kilometers | KG
            Le chemin de fer Kazakhstan-Turkménistan-Iran | La ligne compte 85 kilomètres sur le territoire de l'Iran. | 85 kilomètres | IR
            Kazakhstan's railways carry more Chinese goods | Container transit grew by 19 percent, reaching 313,000 TEU. | 313,000 TEU | KZ
            Казахстан и Китай | Объемы транзитных контейнерных перевозок выросли до 1,2 млн ДФЭ. | 1,2 млн ДФЭ | KZ
            The North-South corridor | The Rasht-Astara railway section will be about 162 km long. | 162 km | IR
            Le corridor Nord-Sud | La section ferroviaire Rasht-Astara mesurera environ 162 km. | 162 km | IR
            Коридор Север – Юг | Протяженность железной дороги Решт – Астара составит около 162 км. | 162 км | IR
            """)
    void shouldTakeTheCountriesARouteLinksWhenItNamesNoCorridor(String title, String body, String figure,
                                                              String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(Arrays.stream(subjects.split(" ")).sorted()
                .toArray(String[]::new));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan's trade grows | Among CIS countries, Kazakhstan is second after Russia in trade with Tajikistan: the turnover reached $441.6 million. | $441.6 million | KZ TJ
            Commerce du Tadjikistan | Le Kazakhstan est deuxième après la Russie dans le commerce du Tadjikistan, avec 441 millions de dollars. | 441 millions de dollars | KZ TJ
            Торговля Таджикистана | Казахстан занимает второе место после России в торговле Таджикистана: 441 млн долларов. | 441 млн долларов | KZ TJ
            Kazakhstan in the UN ranking | In the UN E-Government Development Index the country now ranks 29th, right behind Canada. | 29th | KZ
            Казахстан в рейтинге | В рейтинге развития электронного правительства ООН страна находится на 29-м месте и следует сразу за Канадой. | 29-м месте | KZ
            Le commerce kirghiz | En 2017, 29% du commerce kirghiz s'est fait avec la Chine, devançant la Russie pour la première fois. | 29% | CN KG
            Kyrgyz trade | In 2017, 29% of Kyrgyz trade was with China, overtaking Russia for the first time. | 29% | CN KG
            Киргизская торговля | В 2017 году 29% киргизской торговли пришлось на Китай, опередив Россию впервые. | 29% | CN KG
            """)
    void shouldLeaveOutYardstickCountryWhenFigureRanksAfterIt(String title, String body, String figure,
                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan counts its losses | Kyrgyz authorities said 33 houses were burnt in the clashes on the border with Tajikistan. | 33 houses | KG
            Бои на границе | Власти Кыргызстана заявили, что во время конфликта на границе с Таджикистаном сгорели 33 дома. | 33 дома | KG
            Le Tadjikistan mobilise | Le Tadjikistan a mobilisé 20 000 réservistes à la frontière avec l'Afghanistan. | 20 000 réservistes | TJ
            """)
    void shouldLeaveOutCountryAcrossBorderWhenMetricIsUnknown(String title, String body, String figure,
                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh wheat exports | Kazakhstan exported 3.9 million tons of wheat. Turkmenistan is followed by Azerbaijan – 104,000 tons, Russia – 9,900 tons, and Kyrgyzstan – 1,000 tons. | 9,900 tons | KZ RU
            Exportations de blé kazakh | Le Kazakhstan a exporté 3,9 millions de tonnes de blé. Le Turkménistan est suivi par l'Azerbaïdjan – 104 000 tonnes, la Russie – 9 900 tonnes, et le Kirghizstan – 1 000 tonnes. | 9 900 tonnes | KZ RU
            """)
    void shouldLeaveOutTheCountryThatIsFollowedByTheItemsOfAList(String title, String body, String figure,
                                                                 String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Кыргызстан продал золото | Кроме того, республика поставила 1,8 тонны золота на $115 миллионов в Гонконг и 1,29 тонны на $80 миллионов в Объединенные Арабские Эмираты. | 1,29 тонны | AE KG
            Кыргызстан продал золото | Кроме того, республика поставила 1,8 тонны золота на $115 миллионов в Гонконг и 1,29 тонны на $80 миллионов в Объединенные Арабские Эмираты. | 1,8 тонны | HK KG
            Kyrgyzstan sells its gold | The republic also sold 1.8 tons of gold for $115 million to Hong Kong and 1.29 tons for $80 million to the United Arab Emirates. | 1.8 tons | HK KG
            Le Kirghizstan vend son or | La république a aussi vendu 1,8 tonne d'or pour 115 millions de dollars à Hong Kong et 1,29 tonne pour 80 millions de dollars aux Emirats arabes unis. | 1,29 tonne | AE KG
            """)
    void shouldGiveEachFigureOfAnItemThePartyThatEndsTheItem(String title, String body, String figure,
                                                            String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's railways in 2024 | Rail freight with China exceeded 32 million tonnes. | 32 million tonnes | CN KZ
            Железные дороги Казахстана в 2024 году | Железнодорожные грузоперевозки с Китаем превысили 32 млн тонн. | 32 млн тонн | CN KZ
            Қазақстан темір жолы 2024 жылы | Қытаймен арадағы теміржолмен жүк тасымалы 32 млн тоннадан асты. | 32 млн тоннадан | CN KZ
            """)
    void shouldCarryFreightWithOnePartnerBetweenItAndTheArticlesCountry(String title, String body, String figure,
                                                                       String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rail freight between Azerbaijan and Kazakhstan | Cargo transportation in the Kazakhstan direction grew to 950,000 tons. | 950,000 tons | AZ KZ
            Kazakhstan's railways in 2024 | Freight in the direction of China rose to 20 million tonnes. | 20 million tonnes | CN KZ
            Железные дороги Казахстана в 2024 году | Перевозки в направлении Китая выросли до 20 млн тонн. | 20 млн тонн | CN KZ
            Les chemins de fer du Kazakhstan en 2024 | Le fret en direction de la Chine a atteint 20 millions de tonnes. | 20 millions de tonnes | CN KZ
            Қазақстан темір жолы 2024 жылы | Былтыр Қытайға 20 млн тонна жүк жөнелтілді. | 20 млн тонна | CN KZ
            Қазақстан мен Өзбекстан арасындағы тасымал | Өзбекстан бағыты бойынша жүк тасымалы 32,3 млн тоннаны құрады. | 32,3 млн тоннаны | KZ UZ
            """)
    void shouldCarryFreightToOrFromOneCountryBetweenItAndTheArticlesCountry(String title, String body, String figure,
                                                                            String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Aliyev arrives in Astana | The summits of Central Asia have been held since 2018. Over the past five years, the volume of mutual trade has grown to $11 billion. | $11 billion | KG KZ TJ TM UZ
            Взаимная торговля стран Центральной Азии | В 2019–2023 годах объемы торговли между странами региона выросли до 10 млрд долларов. | 10 млрд долларов | KG KZ TJ TM UZ
            Aliev arrive à Astana | Les sommets de l'Asie centrale se tiennent depuis 2018. En cinq ans, le commerce mutuel a atteint 11 milliards de dollars. | 11 milliards de dollars | KG KZ TJ TM UZ
            Kazakhstan and Uzbekistan | Uzbekistan is a key partner of Kazakhstan in Central Asia. The two countries aim to raise mutual trade to $10 billion. | $10 billion | KZ UZ
            """)
    void shouldGiveTradeWithinCentralAsiaItsFiveCountries(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan and China | In nine months, Uzbekistan's exports abroad reached $26.6 billion. | $26.6 billion | UZ
            Узбекистан и Афганистан | Общий объем экспорта Узбекистана с января по ноябрь составил 30,9 млрд долларов. | 30,9 млрд долларов | UZ
            L'Ouzbékistan et la Chine | L'exportation de l'Ouzbékistan vers l'étranger a atteint 26,6 milliards de dollars. | 26,6 milliards de dollars | UZ
            L'Ouzbékistan et la Chine | L'exportation de l'Ouzbékistan vers l'étranger a atteint 26,6 milliards de dollars. Les importations ont atteint 33,1 milliards de dollars. | 33,1 milliards de dollars | UZ
            Uzbekistan and China | In nine months, Uzbekistan's exports to China reached $3 billion. | $3 billion | CN UZ
            """)
    void shouldGiveACountrysTradeAbroadOrInTotalThatCountryAlone(String title, String body, String figure,
                                                                 String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan and Iran increase rail cargo | Kazakhstan also ships grain via Iran. Over the past months, the two countries have reopened transport links, resulting in a 50% increase in transit. | 50% | IR TM
            Форум в Душанбе | Таджикистан и Китай подписали соглашения. Мероприятие, организованное посольством Китая, собрало 150 предпринимателей двух стран. | 150 предпринимателей | CN TJ
            Un forum à Douchanbé | Le Tadjikistan et la Chine ont signé des accords. L'événement, organisé avec l'ambassade de Chine, a réuni 150 entrepreneurs des deux pays. | 150 entrepreneurs | CN TJ
            Trend: Business | Speaking at a meeting in Tehran with Turkmenistan's Minister of Railway Transport, Sadegh said that both countries focus on transit, which could reach 10 million tons by rail. | 10 million tons | IR TM
            """)
    void shouldGiveAFigureOfTheTwoCountriesThePairTheTextNames(String title, String body, String figure,
                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China–Kyrgyzstan–Uzbekistan railway | The Chinese section is 155 km long, the Kyrgyz section 305 km and the Uzbek section will be 63 km long. | 63 km | UZ
            China–Kyrgyzstan–Uzbekistan railway | The Chinese section is 155 km long, the Kyrgyz section 305 km and the Uzbek section will be 63 km long. | 305 km | KG
            Железная дорога Китай – Кыргызстан – Узбекистан | Китайский участок составит 155 км, киргизский участок – 305 км, а узбекский участок – 63 км. | 63 км | UZ
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Le tronçon chinois comprend 155 km, celui passant par le territoire kirghiz de 304,94 km et le tronçon ouzbèke sera de 63 km de long. | 304,94 km | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Le tronçon chinois comprend 155 km, celui passant par le territoire kirghiz de 304,94 km et le tronçon ouzbèke sera de 63 km de long. | 63 km | UZ
            """)
    void shouldGiveEachLengthOfAListOfSectionsTheCountryOfTheSectionNamedBeforeIt(String title, String body,
                                                                                  String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and China | Kazakhstan's railways carried 300 million tonnes last year. | 300 million tonnes | KZ
            Казахстан и Китай | По морю Казахстан перевёз 4 млн тонн. | 4 млн тонн | KZ
            Le Kazakhstan et la Chine | Par la mer, le Kazakhstan a transporté 4 millions de tonnes. | 4 millions de tonnes | KZ
            """)
    void shouldKeepACountrysOwnFreightItsOwnWhenNoDirectionIsNamed(String title, String body, String figure,
                                                                   String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan second among importers of wheat from Kazakhstan | Kazakhstan exported 3.9 million tons of wheat. Kazakhstan sold most to Uzbekistan. Small amounts went to Tunisia – 72,000 tons; Iran – 54,000 tons, and Latvia – 34,000 tons. | 54,000 tons | IR KZ
            Le Tadjikistan, deuxième importateur de blé du Kazakhstan | Le Kazakhstan a exporté 3,9 millions de tonnes de blé. Le Kazakhstan a surtout vendu à l'Ouzbékistan. De petites quantités sont allées à la Tunisie – 72 000 tonnes, à l'Iran – 54 000 tonnes et à la Lettonie – 34 000 tonnes. | 54 000 tonnes | IR KZ
            Таджикистан второй среди покупателей пшеницы из Казахстана | Казахстан экспортировал 3,9 млн тонн пшеницы. Больше всего Казахстан продал Узбекистану. Небольшие объемы ушли в Тунис – 72 тыс. тонн, Иран – 54 тыс. тонн и Латвию – 34 тыс. тонн. | 54 тыс. тонн | IR KZ
            """)
    void shouldGiveListItemsTheHeadlinePartyTheArticleNamesMostWhenTheHeadlineNamesTwo(String title, String body,
                                                                                     String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade between Turkmenistan and Uzbekistan thrives | During this period, Uzbekistan's exports totaled $20.47 billion. Imports reached $30.5 billion. As a result, the foreign trade balance was negative. | $30.5 billion | UZ
            Le commerce entre le Turkménistan et l'Ouzbékistan | Sur cette période, les exportations de l'Ouzbékistan ont atteint 20,47 milliards de dollars. Les importations ont atteint 30,5 milliards de dollars. Le solde du commerce extérieur est donc négatif. | 30,5 milliards de dollars | UZ
            Торговля Туркменистана и Узбекистана | За этот период экспорт Узбекистана составил 20,47 млрд долларов. Импорт достиг 30,5 млрд долларов. В итоге сальдо внешней торговли отрицательное. | 30,5 млрд долларов | UZ
            Trade between Turkmenistan and Uzbekistan thrives | During this period, Uzbekistan's exports totaled $20.47 billion. Imports reached $30.5 billion. | $30.5 billion | TM UZ
            """)
    void shouldKeepOneCountryAloneWhenItsParagraphSpeaksOfItsForeignTrade(String title, String body, String figure,
                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajik recruits in Turkey | Some 3,000 people from Central Asia have joined militant groups. | 3,000 people | KG KZ TJ TM UZ
            Recrues tadjikes en Turquie | Quelque 3 000 personnes d'Asie centrale ont rejoint des groupes armés. | 3 000 personnes | KG KZ TJ TM UZ
            Таджикские вербовщики в Турции | Около 3000 выходцев из Центральной Азии примкнули к боевикам. | 3000 выходцев | KG KZ TJ TM UZ
            """)
    void shouldGiveAFigureTheFiveCountriesWhenItsSentenceNamesCentralAsiaAlone(String title, String body,
                                                                             String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Учения в Киргизии | В учениях ОДКБ участвуют военные Казахстана, Киргизии, России и Таджикистана. Общее число участников составляет около 1200 человек. | 1200 человек | KG KZ RU TJ
            Exercise in Kyrgyzstan | The CSTO exercise brings together troops of Kazakhstan, Kyrgyzstan, Russia and Tajikistan. About 1,200 servicemen take part. | 1,200 servicemen | KG KZ RU TJ
            Exercice au Kirghizstan | L'exercice de l'OTSC réunit des militaires du Kazakhstan, du Kirghizstan, de la Russie et du Tadjikistan. Environ 1 200 militaires y participent. | 1 200 militaires | KG KZ RU TJ
            Exercise in Tajikistan | The CSTO exercise will be held in Tajikistan. About 1,200 servicemen take part. | 1,200 servicemen | CSTO TJ
            """)
    void shouldGiveACountTheMembersNotTheBlocWhenTheSentenceBeforeNamesThreeMembers(String title, String body,
                                                                                  String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Токаев о перевозках | По железной дороге Казахстан – Туркменистан – Иран, которая выступает звеном коридора Север – Юг, за 10 месяцев перевезено 1,5 млн тонн. | 1,5 млн тонн | IR KZ TM
            Tokayev on freight | The Kazakhstan–Turkmenistan–Iran railway, a link of the North–South corridor, carried 1.5 million tonnes in ten months. | 1.5 million tonnes | IR KZ TM
            Tokaïev et le fret | La voie ferrée Kazakhstan – Turkménistan – Iran, maillon du corridor Nord-Sud, a transporté 1,5 million de tonnes en dix mois. | 1,5 million de tonnes | IR KZ TM
            Tokayev on freight | The North–South corridor, which includes the Kazakhstan–Turkmenistan–Iran railway, carried 1.5 million tonnes in ten months. | 1.5 million tonnes | INSTC
            """)
    void shouldGiveFreightToTheLineOfThreeCountriesWhenItIsNamedBeforeTheCorridorItLinks(String title, String body,
                                                                                        String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan is second among buyers of Kazakh wheat | In January-October, Kazakhstan exported 3.1 million tons of wheat. | 3.1 million tons | KZ
            Le Tadjikistan, deuxième acheteur de blé kazakh | De janvier à octobre, le Kazakhstan a exporté 3,1 millions de tonnes de blé. | 3,1 millions de tonnes | KZ
            Таджикистан на втором месте среди покупателей казахстанской пшеницы | За январь-октябрь Казахстан экспортировал 3,1 млн тонн пшеницы. | 3,1 млн тонн | KZ
            Швейцария покупает кыргызское золото | По итогам 2023 года Кыргызстан экспортировал 20,2 тонны золота на $1,28 млрд. | 20,2 тонны | KG
            Tajikistan is second among buyers of Kazakh wheat | In January-October, Kazakhstan exported 3.1 million tons of wheat to Uzbekistan. | 3.1 million tons | KZ UZ
            Kazakhstan and the EU | Kazakh exports reached $32.3 billion. | $32.3 billion | EU KZ
            """)
    void shouldKeepTheExporterAloneWhenItIsTheSubjectOfAVerbOfExportAndNoPartnerIsNamed(String title, String body,
                                                                                       String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan starts to supply flour to Afghanistan | Some 4.2 million tons of grain have been exported since the beginning of this year. | 4.2 million tons | KZ
            Kazakhstan starts to supply flour to Afghanistan | According to the ministry, Kazakhstan is to export over six million tons of grain in 2023. | six million tons | KZ
            Le Kazakhstan livre de la farine à l'Afghanistan | Au cours de la saison écoulée, les exportations ont atteint 13,4 millions de tonnes. | 13,4 millions de tonnes | KZ
            Узбекистан поставляет помидоры в Казахстан | Объем экспорта помидоров снизился на 13 тыс. тонн. | 13 тыс. тонн | UZ
            Кыргызстан продает золото в Швейцарию | С марта по май республика экспортировала 1 тонну золота. | 1 тонну | KG
            Kazakhstan starts to supply flour to Afghanistan | Some 4.2 million tons of grain have been exported to Afghanistan since January. | 4.2 million tons | AF KZ
            Kazakhstan starts to supply flour to Afghanistan | Exports to Afghanistan reached 4.2 million tons. | 4.2 million tons | AF KZ
            Узбекистан поставляет помидоры в Казахстан | Экспорт помидоров в Казахстан составил 13 тыс. тонн. | 13 тыс. тонн | KZ UZ
            Kazakhstan starts to supply flour to Afghanistan | Goods worth $420 million have been exported since the beginning of this year. | $420 million | AF KZ
            """)
    void shouldKeepTheExporterAloneWhenTonnesAreExportedAndNoBuyerIsNamed(String title, String body, String figure,
                                                                        String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh grain | Kazakhstan exported 7.7 million tons of wheat. In six months 4,186 thousand tons were exported, including 2,345 thousand tons to Uzbekistan, 428 thousand tons to Tajikistan and 259 thousand tons to Turkmenistan. | 428 thousand tons | KZ TJ
            Kazakh grain | Kazakhstan exported 7.7 million tons of wheat. In six months 4,186 thousand tons were exported, including 2,345 thousand tons to Uzbekistan, 428 thousand tons to Tajikistan and 259 thousand tons to Turkmenistan. | 2,345 thousand tons | KZ UZ
            Kazakhstan begins export of new grain | Kazakhstan has begun exporting grain. Grain exports to Uzbekistan amounted to 738,000 tons (49% more than a year ago), and 298,000 tons were shipped to Tajikistan (a 48% increase). | 298,000 tons | KZ TJ
            Kazakhstan begins export of new grain | Kazakhstan has begun exporting grain. Grain exports to Uzbekistan amounted to 738,000 tons (49% more than a year ago), and 298,000 tons were shipped to Tajikistan (a 48% increase). | 49% | KZ UZ
            Le blé kazakh | Le Kazakhstan a exporté 12,4 millions de tonnes de blé. Vers l'Ouzbékistan, les livraisons ont atteint 4,34 millions de tonnes. | 4,34 millions de tonnes | KZ UZ
            Le blé kazakh | Le Kazakhstan a exporté 12,4 millions de tonnes de blé. Le Tadjikistan a importé 1,45 million de tonnes, soit une hausse de 39 %. | 1,45 million de tonnes | KZ TJ
            Казахстанское зерно | Казахстан экспортировал 12,4 млн тонн пшеницы. Поставки в Узбекистан составили 4,3 млн тонн, в Таджикистан – 1,4 млн тонн. | 4,3 млн тонн | KZ UZ
            Казахстанское зерно | Казахстан экспортировал 12,4 млн тонн пшеницы. Поставки в Узбекистан составили 4,3 млн тонн, в Таджикистан – 1,4 млн тонн. | 1,4 млн тонн | KZ TJ
            Kazakh flour for Afghanistan | Kazakhstan exports 8 million tons of grain a year. In September Kazakhstan exported 60,200 tons of flour and 15,600 tons of grain to Afghanistan. | 60,200 tons | AF KZ
            Казахская мука для Афганистана | Казахстан экспортировал 8 млн тонн зерна. В сентябре отгружено 60 тысяч тонн муки и 15 тысяч тонн зерна в Афганистан. | 60 тысяч тонн | AF KZ
            La farine kazakhe pour l'Afghanistan | Le Kazakhstan a exporté 8 millions de tonnes de céréales. En septembre, 60 200 tonnes de farine et 15 600 tonnes de grain ont été livrées vers l'Afghanistan. | 60 200 tonnes | AF KZ
            Кыргызстан продал золото | Кыргызстан экспортировал 20 тонн золота. Кроме того, республика поставила 1,8 тонны золота на $115 миллионов в Гонконг и 1,29 тонны на $80 миллионов в Объединенные Арабские Эмираты. | 1,29 тонны | AE KG
            """)
    void shouldGiveAShipmentTheArticlesExporterAndTheBuyerWrittenNextToIt(String title, String body, String figure,
                                                                        String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Казахстанское зерно | Казахстан экспортировал 12 млн тонн пшеницы. В Узбекистане сообщили, что поставки в Таджикистан составили 1 млн тонн. | 1 млн тонн | TJ UZ
            Le blé kazakh | Le Kazakhstan a exporté 12 millions de tonnes de blé. En Ouzbékistan, on indique que les livraisons vers le Tadjikistan ont atteint 1 million de tonnes. | 1 million de tonnes | TJ UZ
            Kazakh grain | Kazakhstan exported 12 million tons of wheat. In Uzbekistan, officials said deliveries to Tajikistan reached 1 million tons. | 1 million tons | TJ UZ
            # no verb of export, so no exporter for the shipment; the headline's Kazakhstan is the partner of the
            # deliveries by decision 6 of round 29 (PassingBetweenPartiesTest), no longer the buyer alone
            Kazakh grain | Kazakhstan harvested 27 million tons of wheat. Deliveries to Uzbekistan reached 2.1 million tons. | 2.1 million tons | KZ UZ
            """)
    void shouldLeaveAShipmentToTheSentenceWhenACountryIsNoBuyerOrTheArticleNamesNoExporter(String title,
                                                                                         String body,
                                                                                         String figure,
                                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan to export over 6mln tons of grain this year | Afghanistan remains a key buyer of Kazakh flour. | 6mln tons | KZ
            Kazakh flour for Afghanistan | Afghanistan remains a key buyer of Kazakh flour. Kazakhstan exports 8 million tons of grain a year. | 8 million tons | KZ
            Kazakh flour for Afghanistan | Afghanistan remains a key buyer of Kazakh flour. Kazakhstan plans to export about 8 million tons of grain this year. | 8 million tons | KZ
            Kazakhstan and the EU | Kazakh exports reached $32.3 billion. | $32.3 billion | EU KZ
            """)
    void shouldReadExportAsAVerbAfterToOrRightBeforeAnAmount(String title, String body, String figure,
                                                            String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Border guard killed in a clash with Afghan smugglers | Tajik border guards reportedly found 4 Kalashnikov rifles and more than 33 kilograms of narcotics on the spot. | 33 kilograms | AF TJ
            Пограничник погиб в столкновении на таджикско-афганской границе | Таджикские пограничники обнаружили на месте 4 автомата и более 33 килограммов наркотиков. | 33 килограммов | AF TJ
            Trois contrebandiers afghans tués à la frontière tadjike | Cinq contrebandiers ont tenté de passer au Tadjikistan depuis l'Afghanistan. Les gardes-frontières tadjiks ont découvert sur place quatre fusils et plus de 33 kilogrammes de drogue. | 33 kilogrammes | AF TJ
            Seizure in Bishkek | Kyrgyz police found 35 kg of heroin in a flat in Bishkek. | 35 kg | KG
            """)
    void shouldGiveWhatBorderGuardsFindBothSidesOfTheBorder(String title, String body, String figure,
                                                           String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Foreign trade by region | Uzbekistan's statistics agency published the figures of Uzbekistan's regions. Trade with China grew fastest. ¶ Exports grew by 6.2% to $7.66 billion. | $7.66 billion | UZ
            Внешняя торговля по регионам | Агентство статистики Узбекистана опубликовало данные по регионам Узбекистана. Быстрее всего росла торговля с Китаем. ¶ Экспорт вырос на 6,2% до $7,66 млрд. | $7,66 млрд | UZ
            Le commerce extérieur par région | L'agence des statistiques de l'Ouzbékistan a publié les chiffres des régions de l'Ouzbékistan. Le commerce avec la Chine a le plus progressé. ¶ Les exportations ont augmenté de 6,2 % à 7,66 milliards de dollars. | 7,66 milliards de dollars | UZ
            Trade by region | Uzbekistan's statistics agency published the figures of Uzbekistan's regions. Trade with China grew fastest. ¶ Exports grew by 6.2% to $7.66 billion. | $7.66 billion | UZ
            """)
    void shouldGiveAFigureUnderAForeignTradeHeadlineNamingNoCountryTheCountryTheArticleNamesMost(String title,
                                                                                               String body,
                                                                                               String figure,
                                                                                               String subjects) {
        // "¶" separates paragraphs: a text block cannot hold a blank line inside one CSV row
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Iran's rail trade with Turkmenistan up 30% at Sarakhs border crossing | Nearly 600,000 tons of transit cargo passed the Sarakhs railway border this year. | 600,000 tons | IR TM
            Торговля Ирана с Туркменистаном через Серахс выросла на 30% | Через пограничный терминал Серахс в этом году транзитом перевезено 600 тысяч тонн грузов. | 600 тысяч тонн | IR TM
            Le commerce ferroviaire de l'Iran avec le Turkménistan progresse de 30% | Cette année, près de 600 000 tonnes de fret en transit ont franchi la frontière à Sarakhs. | 600 000 tonnes | IR TM
            Iran builds a container hub at Sarakhs | Nearly 600,000 tons of transit cargo passed the Sarakhs railway border this year. | 600,000 tons | IR
            """)
    void shouldGiveFreightThroughABorderCrossingBothCountriesOfTheHeadline(String title, String body, String figure,
                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            45 Afghan drugs trafficking routes passing through Kyrgyzstan destroyed | The drug control service of Kyrgyzstan published its report for 2015. The total weight of seized drugs was 335 kg. | 335 kg | KG
            Разрушены 45 маршрутов афганских наркотиков через Кыргызстан | Служба контроля наркотиков Кыргызстана опубликовала отчет за 2015 год. Общий вес изъятых наркотиков составил 335 кг. | 335 кг | KG
            45 routes de l'héroïne afghane à travers le Kirghizistan démantelées | Le service de contrôle des drogues du Kirghizistan a publié son bilan de 2015. Le poids total des drogues saisies a atteint 335 kg. | 335 kg | KG
            """)
    void shouldLeaveTheHeadlinesDrugOriginOutOfTheSeizingCountrysFigures(String title, String body, String figure,
                                                                       String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan reinforces its border | Tajikistan sent 500 soldiers to reinforce the Tajik-Afghan border. | 500 soldiers | AF TJ
            Таджикистан усиливает границу | Таджикистан направил 500 военнослужащих на таджикско-афганскую границу. | 500 военнослужащих | AF TJ
            Drug seizures | Tajik border guards seized more than 38 kilograms of drugs on the Tajik-Afghan border. | 38 kilograms | AF TJ
            Изъятие наркотиков | Более 38 килограмм наркотиков задержали таджикские пограничники на таджикско-афганской границе. | 38 килограмм | AF TJ
            Heurts à la frontière | Lors du conflit armé à la frontière kirghizo-tadjike, 24 citoyens kirghiz ont été tués. | 24 citoyens | KG TJ
            Clashes on the border | As a result of an armed conflict at the Kyrgyz-Tajik border, 24 Kyrgyz citizens were killed. | 24 Kyrgyz | KG TJ
            """)
    void shouldKeepBothCountriesWhenTheyNameTheBorderTogether(String title, String body, String figure,
                                                            String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le Kazakhstan et l'UE | Les échanges entre l'Union européenne et le Kazakhstan s'élèvent à 16,2 milliards d'euros, contre 1,8 milliard d'euros avec l'Ouzbékistan. | 16,2 milliards d'euros | EU KZ
            Uzbekistan signs deals | Uzbekistan signed agreements worth $16 billion with China and $4.6 billion with Russia. | $16 billion | CN UZ
            Узбекистан подписал соглашения | Узбекистан подписал соглашения на 16 млрд долларов с Китаем и на 4,6 млрд долларов с Россией. | 16 млрд долларов | CN UZ
            Turkey and Kazakhstan | Over 15 years Turkey has invested $4.35 billion in Kazakhstan, and the Central Asian country $1.13 billion in Turkey. | $4.35 billion | KZ TR
            Railway project | China holds 51% of the joint venture, while Kyrgyzstan and Uzbekistan share the remaining 49%. | 51% | CN KG UZ
            Chemin de fer | Le projet est une coentreprise dont la Chine détient 51% des parts, tandis que le Kirghizistan et l'Ouzbékistan se partagent les 49% restants. | 51% | CN KG UZ
            Железная дорога | Китаю принадлежит 51% акций проекта, а Киргизия и Узбекистан делят оставшиеся 49%. | 51% | CN
            """)
    void shouldLeaveThePartyOfTheNextFigureToItWhenASentenceComparesTwo(String title, String body, String figure,
                                                                       String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Xinjiang and its neighbours | Customs data show Central Asia as the largest trading partner of China. In 2023, trade turnover surged by 50%. | 50% | CN KG KZ TJ TM UZ
            Синьцзян и соседи | Центральная Азия стала крупнейшим торговым партнером Китая. В 2023 году товарооборот вырос на 50%. | 50% | CN KG KZ TJ TM UZ
            """)
    void shouldTakeTheRegionFromTheParagraphWhenTheSentenceNamesNoParty(String title, String body, String figure,
                                                                       String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rail terminals | The Alashankou terminal can handle 200,000 TEU per year. | 200,000 TEU | CN
            Les ports du Golfe | Le port de Chabahar peut traiter 8,5 millions de tonnes de marchandises par an. | 8,5 millions de tonnes | IR
            Железная дорога | Пропускная способность перехода Торугарт составит 1 млн тонн грузов в год. | 1 млн тонн | KG
            """)
    void shouldPlaceAPortOrCrossingInItsCountryWhenItIsNamedByItsTown(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Aktau | In 2024 the port of Aktau received 300 trains from China. | 300 trains | KZ
            Актау | В 2024 году порт Актау принял 300 поездов из Китая. | 300 поездов | KZ
            Aktau | En 2024, le port d'Aktau a reçu 300 trains en provenance de Chine. | 300 trains | KZ
            Хоргос | Терминал Хоргос в марте обработал 19 поездов из Китая. | 19 поездов | KZ
            Khorgos | En mars, le terminal de Khorgos a traité 19 trains venus de Chine. | 19 trains | KZ
            Khorgos | Chinese companies have bought 49% of the Khorgos dry port from Kazakhstan. | 49% | CN KZ
            """)
    void shouldGiveWhatAPortHandlesToTheCountryOfItsTownWhenTheMetricIsUnknown(String title, String body,
                                                                             String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China-Kyrgyzstan-Uzbekistan railway | The total cost of the project could reach $8 billion, according to the Kyrgyz authorities. | $8 billion | CN KG UZ
            Железная дорога Китай – Кыргызстан – Узбекистан | По данным кыргызского правительства, общая стоимость проекта составит 4,7 млрд долларов. | 4,7 млрд долларов | CN KG UZ
            Le chemin de fer Chine – Kirghizstan – Ouzbékistan | Selon le gouvernement kirghize, le coût total du projet est estimé à 4,7 milliards de dollars. | 4,7 milliards de dollars | CN KG UZ
            China-Kyrgyzstan-Uzbekistan railway | According to the Kyrgyz authorities, Kyrgyzstan will pay $1 billion for the project. | $1 billion | KG
            """)
    void shouldGiveAProjectFigureTheCountriesOfTheLineWhenItsSentenceNamesACountryOnlyAsSource(String title,
                                                                                             String body,
                                                                                             String figure,
                                                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trans-Afghan railway | Uzbekistan will invest in a 657 km railway line from Mazar-e-Sharif to Herat that will connect Uzbekistan with Iran. | 657 km | AF
            Транзит через Афганистан | Узбекистан профинансирует строительство железной дороги длиной 657 км от Мазари-Шарифа до Герата, которая свяжет Узбекистан с Ираном. | 657 км | AF
            Le transit afghan | L'Ouzbékistan financera une ligne ferroviaire de 657 km de Mazar-e-Sharif à Herat, qui reliera l'Ouzbékistan à l'Iran. | 657 km | AF
            Trans-Afghan railway | The 760 km railway from Termez to Kabul will connect Uzbekistan with Pakistan. | 760 km | AF PK UZ
            """)
    void shouldGiveTheLengthOfALineBetweenTwoTownsOfOneCountryToThatCountry(String title, String body, String figure,
                                                                           String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan and Tajikistan settle their border | The border separates two of the most mountainous countries in the world by almost 1,000 kilometers. | 1,000 kilometers | KG TJ
            Russia and Kazakhstan | So far, 93 projects have been developed with a total investment of $18.3 billion, creating over 22,000 new jobs in Kazakhstan. | 22,000 new | KZ RU
            """)
    void shouldKeepBothPartiesWhenTheWorldOrATotalIsNoTradeFlow(String title, String body, String figure,
                                                                String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia in Central Asia | Russia is a key trade partner for the region, as the steady growth of trade turnover confirms. Its total volume last year exceeded $44 billion. | $44 billion | KG KZ RU TJ TM UZ
            La Russie en Asie centrale | La Russie est un partenaire commercial clé pour la région, comme le confirme la croissance des échanges commerciaux. Leur volume total a dépassé 44 milliards de dollars l'an dernier. | 44 milliards de dollars | KG KZ RU TJ TM UZ
            """)
    void shouldTakeTheRegionWhenTheSentenceBeforeSpeaksOfItsTrade(String title, String body, String figure,
                                                                  String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and the Middle Corridor | According to Kazakhstan's Ministry of Industry, delivery along the corridor now takes 18 days. | 18 days | TITR
            Le Kazakhstan et le corridor transcaspien | Selon le ministère kazakh de l'Industrie, la livraison par le corridor prend désormais 18 jours. | 18 jours | TITR
            Казахстан и Средний коридор | По данным Министерства индустрии Казахстана, срок доставки грузов по коридору составляет сейчас 18 дней. | 18 дней | TITR
            """)
    void shouldTakeTheArticlesCorridorWhenAFigureSpeaksOfTheCorridorWithoutNamingIt(String title, String body,
                                                                                   String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oʻzbekiston va Rossiya | Ikki davlat oʻrtasidagi tovar ayirboshlash hajmi 9,2 milliard dollarni tashkil etdi. | 9,2 milliard dollarni | RU UZ
            Қазақстан мен Өзбекстан | Екі ел арасындағы тауар айналымы 4 млрд долларға жетті. | 4 млрд долларға | KZ UZ
            """)
    void shouldReadThePartiesOfAHeadlineInKazakhAndUzbek(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and the Middle Corridor | Kazakhstan and Azerbaijan develop the Middle Corridor together. Delivery now takes 23 days instead of 53. | 23 days | TITR
            Le Kazakhstan et le corridor médian | Le Kazakhstan et l'Azerbaïdjan développent ensemble le corridor médian. La livraison prend désormais 23 jours. | 23 jours | TITR
            """)
    void shouldContinueTheCorridorOfTheParagraphAloneWhenTheSentenceNamesNothing(String title, String body,
                                                                                String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan and Kazakhstan | In 2018, Tajikistan's trade with the SCO member states exceeded $2.9 billion. | $2.9 billion | TJ
            Le Tadjikistan et le Kazakhstan | En 2018, le commerce du Tadjikistan avec les pays de la CEI a dépassé 2,9 milliards de dollars. | 2,9 milliards de dollars | TJ
            Таджикистан и Казахстан | В 2018 году объем товарооборота Таджикистана со странами-членами ШОС превысил 2,9 млрд долларов США. | 2,9 млрд долларов | TJ
            """)
    void shouldLeaveTheOneCountryAloneWhenItsPartnerIsABlocWithNoCode(String title, String body, String figure,
                                                                     String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan and Uzbekistan | The total volume of Tajikistan-CIS nations trade amounted to some $145 million, 22.9 percent of the 2014 level. | 22.9 percent | TJ
            Tajikistan and Uzbekistan | Trade between Tajikistan and the Commonwealth of Independent States exceeded $1.5 billion, up 4.9 percent. | 4.9 percent | TJ
            Le Tadjikistan et l'Ouzbékistan | Les échanges entre le Tadjikistan et la Communauté des États indépendants ont dépassé 1,5 milliard de dollars, en hausse de 4,9 %. | 4,9 % | TJ
            Таджикистан и Узбекистан | Всего товарооборот между Таджикистаном и странами Содружества независимых государств составил более 1,5 миллиарда долларов, что на 4,9 процента больше. | 4,9 процента | TJ
            """)
    void shouldLeaveTheOneCountryAloneWhenABlocWithNoCodeIsItsPartnerByADashOrBetween(String title, String body,
                                                                                    String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan imports wheat from Kazakhstan | Kazakhstan has exported 3.9 million tons of wheat.\\n\\nOf this amount, 2.7 million tons were delivered to the CIS member nations. | 2.7 million tons | KZ
            Le Tadjikistan importe du blé du Kazakhstan | Le Kazakhstan a exporté 3,9 millions de tonnes de blé.\\n\\nSur ce volume, 2,7 millions de tonnes ont été livrées vers les pays de la CEI. | 2,7 millions de tonnes | KZ
            Таджикистан импортирует пшеницу из Казахстана | Казахстан экспортировал 3,9 млн тонн пшеницы.\\n\\nИз этого объема 2,7 млн тонн поставлено в страны СНГ. | 2,7 млн тонн | KZ
            Tajikistan's trade with the SCO | Tajikistan, India and Kazakhstan are members. According to statistics, trade with the SCO member states exceeded $2.9 billion last year. | $2.9 billion | TJ
            """)
    void shouldGoOnAboutTheOneCountryBeforeWhenASentenceNamesOnlyABlocWithNoCodeForPartner(String title, String body,
                                                                                         String figure,
                                                                                         String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Middle Corridor grows | The Middle Corridor links China and Europe. Oil handling at the port of Aktau rose to 1.8 million tons in the first half. | 1.8 million tons | KZ
            Le corridor médian progresse | Le corridor médian relie la Chine à l'Europe. Le transbordement de pétrole au port d'Aktaou a atteint 1,8 million de tonnes. | 1,8 million de tonnes | KZ
            Средний коридор растет | Средний коридор связывает Китай и Европу. Перевалка нефти через морской порт Актау выросла до 1,8 млн тонн. | 1,8 млн тонн | KZ
            Средний коридор растет | Средний коридор связывает Китай и Европу. Порт Актау играет ключевую роль. За полугодие через порт перевалено 2,3 млн тонн груза. | 2,3 млн тонн | KZ
            The Middle Corridor grows | The Middle Corridor links China and Europe. In January-June, the number of containers transported along the Turkmenbashi port – Alat port route amounted to 2,362 TEU. | 2,362 TEU | AZ TM
            """)
    void shouldGiveAPortsTrafficToItsCountryWhenTheArticleIsAboutACorridor(String title, String body, String figure,
                                                                          String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le commerce extérieur de l'Ouzbékistan | Les Émirats arabes unis achètent de l'or. Selon l'institution, le volume des exportations dans le commerce extérieur a atteint 29 milliards de dollars. | 29 milliards de dollars | UZ
            Uzbekistan's foreign trade | The United Arab Emirates buy gold. According to the agency, exports in foreign trade reached $29 billion. | $29 billion | UZ
            Ўзбекистон ва Қозоғистон | Ўзбекистон Статистика агентлиги маълумотларига кўра, январь ойида мамлакат ташқи савдо айланмаси 4,5 миллиард долларни ташкил этди. | 4,5 миллиард долларни | UZ
            Узбекистан и Казахстан | По данным агентства статистики Узбекистана, в январе внешняя торговля страны составила 4,5 млрд долларов. | 4,5 млрд долларов | UZ
            Итоги пяти месяцев | Внешнеторговый товарооборот Киргизии составил 2,1 млрд долларов. Торговля с ЕАЭС составила 927 млн долларов, экспорт в ЕАЭС вырос. | 2,1 млрд долларов | KG
            Итоги года | Объем внешней торговли Казахстана достиг 130 млрд долларов. Торговля с Россией и с ЕАЭС росла, как и с Китаем и ЕАЭС. | 130 млрд долларов | KZ
            """)
    void shouldKeepTheArticlesOneCountryWhenAFigureIsItsForeignTrade(String title, String body, String figure,
                                                                    String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan opens a second railway track | Trains from China will use it. ¶ A total of 450 units of equipment are involved on the construction site. | 450 units | KZ
            Le Kazakhstan ouvre une deuxième voie ferrée | Les trains venus de Chine l'emprunteront. ¶ Au total, 450 engins sont mobilisés sur le chantier. | 450 engins | KZ
            Казахстан открывает второй путь железной дороги | По нему пойдут поезда из Китая. ¶ На стройке задействовано 450 единиц техники. | 450 единиц | KZ
            Kazakhstan opens a second railway track | Trains from China will use it. ¶ The section is under construction. Its entire length is 836 kilometers. | 836 kilometers | KZ
            Первый миллион тонн в терминале Курыка | Грузы идут из Китая. ¶ В среднем прогнозируется перевозка до 300 тысяч контейнеров в год. | 300 тысяч контейнеров | KZ
            """)
    void shouldTakeTheHeadlinesOneCountryAloneWhenAFigureOfNoMetricNamesNoParty(String title, String body,
                                                                              String figure, String subjects) {
        // "¶" separates paragraphs: a text block cannot hold a blank line inside one CSV row
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan's foreign trade in January-October | The United Arab Emirates buy gold. ¶ Uzbekistan's exports reached $29 billion. | $29 billion | UZ
            Le commerce extérieur de l'Ouzbékistan | Les Émirats arabes unis achètent de l'or. ¶ Les exportations de l'Ouzbékistan ont atteint 29 milliards de dollars. | 29 milliards de dollars | UZ
            Внешняя торговля Узбекистана | Объединенные Арабские Эмираты покупают золото. ¶ Экспорт Узбекистана достиг 29 млрд долларов. | 29 млрд долларов | UZ
            Uzbekistan and the Emirates | The United Arab Emirates buy gold. ¶ Uzbekistan's exports reached $29 billion. | $29 billion | AE UZ
            """)
    void shouldKeepTheOneCountryAloneWhenTheHeadlineIsAboutItsForeignTrade(String title, String body, String figure,
                                                                         String subjects) {
        // "¶" separates paragraphs: a text block cannot hold a blank line inside one CSV row
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan signs a railway deal | The Trans-Afghan railway will be 647 km long. | 647 km | AF PK UZ
            Length of the Trans-Afghan railway | The line will start in Termez. Its length will be 647 km. | 647 km | AF PK UZ
            Трансафганская железная дорога | Протяженность Трансафганской железной дороги составит 647 км. | 647 км | AF PK UZ
            Le chemin de fer transafghan | Le coût du chemin de fer transafghan est estimé à 4,6 milliards de dollars. | 4,6 milliards de dollars | AF PK UZ
            Kazakh oil exports | About 46.3 million tons of oil were shipped via the CPC in ten months. | 46.3 million tons | KZ RU
            Экспорт казахстанской нефти | За десять месяцев по нефтепроводу КТК транспортировано 46,3 млн тонн нефти. | 46,3 млн тонн | KZ RU
            Le pétrole kazakh | L'oléoduc BTC a transporté 26 millions de tonnes de pétrole l'an dernier. | 26 millions de tonnes | AZ GE TR
            China-Kyrgyzstan-Uzbekistan railway to start in 2014 | Kyrgyzstan expects transit revenue. There will be 48 tunnels and 95 bridges on the route. | 48 tunnels | CN KG UZ
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Le Kirghizistan espère des revenus de transit. Ce chemin de fer nécessitera la construction de 27 tunnels. | 27 tunnels | CN KG UZ
            Железная дорога Китай–Киргизия–Узбекистан | Киргизия рассчитывает на доходы от транзита. На маршруте будет построено 48 тоннелей. | 48 тоннелей | CN KG UZ
            Turkmenistan to take part in Lapis Lazuli corridor | Turkmenistan joined the talks. The project budget is estimated at $2 billion. | $2 billion | AF AZ GE TM TR
            Freight in the Caucasus | The Caucasus transportation corridor carried 8.4 million tons in nine months. | 8.4 million tons | AZ GE TR
            Caucasus trade corridor grows | Freight on the corridor rose to 8.4 million tons in nine months. | 8.4 million tons | AZ GE TR
            Грузы на Кавказе | По Кавказскому транспортному коридору за девять месяцев перевезено 8,4 млн тонн. | 8,4 млн тонн | AZ GE TR
            Le fret au Caucase | Le corridor de transport du Caucase a acheminé 8,4 millions de tonnes en neuf mois. | 8,4 millions de tonnes | AZ GE TR
            Un projet ambitieux | Le chemin de fer Chine–Kirghizistan–Ouzbékistan sera construit. Le coût du projet atteint 8 milliards de dollars. | 8 milliards de dollars | CN KG UZ
            Железная дорога Китай–Киргизия–Узбекистан | Стоимость проекта составит 8 млрд долларов. | 8 млрд долларов | CN KG UZ
            """)
    void shouldGiveARailwayOrPipelineKnownByItsNameTheCountriesItLinks(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // gold-j: the Uzbekistan–Afghanistan–Pakistan route takes [UZ, AF, PK] with or without its name; a route of no
    // known name keeps its two ends (gold-b: China–Europe freight through Kazakhstan)
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbek freight to Pakistan | In 2022 cargo transportation between Uzbekistan and Pakistan through Afghanistan rose to 675,000 tons. | 675,000 tons | AF PK UZ
            Uzbek freight to Pakistan | Freight from Uzbekistan to Pakistan via Afghanistan grew 2.5-fold in 2022. | 2.5-fold | AF PK UZ
            Грузы Узбекистана в Пакистан | В 2022 году перевозки между Узбекистаном и Пакистаном через Афганистан выросли до 675 тысяч тонн. | 675 тысяч тонн | AF PK UZ
            Le fret ouzbek vers le Pakistan | En 2022, le fret entre l'Ouzbékistan et le Pakistan via l'Afghanistan a atteint 675 000 tonnes. | 675 000 tonnes | AF PK UZ
            China–Europe freight | Freight between China and Europe through Kazakhstan reached 20 million tons in 2024. | 20 million tons | CN EU
            Транзит Китай – Европа | Перевозки между Китаем и Европой через Казахстан в 2024 году составили 20 млн тонн. | 20 млн тонн | CN EU
            """)
    void shouldGiveANamedRouteDescribedByItsCountriesAllThree(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan's deficits with its main trading partners | Uzbekistan's trade turnover reached $26.7 billion in January-May. China was its largest partner. | $26.7 billion | UZ
            L'Ouzbékistan et ses principaux partenaires commerciaux | Le chiffre d'affaires commercial de l'Ouzbékistan a atteint 26,7 milliards de dollars. La Chine est son premier partenaire. | 26,7 milliards de dollars | UZ
            Узбекистан и его основные торговые партнеры | Товарооборот Узбекистана достиг 26,7 млрд долларов. Китай стал крупнейшим партнером. | 26,7 млрд долларов | UZ
            Uzbekistan's trade with its partners | Trade with China reached $4 billion. | $4 billion | CN UZ
            Tajikistan's trade in five months | Russia remained the main partner, and Russia's share grew. Among the CIS countries after Russia, the largest volume of trade was registered with Kazakhstan, $550 million. | $550 million | KZ TJ
            """)
    void shouldKeepOneCountrysTradeItsOwnWhenTheHeadlineSpeaksOfItsPartners(String title, String body, String figure,
                                                                           String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan-China freight turnover | According to KTZ, the volume of transit cargo since January has increased by 35 percent, totaling 7.2 million tons. | 7.2 million tons | KZ
            Грузооборот Казахстана и Китая | По данным КТЖ, объем транзитных перевозок с начала года вырос на 35% и составил 7,2 млн тонн. | 7,2 млн тонн | KZ
            Kazakhstan-China freight turnover | According to KTZ, transit cargo grew by 35 percent. Container traffic grew by 19 percent, reaching 313,000 TEUs. | 313,000 TEUs | KZ
            Le fret entre le Kazakhstan et la Chine | Selon KTZ, le transit de marchandises a augmenté de 35 %. Le trafic de conteneurs a atteint 313 000 EVP. | 313 000 EVP | KZ
            Грузооборот Казахстана и Китая | По данным КТЖ, транзитные перевозки выросли на 35%. Контейнерные перевозки достигли 313 тыс. ДФЭ. | 313 тыс. ДФЭ | KZ
            Kazakhstan-China freight turnover | Container transit has tripled and reached more than one million TEUs, with the largest volume coming from the China-Europe-China route. | one million TEUs | KZ
            """)
    void shouldGiveTransitItsTransitCountryWhenOnlyThatCountrysRailwayIsNamed(String title, String body, String figure,
                                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Иран и Туркменистан | Объем реализуемой на внешних рынках иранской продукции достиг $265 млн. | $265 млн | IR
            Mongolia and China | Coal made up 47 percent of Mongolia's foreign sales in 2011. | 47 percent | MN
            Kazakhstan and the EU | The EU's share in foreign trade is approximately 30%. | 30% | EU KZ
            """)
    void shouldKeepOneCountrysSalesAbroadItsOwnUnlessAShareOfAnothersTradeIsMeant(String title, String body,
                                                                                String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China-Kyrgyzstan-Uzbekistan railway | The Kyrgyz section of the railway will be 280 km long. | 280 km | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | La section kirghize de la ligne mesurera 280 km. | 280 km | KG
            Железная дорога Китай–Киргизия–Узбекистан | Протяженность киргизского участка дороги составит 280 км. | 280 км | KG
            Rail links of the Middle Corridor | The Kazakh section of the Middle Corridor carried 4.5 million tons. | 4.5 million tons | KZ
            China-Kyrgyzstan-Uzbekistan railway | The Kyrgyz section will cost $4.7 billion. | $4.7 billion | KG
            China-Kyrgyzstan-Uzbekistan railway | The Kyrgyz section will span 300 km. Over 20,000 workers will be involved in the project. | 20,000 workers | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | La section kirghize mesurera 300 km. Plus de 20 000 ouvriers travailleront sur le projet. | 20 000 ouvriers | KG
            Железная дорога Китай–Киргизия–Узбекистан | Киргизский участок составит 300 км. На строительстве будут заняты более 20 000 рабочих. | 20 000 рабочих | KG
            China-Kyrgyzstan-Uzbekistan railway | The Kyrgyz section will span 300 km. Trade between China and Uzbekistan grew by 10%. | 10% | CN UZ
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Ce chemin de fer nécessitera 27 tunnels et 46 ponts sur le territoire kirghiz. | 46 ponts | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Sur le territoire kirghize, la longueur totale de la voie ferrée sera de 304 km. | 304 km | KG
            China–Kyrgyzstan–Uzbekistan railway | On Kyrgyz territory, the total length of the railway will be 304 km. | 304 km | KG
            Железная дорога Китай–Киргизия–Узбекистан | На территории Киргизии протяженность дороги составит 304 км. | 304 км | KG
            China–Kyrgyzstan–Uzbekistan railway | On Kyrgyz territory, the railway will link China with Uzbekistan over 304 km. | 304 km | CN KG UZ
            China–Kyrgyzstan–Uzbekistan route opens | The first train left. The journey takes about 12 days. | 12 days | CN KG UZ
            La route Chine–Kirghizistan–Ouzbékistan inaugurée | Le premier train est parti. Le temps de trajet est d'environ 12 jours. | 12 jours | CN KG UZ
            China–Kyrgyzstan–Uzbekistan railway | Of its 523 kilometers, 213 kilometers are within China and 260 kilometers within Kyrgyzstan. | 260 kilometers | KG
            China–Kyrgyzstan–Uzbekistan railway | The section of the project within Kyrgyzstan is 305 kilometers long. | 305 kilometers | KG
            China–Kyrgyzstan–Uzbekistan railway | The section from Torugart to Makmal in Kyrgyzstan uses a standard gauge of 1435 mm. | 1435 mm | KG
            Kazakhstan and Uzbekistan to sign deals | Agreements worth more than $8 billion will be signed within the Kazakh President's state visit to Uzbekistan. | $8 billion | KZ UZ
            Железная дорога Китай–Киргизия–Узбекистан | Протяженность участка проекта в пределах Кыргызстана составит 305 км. | 305 км | KG
            Железная дорога Китай–Киргизия–Узбекистан | На железной дороге Китай - Кыргызстан - Узбекистан участок Торугарт - Макмал в Кыргызстане будет иметь колею 1435 мм. | 1435 мм | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Le tronçon du projet au Kirghizistan mesurera 305 km. | 305 km | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Le tronçon de Torugart à Makmal, au Kirghizistan, aura un écartement de 1435 mm. | 1435 mm | KG
            """)
    void shouldGiveASectionOfARouteTheOneCountryItLiesIn(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia holds drills in Tajikistan | ASTANA, Kazakhstan, May 22. More than 1,200 servicemen take part in the drills. | 1,200 servicemen | RU TJ
            La Russie et le Tadjikistan en manœuvres | MOSCOU, 21 juillet - RIA Novosti. Plus de 1 200 militaires participent aux exercices. | 1 200 militaires | RU TJ
            Россия и Таджикистан проводят учения | МОСКВА, 21 ноя — РИА Новости. В учениях участвуют более 1200 военнослужащих. | 1200 военнослужащих | RU TJ
            """)
    void shouldLeaveOutTheDatelinesPlaceWhenAReportOpensWithIt(String title, String body, String figure,
                                                               String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China became Central Asia's largest trading partner | According to Xinhua, trade grew by 12% in 2025. Uzbekistan opened a new flight. | 12% | CN KG KZ TJ TM UZ
            La Chine, premier partenaire commercial de l'Asie centrale | Selon Xinhua, les échanges ont augmenté de 12 % en 2025. L'Ouzbékistan a ouvert un vol. | 12 % | CN KG KZ TJ TM UZ
            Китай стал крупнейшим торговым партнером стран Центральной Азии | По данным китайского агентства, товарооборот увеличился на 12%. Узбекистан открыл новый рейс. | 12% | CN KG KZ TJ TM UZ
            Торговля Китая и Центральной Азии | Объем товарооборота между Китаем и этими пятью странами достиг 70,2 млрд долларов. Узбекистан открыл новый рейс. | 70,2 млрд долларов | CN KG KZ TJ TM UZ
            China and Central Asia | Trade with Kazakhstan grew by 12% in 2025. Uzbekistan opened a new flight. | 12% | CN KZ
            """)
    void shouldTakeTheHeadlinesPartyAndTheFiveCountriesWhenTheHeadlineNamesCentralAsia(String title, String body,
                                                                                        String figure,
                                                                                        String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Re-exports to Russia | The exports of these countries to Russia grew: they rose by 222% for Armenia, by 82% for Turkey and by 12% for Georgia. | 82% | RU TR
            Les réexportations vers la Russie | Les exportations de ces pays vers la Russie ont bondi: elles ont progressé de 222% pour l'Arménie, de 82% pour la Turquie ou encore de 12% pour la Géorgie. | 12% | GE RU
            Реэкспорт в Россию | Экспорт этих стран в Россию вырос: на 222% для Армении, на 82% для Турции и на 12% для Грузии. | 82% | RU TR
            Uzbekistan's deals | Uzbekistan signed agreements worth $16 billion with China and $4.6 billion with Russia. | $4.6 billion | RU UZ
            Le commerce kirghiz | En 2017, 29% du commerce du Kirghizstan était fait avec la Chine, contre 18% avec la Russie (soit 1 milliard de dollars d'échanges entre la Russie et le Kirghizstan). | 1 milliard de dollars | KG RU
            """)
    void shouldPairEachFigureWithThePartyRightAfterItWhenEveryItemNamesItsOwn(String title, String body, String figure,
                                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oil transshipment via Caspian Pipeline Consortium increases | Oil shipped via the CPC grew. Kazmortransflot transported 2.09 million tons of oil in the first quarter. | 2.09 million tons | KZ
            Le transport de pétrole par le CPC augmente | Le pétrole expédié via le CPC a augmenté. Les oléoducs de KazTransOil ont transporté 10,3 millions de tonnes de pétrole. | 10,3 millions de tonnes | KZ
            Прокачка нефти через КТК выросла | Объем прокачки через КТК вырос. По трубопроводам Казтрансойла прокачано 10,3 млн тонн нефти. | 10,3 млн тонн | KZ
            """)
    void shouldGiveCargoItsCompanysCountryWhenOnlyANationalCompanyIsNamed(String title, String body, String figure,
                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight on the Middle Corridor grows | Traffic on the Middle Corridor grew this year. Cargo transported by the Azerbaijan Caspian Shipping Company rose by 70% to 1.019 million tons. | 1.019 million tons | AZ
            Le fret du corridor médian progresse | Le trafic sur le corridor médian a augmenté cette année. Les autorités du Kazakhstan annoncent de nouvelles voies ferrées d'une longueur totale de 13 000 km. | 13 000 km | KZ
            Грузоперевозки по Среднему коридору растут | Перевозки по Среднему коридору выросли в этом году. В 2025 году морским транспортом Казахстана перевезено 4,002 миллиона тонн грузов. | 4,002 миллиона тонн | KZ
            Freight on the Middle Corridor grows | Traffic on the Middle Corridor grew this year. Kazakhstan plans to double freight on this route to 10 million tons by 2028. | 10 million tons | TITR
            Le fret du corridor médian progresse | Le trafic sur le corridor médian a augmenté cette année. Selon le ministère du Kazakhstan, le volume de fret atteindra 4,2 millions de tonnes. | 4,2 millions de tonnes | TITR
            Грузоперевозки по Среднему коридору растут | Перевозки по Среднему коридору выросли в этом году. Объем перевозок в Узбекистан достиг 3,2 млн тонн. | 3,2 млн тонн | TITR
            """)
    void shouldGiveFreightTheOneCountryItsSentenceNamesWhenTheSentenceNamesNoCorridor(String title, String body,
                                                                                     String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Порты Транскаспийского маршрута | Порт Актау растет. За полугодие через порт перевалено 2,3 млн тонн груза, в том числе 118 тыс. тонн зерна, 112 тыс. тонн металла. | 112 тыс. тонн | KZ
            Порты Транскаспийского маршрута | Порт Актау растет. За полугодие через порт перевалено 2,3 млн. тонн груза, в том числе 1,8 млн. тонн нефти. | 1,8 млн. тонн | KZ
            """)
    void shouldReadASentenceToItsEndWhenAnAbbreviationEndsInADot(String title, String body, String figure,
                                                                String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Dostyk-Moyynty double track completed in Kazakhstan | The line feeds the Middle Corridor. ¶ The double tracks have grown capacity on the route by five times, to 60 trains per day. | five times | KZ
            La double voie ferrée Dostyk-Moyynty achevée au Kazakhstan | La ligne alimente le corridor médian. ¶ La capacité de la route a été multipliée par cinq, à 60 trains par jour. | 60 trains | KZ
            Вторые пути железной дороги Достык – Мойынты достроены в Казахстане | Линия ведет к Среднему коридору. ¶ Пропускная способность маршрута выросла в пять раз, до 60 поездов в сутки. | 60 поездов | KZ
            Rail links of the Middle Corridor | The line feeds the Middle Corridor. ¶ The capacity of the route grew by five times, to 60 trains per day. | 60 trains | TITR
            """)
    void shouldKeepTheLineOfTheHeadlineWhenTheBodyNamesTheCorridorItFeeds(String title, String body, String figure,
                                                                         String subjects) {
        // ¶ is a paragraph break here: the corridor is named in another paragraph than the figure's
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas deliveries | Until 2009, Gazprom was the biggest buyer of Turkmen gas. The annual volume then decreased 2.5 times. | 2.5 times | RU TM
            Livraisons de gaz | Jusqu'en 2009, Gazprom était le premier acheteur de gaz turkmène. Le volume annuel a ensuite diminué de 2,5 fois. | 2,5 fois | RU TM
            Поставки газа | До 2009 года Газпром был крупнейшим покупателем туркменского газа. Затем годовой объем сократился в 2,5 раза. | 2,5 раза | RU TM
            """)
    void shouldContinueTheCompanyOfTheSentenceBeforeWhenASentenceNamesNoParty(String title, String body,
                                                                             String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Хоргос | За 8 месяцев через СЭЗ «Хоргос» в сторону Китая прошло 6,6 тыс. контейнеров. | 6,6 тыс. контейнеров | CN KZ
            Хоргос | В 2014 году из Европы в Китай через СЭЗ «Хоргос» прошло всего 410 контейнеров. | 410 контейнеров | CN EU
            Khorgos | In eight months, 6,600 containers went towards China via SEZ Khorgos. | 6,600 containers | CN KZ
            Khorgos | En huit mois, 6 600 conteneurs sont partis vers la Chine via la ZES Khorgos. | 6 600 conteneurs | CN KZ
            China-Kyrgyzstan-Uzbekistan railway | The length of the route will be over 450 km, which will connect the railways of China and Uzbekistan through the territory of Kyrgyzstan. | 450 km | CN KG UZ
            """)
    void shouldTakeOneEndAndTheCountryCrossedWhenTrafficNamesOneEndAndATransitPlace(String title, String body,
                                                                                   String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Third line of Central Asia-China gas pipeline launched | Lines A and B of the Central Asia-China pipeline currently transport almost 28 billion cubic meters of gas per year. | 28 billion cubic meters | CN KZ TM UZ
            Le gazoduc d'Asie centrale | Le gazoduc d'Asie centrale a une capacité nominale de 60 milliards de mètres cubes de gaz par an. | 60 milliards de mètres cubes | CN KZ TM UZ
            Газопровод Центральная Азия – Китай | Пропускная способность газопровода Центральная Азия – Китай составляет 55 млрд кубометров газа в год. | 55 млрд кубометров | CN KZ TM UZ
            """)
    void shouldGiveTheCentralAsiaChinaGasPipelineEveryCountryItRunsThrough(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas pipeline | The gas pipeline with a total length of 966 kilometers will traverse Turkmenistan, Uzbekistan (205 km), Tajikistan (391 km) and China (155 km). | 391 km | TJ
            Gazoduc | Le gazoduc d'une longueur de 966 kilomètres traversera le Turkménistan, l'Ouzbékistan (205 km), le Tadjikistan (391 km) et la Chine (155 km). | 205 km | UZ
            Газопровод | Газопровод протяженностью 966 километров пройдет по Туркменистану, Узбекистану (205 км), Таджикистану (391 км) и Китаю (155 км). | 155 км | CN
            The CPC pipeline | Stretching 1,511 kilometers from Kazakhstan's Tengiz oil field to the Russian Black Sea port of Novorossiysk, it remains a vital export corridor. | 1,511 kilometers | KZ RU
            """)
    void shouldGiveALengthInBracketsAfterACountryToThatCountrysSection(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Казахстан и Россия | Около 80% экспорта казахстанской нефти идет по этому нефтепроводу. | 80% | KZ
            Uzbekistan and Russia | In seven months, exports to Russia grew for 175 commodity items. | 175 commodity | RU UZ
            """)
    void shouldKeepOneCountrysFlowItsOwnWhenAPipelineCarriesIt(String title, String body, String figure,
                                                              String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan exported fruit and vegetables | In ten months Uzbekistan sent most fruit and vegetables to the following countries: ¶ — Kazakhstan – 538,000 tonnes ¶ — Russia – 341,000 tonnes | 341,000 tonnes | RU UZ
            L'Ouzbékistan a exporté des fruits et légumes | En dix mois, l'Ouzbékistan a envoyé le plus de fruits et légumes vers les pays suivants : ¶ — Kazakhstan – 538 000 tonnes ¶ — Russie – 341 000 tonnes | 538 000 tonnes | KZ UZ
            Узбекистан экспортировал фрукты и овощи | С января по октябрь Узбекистан отправил больше всего фруктов и овощей в следующие страны: ¶ — Казахстан – 538 тыс. тонн ¶ — Россия – 341 тыс. тонн | 341 тыс. тонн | RU UZ
            Kazakhstan's wheat | Wheat harvest, by region. ¶ Kostanay – 538,000 tonnes | 538,000 tonnes | KZ
            Uzbekistan exported fruit and vegetables | Uzbekistan sent most fruit and vegetables to the following countries: ¶ — Kazakhstan – 538,000 tonnes (41%) ¶ — Russia – 341,000 tonnes (26%) | 26% | RU UZ
            L'Ouzbékistan a exporté des fruits et légumes | L'Ouzbékistan a envoyé le plus de fruits et légumes vers les pays suivants : ¶ — Kazakhstan – 538 000 tonnes (41 %) ¶ — Russie – 341 000 tonnes (26 %) | 41 % | KZ UZ
            Узбекистан экспортировал фрукты и овощи | Узбекистан отправил больше всего фруктов и овощей в следующие страны: ¶ — Казахстан – 538 тыс. тонн (41%) ¶ — Россия – 341 тыс. тонн (26%) | 26% | RU UZ
            """)
    void shouldAddTheListsPartyToAnItemOnALineOfItsOwnAfterAColon(String title, String body, String figure,
                                                                  String subjects) {
        // ¶ is a paragraph break here: each item is a line of its own
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ўзбекистон ва Хитой | Кейинги ўринда савдонинг 17,7 фоизи Россияга тўғри келади. | 17,7 фоизи | RU UZ
            O'zbekiston va Xitoy | Tovar ayirboshlashning 17,7 foizi Rossiyaga to'g'ri keladi. | 17,7 foizi | RU UZ
            Қазақстан мен Қытай | Сауданың 17,7 пайызы Ресейге тиесілі. | 17,7 пайызы | KZ RU
            """)
    void shouldReadTradeWordsOfUzbekAndKazakhInBothScripts(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            La Chine et le Tadjikistan | Les investissements chinois dans ce pays d'Asie centrale ont atteint 620 millions de dollars fin 2013. | 620 millions de dollars | CN TJ
            Le Kirghizistan et le Tadjikistan | La frontière entre ces deux pays d'Asie centrale mesure 970 km. | 970 km | KG TJ
            La Chine et l'Asie centrale | Le commerce de la Chine avec les pays d'Asie centrale a atteint 89 milliards de dollars. | 89 milliards de dollars | CN KG KZ TJ TM UZ
            China and Tajikistan | Chinese investment in this Central Asian country reached $620 million by the end of 2013. | $620 million | CN TJ
            """)
    void shouldReadOneCountryOfCentralAsiaAsThatCountryNotTheFive(String title, String body, String figure,
                                                                 String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Dry port traffic | The dry port of the KTZE-Khorgos Gateway complex, located on the border between Kazakhstan and China, handled 2 million tons in 2023. | 2 million tons | KZ
            Le trafic du port sec | Le port sec du complexe KTZE-Khorgos Gateway, situé à la frontière entre le Kazakhstan et la Chine, a traité 2 millions de tonnes en 2023. | 2 millions de tonnes | KZ
            Сухой порт | Сухой порт компании KTZE-Khorgos Gateway, расположенный на границе между Казахстаном и Китаем, обработал 2 млн тонн грузов в 2023 году. | 2 млн тонн | KZ
            """)
    void shouldGiveAPortItsTownsCountryWhenItLiesOnTheBorderBetweenTwoCountries(String title, String body,
                                                                                String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia remains Tajikistan's main trade partner | Russia kept the status of the main trade partner of Tajikistan, the Agency for Statistics of Tajikistan said. Imports from Russia totaled $600 mln and exports to Russia $36 mln. China ranks second with a trade turnover of $548.7 mln in 2023. | $548.7 mln | CN TJ
            La Russie reste le premier partenaire commercial du Tadjikistan | La Russie a conservé le statut de premier partenaire commercial du Tadjikistan, selon l'Agence de la statistique du Tadjikistan. Les importations depuis la Russie ont atteint 600 millions de dollars et les exportations vers la Russie 36 millions de dollars. La Chine occupe la deuxième place avec des échanges commerciaux de 548,7 millions de dollars. | 548,7 millions de dollars | CN TJ
            Россия остается главным торговым партнером Таджикистана | Россия сохранила статус главного торгового партнера Таджикистана, сообщило Агентство по статистике Таджикистана. Импорт из России составил 600 млн долларов, экспорт в Россию — 36 млн долларов. Товарооборот с Китаем вырос до 548,7 млн долларов. | 548,7 млн долларов | CN TJ
            """)
    void shouldTakeTheCountryWhoseStatisticsTheArticleCitesWhenTheSentenceNamesOnePartner(String title, String body,
                                                                                         String figure,
                                                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @Test
    void shouldPairTheCountryWhoseStatisticsTheArticleCitesWithThePartnerASentenceBeforeNamed() {
        assertThat(subjectsOf("Kazakhstan and Uzbekistan trade grows",
                "Trade between Kazakhstan and Uzbekistan exceeded $300 million in January, Kazakhstan's Kazinform"
                        + " reports. Kazakhstan remains a key partner.\n\nAccording to the Statistics Agency of"
                        + " Uzbekistan, the country's foreign trade grew by 7.1 percent.\n\nChina leads the list of"
                        + " partners. Trade between the two countries exceeded $994 million.",
                "$994 million")).containsExactly("CN", "UZ");
        assertThat(subjectsOf("Торговля Казахстана и Узбекистана растет",
                "Товарооборот между Казахстаном и Узбекистаном превысил 300 млн долларов в январе, сообщает"
                        + " Kazinform из Казахстана. Казахстан остается ключевым партнером.\n\nПо данным Агентства"
                        + " статистики Узбекистана, торговля страны выросла на 7,1%.\n\nКитай возглавляет"
                        + " список. Товарооборот между двумя странами превысил"
                        + " 994 млн долларов.",
                "994 млн долларов")).containsExactly("CN", "UZ");
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Railway cooperation | The railway is part of the North-South corridor. The three countries are linked via the 917.5 km (570 mi) Kazakhstan-Turkmenistan-Iran railway. | 917.5 km | IR KZ TM
            Coopération ferroviaire | Le chemin de fer fait partie du corridor Nord-Sud. Les trois pays sont reliés par les 917,5 km (570 miles) du chemin de fer Kazakhstan-Turkménistan-Iran. | 917,5 km | IR KZ TM
            Железнодорожное сотрудничество | Дорога входит в коридор Север-Юг. Три страны связывает дорога длиной 917,5 км (570 миль) Казахстан–Туркменистан–Иран. | 917,5 км | IR KZ TM
            """)
    void shouldLetTheWordsAfterAFigureRestatedInBracketsSpeakOfTheFigure(String title, String body, String figure,
                                                                       String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @Test
    void shouldTakeNoStatisticsOfficeFromACountryEndingTheSentenceBeforeAStatisticsHeading() {
        assertThat(subjectsOf("China's trade with Central Asia hits $94.8 billion",
                "Trade decreased with Tajikistan ($65 million) and Uzbekistan ($260 million).\n\nStatistical"
                        + " discrepancies\n\nThe remaining trade volume is distributed among:\n\n- Kyrgyzstan: $22.7"
                        + " billion",
                "$22.7 billion")).containsExactly("CN", "KG");
        assertThat(subjectsOf("Товарооборот Китая с Центральной Азией достиг 94,8 млрд долларов",
                "Товарооборот снизился с Таджикистаном (65 млн долларов) и Узбекистаном (260 млн долларов).\n\n"
                        + "Статистические расхождения\n\nОстальной объем товарооборота распределен так:\n\n- Кыргызстан: 22,7"
                        + " млрд долларов",
                "22,7 млрд долларов")).containsExactly("CN", "KG");
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkey and Uzbekistan trade | Kazakhstan, Kazakhstan's neighbours and Kazakhstan's partners met in Kazakhstan. Kazakh officials attended. ¶ Exports to Uzbekistan rose to $2 billion. | $2 billion | TR UZ
            Le commerce entre la Turquie et l'Ouzbékistan | Le Kazakhstan, les voisins du Kazakhstan et les partenaires du Kazakhstan se sont réunis au Kazakhstan. Des responsables kazakhs étaient présents. ¶ Les exportations vers l'Ouzbékistan ont atteint 2 milliards de dollars. | 2 milliards de dollars | TR UZ
            Торговля Турции и Узбекистана | Казахстан, соседи Казахстана и партнеры Казахстана встретились в Казахстане. Присутствовали казахстанские чиновники. ¶ Экспорт в Узбекистан вырос до 2 млрд долларов. | 2 млрд долларов | TR UZ
            """)
    void shouldTakeTheHeadlinesPartnerBeforeTheArticlesMostNamedCountry(String title, String body, String figure,
                                                                       String subjects) {
        // ¶ is a paragraph break here
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan to ship oil through Azerbaijan, bypassing Russia | In 2023 Kazakhstan plans to ship 3.5 million tonnes of oil to Georgia by a pipeline in Azerbaijan. | 3.5 million tonnes | AZ GE KZ
            Le Kazakhstan va expédier son pétrole par l'Azerbaïdjan, en contournant la Russie | En 2023, le Kazakhstan prévoit de transporter 3,5 millions de tonnes de pétrole vers le port géorgien de Supsa via un oléoduc azerbaïdjanais. | 3,5 millions de tonnes | AZ GE KZ
            Казахстан отправит нефть через Азербайджан в обход России | В 2023 году Казахстан планирует перевезти 3,5 млн тонн нефти в Грузию по нефтепроводу Азербайджана. | 3,5 млн тонн | AZ GE KZ
            """)
    void shouldTakeTheFreightsPartiesFromItsSentenceBeforeTheHeadlines(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trans-Afghan railway construction started | The 600 km long railway line will provide access to the main ports of Pakistan. | 600 km | AF PK UZ
            La construction du chemin de fer transafghan a commencé | Les 600 km de voie ferrée donneront accès aux principaux ports du Pakistan. | 600 km | AF PK UZ
            Началось строительство Трансафганской железной дороги | 600 км железной дороги обеспечат выход к главным портам Пакистана. | 600 км | AF PK UZ
            """)
    void shouldGiveALengthFollowedByALineWordTheRouteTheArticleIsAbout(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Energy cooperation | Tokayev confirmed that exports of Kazakh oil via the BTC pipeline exceeded 1.5 million tons last year. | 1.5 million tons | AZ GE KZ TR
            Coopération énergétique | Tokaïev a confirmé que les exportations de pétrole kazakh via l'oléoduc BTC ont dépassé 1,5 million de tonnes l'an dernier. | 1,5 million de tonnes | AZ GE KZ TR
            Энергетическое сотрудничество | Токаев подтвердил, что грузы из Казахстана через нефтепровод BTC в прошлом году превысили 1,5 млн тонн. | 1,5 млн тонн | AZ GE KZ TR
            """)
    void shouldAddTheShippersCountryToANamedRouteWhenItsGoodsGoViaTheRoute(String title, String body, String figure,
                                                                           String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Seizure in Bishkek | Kyrgyz police seized 35 kg of Afghan heroin in Bishkek in May. | 35 kg | KG
            Изъятие в Бишкеке | Милиция Кыргызстана изъяла 35 кг афганского героина в Бишкеке. | 35 кг | KG
            Saisie à Bichkek | La police du Kirghizistan a saisi 35 kg d'héroïne afghane à Bichkek. | 35 kg | KG
            Seizure in Bishkek | Kyrgyz police seized 35 kg of heroin of Afghan origin in Bishkek in May. | 35 kg | KG
            Seizure on the border | Tajik border guards seized 100 kg of Afghan heroin on the Tajik-Afghan border. | 100 kg | AF TJ
            Seizure in Bishkek | Kyrgyz police seized 35 kg of Afghan drugs in Bishkek in May. | 35 kg | KG
            Изъятие в Бишкеке | Милиция Кыргызстана изъяла 35 кг афганских наркотиков в Бишкеке. | 35 кг | KG
            Saisie à Bichkek | La police du Kirghizistan a saisi 35 kg de drogues afghanes à Bichkek. | 35 kg | KG
            Seizures in 2015 | In 2015, 45 routes of Afghan drugs through Kyrgyzstan were closed. The total weight of seized drugs was 335 kg. | 335 kg | KG
            Изъятия в 2015 году | В 2015 году в Кыргызстане пресекли 45 каналов контрабанды афганских наркотиков. Общий вес изъятых наркотиков составил 335 кг. | 335 кг | KG
            Saisies en 2015 | En 2015, 45 routes de drogues afghanes à travers le Kirghizistan ont été fermées. Le poids total des saisies était de 335 kg. | 335 kg | KG
            Seizure in Dushanbe | The Tajik Drug Control Agency seized 100 kg of heroin in Dushanbe. | 100 kg | TJ
            """)
    void shouldLeaveTheOriginOfADrugOutOfTheSeizuresParties(String title, String body, String figure,
                                                             String subjects) {
        // The adjective of origin says where the drug came from; the seizure's border, when named, keeps both sides.
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China–Kyrgyzstan–Uzbekistan railway | Of this, 213 kilometers are within China, 260 kilometers within Kyrgyzstan, and 50 kilometers within Uzbekistan. | 260 kilometers | KG
            China–Kyrgyzstan–Uzbekistan railway | Of this, 213 kilometers are within China, 260 kilometers within Kyrgyzstan, and 50 kilometers within Uzbekistan. | 213 kilometers | CN
            Железная дорога Китай – Кыргызстан – Узбекистан | Из них 213 километров пройдут в пределах Китая, 260 километров в пределах Кыргызстана. | 260 километров | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Dont 213 kilomètres à l'intérieur de la Chine et 260 kilomètres à l'intérieur du Kirghizistan. | 260 kilomètres | KG
            China–Kyrgyzstan–Uzbekistan railway | The section of the project within Kyrgyzstan is 304.94 kilometers long. | 304.94 kilometers | KG
            Железная дорога Китай – Кыргызстан – Узбекистан | Участок проекта в пределах Кыргызстана составит 305 километров. | 305 километров | KG
            Le chemin de fer Chine–Kirghizistan–Ouzbékistan | Le tronçon du projet à l'intérieur du Kirghizistan mesurera 305 kilomètres. | 305 kilomètres | KG
            """)
    void shouldGiveALengthWithinOneCountryToThatCountry(String title, String body, String figure, String subjects) {
        // A section of a route lying in one country is that country's (gold-f to gold-j), as "on Kyrgyz territory" is.
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan will raise transit along the Middle Corridor | The priorities are the Trans-Caspian International Transport Route and the North–South direction. The volume of transit traffic through Kazakhstan will grow to 43 million tonnes by 2029. | 43 million tonnes | KZ
            Казахстан увеличит транзит по Среднему коридору | Приоритеты — Транскаспийский международный транспортный маршрут и направление Север — Юг. Объем транзитных перевозок через Казахстан вырастет до 43 млн тонн к 2029 году. | 43 млн тонн | KZ
            Le Kazakhstan augmentera le transit le long du corridor du milieu | Les priorités sont la route de transport internationale transcaspienne et la direction Nord-Sud. Le volume du trafic de transit à travers le Kazakhstan augmentera à 43 millions de tonnes d'ici 2029. | 43 millions de tonnes | KZ
            """)
    void shouldGiveTransitThroughOneNamedCountryToThatCountry(String title, String body, String figure,
                                                             String subjects) {
        // The corridor the paragraph or the headline names does not carry a sentence about one country's transit.
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @Test
    void shouldNotReadAVisitAsAPlaceWithinACountry() {
        // "within the President's visit" is a time: the speaker's country stays out of it (the standard)
        assertThat(subjectsOf("Kazakh–Uzbek forum",
                "Agreements worth more than $8 billion will be signed within the Kazakh President's state visit to "
                        + "Uzbekistan.", "$8 billion")).containsExactly("KZ", "UZ");
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Clashes with Tajikistan | The Kyrgyz Health Ministry said 24 people were killed and 87 wounded in the clashes. | 87 wounded | KG TJ
            Clashes on the Kyrgyz-Tajik border | Kyrgyzstan's health ministry said 45 people were injured in the clashes. | 45 people | KG TJ
            Kyrgyzstan counts its dead | Kyrgyz authorities said 33 citizens were killed in the clashes on the border with Tajikistan. | 33 citizens | KG TJ
            24 dead in Kyrgyzstan in escalating border conflict with Tajikistan | Talks went on. | 24 dead | KG TJ
            Столкновения на кыргызско-таджикской границе | Минздрав Кыргызстана сообщил, что в столкновениях погибли 24 человека. | 24 человека | KG TJ
            Affrontements à la frontière kirghizo-tadjike | Le ministère kirghiz de la Santé a annoncé 24 morts dans les affrontements. | 24 morts | KG TJ
            Border clashes | At least 24 people have been killed in the latest border clashes with Tajikistan, Kyrgyzstan said. | 24 people | KG TJ
            Столкновения на границе | По данным Бишкека, 24 человека были убиты в столкновениях на границе с Таджикистаном. | 24 человека | KG TJ
            Affrontements à la frontière | Selon Bichkek, 24 personnes ont été tuées dans les affrontements à la frontière avec le Tadjikistan. | 24 personnes | KG TJ
            Clashes on the Kyrgyz-Tajik border | Kyrgyz officials said 13 more bodies were brought to hospitals in the border clashes. | 13 | KG TJ
            Mine disaster in Kazakhstan, Russia sends help | A fire at a mine in Kazakhstan on Tuesday killed 32 people. | 32 people | KZ
            """)
    void shouldGiveTheCasualtiesOfAClashBothSides(String title, String body, String figure, String subjects) {
        // Casualties of a clash between two countries are the clash's (gold-c to gold-j), even where the sentence
        // names one side; a disaster with no clash keeps its one country.
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan’s grain transportation to Uzbekistan rises 32% in 2025 | Across the entire network of Kazakhstan Temir Zholy, freight volumes in 2025 rose to 319.9 million tons. Export freight overall surged by 7.1%, reaching 89.2 million tons. | 319.9 million tons | KZ
            Kazakhstan’s grain transportation to Uzbekistan rises 32% in 2025 | Across the entire network of Kazakhstan Temir Zholy, freight volumes in 2025 rose to 319.9 million tons. Export freight overall surged by 7.1%, reaching 89.2 million tons. | 89.2 million tons | KZ
            Перевозки зерна из Казахстана в Узбекистан выросли на 32% | По всей сети КТЖ в 2025 году перевезено 319,9 млн тонн грузов. Экспортные перевозки выросли на 7,1%. | 7,1% | KZ
            Le transport de céréales du Kazakhstan vers l'Ouzbékistan progresse de 32 % | Sur l'ensemble du réseau de Kazakhstan Temir Zholy, le fret a atteint 319,9 millions de tonnes en 2025. | 319,9 millions de tonnes | KZ
            Kazakhstan’s grain transportation to Uzbekistan rises 32% in 2025 | Freight with Uzbekistan hit 32.3 million tons, 16% more than the year before. | 32.3 million tons | KZ UZ
            """)
    void shouldGiveANationalRailwaysWholeNetworkToItsCountry(String title, String body, String figure,
                                                             String subjects) {
        // A national railway's freight on its whole network is its country's (gold-h), whatever relation the headline
        // names; its freight with one partner keeps both.
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and sanctions | According to the latest EBRD report, exports from the EU, U.K., and U.S. to Kazakhstan increased by more than 80 percent in 2022. | 80 percent | EU GB KZ US
            Kazakhstan and sanctions | Exports from the EU, the UK and the US to Kazakhstan increased by more than 80 percent in 2022. | 80 percent | EU GB KZ US
            Kazakhstan and sanctions | Экспорт из ЕС, Великобритании и США в Казахстан вырос более чем на 80% в 2022 году. | 80% | EU GB KZ US
            Kazakhstan and sanctions | Les exportations de l'UE, du Royaume-Uni et des États-Unis vers le Kazakhstan ont augmenté de plus de 80 % en 2022. | 80 % | EU GB KZ US
            """)
    void shouldKeepEveryExporterOfAListWrittenWithAbbreviationsOrArticles(String title, String body, String figure,
                                                                         String subjects) {
        // "the EU, U.K., and U.S.": an abbreviation's full stop and an article after a comma still join the list
        // (gold-f: one country's flow with several partners together keeps every party)
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Drug seizures on the Tajik-Afghan border up | Border guards reported a record year. The volume of seizures thus grew by almost one tonne, or 50.3%. | 50.3% | AF TJ
            Tajik border guards stop smugglers | About 350 Afghans crossed the border with neighbouring Tajikistan. | 350 Afghans | AF TJ
            Изъятия на таджикско-афганской границе выросли | Пограничники подвели итоги года. Таким образом, объем изъятий вырос почти на тонну, или на 50,3%. | 50,3% | AF TJ
            Les saisies de drogue en hausse à la frontière du Tadjikistan avec l'Afghanistan | Les gardes-frontières ont fait le bilan de l'année. Le volume des saisies a donc progressé de près d'une tonne, soit 50,3 %. | 50,3 % | AF TJ
            Les saisies de drogue en hausse à la frontière du Tadjikistan avec l'Afghanistan | Environ 350 Afghans ont franchi la frontière avec le Tadjikistan. | 350 Afghans | AF TJ
            Kyrgyz police report on drugs | The total weight of seized drugs was 335 kg, the Kyrgyz police said. | 335 kg | KG
            """)
    void shouldGiveSeizuresAndCrossingsOnABorderBothSides(String title, String body, String figure, String subjects) {
        // Drugs seized or people crossing on a border are the border's, both sides (gold-j decided: Tajik-Afghan
        // seizures [TJ, AF]), even where the sentence names one side or none; seizures with no border keep one country.
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Sanctions on Russian suppliers | OFAC designated 64 firms that ship machine tools to Russia. | 64 firms | RU US
            Sanctions on Russian suppliers | The Bureau of Industry and Security added 40 entities that supply Russia to its list. | 40 entities | RU US
            Sanctions contre des fournisseurs russes | Le Bureau de contrôle des avoirs étrangers a sanctionné 64 sociétés qui livrent des machines-outils à la Russie. | 64 sociétés | RU US
            Санкции против российских поставщиков | Управление по контролю за иностранными активами внесло в список 64 компании, поставляющие станки в Россию. | 64 компании | RU US
            """)
    void shouldGiveTheSanctioningStateWhenAUsOfficeListsTheParties(String title, String body, String figure,
                                                                    String subjects) {
        // gold-k decided: counts of sanctioned parties take the sanctioning state and the target ([US, RU]); the US
        // offices that list them (OFAC, BIS) stand for the United States
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh oil fields | Lukoil holds a 13.5% stake in the consortium in Kazakhstan. | 13.5% | KZ RU
            Нефть Казахстана | Лукойл владеет долей 13,5% в консорциуме в Казахстане. | 13,5% | KZ RU
            L'uranium kazakh | Rosatom a vendu 49,99 % de ses parts au Kazakhstan. | 49,99 % | KZ RU
            """)
    void shouldGiveARussianNationalCompanyItsCountry(String title, String body, String figure, String subjects) {
        // gold-g decided: the share of stakes a foreign company holds in Kazakh consortia is [RU, KZ]
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            EU sanctions | The EU sanctioned 52 companies from Russia over its war against Ukraine. | 52 companies | EU RU
            Sanctions de l'UE | Les exportations de l'UE vers la Russie ont diminué de 38 % après l'invasion de l'Ukraine. | 38 % | EU RU
            Санкции ЕС | Евросоюз ввел санкции против 52 компаний из России из-за войны против Украины. | 52 компаний | EU RU
            """)
    void shouldNotTakeTheCountryAWarIsWagedOnForAParty(String title, String body, String figure, String subjects) {
        // gold-c, gold-d, gold-k: "Russia's war against Ukraine" is the background of a sanction or a trade figure
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Экспорт Узбекистана | Узбекистан экспортировал фрукты в эти страны:\\n\\n— Германия – 3,6 тыс. тонн\\n\\n— ОАЭ – 2,5 тыс. тонн | 2,5 тыс. тонн | AE UZ
            Uzbekistan's exports | Uzbekistan exported fruit to these countries:\\n\\n- Germany – 3.6 thousand tonnes\\n\\n- USA – 2.5 thousand tonnes | 2.5 thousand tonnes | US UZ
            Les exportations de l'Ouzbékistan | L'Ouzbékistan a exporté des fruits vers ces pays :\\n\\n— Allemagne : 3 600 tonnes\\n\\n— USA : 2 500 tonnes | 2 500 tonnes | US UZ
            """)
    void shouldGiveAListItemTheCountryItsAcronymNames(String title, String body, String figure, String subjects) {
        // "— ОАЭ – 2,5 тыс. тонн": an acronym before the dash of a list item names the item's country, not a currency
        // (gold-e, gold-i: fruit exported by destination takes the exporter and the buyer)
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan and gas supplies to China | Turkmenistan remains in first place among the countries selling gas to China. Russia is in second place with $3.98 billion. | $3.98 billion | CN RU
            Uzbekistan boosts wheat imports from Kazakhstan | Kazakhstan exported 7.6 million tons of wheat. Uzbekistan has emerged as the largest importer. Following Uzbekistan, Tajikistan ranked as the second-largest importer, with imports of 1.1 million tons. | 1.1 million tons | KZ TJ
            Туркменистан и поставки газа в Китай | Туркменистан остаётся на первом месте среди государств, продающих газ Китаю. На втором месте стоит Россия с показателем в 3,98 миллиарда долларов. | 3,98 миллиарда долларов | CN RU
            Le Turkménistan et les livraisons de gaz à la Chine | Le Turkménistan reste en tête des pays qui vendent du gaz à la Chine. La Russie occupe la deuxième place avec 3,98 milliards de dollars. | 3,98 milliards de dollars | CN RU
            Trade with Kyrgyzstan grew, China reports | Kazakhstan became the leader in trade with China, with $43.8 billion. Kyrgyzstan took second place with $22.7 billion. | $22.7 billion | CN KG
            """)
    void shouldGiveACountryPlacedBelowTheFirstTheRankingsOwner(String title, String body, String figure,
                                                               String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // A statistics office written with its full title ("the Agency on Statistics under the President of the Republic
    // of Tajikistan") is still that country's office, the owner of the ranking of its partners; a ranked country
    // whose sentence also names that owner is the owner's partner
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Market news: Regions | From January to June, trade between Tajikistan and Kyrgyzstan came to USD 410 million, according to the Agency on Statistics under the President of the Republic of Tajikistan.\\n\\nThe biggest share of foreign trade fell to China, with USD 900 million.\\n\\nIn second place is Russia with USD 800 million, while it stays the main export market for Tajikistan (USD 210 million). | USD 800 million | RU TJ
            Market news: Regions | From January to June, trade between Tajikistan and Kyrgyzstan came to USD 410 million, according to the Agency on Statistics under the President of the Republic of Tajikistan.\\n\\nThe biggest share of foreign trade fell to China, with USD 900 million.\\n\\nIn second place is Russia with USD 800 million, while it stays the main export market for Tajikistan (USD 210 million). | USD 210 million | RU TJ
            Торговля в регионе | Товарооборот Кыргызстана и Казахстана достиг 300 млн долларов, сообщило Бюро национальной статистики при Министерстве национальной экономики Республики Казахстан.\\n\\nКрупнейшим партнером стал Китай с 2 млрд долларов. На втором месте Россия с 1,5 млрд долларов. | 2 млрд долларов | CN KZ
            """)
    void shouldFindTheCountryOfAStatisticsOfficeWrittenWithItsFullTitle(String title, String body, String figure,
                                                                         String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactly(subjects.split(" "));
    }

    // A place below the first written in Uzbek or Kazakh ("Ikkinchi o'rinda", "Кейинги ўринда", "Екінші орында") is
    // the ranking owner's partner's, not the first place's holder's
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ўзбекистоннинг асосий савдо ҳамкорлари | Ўзбекистоннинг энг йирик ҳамкори — Хитой. Икки давлат ўртасидаги савдо айланмаси 4,2 миллиард долларни (экспорт – 1,1 миллиард, импорт – 3,1 миллиард) ташкил этди. Кейинги ўринда 3,3 миллиард доллар (экспорт – 1,2 миллиард, импорт – 2,1 миллиард) савдо айланмаси билан Россия турибди. | 3,3 миллиард доллар | RU UZ
            O'zbekistonning asosiy savdo hamkorlari | O'zbekistonning eng yirik hamkori — Xitoy. Ikki davlat o'rtasidagi savdo aylanmasi 4,2 mlrd dollarni (eksport – 1,1 mlrd, import – 3,1 mlrd) tashkil etdi. Ikkinchi o‘rinda 3,3 mlrd dollar (eksport – 1,2 mlrd, import – 2,1 mlrd) savdo aylanmasi bilan Rossiya turibdi. | 1,2 mlrd | RU UZ
            Қазақстанның негізгі сауда серіктестері | Қазақстанның ең ірі серіктесі — Қытай. Екі ел арасындағы тауар айналымы 4,2 млрд доллар (экспорт – 1,1 млрд, импорт – 3,1 млрд) болды. Екінші орында 3,3 млрд доллар (экспорт – 1,2 млрд, импорт – 2,1 млрд) тауар айналымымен Ресей тұр. | 3,3 млрд доллар | KZ RU
            """)
    void shouldGiveAPlaceBelowTheFirstInUzbekAndKazakhTheRankingsOwner(String title, String body, String figure,
                                                                        String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan and Qatar gas | Turkmenistan ranks fourth in the world with gas reserves of 13.6 trillion cubic metres. | 13.6 trillion cubic metres | TM
            Туркменистан и Катар | Туркменистан занимает четвертое место в мире по запасам газа — 13,6 трлн кубометров. | 13,6 трлн кубометров | TM
            Le Turkménistan et le Qatar | Le Turkménistan se classe au quatrième rang mondial avec 13,6 billions de mètres cubes de gaz. | 13,6 billions de mètres cubes | TM
            """)
    void shouldNotGiveAWorldRankingAPartner(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian freight | Oil transshipment rose by 58 percent to 2.1 million tons due to the redirection of Kazakh oil exports to the Baku-Tbilisi-Ceyhan route through the port of Aktau. | 2.1 million tons | KZ
            Каспийские перевозки | Перевалка нефти выросла на 58% до 2,1 млн тонн благодаря переориентации экспорта казахстанской нефти на маршрут Баку-Тбилиси-Джейхан через порт Актау. | 2,1 млн тонн | KZ
            Le fret caspien | Le transbordement de pétrole a augmenté de 58 % pour atteindre 2,1 millions de tonnes en raison de la réorientation des exportations de pétrole kazakh vers la route Bakou-Tbilissi-Ceyhan via le port d'Aktaou. | 2,1 millions de tonnes | KZ
            """)
    void shouldGiveAPortItsTrafficWhenTheRouteIsNamedOnlyInTheCauseOfTheChange(String title, String body,
                                                                             String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian freight | Oil shipped from the port of Aktau to the Baku-Tbilisi-Ceyhan route rose to 2.1 million tons due to higher output. | 2.1 million tons | AZ GE TR
            Caspian freight | Oil shipped to the Baku-Tbilisi-Ceyhan route rose to 2.1 million tons due to higher output at the port of Aktau. | 2.1 million tons | AZ GE TR
            """)
    void shouldKeepTheRouteWhenItIsNamedBeforeTheCauseOfTheChange(String title, String body, String figure,
                                                               String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian oil | Kazakh oil goes to the Baku-Tbilisi-Ceyhan pipeline. ¶ The cargo turnover of the seaport of Aktau amounted to 3.8 million tons. Of these, 2.5 million tons accounted for oil. | 2.5 million tons | KZ
            Каспийская нефть | Казахстанская нефть идет по нефтепроводу Баку-Тбилиси-Джейхан. ¶ Грузооборот морского порта Актау составил 3,8 млн тонн. Из них 2,5 млн тонн пришлось на нефть. | 2,5 млн тонн | KZ
            Le pétrole caspien | Le pétrole kazakh passe par l'oléoduc Bakou-Tbilissi-Ceyhan. ¶ Le trafic du port d'Aktaou a atteint 3,8 millions de tonnes. Sur ce total, 2,5 millions de tonnes étaient du pétrole. | 2,5 millions de tonnes | KZ
            """)
    void shouldGoOnWithThePortOfTheSentenceBeforeWhenAFreightFigureNamesNoPlace(String title, String body,
                                                                              String figure, String subjects) {
        // "¶" separates paragraphs: a text block cannot hold a blank line inside one CSV row
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Taliban losses | Among the dead Taliban fighters were 12 citizens of Tajikistan. | 12 citizens | AF TJ
            Потери талибов | Среди убитых боевиков талибов оказались 12 граждан Таджикистана. | 12 граждан | AF TJ
            Потери талибов | Среди убитых талибов были 12 граждан Узбекистана. | 12 граждан | AF UZ
            Pertes talibanes | Parmi les combattants talibans tués figuraient 12 citoyens du Tadjikistan. | 12 citoyens | AF TJ
            """)
    void shouldGiveFightersFoundAmongTheTalibanTheirCountryAndAfghanistan(String title, String body, String figure,
                                                                         String subjects) {
        // gold-p: Tajik and Uzbek fighters among dead Taliban take their country and Afghanistan; the Russian
        // plural "талибов" names the movement as "Талибан" does
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
