package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a sentence ends after a figure whose scale word is abbreviated with a dot. */
class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.text(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ввоз вырос на 11%, до $28,4 млрд. Рост торговли держится на платежах.          | 2
            Экспорт составил 5,2 млн. Импорт вырос до 3 млн тонн.                             | 2
            Порт обработал 51 тыс. ДФЭ за год.                                                 | 1
            Товарооборот достиг 1,5 млн. долл. США за полгода.                                 | 1
            Imports rose by 14% to $35.1 bln. Trade relies on payments.                        | 2
            Les importations ont atteint 35,1 mds. Le commerce repose sur les paiements.       | 2
            Mr. Smith said trade grew.                                                          | 1
            Imports from Uzbekistan reached 12.7 mln. US dollars in March.                      | 1
            The port handled 51 thsd. TEU last year.                                            | 1
            Exports reached 4.1 mln. Imports fell to 2 mln tonnes.                              | 2
            """)
    void shouldEndASentenceAfterAnAbbreviatedScaleWhenACommonWordFollows(String text, int count) {
        assertThat(sentences(text.strip())).hasSize(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exports reached 12.7 mln. Dollars in March. Imports fell.   | 12.7 mln. Dollars | 2
            Exports reached 4.1 mln. Imports fell to 2 mln tonnes.      | 4.1 mln           | 2
            Экспорт достиг 12,7 тыс. Тонн в марте. Импорт упал.          | 12,7 тыс. Тонн    | 2
            """)
    void shouldJoinTheSentencesAFigureSpans(String text, String figure, int count) {
        String body = text.strip();
        int start = body.indexOf(figure);
        List<Sentences.Sentence> joined = Sentences.joinAcross(Sentences.split(body), List.of(new int[] {start,
                start + figure.length()}), span -> span[0], span -> span[1]);
        assertThat(joined).hasSize(count);
        assertThat(joined.get(0).text(body)).contains(figure);
    }

    @org.junit.jupiter.api.Test
    void shouldSplitATextOnceAndAnEqualTextAlike() {
        String body = "Freight grew by a tenth. The new line opened in May.\nPassengers were counted apart.";
        List<Sentences.Sentence> first = Sentences.split(body);
        assertThat(Sentences.split(body)).isSameAs(first);
        assertThat(Sentences.split(new String(body.toCharArray()))).isEqualTo(first).isNotSameAs(first);
        assertThat(Sentences.split(new StringBuilder(body))).isEqualTo(first);
        assertThat(first).hasSize(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @org.junit.jupiter.api.Test
    void shouldFindTheSentenceThatHoldsAnOffset() {
        String body = "Freight grew by a tenth. The new line opened in May.\n\nPassengers were counted apart.";
        List<Sentences.Sentence> all = Sentences.split(body);

        assertThat(Sentences.containing(all, body.indexOf("tenth")).text(body)).startsWith("Freight");
        assertThat(Sentences.containing(all, body.indexOf("May")).text(body)).startsWith("The new line");
        assertThat(Sentences.containing(all, body.indexOf("apart")).text(body)).startsWith("Passengers");
        assertThat(Sentences.containing(all, body.indexOf("\n"))).isNull();
        assertThat(Sentences.containing(all, body.length())).isNull();
        assertThat(Sentences.containing(List.of(), 0)).isNull();
    }
}
