package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A border agreed between neighbours (a treaty on the state border, border talks, a territorial dispute settled) is
 * delimitation under its everyday name: a security story, even where the treaty's signing mentions trade in passing.
 */
class BorderTreatyTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Presidents sign the border treaty | The two presidents signed a treaty on the state border on Friday,"
                + " ending years of border talks. They also promised to expand mutual trade.",
        "fr | Les présidents signent le traité frontalier | Les deux présidents ont signé vendredi un traité"
                + " frontalier qui règle des différends territoriaux anciens.",
        "ru | Президенты подписали договор о границе | В пятницу президенты двух стран подписали договор о"
                + " государственной границе, завершив многолетний территориальный спор.",
        "kk | Президенттер шекара туралы шартқа қол қойды | Жұма күні екі ел президенттері мемлекеттік шекара"
                + " туралы шартқа қол қойып, ұзақ жылғы аумақтық дауды шешті.",
        "uz | Prezidentlar shartnoma imzoladi | Juma kuni ikki davlat prezidentlari davlat chegarasi to‘g‘risidagi"
                + " shartnomani imzoladi va chegara masalasini hal qildi.",
    })
    void shouldAssignSecurityWhenNeighboursAgreeTheirBorder(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("security");
    }
}
