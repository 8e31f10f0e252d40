package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A state that buys, makes or fields military equipment (drones, military aircraft, armoured vehicles, air defence) is
 * a security story even when the text names no troops, no attack and no drill: the lexicons' lines marked
 * {@link TopicLexicon#HARDWARE}. In a story with a sanctions word the same equipment is goods shipped or banned, and
 * those lines count nothing there (gold-zi, zs, zt: a drone plant, an order of transport planes, talks with a drone
 * maker, which got no security or no topic at all).
 */
class MilitaryHardwareTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A steppe republic will assemble reconnaissance drones at home | A plant near the capital will assemble reconnaissance drones designed by a foreign firm, the state holding said on Tuesday. The first unmanned aerial vehicles leave the line next spring and the holding will service them itself.
            fr | La république des steppes commande trois avions de transport militaire | Le ministère a signé lundi une commande de trois avions de transport militaire auprès d'un constructeur européen. Le premier appareil arrivera dans deux ans et remplacera des avions militaires vieux de trente ans.
            ru | Горная республика закупит беспилотники у иностранного производителя | Правительство горной республики договорилось с иностранной компанией о покупке партии беспилотников, сообщило ведомство во вторник. По словам министра, беспилотники укрепят обороноспособность страны.
            """)
    void shouldFileAStateBuyingOrMakingMilitaryEquipmentUnderSecurity(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Two trading houses sanctioned over drones for Russia | The Treasury sanctioned two trading houses of the republic for shipping drones and drone engines to Russia. Investigators say the drones were resold to the Russian military, whose drone units had run short of them, and the trading houses now face secondary sanctions.
            ru | Две фирмы попали под санкции за поставки дронов в Россию | Минфин ввел санкции против двух торговых фирм республики за поставки дронов и двигателей для беспилотников в Россию. По данным следствия, дроны перепродавались российским военным, а беспилотники затем применялись армией.
            """)
    void shouldLeaveDronesShippedUnderSanctionsOutOfSecurity(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("security");
    }
}
