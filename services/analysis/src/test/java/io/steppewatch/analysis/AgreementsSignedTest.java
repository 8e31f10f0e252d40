package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a signing of agreements counts or is worth is both signing sides' (decision 6 of round 29: an `other` figure
 * takes the parties of what it counts), though its sentence names one side or none: the article's two parties, or the
 * headline's party and the five countries when the headline names Central Asia as a whole.
 */
class AgreementsSignedTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Germany's chancellor begins a visit to Uzbekistan | The chancellor of Germany arrived in Tashkent on Monday for talks with the President of Uzbekistan. Germany ranks among Uzbekistan's main partners in Europe. Around 12 documents were signed during his stay in Uzbekistan. | 12 | DE UZ
            La Turquie et l'Ouzbékistan resserrent leurs liens | Le président de l'Ouzbékistan était mercredi à Ankara, où la Turquie l'a reçu avec les honneurs. « La Turquie a signé aujourd'hui 17 accords de coopération et nous en signerons d'autres jeudi », a-t-il dit. | 17 | TR UZ
            Президент Казахстана посетил Сербию | Президент Казахстана прибыл в Белград с государственным визитом. Казахстан и Сербия развивают связи в торговле и транспорте. По итогам переговоров в Сербии было подписано 11 документов. | 11 | KZ RS
            La Corée du Sud renforce son partenariat avec l'Asie centrale | Les dirigeants de la Corée du Sud et des cinq pays de la région se sont réunis à Séoul. Au cours du sommet, plus de 40 documents ont été signés, selon le communiqué final. | 40 | KG KR KZ TJ TM UZ
            """)
    void shouldGiveWhatASigningCountsBothSides(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Germany's chancellor begins a visit to Uzbekistan | The chancellor of Germany arrived in Tashkent on Monday for talks with the President of Uzbekistan. Germany ranks among Uzbekistan's main partners in Europe. France had signed 9 agreements with Kazakhstan in May. | 9 | FR KZ
            Railway deals for Central Asia and Afghanistan | In June, Kazakhstan signed a $3 million agreement with Afghanistan on a logistics hub in Herat. | $3 million | AF KZ
            """)
    void shouldLeaveASigningOfOtherParties(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
