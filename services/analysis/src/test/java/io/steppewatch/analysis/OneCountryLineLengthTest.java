package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A line whose towns all lie in one country is that country alone (LABEL-FIXES decision 5 of round 28), also where
 * the sentence points at it with "this railway" in an article about a longer cross-border route, and where the towns
 * are written in Russian with a country's prefix inside them (Туркменабад), or named a few sentences before the length
 * with sentences naming only countries between.
 */
class OneCountryLineLengthTest {

    @Test
    void shouldKeepTheOneCountryLineWhenTheSentencePointsAtItWithThis() {
        String title = "China-Kyrgyzstan-Uzbekistan railway: Kyrgyzstan prepares its feeder lines";
        String body = "Kyrgyz Railways has begun earthworks near the lake. This railway segment belongs to the wider "
                + "Balykchy — Kochkor — Kara-Keche project, with a length of 186 kilometers.";
        assertThat(subjectsOf(title, body, "186 kilometers")).containsExactly("KG");
    }

    @Test
    void shouldReadTurkmenabatInRussianAsATownOfTurkmenistan() {
        String body = "Открыт новый участок трассы «Ашхабад – Туркменабад», ведущей к границе с Узбекистаном. Сдано "
                + "280 километров дороги из намеченных 600 километров.";
        assertThat(subjectsOf("Дорога на восток", body, "600 километров")).containsExactly("TM");
    }

    @Test
    void shouldLookPastSentencesNamingOnlyCountriesForTheLinesTowns() {
        String body = "Kazakhstan is laying a second track on the Dostyk – Moyynty section toward the Chinese border. "
                + "Freight from China to Russia may grow with it. Officials of Kazakhstan call it the country's largest "
                + "rail project. The new line of 836 km will raise the section's capacity fivefold.";
        assertThat(subjectsOf("Railway to China upgraded", body, "836 km")).containsExactly("KZ");
    }
}
