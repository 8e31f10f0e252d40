package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * One headline word, even a strong one, does not decide a topic the body never speaks of: a headline's figure of
 * speech ("a corridor" for militants, a "green corridor" for fruit) is not a story about freight routes. The same
 * word in the headline and once in the body does decide it.
 */
class HeadlineWeightTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Militants try to open a corridor through the mountains | Border guards clashed with armed militants near the frontier; two soldiers were killed and the army sent reinforcements.
            ru | Боевики пытаются создать коридор через горы | Пограничники вступили в бой с боевиками у границы, двое военнослужащих погибли, армия направила подкрепление.
            fr | Des militants cherchent à ouvrir un corridor à travers les montagnes | Des gardes-frontières ont affronté des militants armés près de la frontière, deux soldats ont été tués et l'armée a envoyé des renforts.
            """)
    void shouldNotFindATopicThatOnlyOneHeadlineWordNames(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A new corridor to Europe opens | The corridor will carry containers from the border to the sea.
            ru | Открыт новый коридор в Европу | По коридору пойдут контейнеры от границы до моря.
            fr | Un nouveau corridor vers l'Europe | Le corridor acheminera des conteneurs de la frontière jusqu'à la mer.
            """)
    void shouldFindTheTopicWhenTheBodyRepeatsTheHeadlineWord(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors");
    }
}
