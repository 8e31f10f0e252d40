package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A partner named by a periphrasis ("the Celestial Empire", "l'Empire du Milieu") or by a
 * national abbreviation (Kazakh "ВСР" for Vietnam, "ЕЭА" for the Eurasian Economic Union) is a party of the figure, as
 * its plain name would be (the standard: an export takes its seller and buyer, a turnover both partners). Round 44,
 * subjb44. "Поднебесная" and "страна восходящего солнца" are left out on purpose (see the round's section in
 * bench/corpus/README.md).
 */
class PartnerPeriphrasesTest {

    @Test
    void shouldReadTheCelestialEmpireAsChina() {
        String body = "Trade update\n\nIn the first half Tajikistan sold about $212 million worth of goods to the "
                + "Celestial Empire, the statistics agency said.";
        assertThat(subjectsOf("Tajik trade figures released", body, "$212 million"))
                .containsExactlyInAnyOrder("CN", "TJ");
    }

    @Test
    void shouldReadTheEmpireDuMilieuAsChinaInFrench() {
        String body = "Commerce\n\nL'an dernier, le Kazakhstan a vendu pour 1,3 milliard de dollars de cuivre à "
                + "l'Empire du Milieu, selon les douanes.";
        assertThat(subjectsOf("Les douanes publient leur bilan", body, "1,3 milliard de dollars"))
                .containsExactlyInAnyOrder("CN", "KZ");
    }

    @Test
    void shouldReadKazakhAbbreviationsForVietnamAndTheUnion() {
        String body = "Сауда\n\nЕЭА мен ВСР арасындағы тауар айналымы былтыр 6 млрд долларға жетті.";
        assertThat(subjectsOf("Сауда туралы", body, "6 млрд долларға"))
                .containsExactlyInAnyOrder("EAEU", "VN");
    }
}
