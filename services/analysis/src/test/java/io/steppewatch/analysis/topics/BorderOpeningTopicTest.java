package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A headline that tells of a border opened, reopened or closed to traffic is about the crossings' working, which the
 * labels file under corridors (the written rule "A border crossing's working and traffic"), even when it says "the
 * border" and not "the checkpoint" and the body goes on to the troops and the treaty behind it. A proposal of open
 * borders, and a border closed to sanctioned goods, are not.
 */
class BorderOpeningTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The border between the two republics reopens on Monday | Both governments agreed on the date after the"
                + " talks on the disputed sections ended. Residents of the villages nearby welcomed the news, officials"
                + " said. | corridors",
        "en | Neighbour temporarily closes its border with the republic | The decision was announced by the state"
                + " commission on Friday. The measure will last for two weeks, the transport ministry said. | corridors",
        "ru | Граница между республиками будет открыта с понедельника | Решение приняли после переговоров глав"
                + " правительств. Через границу снова пропустят грузовики и пассажиров. | corridors",
        "kk | Екі ел арасындағы шекара уақытша жабылады | Шешімді үкіметтік комиссия жариялады. Шара екі аптаға"
                + " созылады. | corridors",
        "fr | La frontière entre les deux pays rouvre lundi | Les deux gouvernements ont fixé la date après les"
                + " pourparlers. Les camions et les voyageurs pourront de nouveau passer. | corridors",
    })
    void shouldFileABorderOpenedOrClosedUnderCorridors(String language, String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | Le président propose des frontières ouvertes avec son voisin | Il a plaidé pour la libre circulation des"
                + " personnes lors du sommet. Les ministres en discuteront à l'automne.",
        "en | Republic closed its borders to parallel imports | The customs service stopped sanctioned goods bound for"
                + " the neighbour. Exporters of electronics were told to show certificates of origin. The ban on"
                + " re-exports of dual-use goods took effect.",
    })
    void shouldLeaveOpenBordersAndSanctionedGoodsOutOfCorridors(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("corridors");
    }
}
