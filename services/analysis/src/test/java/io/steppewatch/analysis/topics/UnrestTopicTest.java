package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Unrest at home (protesters in the streets, riots, the trials and arrests that follow, members of a banned group
 * jailed) is a security story, in each language's everyday words; an arrest named alone decides no topic.
 */
class UnrestTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Crowds in the provincial capital | Thousands of protesters gathered in the town square on Sunday."
                + " Police dispersed the demonstrators and the riots went on until the night.",
        "fr | Colère dans la capitale régionale | Des milliers de manifestants se sont rassemblés dimanche sur la"
                + " place centrale. Les émeutes ont duré jusqu'à la nuit.",
        "ru | Волнения в областном центре | В воскресенье тысячи протестующих собрались на площади. Массовые"
                + " беспорядки продолжались до ночи, несколько человек задержаны.",
        "kk | Облыс орталығындағы оқиға | Жексенбі күні алаңға мыңдаған адам наразылық білдіру үшін жиналды."
                + " Жаппай тәртіпсіздіктер түнге дейін созылды.",
        "uz | Вилоят марказидаги воқеа | Якшанба куни майдонда минглаб намойишчилар тўпланди. Оммавий"
                + " тартибсизликлар тунгача давом этди.",
        "uz | Viloyat markazidagi voqea | Yakshanba kuni maydonda minglab namoyishchilar to‘plandi. Ommaviy"
                + " tartibsizliklar tungacha davom etdi.",
    })
    void shouldAssignSecurityWhenCrowdsRiot(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Two men held | Police said two members of Hizb ut-Tahrir, a banned group, had been arrested last week.",
        "ru | Двое задержаны | Двое членов запрещённой партии Хизб ут-Тахрир задержаны на прошлой неделе.",
        "uz | Икки киши ушланди | Ўтган ҳафта Ҳизб ут-Таҳрир гуруҳининг икки аъзоси қамоққа олинди.",
    })
    void shouldAssignSecurityWhenMembersOfABannedGroupAreArrested(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | A trader in court | A trader was arrested in the capital on Monday, the court said.",
        "ru | Предприниматель в суде | В понедельник в столице задержан предприниматель, сообщил суд.",
    })
    void shouldAssignNoTopicWhenAnArrestIsNamedAlone(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language)).isEmpty();
    }
}
