package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The joint-project metrics count and value the projects under way between two parties: projects done or only
 * looked at are other, even when the text calls them joint (decision 61 of round 38: joint projects already completed
 * are `other`).
 */
class ProjectsUnderWayTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Between Korea and Kazakhstan, 19 projects worth US$2 billion have been implemented.                 | 19 projects    | other
            Between Korea and Kazakhstan, 19 projects worth US$2 billion have been implemented.                 | US$2 billion   | other
            Builders from Turkey have implemented 980 projects worth $47 billion in Turkmenistan so far.         | $47 billion    | other
            Kyrgyzstan and Uzbekistan: some 17 projects worth about $0.9 billion are being explored.                   | $0.9 billion     | other
            Kazakhstan and Uzbekistan are implementing 38 projects worth $2.2 billion.                           | $2.2 billion   | jointprojects.value
            So far, Russia and Kazakhstan have implemented 93 joint projects totaling $18.3 billion.             | $18.3 billion  | other
            Между Казахстаном и Китаем уже реализовано 15 казахстанско-китайских проектов.                       | 15             | other
            """)
    void shouldLeaveProjectsDoneOrLookedAtAsOtherEvenWhenCalledJoint(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Turkish contractors have 25 ongoing projects in Turkmenistan totaling $4 billion.                   | 2025-03-10 | $4 billion            | other | null
            Turkish builders won contracts worth $190 million in 2024. In all, 25 ongoing projects totaling $3.5 billion are underway. | 2025-03-10 | 25 ongoing | other | null
            Contractors from Turkey secured new projects worth $190 million in 2024.                                | 2025-03-10 | $190 million          | other | 2024
            Construction firms from Turkey have implemented 980 projects worth $47 billion so far.            | 2022-02-28 | 980 projects          | other | 2022-02
            Турецкие подрядчики реализуют в Туркменистане 25 проектов на сумму 4 млрд долларов.                  | 2025-03-10 | 4 млрд долларов       | other | null
            Les entreprises de construction turques mènent au Turkménistan 25 projets d'un montant de 4 milliards de dollars. | 2025-03-10 | 4 milliards de dollars | other | null
            Kazakhstan and Uzbekistan are implementing 38 projects worth $2.2 billion.                          | 2025-03-10 | $2.2 billion          | jointprojects.value | null
            """)
    void shouldLeaveProjectsOfContractorsAbroadAsTheirContracts(String body, String published, String text,
                                                              String metric, String period) {
        ExtractedFigure figure = figure(body, published, text);
        assertThat(figure.metric() + " " + figure.period()).isEqualTo(metric + " " + period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $4 billion in 2023. Joint projects are under way, creating over 9,000 jobs.           | 2024-04-07 | 9,000 | null
            Trade reached $4 billion in 2023. Joint projects created over 9,000 jobs.                            | 2024-04-07 | 9,000 | null
            Currently, joint projects are under way, creating over 9,000 jobs.                                  | 2024-04-07 | 9,000 | 2024-04
            Au cours des neuf premiers mois de l'année en cours, le commerce a atteint 4 milliards de dollars.   | 2024-04-07 | 4 milliards | 2024-01/2024-09
            Товарооборот достиг 4 млрд долларов в 2023 году. Реализуются совместные проекты, создано более 9000 рабочих мест. | 2024-04-07 | 9000 | null
            Le commerce a atteint 4 milliards de dollars en 2023. Des projets conjoints sont en cours, créant plus de 9 000 emplois. | 2024-04-07 | 9 000 | null
            """)
    void shouldLeaveWhatProjectsUnderWayCountUndatedWithoutAPresentWord(String body, String published, String text,
                                                                         String period) {
        // round 23: "under way", "en cours", "реализуются" say what the projects do, not when (LABEL-FIXES)
        assertThat(figure(body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and Kazakhstan have built 40 projects together, with $5 billion invested in them.               | $5 billion             | jointprojects.value
            Le Kazakhstan et l'Ouzbékistan mènent 30 projets conjoints, avec 3 milliards de dollars d'investissements. | 3 milliards de dollars | jointprojects.value
            Между Казахстаном и Узбекистаном реализуются 45 проектов с объемом инвестиций 3 млрд долларов.      | 3 млрд долларов        | jointprojects.value
            Chinese investment in Kazakhstan reached $2 billion in 2023, and 40 projects are under way.          | $2 billion             | investment.total
            Les investissements chinois au Kazakhstan ont atteint 2 milliards de dollars.                         | 2 milliards de dollars | investment.total
            Китайские инвестиции в Казахстан достигли 2 млрд долларов.                                            | 2 млрд долларов        | investment.total
            """)
    void shouldValueProjectsCountedBeforeTheMoneyInvestedInThem(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
