package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People, vehicles or goods counted at a checkpoint or on a stretch of a border take both countries the border divides,
 * as the text names them once by their pair ("the Kazakh-Uzbek stretch of the border", "на узбекско-таджикской
 * границе", "between Iran and Turkmenistan ... border crossings") or by the crossing's "with" ("the border crossing
 * with China" in a sentence that gives the other side), when the count's own sentence gives one side or
 * none (decision 6 of round 29: a crossing of a common border takes both). A port or terminal on the border stays its
 * own country's, and so do one side's forces sent to its border. In the bodies, {@code ¶} stands for a paragraph break.
 */
class BorderCrossingSidesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Long queues at the border with Uzbekistan | The checkpoints on the Kyrgyz-Uzbek stretch of the state border work as usual, the Kyrgyz border service said. ¶ At the moment up to 9,000 people pass the border at the Dostuk checkpoint every day. | 9,000 people | KG UZ
            Queues at the border with Uzbekistan | Passengers crowd the checkpoints of the Kyrgyz-Uzbek border again. ¶ Some 20,000 travellers come to the checkpoint each day. Its throughput capacity, with continuous border control, is 12,500 people per day. | 12,500 people | KG UZ
            Наркотики на границе | Пограничники Узбекистана сообщили, что 40 килограммов гашиша обнаружены на участке узбекско-таджикской государственной границы. | 40 килограммов | TJ UZ
            Incidents à la frontière tadjike | La situation à la frontière tadjiko-afghane reste tendue, d'après le comité d'État tadjik. ¶ En 2025, 9 incidents de ce type ont eu lieu à la frontière nationale, contre 4 un an plus tôt. | 9 incidents | AF TJ
            Kazakhstan's rail transit keeps growing | The Kazakh national rail company reported that more than 9 million tonnes of freight went through the Altynkol–Khorgos border crossing with China during 2024. | 9 million tonnes | CN KZ
            Таджикистан укрепляет границу | Власти Таджикистана направят на границу с Афганистаном ещё 15 тысяч резервистов. | 15 тысяч резервистов | TJ
            Khorgos in numbers | In 2023 the Khorgos dry port on the China-Kazakh border served 6,000 trains bound for Europe. | 6,000 trains | KZ
            """)
    void shouldGiveACountAtABorderBothItsSides(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
