package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number counts the word after it in Kazakh as in the other languages, also when that word's only vowels are
 * Kazakh letters ("жүк көлігі", trucks; "көлік", vehicles; "түрлі", kinds): such a word is no abbreviated unit.
 * "Көп" (more) after a number counts nothing.
 */
class KazakhCountedNounsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Бекетте 410 жүк көлігі кезекте тұрған.                        | 410 жүк       | 410
            Шекарада 100-ден аса жүк көлігі кептеліп тұр.                 | 100-ден аса   | 100
            Бекетте 410 көлік кезекте тұр.                                | 410 көлік     | 410
            Сиань Еуропаға 790 жүк пойызын жөнелткен.                     | 790 жүк       | 790
            Қазақстан 115 түрлі тауарды экспорттайды.                     | 115 түрлі     | 115
            At the post 410 trucks were waiting in the queue.             | 410 trucks    | 410
            На посту в очереди стояли 410 грузовиков.                     | 410 грузовиков | 410
            Au poste, 410 camions attendaient dans la file.               | 410 camions   | 410
            """)
    void shouldCountTheWordAfterTheNumber(String body, String text, double value) {
        ExtractedFigure found = figure(body, text);
        assertThat(found.unit()).isEqualTo("count");
        assertThat(found.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Бұл 2022 жылдың көрсеткішінен 16,4 көп.                       | 16,4
            """)
    void shouldCountNothingWithMoreAfterTheNumber(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().startsWith(text) && "count".equals(f.unit()));
    }
}
