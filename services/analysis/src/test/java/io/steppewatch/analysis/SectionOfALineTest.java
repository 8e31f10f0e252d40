package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A part of a cross-border line whose own clause places it in one country takes that country (decision 3 of round 28:
 * a section inside one country stays that country; decision 46: a whole section is a `route.length`), not the line's
 * countries that the rest of the sentence or the headline names; a clause that names a link's ends or its course
 * keeps the line's countries. Round 44, `SectionCountries`.
 */
class SectionOfALineTest {

    private static final String TITLE = "Une nouvelle voie ferrée vers l'Ouzbékistan";

    @Test
    void shouldGiveEachNationalPortionItsCountry() {
        String body = "Le projet\n\nSur le tracé de la future voie ferrée, le tronçon kirghize mesurera 260 km, "
                + "celui traversant l'Ouzbékistan atteindra 95 km.";
        assertThat(subjectsOf(TITLE, body, "260 km")).containsExactly("KG");
        assertThat(subjectsOf(TITLE, body, "95 km")).containsExactly("UZ");
    }

    @Test
    void shouldPlaceALengthSaidToLieInOneCountry() {
        String body = "Le tracé\n\nLe futur gazoduc, dont environ 700 km (près de la moitié du tracé) seront en "
                + "Afghanistan, doit ensuite rejoindre le Pakistan puis l'Inde.";
        assertThat(subjectsOf("Le gazoduc transafghan avance", body, "700 km")).containsExactly("AF");
    }

    @Test
    void shouldKeepTheCountriesOfALineNamedByItsPlaces() {
        String body = "The railway\n\nThe total length of the Kazakhstan — Turkmenistan — Iran line will be about "
                + "910 kilometers.";
        assertThat(subjectsOf("A railway across three countries", body, "910 kilometers"))
                .containsExactlyInAnyOrder("IR", "KZ", "TM");
    }

    @Test
    void shouldKeepTheLineWhenTheClauseNamesWhereItStarts() {
        String body = "The railway\n\nThe section of 910 km from Kazakhstan, across Turkmenistan, to Gorgan in Iran "
                + "opened in 2014.";
        assertThat(subjectsOf("A railway across three countries", body, "910 km")).hasSizeGreaterThan(1);
    }
}
