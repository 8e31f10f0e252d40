package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/** Drugs seized on a border and armed clashes with smugglers are border security. */
class BorderDrugsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Боестолкновение на границе: изъято 20 кг героина | Пограничники задержали наркоконтрабандистов у пограничной заставы, изъято более 20 килограммов наркотиков.
            en | Border guards seize heroin after armed clash | Border guards seized 20 kg of heroin and other narcotics near a border outpost after an armed clash with smugglers.
            """)
    void shouldFileUnderSecurityWhenDrugsAreSeizedOnABorder(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("security");
    }
}
