package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an undated short note, a period stated only in a sentence after a figure's dates that figure only when that
 * sentence tells one of its figures again (a lede the body dates later); otherwise the later sentence dates what it
 * tells itself — an old war, the start of works, a working group's year — and the figure keeps none (round 47,
 * per47; {@code FigurePeriods.restatesAFigureOf}). The last row is the guard: a lede's multiple the body restates with
 * its months. Paragraphs are written with "~".
 */
class NotePeriodAfterFigureTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Fighting flares in Rasht valley | At least 9 border guards and 14 gunmen died in a raid near the Afghan frontier, officials said.~The raid is the worst violence in the valley for three years in a country still scarred by a 1992-97 civil war. | 9 border | null
            Un train franchit la frontière | Les présidents ont inauguré mardi le premier tronçon d'une voie ferrée. Un train de 52 wagons de marchandises a parcouru lundi 5 km jusqu'au poste-frontière voisin. Débuté en mai 2014, ce projet de ligne ferroviaire doit faire 300 km. | 52 wagons | null
            Граница между странами почти описана | Между двумя странами завершено описание 412 километров или 60% общей границы.~«В 2024 году рабочие группы провели 11 заседаний», – сообщил руководитель группы. | 60% | null
            Caspian container transit soars | Container transit via the Caspian route has grown 12-fold, the ministry reports.~In January-June 2025, 240 trains crossed the sea, compared to 20 for the whole of 2024, so transit has grown 12-fold. | 12-fold | 2025-01/2025-06
            """)
    void shouldDateAFigureOnlyByALaterSentenceThatRestatesIt(String title, String body, String text, String period) {
        ArticleText article = new ArticleText("t", title, body.replace("~", "\n\n"), null, null);
        assertThat(AnalyzedFigures.figure(article, text).period()).isEqualTo(period);
    }
}
