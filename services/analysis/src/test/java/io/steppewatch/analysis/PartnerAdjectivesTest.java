package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A European partner named only by its adjective ("Czech firms", "Finnish exports", "голландские инвесторы", "des
 * entreprises hongroises") is a party of the figure, as the gazetteer already reads "German", "Japanese" or "Italian"
 * (the standard: an investment takes its investor and host, an export its seller and buyer). Round 44; "French" and
 * "Ukrainian" are left out on purpose (see the round's section in bench/corpus/README.md).
 */
class PartnerAdjectivesTest {

    @Test
    void shouldReadACzechInvestorInKazakhstan() {
        String body = "Business forum in Astana\n\nOver the last decade, Czech firms have put roughly $180 million into "
                + "machine-building projects in Kazakhstan, the organisers said.";
        assertThat(subjectsOf("Investors meet at a business forum", body, "$180 million"))
                .containsExactlyInAnyOrder("CZ", "KZ");
    }

    @Test
    void shouldReadAFinnishSellerOfExportsToKyrgyzstan() {
        String body = "Customs figures\n\nIn 2023 Finnish exports to Kyrgyzstan came to about 41 million euros, "
                + "the customs office reported.";
        assertThat(subjectsOf("Customs figures under scrutiny", body, "41 million euros"))
                .containsExactlyInAnyOrder("FI", "KG");
    }

    @Test
    void shouldReadADutchInvestorInRussian() {
        String body = "Инвестиции\n\nГолландские инвесторы вложили в экономику Казахстана более $2,4 млрд за пять "
                + "лет, сообщили в министерстве.";
        assertThat(subjectsOf("Инвесторы обсудили новые проекты", body, "$2,4 млрд"))
                .containsExactlyInAnyOrder("KZ", "NL");
    }

    @Test
    void shouldReadAHungarianInvestorInFrench() {
        String body = "Investissements\n\nDes entreprises hongroises ont investi 95 millions de dollars en "
                + "Ouzbékistan depuis 2019, selon le ministère.";
        assertThat(subjectsOf("Nouveaux projets industriels", body, "95 millions de dollars"))
                .containsExactlyInAnyOrder("HU", "UZ");
    }
}
