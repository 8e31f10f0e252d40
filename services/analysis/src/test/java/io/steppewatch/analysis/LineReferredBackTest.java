package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight counted on a line that its sentence points back to with a demonstrative ("this route", "between these two
 * ports", "по этому маршруту") is that line's: it takes the countries the line was named by in a sentence before
 * (its places, or the countries it links, "связала Казахстан с Китаем" in the perfective too), not the corridor or
 * every country the article names. Rows 1 to 4 fail without the rule; the last rows guard its limits: a corridor
 * named between the line and the demonstrative, and one port ("this port" is one place, which the port rules read).
 */
class LineReferredBackTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China, Turkey and Georgia eye Caspian shipping | Two ferries now sail the Baku-Turkmenbashi line. The first ship between these two ports left in 2019. So far 12,000 TEU have crossed the sea. | 12,000 TEU | AZ TM
            Railways of four countries meet on the North-South corridor | The officials reviewed freight through a station on the Kazakh-Turkmen border. Last year this route carried 2 million tons of cargo. | 2 million tons | KZ TM
            Транспортный коридор Север – Юг набирает обороты | Поезда идут через станцию на казахстанско-туркменской границе. В прошлом году по этому маршруту перевезли 3 млн тонн грузов. | 3 млн тонн | KZ TM
            Грузы на границе с Китаем | В 1990 году станция связала Казахстан с Китаем. За эти годы по данной ветке провезли 300 млн тонн. | 300 млн тонн | KZ CN
            Middle Corridor freight climbs | The Baku-Tbilisi-Kars line was upgraded. Freight along the Middle Corridor rose this spring. Via this route cargo grew 30%. | 30% | TITR
            Caspian ports compete | The port of Alat lies on the western shore. This port can handle 15 million tons of cargo a year. | 15 million tons | AZ
            """)
    void shouldGiveFreightOnALinePointedBackToThatLinesCountries(String title, String body, String figure,
                                                                 String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
