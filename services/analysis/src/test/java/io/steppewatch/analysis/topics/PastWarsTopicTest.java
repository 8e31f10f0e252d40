package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.TopicDecision;

/**
 * A war of the past is history, not security: a First World War memorial, a country's fifty years of independence
 * after a war, a leader's speech on the Second World War (open corpus, round 55: nr 134067, fr 44545, ru 3944, each
 * read as security on the war's words and labelled with no topic). A war going on keeps its topic, a line of
 * background beside it included, and so does the region's own remembrance.
 */
class PastWarsTopicTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<String> topics(String language, String title, String body) {
        return ANALYZER.analyze(new ArticleText("t", title, body, LocalDate.of(2012, 7, 5), language)).topics()
                .stream().map(TopicDecision::topic).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | В Петербурге почтили память героев Первой мировой | В субботу в Петербурге прошла памятная акция к годовщине окончания Первой мировой войны. Участники возложили цветы к памятнику солдатам, погибшим на фронтах Первой мировой войны. На кладбище похоронены солдаты русской армии и офицеры, погибшие в боях. С речью выступил представитель Министерства обороны, затем военный оркестр исполнил марш.
            fr | Le pays fête 60 ans d'indépendance | Il y a 60 ans, en 1952, le pays proclamait son indépendance après une guerre de six ans contre l'armée coloniale. Un cessez-le-feu avait été signé au printemps 1952. Ce jeudi 5 juillet 2012, le président déposera une gerbe au monument des combattants tombés pendant la guerre, en présence des autorités militaires.
            en | A leader recalls the Second World War | The president said his country would defend the memory of the Second World War together with its allies. Millions of soldiers were killed in the Second World War, he told veterans. He warned against any attempt to rewrite the history of the war and praised the army that won it.
            """)
    void shouldReadNoSecurityInAWarOfThePast(String language, String title, String body) {
        assertThat(topics(language, title, body)).doesNotContain("security");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Fighting resumes in the north | Government troops and rebels clashed again on Tuesday near the northern border, and at least twelve soldiers were killed, the army said. The rebels attacked two military posts overnight. The conflict, which began as a border dispute in 1975, has flared since the ceasefire collapsed in 2012.
            ru | В Алматы почтили память героев войны | В Алматы ветераны и военнослужащие казахстанской армии возложили цветы к памятнику героям Великой Отечественной войны. Министерство обороны Казахстана провело военный парад в честь годовщины победы.
            """)
    void shouldKeepSecurityForAWarGoingOnAndForTheRegion(String language, String title, String body) {
        assertThat(topics(language, title, body)).contains("security");
    }

    @Test
    void shouldTellASentenceOfThePastByItsYearOrItsWar() {
        assertThat(PastWars.ofThePast("The army seized power in 1973.", 2004)).isTrue();
        assertThat(PastWars.ofThePast("The army seized power in 1990.", 2004)).isFalse();
        assertThat(PastWars.ofThePast("Солдаты погибли во Второй мировой войне.", 0)).isTrue();
        assertThat(PastWars.newestYear("From 1973 to 1990, then 2004.")).isEqualTo(2004);
    }
}
