package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A queue at a border post (gold-g's queues, gold-n's wait at a border post): its length is `km`, `other`, not the
 * border's length, and the length and the wait in it are reported as they stand, with the publication month. A border
 * with no queue keeps its length, of no period.
 */
class BorderQueueTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            At the Kazakh-Uzbek border crossing, the queue of trucks stretches for 5-6 kilometres. | 5 | km | other | 2025-06
            Trucks wait more than two days at the Kazakh-Uzbek border crossing. | two days | days | other | 2025-06
            The border between Kazakhstan and Uzbekistan is 2,356 kilometres long. | 2,356 kilometres | km | border.length | null
            На казахстанско-узбекском пограничном переходе очередь грузовиков растянулась на 5-6 километров. | 5 | km | other | 2025-06
            На казахстанско-узбекском пограничном переходе грузовики ждут более 2 суток. | 2 суток | days | other | 2025-06
            Протяженность казахстанско-узбекской границы составляет 2356 километров. | 2356 километров | km | border.length | null
            Au poste-frontière entre le Kazakhstan et l'Ouzbékistan, la file de camions s'étend sur 5 à 6 kilomètres. | 5 | km | other | 2025-06
            Les camions attendent plus de deux jours au poste-frontière entre le Kazakhstan et l'Ouzbékistan. | deux jours | days | other | 2025-06
            """)
    void shouldReadAQueueAtTheBorderAsReportedNow(String body, String text, String unit, String metric, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2025, 6, 15), null),
                text);
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.metric()).isEqualTo(metric);
        assertThat(String.valueOf(found.period())).isEqualTo(period);
    }
}
