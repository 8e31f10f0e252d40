package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money that migrants send home is the receiving country's, with the sending country when the text names it (gold-ze
 * decided: remittances are `other`, the receiving country and the sending one; totals from abroad the receiving
 * country alone). A sentence naming only the sender keeps the receiver of its headline or article, and a sentence that
 * names no country goes on about the sender of the sentence before.
 */
class RemittancesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Money sent home to Kyrgyzstan | Remittances to Kyrgyzstan grew to $2.5 billion last year. Of this, $2 billion came from Russia. | $2.5 billion | KG
            Money sent home to Kyrgyzstan | Remittances to Kyrgyzstan grew to $2.5 billion last year. Of this, $2 billion came from Russia. | $2 billion | KG RU
            Переводы в Таджикистан | Объем денежных переводов в Таджикистан за полгода составил $3 млрд. При этом из России поступило $2,4 млрд. | $3 млрд | TJ
            Переводы в Таджикистан | Объем денежных переводов в Таджикистан за полгода составил $3 млрд. При этом из России поступило $2,4 млрд. | $2,4 млрд | RU TJ
            Переводы в Таджикистан | Доля переводов от мигрантов, работающих в России, снизилась до 70%. Годом ранее этот показатель составлял 80%. | 70% | RU TJ
            Переводы в Таджикистан | Доля переводов от мигрантов, работающих в России, снизилась до 70%. Годом ранее этот показатель составлял 80%. | 80% | RU TJ
            Переводы в Таджикистан | Объем денежных переводов в Таджикистан составил $3 млрд. Резиденты России направили в Таджикистан $1 млрд, а нерезиденты – $2 млрд. | $1 млрд | RU TJ
            """)
    void shouldGiveRemittancesTheReceiverAndTheSenderNamed(String title, String body, String figure, String subjects) {
        assertThat(FigureSubjectsTest.subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
