package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/** The everyday words for soldiers, jihadists, special forces and ammunition make a security story in each language. */
class SecurityVocabularyTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Special forces detain jihadists | The defence ministry said soldiers and special forces detained three jihadists linked to Islamic State and seized their ammunition.
            fr | Des djihadistes arrêtés par les forces de sécurité | Selon le ministère de la Défense, les forces de sécurité ont arrêté trois djihadistes liés à l'État islamique et saisi leurs munitions.
            ru | Спецназ задержал террористов | Министерство обороны сообщило, что солдаты и спецназ задержали трех террористов ИГИЛ и изъяли боеприпасы.
            kk | Сарбаздар ИГИЛ жақтастарын ұстады | Қорғаныс министрлігі сарбаздар мен шекарашылар ИГИЛ жақтастарынан қару-жарақ тәркілегенін хабарлады.
            uz | Chegarachilar jangarilarni qo‘lga oldi | Chegarachilar va askarlar IShID jangarilarini qo‘lga olib, qurol-yarog‘ni musodara qildi.
            """)
    void shouldFileUnderSecurityOnEverydaySecurityWords(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("security");
    }
}
