package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh and Uzbek "from X to Y" written with case endings ("5%-дан 20%-ға дейін", "2 million tonnadan 5 million
 * tonnagacha"): the two ends are levels, as English "from ... to" and Russian "с ... до" make them. The start of a
 * range a plan raises from is the level it starts at, and the dative of the end before "дейін" is no "by".
 */
class TurkicRangesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Астықтың экспорттағы үлесі 5%-дан 20%-ға дейін өсті.                                      | 20%       | SHARE
            Terminal quvvatini yiliga 2 million tonnadan 5 million tonnagacha oshirish rejalashtirilgan. | 2 million | AMOUNT
            Terminal quvvatini yiliga 2 million tonnadan 5 million tonnagacha oshirish rejalashtirilgan. | 5 million | TARGET
            Портты өткізу қабілетін жылына 4 млн тоннадан 9 млн тоннаға дейін арттыру жоспарлануда.      | 4 млн     | AMOUNT
            Bug‘doy importidagi ulushi 12 foizdan 3 foizgacha kamaydi.                                  | 12 foiz   | SHARE
            Bug‘doy importidagi ulushi 12 foizdan 3 foizgacha kamaydi.                                  | 3 foiz    | SHARE
            """)
    void shouldReadBothEndsAsLevels(String body, String text, String measure) {
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }

    /**
     * Verbs of fall and growth in Kazakh and both Uzbek scripts make the percentage they govern a change; an ablative
     * before "oshdi" or "асты" is the level passed ("went past 10%"), not the move, and a percent word with a
     * possessive ending ("importning 6,3 foizi": 6.3 percent of the imports) a part of a whole.
     */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қытайға астық экспорты 9% төмендеді.                                 | 9%       | CHANGE
            Юк ташиш ҳажми ўтган йилга нисбатан 7 фоиз камайди.                 | 7 фоиз   | CHANGE
            Paxta eksporti o‘tgan yilga nisbatan 14 foiz pasaydi.               | 14 foiz  | CHANGE
            Контейнер тасымалы 11% ұлғайды.                                      | 11%      | CHANGE
            Yillik inflyatsiya 10 foizdan oshdi.                                | 10 foiz  | SHARE
            Bug‘doy importi 40 million dollarga kamaydi (jami importning 6,3 foizi).   | 6,3 foiz | SHARE
            """)
    void shouldReadTurkicVerbsOfChange(String body, String text, String measure) {
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }

    /**
     * A Kazakh or Uzbek dative on a figure says "by" before a word of more or less, written with the apostrophe of
     * o‘ ("2,4 ming tonnaga ko‘p"), and "about" before "yaqin", "жуық" ("50 foizga yaqini": nearly half).
     */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Guruch eksporti o‘tgan yilga nisbatan 2,4 ming tonnaga ko‘p.      | 2,4 ming | CHANGE
            Paxtaning 50 foizga yaqini Xitoyga sotiladi.                      | 50 foiz  | SHARE
            Астықтың 40%-ға жуығы Қытайға жіберіледі.                          | 40%      | SHARE
            """)
    void shouldReadTheDativeOfAFigure(String body, String text, String measure) {
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }
}
