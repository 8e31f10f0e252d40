package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no metric whose clause speaks of something passing from one party to another (goods delivered, money
 * transferred, people or vehicles crossing) takes both parties, the partner from the headline when the sentence names
 * one country (decision 6 of round 29); one country's own amount (its losses, output, budget) keeps that country.
 */
class PassingBetweenPartiesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Russia | Deliveries of machine parts from Kazakhstan rose more than 40 times last year. | 40 times | KZ RU
            Le Kazakhstan et l'Allemagne | Près de 1,1 million de tonnes de brut kazakh ont été livrées à cette raffinerie en 2024. | 1,1 million de tonnes | DE KZ
            Таджикистан и Россия | Около 70% всех денежных переводов поступило из России. | 70% | RU TJ
            Kyrgyzstan and Kazakhstan | At the checkpoint 180 trucks left Kyrgyzstan on Monday. | 180 trucks | KG KZ
            Kazakhstan and China | Kazakhstan's losses from the halted shipments reached $2 billion. | $2 billion | KZ
            """)
    void shouldGiveWhatPassesBetweenTwoPartiesBoth(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
