package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who counts for goods moved on a line with no corridor code (LABEL-FIXES decisions 45 and 50 of round 37): the
 * Central Asia–China gas pipeline's own capacity takes its four countries whatever name the sentence gives it, gas sold
 * through it keeps its seller and buyer, and a named line's share of a country's exports takes the shipper and the
 * line's countries.
 */
class LineWaysTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas to the east | Turkmen gas reaches China by three pipelines able to carry 55 billion cubic metres a year. | 55 billion cubic metres | CN KZ TM UZ
            Gas to the east | The gas pipeline from Turkmenistan to China has a yearly capacity of 55 billion cubic metres. | 55 billion cubic metres | CN KZ TM UZ
            Газ на восток | Мощность трёх газопроводов из Туркменистана в Китай составляет 55 млрд кубометров в год. | 55 млрд кубометров | CN KZ TM UZ
            Du gaz vers l'est | Les trois conduites entre le Turkménistan et la Chine ont une capacité de 52 milliards de mètres cubes par an. | 52 milliards de mètres cubes | CN KZ TM UZ
            Шығысқа газ | Түрікменстаннан Қытайға газ жеткізетін үш құбырдың өткізу қабілеті жылына 55 млрд текше метр. | 55 млрд текше метр | CN KZ TM UZ
            Sharqqa gaz | Turkmanistondan Xitoyga gaz yetkazuvchi uchta quvurning quvvati yiliga 55 mlrd kub metr. | 55 mlrd kub metr | CN KZ TM UZ
            """)
    void shouldGiveTheCentralAsiaChinaGasLineItsFourCountriesWhateverNameItHas(String title, String body,
                                                                               String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    /** The line by its two ends "Central Asia" and China, or in an article about it, with no word of a pipeline. */
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas to the east | The volume of gas carried from Central Asia to China will reach 60 billion cubic metres a year. | 60 billion cubic metres | CN KZ TM UZ
            Газ на восток | Мощность транспортировки газа из Центральной Азии в Китай достигнет 60 млрд кубометров в год. | 60 млрд кубометров | CN KZ TM UZ
            Du gaz vers l'est | La capacité de transit du gaz de l'Asie centrale vers la Chine atteindra 60 milliards de mètres cubes par an. | 60 milliards de mètres cubes | CN KZ TM UZ
            The Central Asia-China gas pipeline turns fifteen | Its lines were built in stages. Their combined capacity is 60 billion cubic metres a year. | 60 billion cubic metres | CN KZ TM UZ
            Le gazoduc Asie centrale-Chine a quinze ans | Les lignes ont été construites par étapes. Il est prévu de faire transiter chaque année 65 milliards de mètres cubes de gaz vers la Chine. | 65 milliards de mètres cubes | CN KZ TM UZ
            Газопровод Центральная Азия – Китай | Линии строились поэтапно. Их общая пропускная способность составит 60 млрд кубометров в год. | 60 млрд кубометров | CN KZ TM UZ
            """)
    void shouldKnowTheLineByCentralAsiaAndChinaOrByItsArticle(String title, String body, String figure,
                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas to the east | Last year Turkmenistan sold 31 billion cubic metres of gas to China through the pipeline. | 31 billion cubic metres | CN TM
            """)
    void shouldKeepGasSoldThroughTheLineToItsSellerAndBuyer(String title, String body, String figure,
                                                          String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oil routes | The CPC pipeline moves roughly 78% of Kazakhstan's crude exports. | 78% | KZ RU
            Нефтяные маршруты | Через КТК уходит около 78% казахстанской нефти, идущей на экспорт. | 78% | KZ RU
            Routes du pétrole | Le CPC achemine près de 78 % du brut que le Kazakhstan exporte. | 78 % | KZ RU
            """)
    void shouldGiveANamedLinesShareOfACountrysExportsTheShipperAndTheLine(String title, String body, String figure,
                                                                          String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
