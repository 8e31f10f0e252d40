package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under a headline of two countries, a sentence naming none that gives the length, the height or the piers of a bridge,
 * a tunnel or a dam speaks of a work standing in one country, its own amount at home (decision 6 of round 29): the
 * article's main country alone, not the partner that pays for the work or builds it. A sentence that puts the work
 * between the two or on their border keeps the pair. The first paragraph (before the ¶) makes the main country the one the article names
 * most.
 */
class BuiltWorksAtHomeTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China pays for a new road in Tajikistan | Tajikistan is rebuilding its mountain road. Tajikistan chose the route last year. ¶ The bridge over the river will be 700 meters long. | 700 meters | TJ
            China pays for a new road in Tajikistan | Tajikistan is rebuilding its mountain road. Tajikistan chose the route last year. ¶ The works include two tunnels with a total length of 4 kilometers. | 4 kilometers | TJ
            China pays for a new road in Tajikistan | Tajikistan is rebuilding its mountain road. Tajikistan chose the route last year. ¶ The dam, 180 meters high, will hold a large lake. | 180 meters | TJ
            La Chine finance une route au Tadjikistan | Le Tadjikistan reconstruit sa route de montagne. Le Tadjikistan a choisi le tracé l'an dernier. ¶ Le pont sur la rivière mesurera 700 mètres. | 700 mètres | TJ
            Китай финансирует дорогу в Таджикистане | Таджикистан перестраивает горную дорогу. Таджикистан выбрал трассу в прошлом году. ¶ Длина моста через реку составит 700 метров. | 700 метров | TJ
            Xitoy Tojikistondagi yoʻlni moliyalashtiradi | Tojikiston togʻ yoʻlini qayta quradi. Tojikiston yoʻnalishni oʻtgan yili tanladi. ¶ Daryo ustidagi koʻprik uzunligi 700 metr boʻladi. | 700 metr | TJ
            Қытай Тәжікстандағы жолды қаржыландырады | Тәжікстан тау жолын қайта салуда. Тәжікстан бағытты өткен жылы таңдады. ¶ Өзен үстіндегі көпірдің ұзындығы 700 метр болады. | 700 метр | TJ
            China pays for a new road in Tajikistan | Tajikistan is rebuilding its mountain road. Tajikistan chose the route last year. ¶ The bridge between the two banks and the two countries will be 700 meters long. | 700 meters | CN TJ
            China pays for a new road in Tajikistan | Tajikistan is rebuilding its mountain road. Tajikistan chose the route last year. ¶ The bridge on the border will be 700 meters long. | 700 meters | CN TJ
            """)
    void shouldGiveABuiltWorksSizeUnderAPairHeadlineToTheMainCountry(String title, String body, String figure,
                                                                    String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
