package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * An attack on an installation of the region (drones hitting an export terminal) is a security story as well as a
 * corridor one, even when it names no army, war or terrorism.
 */
class AttacksTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Kazakhstan reroutes oil after the attack on the CPC terminal | The CPC terminal was attacked overnight; after the attack, the energy ministry sent part of the oil by other routes.
            fr | Le Kazakhstan détourne son pétrole après l'attaque contre le terminal du CPC | Le terminal du CPC a été attaqué dans la nuit ; après l'attaque, le ministère de l'Énergie a envoyé une partie du pétrole par d'autres routes.
            ru | Казахстан перенаправит нефть после атаки на терминал КТК | Терминал КТК был атакован ночью; после атаки министерство энергетики направило часть нефти по другим маршрутам.
            """)
    void shouldAddSecurityWhenAnInstallationIsAttacked(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors", "security");
    }

    // The other everyday words for an attack: Russian "нападение", Kazakh "шабуыл", Uzbek "hujum" / "ҳужум".
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Нападение на нефтебазу в приграничном городе | Ночью на нефтебазу было совершено нападение; после нападения власти эвакуировали жителей.
            kk | Қалаға түнде шабуыл жасалды | Түнде қалаға зымыран шабуылы жасалды; шабуылдан кейін әкімдік тұрғындарды көшірді.
            uz | Shaharga tunda hujum qilindi | Tunda shaharga raketa hujumi uyushtirildi; hujumdan keyin hokimlik aholini ko‘chirdi.
            uz | Шаҳарга тунда ҳужум қилинди | Тунда шаҳарга ракета ҳужуми уюштирилди; ҳужумдан кейин ҳокимлик аҳолини кўчирди.
            """)
    void shouldReadAnAttackInEveryLanguage(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The terminal is working again | The CPC terminal loads tankers as usual, the consortium said.
            fr | Le terminal fonctionne de nouveau | Le terminal du CPC charge des pétroliers comme d'habitude, selon le consortium.
            ru | Терминал снова работает | Терминал КТК загружает танкеры в обычном режиме, сообщил консорциум.
            """)
    void shouldNotAddSecurityWhenNothingIsAttacked(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("security");
    }
}
