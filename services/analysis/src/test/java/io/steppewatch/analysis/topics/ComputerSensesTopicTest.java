package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A page about computers uses security's words in its own sense: a worm's attack, a server's security, the threats
 * of spam, a mail provider's war on spammers and their drones. Such a page is no security story. The region's border
 * attacks and troops stay security, even when the report names a ministry's website or an online statement, and a
 * computer page about the region keeps its security words (an attack on its ministries' servers).
 */
class ComputerSensesTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lab weblog: a new worm spreads by email | A new worm is spreading by email this morning. The virus attaches itself to messages that look like a security notice from a bank, and once opened it turns the PC into a relay for spam. Our antivirus software detects it, and we advise users to patch Windows and to keep their firewall on: the attack uses a flaw that was fixed last month. The threat is rated medium. Servers of two internet providers were hit by the attack, and we expect new variants of the worm over the weekend.
            Mail provider fights back against spammers | The company's screensaver sends requests to websites run by spammers, slowing their servers. The spammers answered with an attack on the company's own web server, and the war between the two sides went on for days. Critics say the screensaver turns home computers into drones, and that a denial-of-service attack is no defense against spam, whatever the software's makers claim about internet security.
            """)
    void shouldGiveNoSecurityWhenAComputerPageUsesItsWords(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).doesNotContain("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Attack on a Tajik border post | Armed men attacked a border post on the Tajik-Afghan border overnight; two border guards were killed in the attack, the defence ministry said on its website. Troops were sent to the area, and the security forces detained three suspects. The ministry posted a statement online and said the threat to the border remains.
            Army network hit while troops guard the border | Hackers broke into the army's computer network and a ministry website, officials said, while troops and border guards stayed on alert along the Kyrgyz border after an attack on a checkpoint killed two soldiers. The military said its servers and email were restored, and the defence ministry blamed the same armed group for both.
            """)
    void shouldKeepSecurityWhenTheRegionsForcesOrAttacksAreNamed(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("security");
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh ministries' servers hit by a wave of attacks | Hackers attacked the servers of three Kazakh ministries this week, and several government websites were down for hours. The attack used a worm sent by email and a flood of spam from infected computers, officials in Astana said. The national security committee called it a threat to the state's internet and software, and ordered every ministry to patch its servers, change passwords and raise its defence against such attacks. The committee's experts traced part of the traffic to servers abroad.
            """)
    void shouldKeepSecurityWhenAComputerPageIsAboutTheRegion(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("security");
    }
}
