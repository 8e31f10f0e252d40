package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * The Kazakh and Uzbek lexicons write their words as prefixes, and some prefixes begin others: a border guard
 * ("шекарашы*", "chegarachi*") begins with a border ("шекара*", "chegara*"), an explosion ("portlash*") with a port
 * ("port*"). The longer prefix says what the word is: border guards meeting are a security story, a blast is no port.
 */
class LongerPrefixTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uz | Ikki davlat chegarachilari uchrashdi | Uchrashuvda chegarachilar hamkorlikni muhokama qildi. | security",
        "uz | Икки давлат чегарачилари учрашди | Учрашувда чегарачилар ҳамкорликни муҳокама қилди. | security",
        "kk | Екі елдің шекарашылары кездесті | Кездесуде шекарашылар ынтымақтастықты талқылады. | security",
    })
    void shouldReadABorderGuardAsABorderGuard(String language, String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uz | Shaharda portlash sodir bo'ldi | Portlash oqibatida binolar zarar ko'rdi. Portlashdan keyin politsiya"
                + " tergov boshladi.",
    })
    void shouldNotReadAnExplosionAsAPort(String language, String title, String body) {
        assertThat(CLASSIFIER.scores(io.steppewatch.analysis.text.Words.split(title),
                io.steppewatch.analysis.text.Words.split(body), language))
                .filteredOn(d -> d.topic().equals("corridors")).isEmpty();
    }
}
