package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A headline about a border crossing point is a corridor story (LABEL-FIXES, "A border crossing's working and traffic:
 * corridors"), even when the body tells of the border treaty or the clash behind the reopening and names the checkpoint
 * nowhere else; a seizure at a checkpoint stays a security story.
 */
class HeadlineCrossingTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Checkpoints on the mountain border to reopen next week | The two presidents are to sign the treaty on the state border after twenty years of talks on its delimitation. The border was the scene of an armed conflict two years ago, when troops of both countries exchanged fire and the clashes left dozens dead.
            ru | Закрытые три года КПП на горной границе откроют на следующей неделе | Президенты подпишут договор о государственной границе после двадцати лет переговоров о ее делимитации. Два года назад на границе шел вооруженный конфликт: войска двух стран вели перестрелку, погибли десятки людей.
            fr | Les postes frontières de la montagne rouvriront la semaine prochaine | Les deux présidents signeront le traité sur la frontière d'État après vingt ans de négociations sur sa délimitation. Il y a deux ans, la frontière a été le théâtre d'un conflit armé : les troupes des deux pays ont échangé des tirs et les affrontements ont fait des dizaines de morts.
            """)
    void shouldKeepCorridorsWhenTheHeadlineIsAboutACrossing(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("security", "corridors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Border guards find heroin at a checkpoint | Border guards found twenty kilograms of heroin hidden in a lorry; the smugglers were detained and the drugs destroyed. The border guards said the smugglers had crossed the border before.
            ru | Пограничники нашли героин на КПП | Пограничники обнаружили двадцать килограммов героина в грузовике; контрабандисты задержаны, наркотики уничтожены.
            """)
    void shouldLeaveASeizureAtACheckpointToSecurity(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("corridors");
    }
}
