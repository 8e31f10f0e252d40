package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exports whose sentence and paragraph name no country and no destination, under a headline that names one country
 * only, are that country's alone: the article's other countries (its buyers in another paragraph, a country of a
 * closing note) are no partner of every shipment.
 */
class HeadlineExporterAloneTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Экспорт фруктов из Узбекистана вырос | Главными покупателями стали Россия и Казахстан.\\n\\nЭкспорт винограда увеличился в три раза, до 51 млн долларов.\\n\\nРанее в Кыргызстане обсуждали пошлины. | 51 млн долларов | UZ
            Uzbekistan fruit exports climb | The main buyers were Russia and Kazakhstan.\\n\\nGrape exports rose threefold, reaching $51 million.\\n\\nKyrgyzstan earlier discussed new duties. | $51 million | UZ
            """)
    void shouldGiveExportsTheHeadlineCountryAlone(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
