package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A sports report's attacks, clashes, defense, threats, turnovers and protests are the game's: no security and no
 * trade. Troops guarding a games, and the region's clashes and attacks, stay security.
 */
class SportsSensesTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Marathon preview: the clash of the favourites | The race starts at nine. The clash between the two runners will decide the medals: the Kenyan athletes plan an attack at 30 km, and the Ethiopian runners will answer the attack at a faster pace. The defending champion is the main threat to the podium, and her coach expects another attack in the last lap of the marathon. | security
            Point guard review: too many turnovers | The point guard ended the season with a turnover on one play in five. His turnovers cost the team in the playoffs, and the coach wants fewer turnovers from the players next season; his defense was solid, and his rebounds and assists kept the league's best offense going. | trade
            Sprinter's protest rejected after the final | The sprinter lodged a protest after the race, but the referee rejected the protest. The athletes' protests over lane draws are common at the championships, and the medal stays with the winner of the semifinal and the final; the team will not protest again this season. | security
            Federation approves a new marathon | The federation sanctioned the city marathon for next season: the race is sanctioned as a championship, the athletes' times will count for the medals, and the runners can qualify for the Olympic team on its course. | sanctions
            """)
    void shouldGiveNoTopicWhenASportsReportUsesItsWords(String title, String body, String topic) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).doesNotContain(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Troops to guard the Olympic games | The government sent 1,200 soldiers to guard the Olympic stadium after the security firm failed to hire enough guards; troops will check the athletes' and the players' buses, and military personnel will guard the venues for the season of races and matches.
            Clashes on the Kyrgyz-Tajik border | Border guards of the two countries clashed near the disputed section; the clashes killed two servicemen, and the army sent troops to the border after the attack.
            """)
    void shouldKeepSecurityWhenItsWordsTellOfForcesOrClashes(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("security");
    }
}
