package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "plan to" is a word of aim like "plans to": what a party plans to export, deliver or send is a goal, `target`,
 * whether the words come before the figure or right after it. A sum right before the noun "plan" is the plan's worth
 * and stays an amount. The first two rows fail without the rule.
 */
class PlanToTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Our farmers plan to ship about 40,000 tons of lamb to Iran. | 40,000 tons | TARGET
            That volume includes 800,000 tons we plan to send through the port of Poti. | 800,000 tons | TARGET
            The ministry approved a $12 million plan to modernise the border crossing. | $12 million | AMOUNT
            The company shipped 40,000 tons of lamb to Iran last year. | 40,000 tons | AMOUNT
            """)
    void shouldMakeWhatAPartyPlansATarget(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }
}
