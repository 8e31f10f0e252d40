package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A pair of countries named earlier and pointed back at takes its figure: "between the countries" with no number
 * ("между странами", "entre les pays"), and "the two countries" opening a paragraph after a sentence naming two
 * countries. Round 46, subjb46.
 */
class PairNamedBeforeTest {

    @Test
    void shouldReadBetweenTheCountriesInRussianAsTheHeadlinesPair() {
        String body = "За полгода объем транзитных перевозок между Казахстаном и Туркменистаном достиг 1,1 млн тонн."
                + "\n\nОб этом сказал президент Туркменистана в интервью агентству Казахстана.\n\nПрезидент "
                + "отметил, что в прошлом году объем транзитных перевозок между странами вырос на 12% и превысил "
                + "2,4 млн тонн.";
        assertThat(subjectsOf("Президент: за полгода перевозки между Казахстаном и Туркменистаном достигли 1,1 млн "
                + "тонн", body, "2,4 млн тонн")).containsExactlyInAnyOrder("KZ", "TM");
    }

    @Test
    void shouldReadBetweenTheCountriesInFrenchAsTheHeadlinesPair() {
        String body = "Le fret a atteint 1,5 million de tonnes en six mois.\n\nC'est ce qu'a dit le président "
                + "chinois à une agence du Kirghizistan.\n\nLe président a noté que l'an dernier le transit entre "
                + "les pays a augmenté de 18 % et dépassé 3,1 millions de tonnes.";
        assertThat(subjectsOf("Le fret entre le Kirghizistan et la Chine a atteint 1,5 million de tonnes en six mois",
                body, "3,1 millions de tonnes")).containsExactlyInAnyOrder("CN", "KG");
    }

    @Test
    void shouldTakeThePairOfTheSentenceBeforeTheParagraph() {
        String body = "Grain\n\nMeanwhile, trade between Iran and Turkmenistan grew by a fifth over the period.\n\n"
                + "The two countries exchanged 420,000 tons of goods other than oil and gas in the first half.";
        assertThat(subjectsOf("Kazakhstan plans to sell more wheat to China", body, "420,000 tons"))
                .containsExactlyInAnyOrder("IR", "TM");
    }

    @Test
    void shouldNotReadAGroupOfCountriesAsAPair() {
        String body = "Commerce\n\nLe ministre tadjik a indiqué que le fret ferroviaire entre le Tadjikistan et les "
                + "pays de la CEI a atteint 3,1 millions de tonnes l'an dernier.";
        assertThat(subjectsOf("Le Tadjikistan et la Chine veulent doubler leur fret", body,
                "3,1 millions de tonnes")).doesNotContain("CN");
    }
}
