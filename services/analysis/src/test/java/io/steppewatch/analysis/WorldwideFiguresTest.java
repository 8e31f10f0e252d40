package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no ledger metric that its sentence, naming no country, spreads over the world ("recorded worldwide",
 * "around the world", "по всему миру", "à travers le monde") takes no subject, not the headline's country: the labels
 * place a figure in a country only where the text does. "In the world" after a superlative ranks the headline
 * country's own things and leaves its country where the other rules put it.
 */
class WorldwideFiguresTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China reports a new outbreak | Health officials in China confirmed two cases this week. Between 2012 and 2017 some 2,100 infections were recorded worldwide. | 2,100
            Japanese band ends its tour | The band from Japan played its last concert on Sunday. Over its career it sold 40 million albums around the world. | 40 million
            В США умер известный писатель | Писатель скончался в пятницу в Бостоне. Он написал 20 книг, которые разошлись по миру тиражом в 3 млн экземпляров. | 3 млн
            L'Allemagne publie un logiciel libre | Le logiciel a été écrit par une équipe en Allemagne. Plus de 12 millions de personnes l'utilisent à travers le monde. | 12 millions
            """)
    void shouldGiveAFigureSpreadOverTheWorldNoCountry(String title, String body, String number) {
        assertThat(subjectsOf(title, body, number)).isEmpty();
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            India's air is the dirtiest | Pollution in India rose again this winter. Now 9 of the 10 cities in the world with the worst air are there. | 10 cities | IN
            """)
    void shouldKeepTheCountryOfAFigureRankedInTheWorld(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactly(expected);
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
