package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A lexicon word inside a compound of another sense (a heart attack, attack ads, Social Security, a station wagon) is
 * no evidence of the topic; the same word in its own sense, in the region's news, still is.
 */
class CompoundsOfAnotherSenseTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Five habits that lower the risk of a heart attack | A heart attack strikes one adult in five. Walking every day makes a heart attack less likely, and so does sleep; heart attacks are rarer among people who do not smoke. | security
            en | Mayor's rival fills the airwaves with attack ads | The attack ads ran all month. The campaign spent more on attack ads than on its rallies, and the mayor answered with attack ads of her own. | security
            en | Carmaker shows a station wagon at the motor show | The station wagon seats seven. Station wagons still sell well in Europe, the maker said, and the new station wagon comes in three colours. | corridors
            fr | Cinq habitudes contre l'attaque cardiaque | Une attaque cardiaque frappe un adulte sur cinq. Marcher chaque jour rend une attaque cardiaque moins probable, et les attaques cardiaques sont plus rares chez ceux qui ne fument pas. | security
            """)
    void shouldGiveNoTopicWhenItsWordStandsInACompoundOfAnotherSense(String language, String title, String body,
                                                                    String topic) {
        assertThat(CLASSIFIER.classify(title, body, language)).extracting(TopicDecision::topic).doesNotContain(topic);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Social Security checks go out late | Social Security checks were late this month after a computer failure; Social Security staff worked through the weekend. | security
            fr | La Sécurité sociale rembourse plus vite | La Sécurité sociale rembourse désormais les soins en cinq jours, et la sécurité sociale des indépendants suivra. | sécurité
            """)
    void shouldNotCountAPensionSchemeAsSecurity(String language, String title, String body, String term) {
        assertThat(CLASSIFIER.scores(Words.split(title), Words.split(body), language))
                .filteredOn(d -> d.topic().equals("security"))
                .allSatisfy(d -> assertThat(d.terms()).doesNotContain(term));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Border post attacked in the Batken region | Gunmen attacked a Kyrgyz border post overnight; after the attack, troops reinforced the border. | security
            en | Kazakhstan sends more grain wagons to Uzbekistan | The railway sent 900 wagons of grain to Uzbekistan this month, and more wagons will follow. | corridors
            en | Regional security on the agenda in Dushanbe | The CSTO ministers discussed regional security and the security of the Tajik-Afghan border. | security
            fr | Un poste-frontière attaqué dans la région de Batken | Des hommes armés ont attaqué un poste-frontière kirghiz ; après l'attaque, l'armée a renforcé la frontière. | security
            """)
    void shouldKeepTheTopicWhenItsWordStandsInItsOwnSense(String language, String title, String body, String topic) {
        assertThat(CLASSIFIER.classify(title, body, language)).extracting(TopicDecision::topic).contains(topic);
    }
}
