package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight exported with no buyer named, under a headline on one country's exports to a partner or on two countries'
 * talks, is the exporter's own count, not its flow to the headline's partner (decision 6 of round 29: one party's own
 * amount takes that party alone); right after a sentence on the pair's freight it stays the pair's.
 */
class FreightExportedWithoutBuyerTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Экспорт казахстанской пшеницы в Иран вырос втрое | За полгода железнодорожные перевозки пшеницы составили 3,1 млн тонн, из них на экспорт отправлено 2,4 млн тонн. | 2,4 млн тонн | KZ
            Экспорт казахстанской пшеницы в Иран вырос втрое | За полгода железнодорожные перевозки пшеницы составили 3,1 млн тонн, из них на экспорт отправлено 2,4 млн тонн. | 3,1 млн тонн | KZ
            Экспорт казахстанской пшеницы в Иран вырос втрое | Отгрузки на экспорт по железной дороге выросли на 12% до 2,4 млн тонн. | 2,4 млн тонн | KZ
            Afghan railways carry more freight | Most imports came in from Iran. Last month 520 tonnes of freight went by rail for export from Afghanistan. | 520 tonnes | AF
            """)
    void shouldGiveFreightExportedWithNoBuyerToTheExporter(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Экспорт казахстанской пшеницы в Иран вырос втрое | Объем железнодорожных перевозок между странами достиг 5 млн тонн. Отгрузки на экспорт по железной дороге выросли на 12% до 2,4 млн тонн. | 2,4 млн тонн | IR KZ
            """)
    void shouldKeepThePairAfterASentenceOnTheirFreight(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @Test
    void shouldGiveFreightSentAbroadFromTheNamedCountryToItAlone() {
        String body = """
                Ауғанстанның Көлік министрлігі хабарлағандай, жүктің 40 000 тоннасы Ираннан, 30 000 тоннасы Өзбекстаннан келді.

                Жүктің бір бөлігі экспортқа жіберілді: өткен айда Ауғанстаннан шетелге 520 тонна жүк жөнелтілді, оның көбі жүзім болды.
                """;
        assertThat(subjectsOf("Ауған теміржолдарымен бір айда 90 000 тонна жүк тасымалданды", body, "520 тонна"))
                .containsExactly("AF");
    }
}
