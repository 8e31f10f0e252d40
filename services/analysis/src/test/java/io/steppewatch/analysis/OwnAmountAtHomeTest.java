package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no metric whose clause says one party's own amount at home (a plant's capacity, a harvest, what a country
 * produced) and nothing that puts it between two parties (trade, exports, a partnership, goods sent) is that party's
 * alone, even under a headline or beside a sentence that names a partner (decision 6 of round 29); a clause of trade
 * keeps the pair. The first paragraph (before the ¶) makes the main country the one the article names most.
 */
class OwnAmountAtHomeTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan and Germany sign a copper deal | Uzbekistan's copper sector is growing. Uzbekistan plans new plants and Uzbek engineers train abroad. ¶ The capacity of the processing plant is 40mn tons of copper ore. | 40mn tons | UZ
            Экспорт казахстанского зерна в Азербайджан | Казахстан отправил зерно в Азербайджан. Экспорт зерна из Казахстана растёт. ¶ В текущем году Казахстан рассчитывает на урожай зерновых в 21 млн тонн. | 21 млн тонн | KZ
            Kyrgyz cement exports to Uzbekistan | Uzbekistan imports cement from Kyrgyzstan. ¶ In 2023, Kyrgyzstan produced 1.2 million tons of cement. | 1.2 million tons | KG
            Uzbekistan and Germany sign a copper deal | Uzbekistan's copper sector is growing. Uzbekistan plans new plants and Uzbek engineers train abroad. ¶ The capacity of the joint processing plant is 40mn tons of copper ore. | 40mn tons | DE UZ
            """)
    void shouldGiveAnAmountAtHomeToItsOwnerAlone(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
