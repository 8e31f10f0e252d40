package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Weapons and their control are `security`: firearms seized, landmines and their clearing, the spread of nuclear
 * weapons, arms made under military-technical cooperation. Stories about the arms themselves often carry no other word
 * of the lexicon (no troops, no attack, no border clash), so without these terms no topic passed. A single such word
 * in a story about something else stays under the threshold beside that story's own topic.
 */
class ArmsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Sappers finish a season on the southern frontier | The national agency said its teams cleared twelve"
                + " minefields this summer and destroyed several hundred landmines. Donors pledged funds so that"
                + " demining can go on along the river next spring. | security",
        "en | Agency and host country sign a reserve agreement | The reserve of low-enriched uranium will be kept at a"
                + " plant in the east of the country. Officials said the site would help prevent proliferation while"
                + " giving member states an assured supply of reactor fuel. | security",
        "fr | Une équipe internationale reprend le déminage dans la vallée | Les démineurs ont repris le travail"
                + " dans la vallée, où des champs de mines posés pendant la guerre civile restent à nettoyer. | security",
        "ru | Итоги года у полиции | Сотрудники полиции за год изъяли у населения более трёхсот единиц огнестрельного"
                + " оружия и сотни патронов. Ещё сорок единиц стрелкового оружия"
                + " граждане сдали добровольно. | security",
        "kk | Анкарада меморандумға қол қойылды | Екі ел компаниялары әскери-техникалық ынтымақтастық туралы"
                + " меморандумға қол қойды. Құжат бойынша зауытта жаңа техника құрастырылады. | security",
    })
    void shouldFileAnArmsStoryUnderSecurity(String language, String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Uranium exports to China rise again | Kazakhstan's exports of natural uranium to China rose by a fifth"
                + " this year, and trade between the two countries reached a new high. The buyer, a state company,"
                + " signed long-term supply contracts with the exporter. Officials recalled that every shipment is"
                + " covered by the non-proliferation treaty. Exports to Canada and France grew as well.",
    })
    void shouldNotAddSecurityForOneArmsWordInAnotherStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade").doesNotContain("security");
    }
}
