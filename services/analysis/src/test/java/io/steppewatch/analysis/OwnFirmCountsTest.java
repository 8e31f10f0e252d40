package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of one country's own banks or firms, the owner written beside the noun, keeps that country alone: a second
 * country its sentence names as the owner of another noun is no party (decision 6). The host or the partner of the
 * firms, and foreign capital, are left to the other rules.
 */
class OwnFirmCountsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz lenders drop the Russian card | Some 12 Kyrgyz banks have stopped accepting Russian Mir cards this month. | 12 | KG
            Казахстанские банки и корсчета | Около 15 казахстанских банков закрыли корреспондентские счета российских банков в этом месяце. | 15 | KZ
            Санкции и банки Казахстана | Уже 15 казахстанских банков закрыли корреспондентские счета российских банков, опасаясь вторичных санкций. | 15 | KZ
            """)
    void shouldKeepTheOwnerOfTheCountedFirms(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Chinese business in Kyrgyzstan | Over 300 Chinese companies are now active in Kyrgyzstan, the ministry said. | 300 | KG
            Turkish firms in Kazakhstan | Around 40 Turkish companies work with their Kazakh partners on the new plant. | 40 | KZ
            Sanctions on Kyrgyz firms | Britain's new sanctions hit 4 Kyrgyz companies trading with Russian suppliers. | 4 | GB KG
            Uzbek fruit heads north | About 20 Uzbek firms now ship dried apricots to Russia every week. | 20 | RU UZ
            """)
    void shouldKeepTheHostOrThePartnerOfTheFirms(String title, String body, String number, String kept) {
        assertThat(subjectsOf(title, body, number)).contains(kept.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
