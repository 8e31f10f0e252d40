package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of a line whose towns all lie in one country is that country's (decision 5 of round 28; decision 3: a
 * section inside one country stays that country), whatever route the headline is about or neighbour the line leads
 * to: named by its towns in the length's own sentence, or in the sentence before when the length's sentence names no
 * place. Rows 1, 2 and 4 fail without the rule; row 3 (a section named by a town the gazetteer does not know) the
 * older section rules already give; the last rows guard the limits: a line between towns of two countries, and a
 * corridor named in the sentence.
 */
class OneCountryLineTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China-Kyrgyzstan-Uzbekistan railway gets going | Work goes on at the Balykchi-Kochkor railway, built by the Kyrgyz rail company. Its whole length is 64 km. | 64 km | KG
            Afghanistan and Turkmenistan sign rail accords | Kabul plans a railway from Andkhoy to Aqina to reach the Turkmen network. ¶ The main track will run about 50 km. | 50 km | AF
            Железная дорога Китай – Кыргызстан – Узбекистан | Сначала построят участок «Торугарт – Кош-Добо» (150 км), затем участок «Кош-Добо – Джалал-Абад» (140 км). | 150 км | KG
            Kazakhstan and Uzbekistan open a new line | The Darbaza-Maktaaral railway, 110 kilometres long, will link Kazakhstan with Uzbekistan. | 110 kilometres | KZ
            Trans-Afghan railway plans | The line from Termez to Herat would be 700 km long. | 700 km | AF UZ
            Middle Corridor grows | The Aktau-Atyrau stretch of the Middle Corridor is 360 km long. | 360 km | TITR
            """)
    void shouldGiveALineInsideOneCountryThatCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
