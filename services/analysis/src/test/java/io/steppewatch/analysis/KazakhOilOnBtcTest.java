package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh oil on the Baku–Tbilisi–Ceyhan pipeline takes its shipper and the line's three countries (LABEL-FIXES
 * decision 4 of round 28), also when the sentence names the shipper by a Kazakh firm or field, and when the line is
 * named in the sentence before or in the headline; a port's own freight and another way out are not
 * read so.
 */
class KazakhOilOnBtcTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan sends Kashagan crude through the Baku-Tbilisi-Ceyhan pipeline for the first time | The deal between KMG and SOCAR was signed in January. It provides for the transit of 300,000 tonnes of Kashagan crude a year. | 300,000 tonnes | AZ GE KZ TR
            Oil exports keep growing | Under the contract, KazMunayGas will ship 2 million tonnes of Tengiz oil a year toward the Baku-Tbilisi-Ceyhan pipeline. | 2 million tonnes | AZ GE KZ TR
            Oil exports keep growing | Shipments in the direction of the Baku-Tbilisi-Ceyhan pipeline doubled this spring. Of these, 900,000 tonnes of oil came from the Kashagan field. | 900,000 tonnes | AZ GE KZ TR
            Нефтяной экспорт растет | КазМунайГаз и SOCAR договорились о прокачке 1,2 млн тонн нефти в год по нефтепроводу Баку – Тбилиси – Джейхан. | 1,2 млн тонн | AZ GE KZ TR
            """)
    void shouldGiveKazakhOilOnTheBtcItsShipperAndTheLine(String title, String body, String figure,
                                                         String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan sends Kashagan crude through the Baku-Tbilisi-Ceyhan pipeline for the first time | Exports of Kazakh oil from the port of Aktau reached 3 million tonnes in the year.
            Kazakhstan sends Kashagan crude through the Baku-Tbilisi-Ceyhan pipeline for the first time | This year KMG also sent 1.1 million tonnes of oil to Makhachkala.
            """)
    void shouldNotPutAPortsFreightOrAnotherWayOnTheBtc(String title, String body) {
        String figure = body.contains("Aktau") ? "3 million tonnes" : "1.1 million tonnes";
        assertThat(subjectsOf(title, body, figure)).doesNotContain("GE", "TR");
    }

    // Turkmen oil shipped with the Kazakh, and the line written by its Russian initials "БТД" (round 48, subj48)
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Каспийская нефть идет на запад | В марте Туркменистан и Казахстан перекачали через БТД 275 тысяч тонн нефти. | 275 тысяч тонн | AZ GE KZ TM TR
            Каспийская нефть идет на запад | На туркменскую и казахстанскую нефть пришлось 310 тысяч тонн прокачки по нефтепроводу Баку – Тбилиси – Джейхан. | 310 тысяч тонн | AZ GE KZ TM TR
            Caspian crude heads west | In May, 190,000 tonnes of oil from Kazakhstan and Turkmenistan went through the Baku-Tbilisi-Ceyhan pipeline. | 190,000 tonnes | AZ GE KZ TM TR
            Нефтяной экспорт растет | В феврале по БТД прокачано 160 тысяч тонн казахстанской нефти. | 160 тысяч тонн | AZ GE KZ TR
            """)
    void shouldGiveOilOfBothCaspianShippersOnTheBtcBothShippersAndTheLine(String title, String body, String figure,
                                                                          String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
