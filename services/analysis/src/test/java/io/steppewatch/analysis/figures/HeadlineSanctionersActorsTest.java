package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * Who a headline makes the actor of its sanctions (HeadlineSanctioners): the party right before the sanctions word or
 * before its verb; never the target after it ("against", "on", the object of a verb "sanctions") nor after "anti-".
 */
class HeadlineSanctionersActorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UK sanctions Kazakh trader over drone parts | UK:GB Kazakh:KZ | GB
            Brussels: EU-sanctioned Kyrgyz exchange keeps trading | EU:EU Kyrgyz:KG | EU
            ЕС продлил часть санкций против Туркменистана | ЕС:EU Туркменистана:TM | EU
            L'UE impose de nouvelles sanctions au Kirghizstan | UE:EU Kirghizstan:KG | EU
            Russia bypasses Western sanctions via Kazakh ports | Russia:RU Kazakh:KZ | RU
            New anti-Russia sanctions worry Uzbek exporters | Russia:RU Uzbek:UZ |
            """)
    void shouldFindTheActorOfTheHeadlinesSanctions(String title, String names, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(" "));
        assertThat(HeadlineSanctioners.actors(title, mentions(title, names))).containsExactlyInAnyOrderElementsOf(wanted);
    }

    /** Mentions of each "name:code" in the title, blocs for EU. */
    private static List<Mention> mentions(String title, String names) {
        List<Mention> mentions = new ArrayList<>();
        for (String pair : names.split(" ")) {
            String[] p = pair.split(":");
            int start = title.indexOf(p[0]);
            mentions.add(new Mention(p[1], "EU".equals(p[1]) ? PlaceKind.BLOC : PlaceKind.COUNTRY, start,
                    start + p[0].length()));
        }
        return mentions;
    }
}
