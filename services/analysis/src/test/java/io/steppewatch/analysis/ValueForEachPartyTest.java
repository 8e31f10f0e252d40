package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 31 of round 35: one value a sentence of a sale (a delivery too) gives to several buyers or suppliers each is
 * one figure per buyer, each copy with the seller and one buyer; decision 43 of round 36: one stake in a venture or
 * share of a project's funds held by several parties each is one figure per holder, each with every party of the
 * venture. Elsewhere the value stays one figure.
 */
class ValueForEachPartyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan sells its wheat mostly to Iran and Afghanistan, which bought 31% each of the grain exported last year.  | 31  | KZ IR;KZ AF
            Les principaux acheteurs du coton ouzbek, la Turquie et la Chine, en ont reçu chacune 18%.                         | 18  | UZ TR;UZ CN
            Турция и Китай закупили у Узбекистана по 20% этого хлопка каждая.                                                  | 20  | CN UZ;TR UZ
            Le Tadjikistan et le Turkménistan fourniront chacun 15% du financement du projet.                                  | 15  | TJ TM;TJ TM
            In the new venture's capital, Tajikistan and Kyrgyzstan will hold 40 percent each, and Iran the rest.              | 40  | IR KG TJ;IR KG TJ
            Китай и Индия должны получать каждая по 45% поставок туркменского газа.                                             | 45  | TM CN;TM IN
            Tajikistan and Turkmenistan will each host 12 percent of the delegates at the forum.                               | 12  | TJ TM
            Kazakhstan sold 31% of its wheat to Iran and Afghanistan last year.                                               | 31  | AF IR KZ
            """)
    void shouldGiveTheValueToEachPartyOnce(String body, double value, String expected) {
        List<String> subjects = figures(body).stream().filter(f -> f.value() == value)
                .map(f -> String.join(" ", f.subjects().stream().sorted().toList())).sorted().toList();
        List<String> wanted = java.util.Arrays.stream(expected.split(";")).map(s -> String.join(" ",
                java.util.Arrays.stream(s.split(" ")).sorted().toList())).sorted().toList();
        assertThat(subjects).isEqualTo(wanted);
    }
}
