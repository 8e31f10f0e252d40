package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of figures that real news writes and that the extractor once missed or misread: Uzbek and Kazakh units
 * with case endings glued on, amounts split into two scale words, thousands grouped with a point in English,
 * ranks written with words, date ranges and abbreviated months. One row per case: the text and the expected
 * figures as {@code text=value unit} separated by {@code ;}, every figure the extractor returns, bare counts
 * included (empty when nothing may come out).
 */
class RecallFormsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            uz | hajmi 42 milliard dollardan oshdi                              | 42 milliard dollardan=4.2E10 USD
            uz | 22,7 foizni tashkil qilib, 9,2 milliard dollarni               | 22,7 foizni=22.7 percent; 9,2 milliard dollarni=9.2E9 USD
            uz | 121,1 mln dollarlik 146,8 ming tonna                           | 121,1 mln dollarlik=1.211E8 USD; 146,8 ming tonna=146800 t
            uz | тахминан 16 фоизини ташкил этади                               | 16 фоизини=16 percent
            uz | 53 кун ўрнига 23 кунни ташкил қиляпти                          | 53 кун=53 days; 23 кунни=23 days
            uz | 2022-yilda savdo 2 marta oshdi                                 | 2 marta=2 times
            kk | 50 мың ЖФЭ дейін, 733 мың тонна жүк                             | 50 мың ЖФЭ=50000 TEU; 733 мың тонна=733000 t
            kk | сауда айналымы 30 жылда 100 есе өскен, 2023 жылы               | 30 жылда=30 years; 100 есе=100 times
            kk | 12,5 пайызға өсті                                              | 12,5 пайызға=12.5 percent
            ru | на долю Турции приходится 21,4 проц, Швейцарии                 | 21,4 проц=21.4 percent
            ru | 40 млрд кубов газа и 5 млрд куб. метров                         | 40 млрд кубов=4.0E10 m3; 5 млрд куб. метров=5.0E9 m3
            kk | 10 млрд текше метр газ, 1 200 шақырым жол, 3 тәулік            | 10 млрд текше метр=1.0E10 m3; 1 200 шақырым=1200 km; 3 тәулік=3 days
            uz | savdo 2 baravar oshdi, 500 mln so‘m ajratildi                 | 2 baravar=2 times; 500 mln so‘m=5.0E8 UZS
            fr | le volume a été multiplié par 2,5 depuis 2015                  | 2,5=2.5 times
            en | trade was multiplied by 3 since 2015                           | 3=3 times
            fr | en discussion depuis une vingtaine d’années                     | une vingtaine d’années=20 years
            ru | до 5-ти миллиардов долларов                                     | 5-ти миллиардов долларов=5.0E9 USD
            kk | 4 700-дей кәсіпорын жұмыс істейді                              | 4 700-дей кәсіпорын=4700 count
            en | a 600-person delegation and a 700-strong force                 | 600-person=600 count; 700-strong=700 count
            en | signed an 87-point protocol and a 9-article accord             | 87-point=87 count; 9-article=9 count
            en | the auditors filed a 48-page review and a 3-page annex         | 48-page=48 count; 3-page=3 count
            en | reached 1 billion 86 million USD this year                     | 1 billion 86 million USD=1.086E9 USD
            ru | составил $2 млрд. 842 млн долларов                             | $2 млрд. 842 млн долларов=2.842E9 USD
            fr | 3 milliards 200 millions d'euros                               | 3 milliards 200 millions d'euros=3.2E9 EUR
            en | 3 thousand 500 people will be employed on the railway          | 3 thousand 500 people=3500 count
            ru | на дороге будут работать 3 тысячи 500 человек                  | 3 тысячи 500 человек=3500 count
            fr | 3 mille 500 personnes travailleront sur la ligne               | 3 mille 500 personnes=3500 count
            en | targeting a $10-billion trade volume                           | $10-billion=1.0E10 USD
            en | an overall volume of 5.903 trains and 200.000 TEU per year     | 5.903 trains=5903 count; 200.000 TEU=200000 TEU
            en | grew by 14.625 percent to 2.5 million tons                     | 14.625 percent=14.625 percent; 2.5 million tons=2500000 t
            en | foreign students at its colleges now number 14.2 thousand.    | 14.2 thousand=14200 count
            ru | 1,8 тысячи – российские солдаты                                | 1,8 тысячи=1800 count
            en | rounds out the top 10 in the ranking                          | top 10=10 rank
            fr | top 10 des pays                                                | top 10=10 rank
            en | among the 10 largest investors in Kazakhstan                  | 10 largest=10 rank
            ru | поднялся на 10 позиций в мировом рейтинге                      | 10 позиций=10 rank
            en | climbed 5 places in the ranking                                | 5 places=5 rank
            en | the region's No. 2 grain exporter after Russia                 | No. 2=2 rank
            en | the No. 1 cement maker in the country                          | No. 1=1 rank
            en | the merger costs Halyk its spot as No. 4 among lenders         | No. 4=4 rank
            ru | Сейчас страна находится на 29-м месте в рейтинге              | 29-м месте=29 rank
            fr | au cours des 30 dernières années                               | 30 dernières années=30 years
            fr | la livraison passe de 40 à 20 jours                            | 40=40 days; 20 jours=20 days
            en | reduced from 35 to 3-5 days                                    | 35=35 days; 3=3 days; 5 days=5 days
            en | some 3-4 million people voted                                   | 3=3000000 count; 4 million people=4000000 count
            fr | 1,6 milliard d'euros, dont 1,3 milliard sous forme de prêt     | 1,6 milliard d'euros=1.6E9 EUR; 1,3 milliard=1.3E9 EUR
            en | since then 12,6 million tonnes of freight have passed         | 12,6 million tonnes=1.26E7 t
            en | it has surged by 73, 5 percent this half-year                 | 73, 5 percent=73.5 percent
            en | to a record $14, 5 billion last year                           | $14, 5 billion=1.45E10 USD
            ru | товарооборот вырос на 73, 5 процента                          | 73, 5 процента=73.5 percent
            ru | перевезли 12, 5 млн тонн грузов                                | 12, 5 млн тонн=1.25E7 t
            fr | les échanges ont progressé de 73, 5 %                          | 73, 5 %=73.5 percent
            fr | un montant de 14, 5 milliards de dollars                       | 14, 5 milliards de dollars=1.45E10 USD
            en | in 2023, 5 million tonnes were shipped                         | 5 million tonnes=5000000 t
            en | on May 12, 5 million tonnes were shipped                       | 5 million tonnes=5000000 t
            ru | 12 мая, 5 млн тонн                                             | 5 млн тонн=5000000 t
            fr | le 12 mai, 5 millions de tonnes                                | 5 millions de tonnes=5000000 t
            en | shares of 3, 4, 5 percent                                      | 3=3 count; 4=4 count; 5 percent=5 percent
            ru | доли 3, 4, 5 процентов                                         | 3=3 count; 4=4 count; 5 процентов=5 percent
            en | berths 9,10 are to be rebuilt                                  | 9=9 count; 10=10 count
            en | the terminal shipped 42.7 thsd tonnes of wheat                 | 42.7 thsd tonnes=42700 t
            en | the berth loaded 12 million mt of coal                          | 12 million mt=1.2E7 t
            en | a 2 Mt plant and 3 mt of ore                                    | 2 Mt=2000000 t; 3 mt=3 t
            """)
    void shouldFindFigureWhenRealNewsWritesItThisWay(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | МОСКВА, 22 окт - РИА Новости.
            ru | ТАШКЕНТ, 3 дек – Sputnik.
            ru | визит 22-23 января в Узбекистан
            fr | les 26-28 mai 2024
            fr | du 14 au 19 mai
            en | on 22–23 January
            en | on a state visit from July 18 to 19
            ru | 3-й раунд переговоров
            fr | pour les 11 premiers mois de 2022
            ru | по сравнению с 2017-м они выросли
            uz | 2023-yilning yanvaridan 14-dekabriga qadar
            kk | 2023 жылы 15 наурызда
            en | Juror No. 9 told the court
            en | under Resolution No. 12 of the cabinet
            """)
    void shouldFindNoFigureWhenNumberIsADateOrNamesThePeriod(String language, String text) {
        assertThat(describe(text, extractor.extract(text, language))).isEmpty();
    }
}
