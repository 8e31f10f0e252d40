package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What signed agreements, contracts or documents are worth is no series of the vocabulary (the labels: `other`, with
 * both sides); a sum the agreements speak of, or one in another clause, keeps its metric.
 */
class SignedDealsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            At the investment forum, Kazakhstan and Uzbekistan signed contracts worth $1 billion.                      | $1 billion        | other
            At the investment forum, Kazakhstan and Uzbekistan signed $1 billion worth of contracts.                   | $1 billion        | other
            Kyrgyzstan and Germany signed 14 documents worth $2.1 billion to develop joint projects.                  | $2.1 billion      | other
            Lors d'un forum économique, Bichkek et Pékin ont signé plusieurs accords d'une valeur de 410 millions d'euros. | 410 millions | other
            Au forum économique, Douchanbé et Pékin ont signé plusieurs accords d'une valeur de 5 milliards de somonis (440 millions d'euros). | 440 millions | other
            На инвестиционном форуме Казахстан и Узбекистан подписали соглашения на сумму 2 млрд долларов.             | 2 млрд            | other
            Казахстан и Китай подписали контракты на 1,5 млрд долларов для совместных проектов.                        | 1,5 млрд          | other
            Pakistan and Uzbekistan signed an agreement to boost investments to $2 billion.                           | $2 billion        | investment.total
            Selon les accords signés lors de la visite, Pékin va investir 3 milliards de dollars au Kirghizstan.        | 3 milliards       | investment.total
            Согласно подписанному соглашению, объем совместных проектов Казахстана и Китая достигнет 3 млрд долларов.  | 3 млрд            | jointprojects.value
            At the investment forum, Kazakhstan and Uzbekistan discussed contracts worth $1 billion.                  | $1 billion        | investment.total
            """)
    void shouldCallTheWorthOfSignedPapersOtherButNotASumTheyPlan(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
