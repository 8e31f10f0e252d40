package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share a party holds or contributes in a joint venture takes the holder and then the venture's other parties its
 * sentence names (LABEL-FIXES decision 43 of round 36).
 */
class JointVentureSharesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the new joint venture Turkey will hold 60% of the shares and Uzbekistan the rest.                   | 60%  | TR,UZ
            Japan contributes 45% of the capital of the consortium formed with Turkmenistan.                        | 45%  | JP,TM
            Казахстану достанется 50% акций совместного предприятия с Китаем.                                       | 50%  | KZ,CN
            La France détiendra 49% de la coentreprise créée avec le Kazakhstan.                                    | 49%  | FR,KZ
            A joint stock company will be set up in which Tajikistan will own 40% and Kyrgyzstan the remainder.      | 40%  | TJ,KG
            """)
    void shouldTakeTheHolderAndTheVenturesOtherParties(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Dam | In May Tajikistan, Kyrgyzstan and Turkmenistan agreed to jointly build a new dam in Tajikistan. The shares are as follows:\\n\\n- Tajikistan – 40%;\\n\\n- Kyrgyzstan – 30%;\\n\\n- Turkmenistan – 30%.\\n\\nWork starts soon. | 40% | TJ KG TM
            Dam | In May Tajikistan, Kyrgyzstan and Turkmenistan agreed to jointly build a new dam in Tajikistan. The shares are as follows:\\n\\n- Tajikistan – 40%;\\n\\n- Kyrgyzstan – 30%;\\n\\n- Turkmenistan – 30%.\\n\\nWork starts soon. | 30% | KG TJ TM
            Плотина | Таджикистан, Киргизия и Туркмения договорились совместно построить плотину в Таджикистане. Доли распределены так:\\n\\n- Таджикистан – 40%;\\n\\n- Киргизия – 30%;\\n\\n- Туркмения – 30%. | 40% | TJ KG TM
            Бөгет | Жобаны іске асыру үшін Тәжікстанда акционерлік қоғам құрылады. Тәжікстан 40 пайыз, Қырғызстан мен Түрікменстан 30 пайыз үлеске ие болады. | 40 пайыз | TJ KG TM
            Barrage | Pour ce projet, une société anonyme sera créée au Tadjikistan. Le Tadjikistan détiendra 40 % du capital, le Kirghizistan et le Turkménistan 30 % chacun. | 40 % | TJ KG TM
            """)
    void shouldGiveASharePlacedAfterTheVentureTheVenturesParties(String title, String body, String figure,
                                                                String subjects) {
        assertThat(FigureSubjectsTest.subjectsOf(title, body.replace("\\n", "\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }
}
