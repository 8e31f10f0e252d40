package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A drill's count whose own noun phrase names the forces it counts ("300 Russian paratroopers", "300 Chinese soldiers",
 * "3 000 militaires russes, tadjiks et ouzbeks", "300 адам — Қытай әскері") is those forces' alone: not the host's,
 * not the pair "the two countries" the sentence names, not a second group of troops the phrase joins with no number
 * (the drills decision of 2026-12-03 and its round-23 audit: named contingents are parties, the host is none).
 */
class DrillForcesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz and Russian units train together | Kyrgyzstan opened joint military exercises with Russia on Tuesday that bring together 300 Russian paratroopers and servicemen of Kyrgyzstan's National Guard. | 300 | RU
            Tajikistan and China begin a joint counter-terrorism drill | Back in 2019 the two countries' armies held joint drills in the Pamirs with about 8,000 troops, among them 300 Chinese soldiers. | 300 | CN
            Manœuvres conjointes près de la frontière afghane | Ces manœuvres réunissent 3 000 militaires russes, tadjiks et ouzbeks près de la frontière afghane, sur un terrain d'entraînement au Tadjikistan. | 3 000 | RU TJ UZ
            Тәжікстан мен Қытай бірлескен оқу-жаттығу бастады | Бұған дейін екі ел Памирде 8 мың адамның қатысуымен (300 адам — Қытай әскері) оқу-жаттығу өткізген. | 300 | CN
            Joint drills near the Afghan border | The exercises in Uzbekistan involve 1,200 Russian and Uzbek troops and 150 armoured vehicles. | 1,200 | RU UZ
            """)
    void shouldGiveACountToTheForcesItsOwnPhraseNames(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Joint drills begin in the south | Tajik and Uzbek troops began joint counter-terrorism exercises on Monday. ¶ The exercises near Termez involve some 400 servicemen and 60 armoured vehicles, the defence ministry said. | 400 | TJ UZ
            Police units train together | Chinese and Kyrgyz police units are holding a joint exercise near Urumqi this week. ¶ Aibek, a sergeant of Kyrgyzstan's National Guard, turned 25 at the base. He is one of about 150 participants in the exercise. | 150 | CN KG
            Учения у афганской границы | Российские и узбекские военные начали совместные учения у границы с Афганистаном. ¶ На полигоне «Термез» в учениях задействовано около 300 военнослужащих. | 300 | RU UZ
            """)
    void shouldGiveACountNamingNoForceToTheLeadsJointDrill(String title, String body, String number,
                                                            String expected) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), number))
                .containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            CSTO drills begin in the south | Tajik and Uzbek troops began joint counter-terrorism exercises on Monday. ¶ The exercises near Termez involve some 400 servicemen, the defence ministry said. | 400
            """)
    void shouldNotGiveTheLeadsDrillToACountOfABlocsDrill(String title, String body, String number) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), number)).isNotEqualTo(List.of("TJ", "UZ"));
    }

    /** The subjects of the first figure (a body's "¶" stands for a paragraph break) whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
