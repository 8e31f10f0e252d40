package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "to reach" / "pour atteindre" after a word of change says where the change took the level, an `amount`: the words of
 * change the cues lacked, the French infinitive "croître" ("a vu ses échanges croître de 12 % ... pour atteindre"),
 * "a plus que doublé" and "has gone from ... to reach". The first four rows fail without the rule (the percentage after
 * "croître de" is the change); a goal stays one.
 */
class ReachedAfterAChangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'Ouzbékistan a vu ses échanges avec la Turquie croître de 12 % en 2023, pour atteindre 3 milliards de dollars. | 3 milliards de dollars | AMOUNT
            De 2018 à 2023, leurs échanges ont plus que doublé pour atteindre 2,4 milliards de dollars. | 2,4 milliards de dollars | AMOUNT
            Freight through the crossing has gone from almost nothing to reach 800,000 tons in 2023. | 800,000 tons | AMOUNT
            L'Ouzbékistan a vu ses échanges avec la Turquie croître de 12 % en 2023, pour atteindre 3 milliards de dollars. | 12 % | CHANGE
            Les deux pays veulent porter leurs échanges à 5 milliards de dollars d'ici 2030. | 5 milliards de dollars | TARGET
            """)
    void shouldReadTheLevelAChangeReachedAsAnAmount(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }
}
