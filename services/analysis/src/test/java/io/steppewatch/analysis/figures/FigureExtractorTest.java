package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven tests of figure extraction: one row per case, the expected figures written as
 * {@code text=value unit} separated by {@code ;} (empty when the row is a trap that must yield nothing).
 */
class FigureExtractorTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | s’est élevé à 23,6 milliards de dollars, soit 6,8 % de plus      | 23,6 milliards de dollars=2.36E10 USD; 6,8 %=6.8 percent
            fr | quelque 8 000 entreprises et 3 348 coentreprises                  | 8 000 entreprises=8000 count; 3 348 coentreprises=3348 count
            fr | 45 400 emplois                                                   | 45 400 emplois=45400 count
            fr | plus de 7.500 kilomètres                                         | 7.500 kilomètres=7500 km
            fr | 2,4 millions de tonnes métriques                                 | 2,4 millions de tonnes métriques=2400000 t
            fr | 125.000,50 $                                                     | 125.000,50 $=125000.5 USD
            fr | 94000 $ et 94.000 $                                              | 94000 $=94000 USD; 94.000 $=94000 USD
            fr | 2 millions d'euros et 100 milliards de yuans                     | 2 millions d'euros=2000000 EUR; 100 milliards de yuans=1.0E11 CNY
            fr | 361 millions de livres                                           | 361 millions de livres=3.61E8 GBP
            fr | 1,2 milliard de roubles et 13 000 milliards de tenge              | 1,2 milliard de roubles=1.2E9 RUB; 13 000 milliards de tenge=1.3E13 KZT
            fr | avec 1 200 000 habitants                                         | 1 200 000 habitants=1200000 count
            fr | 61 000 Kazakhs                                                   | 61 000 Kazakhs=61000 count
            fr | une centaine de produits                                         | une centaine de produits=100 count
            fr | une dizaine de millions de foyers                                | une dizaine de millions=1.0E7 count
            fr | deux milliards de dollars                                        | deux milliards de dollars=2.0E9 USD
            fr | vingt-deux pour cent                                             | vingt-deux pour cent=22 percent
            en | trade rose 9 per cent to $27.8bn                                 | 9 per cent=9 percent; $27.8bn=2.78E10 USD
            en | worth US$19 billion, or 13 trillion tenge                        | US$19 billion=1.9E10 USD; 13 trillion tenge=1.3E13 KZT
            en | 4.5 million tons of grain and 1,200 TEU                          | 4.5 million tons=4500000 t; 1,200 TEU=1200 TEU
            en | the border is 7,644 km long                                      | 7,644 km=7644 km
            en | He paid £5m and €3.5 billion                                     | £5m=5000000 GBP; €3.5 billion=3.5E9 EUR
            en | 3,348 firms and 45,400 people                                    | 3,348 firms=3348 count; 45,400 people=45400 count
            en | It costs 3 dollars 50 cents.                                     | 3 dollars 50 cents=3.5 USD
            en | just need minus five percent                                     | minus five percent=-5 percent
            en | a quarter million us dollars                                     | a quarter million us dollars=250000 USD
            ru | вырос на 9% и составил 19,5 млрд долларов                        | 9%=9 percent; 19,5 млрд долларов=1.95E10 USD
            ru | 1,2 трлн рублей ($13,1 млрд)                                     | 1,2 трлн рублей=1.2E12 RUB; $13,1 млрд=1.31E10 USD
            ru | 2,4 млн тонн зерна                                               | 2,4 млн тонн=2400000 t
            ru | 8 тыс. компаний                                                  | 8 тыс. компаний=8000 count
            ru | 13 трлн тенге и 500 млн юаней                                    | 13 трлн тенге=1.3E13 KZT; 500 млн юаней=5.0E8 CNY
            ru | длина границы 7 644 км, 120 000 ДФЭ                              | 7 644 км=7644 km; 120 000 ДФЭ=120000 TEU
            ru | два миллиарда рублей, двадцать пять процентов                    | два миллиарда рублей=2.0E9 RUB; двадцать пять процентов=25 percent
            fr | une hausse de 2,5 points de pourcentage                           | 2,5 points de pourcentage=2.5 percent
            ru | выросла на 1,2 п.п.                                              | 1,2 п.п.=1.2 percent
            fr | 1,5 fois plus                                                    | 1,5 fois=1.5 times
            ru | в 1,5 раза больше, в 2 раза                                     | 1,5 раза=1.5 times; 2 раза=2 times
            fr | il s'est rendu 35 fois au Kazakhstan                            | 35 fois=35 count
            en | visited Astana 4 times, trade grew 3 times                      | 4 times=4 count; 3 times=3 times
            en | grew 2.5-fold to 40 bcm                                          | 2.5-fold=2.5 times; 40 bcm=4.0E10 m3
            en | 10 billion cubic metres of gas                                   | 10 billion cubic metres=1.0E10 m3
            fr | 5,5 milliards de m3 de gaz                                       | 5,5 milliards de m3=5.5E9 m3
            ru | 10 млрд кубометров газа и 3,2 млрд куб. м                         | 10 млрд кубометров=1.0E10 m3; 3,2 млрд куб. м=3.2E9 m3
            en | cut transit to 12 days from 25 days                              | 12 days=12 days; 25 days=25 days
            fr | en 15 jours                                                      | 15 jours=15 days
            ru | за 10 дней                                                       | 10 дней=10 days
            en | a 2,000 mi route and 300 nautical miles                          | 2,000 mi=2000 mi; 300 nautical miles=300 nmi
            fr | 12 milles nautiques                                              | 12 milles nautiques=12 nmi
            en | 1,500 feet and 40 metres deep                                    | 1,500 feet=1500 ft; 40 metres=40 m
            ru | глубина 5 метров                                                 | 5 метров=5 m
            en | trains at 80 km/h and wind at 20 m/s                             | 80 km/h=80 km/h; 20 m/s=20 m/s
            en | a 1,200 MW plant and 3 GW, 5 billion kWh, 2 million barrels      | 1,200 MW=1200 MW; 3 GW=3 GW; 5 billion kWh=5.0E9 kWh; 2 million barrels=2000000 bbl
            ru | 1,5 млрд киловатт-часов и 20 тыс. мегаватт-часов                | 1,5 млрд киловатт-часов=1.5E9 kWh; 20 тыс. мегаватт-часов=2.0E7 kWh
            en | 20m people                                                       |
            en | cut to 7-8 days, 12-15 million tons and 70-75%                    | 7=7 days; 8 days=8 days; 12=1.2E7 t; 15 million tons=1.5E7 t; 70=70 percent; 75%=75 percent
            en | from 6 million to 10 million tons                                | 6 million=6000000 t; 10 million tons=1.0E7 t
            ru | с 0,8 до 4,5 млн тонн                                            | 0,8=800000 t; 4,5 млн тонн=4500000 t
            en | a 970-kilometer border, a 17-percent decrease, a 45-year-old man  | 970-kilometer=970 km; 17-percent=17 percent
            en | $6.8 bln, 55 billion cub.m., 147 kilograms and 1520 mm            | $6.8 bln=6.8E9 USD; 55 billion cub.m.=5.5E10 m3; 147 kilograms=0.147 t; 1520 mm=1.52 m
            """)
    void shouldFindValueUnitAndSpanWhenFigureIsWrittenInAnyConvention(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | the port handled 4 million tonnes, up from 3 million            | 4 million tonnes=4000000 t; 3 million=3000000 t
            fr | 8 millions de tonnes, dont 2,5 millions déjà chargées             | 8 millions de tonnes=8000000 t; 2,5 millions=2500000 t
            ru | туда 30 млн тонн, обратно более 35 млн.                         | 30 млн тонн=3.0E7 t; 35 млн=3.5E7 t
            ru | план 30 млн тонн. В будущем году более 35 млн.                  | 30 млн тонн=3.0E7 t
            en | 5 million tonnes of grain and 2 thousand more                   | 5 million tonnes=5000000 t; 2 thousand=2000 count
            ru | 1,2 млн тонн фруктов на 700 млн долларов, а в прошлом году на 600 млн | 1,2 млн тонн=1200000 t; 700 млн долларов=7.0E8 USD; 600 млн=6.0E8 USD
            """)
    void shouldRepeatTheUnitWhenABareScaledNumberFollowsAMeasureWithTheSameScale(String language, String text,
                                                                                 String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | 300 lorries queued at the post, and only 40 of them got through  | 300 lorries=300 count; 40 of them=40 count
            en | the line runs 900 km; 650 of those are already electrified       | 900 km=900 km; 650 of those=650 km
            fr | sur 970 kilomètres de frontière, un accord vaut pour 880 d’entre eux | 970 kilomètres=970 km; 880 d’entre eux=880 km
            en | the ministry said 40 of them got through                        | 40=40 count
            en | trade reached $3 billion, and 40 of them were new firms         | $3 billion=3.0E9 USD; 40=40 count
            """)
    void shouldTakeTheUnitOfTheWholeWhenABareNumberCountsAPartOfIt(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | the cost can be reduced by almost 3 times                        | 3 times=3 times
            en | trade grew by more than 2 times                                  | 2 times=2 times
            en | the supply of wheat - 11.6 times, locomotives - 6.4 times        | 11.6 times=11.6 times; 6.4 times=6.4 times
            en | a leap of 2.3 times the present level                            | 2.3 times=2.3 times
            en | he has visited Astana about 3 times                              | 3 times=3 count
            en | wagons crossing daily show a decrease of 6-7 times               | 6=6 times; 7 times=7 times
            en | coal shipments posted an increase of 4 times                      | 4 times=4 times
            en | fertiliser imports soared nearly 40 times                          | 40 times=40 times
            fr | un rapport multiplié par plus de 17                              | 17=17 times
            fr | le commerce a été multiplié par près de 3                        | 3=3 times
            fr | une hausse de 1,7 fois                                           | 1,7 fois=1.7 times
            fr | il s'est rendu environ 35 fois en Chine                          | 35 fois=35 count
            ru | товарооборот вырос почти в 3 раза                                | 3 раза=3 times
            ru | экспорт вырос более чем в 2 раза                                 | 2 раза=2 times
            ru | он был в Москве около 5 раз                                      | 5 раз=5 count
            """)
    void shouldReadAMultipleWhenAHedgeOrAFractionSaysSo(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | le vendredi 3 février
            fr | ce jeudi 19 octobre
            fr | publié le 2024-12-01 à 10:05
            fr | le 01.12.2024
            fr | à 14h30
            fr | en 2022 et en 2023
            fr | âgé de 45 ans
            fr | appelez le +7 727 258 12 34
            fr | tél. 8 800 555 35 35
            fr | Source link -42
            fr | au XXIe siècle, le 20e siècle
            fr | page 3
            en | On March 3, 2024 at 10:30 a.m.
            en | the 45-year-old minister
            en | a 15-year old girl among the dead
            en | aged 52
            en | call +1 202 555 0143
            en | in the 1990s
            en | 24/7 service, 1 / 4 point
            en | see https://www.test.com/search?q=30%25%2020%
            en | an A320 and a Su-27
            en | the COVID-19 pandemic
            ru | 9 ноября в 10:30
            ru | в 2023 году
            ru | за девять месяцев 2025 года
            ru | в возрасте 60 лет
            ru | написало в воскресенье киргизское агентство 24.kg.
            en | the news agency 24.kg reports
            ru | тел. +7 (727) 258-12-34
            """)
    void shouldFindNoFigureWhenNumberIsDateYearTimeAgePhoneOrFurniture(String language, String text) {
        List<SurfaceFigure> figures = extractor.extract(text, language);
        // Bare integers are kept at this stage as possible counts; the annotator drops those its sentence does not
        // count. Nothing with a unit, and no count of a noun, may come out of a trap.
        assertThat(describe(text, figures.stream().filter(f -> f.noun() != null || !"count".equals(f.unit())).toList()))
                .isEmpty();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | 23,6                 | 23.6
            fr | 7.500                | 7500
            fr | 8 000                | 8000
            fr | 8\u00A0000           | 8000
            fr | 8\u202F000           | 8000
            fr | 1 234 567,89         | 1234567.89
            fr | 125.000,50           | 125000.5
            fr | 4,800                | 4.8
            fr | 27.8                 | 27.8
            en | 1,200                | 1200
            en | 1,234,567.89         | 1234567.89
            en | 27.8                 | 27.8
            en | 4,800                | 4800
            ru | 19,5                 | 19.5
            ru | 45 400               | 45400
            """)
    void shouldReadNumberByLanguageConventionWhenSeparatorsDiffer(String language, String number, double value) {
        String text = number.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F") + " %";
        List<SurfaceFigure> figures = extractor.extract(text, language);

        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            avec 21 milliards de dollars d'investissements, puis 8,8 milliards d’exportations | 8,8 milliards d’exportations=8.8E9 USD
            1,2 трлн рублей, а 3,5 млрд инвестиций                                          | 3,5 млрд инвестиций=3.5E9 RUB
            le coût est estimé à 4,7 milliards de dollars. Le crédit de 2,3 milliards incombent à la société | 2,3 milliards=2.3E9 USD
            le coût est estimé à 4,7 milliards de dollars. Les 2,3 milliards restants seront versés        | 2,3 milliards=2.3E9 USD
            """)
    void shouldTakeCurrencyFromContextWhenFigureLeavesItImplicit(String text, String expected) {
        List<SurfaceFigure> figures = extractor.extract(text, "fr");

        assertThat(describe(text, figures.subList(1, figures.size()))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | Ces investissements se chiffrent à environ 27 milliards d’investissements.\\n\\nLes échanges ont atteint 26 milliards de dollars. | 27 milliards d’investissements=2.7E10 USD
            en | Investment reached about 27 billion in total.\\n\\nTrade amounted to $26 billion last year.                              | 27 billion=2.7E10 USD
            ru | Инвестиции составили около 27 млрд в экономику страны.\\n\\nТоварооборот достиг 26 млрд долларов.                  | 27 млрд=2.7E10 USD
            """)
    void shouldTakeCurrencyStatedAfterWhenNoneIsStatedBefore(String language, String text, String expected) {
        String body = text.replace("\\n", "\n");
        List<SurfaceFigure> figures = extractor.extract(body, language);

        assertThat(describe(body, figures.subList(0, 1))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Trade exceeded 600 million
            ru | Товарооборот превысил 1 млрд
            fr | Les échanges dépassent 26 milliards
            """)
    void shouldTakeImpliedCurrencyWhenTextStatesNone(String language, String text) {
        assertThat(extractor.extract(text, null, language, "USD")).singleElement()
                .satisfies(f -> assertThat(f.unit()).isEqualTo("USD"));
        assertThat(extractor.extract(text, null, language, null)).isEmpty();
    }
}
