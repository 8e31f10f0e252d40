package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level a raising is planned to ("до N" after a Russian noun or future verb of raising) is a goal, `target`: the
 * nouns in the cases a plan or an agreement governs ("о ... увеличении", "по ... и увеличению"; not "привел к увеличению", a
 * rise made) and a future verb whose object is a long chain of genitives and places before the "до". The first three
 * rows fail without the rule (the cases of the noun, the reach of the walk); the range's start, a rise already made
 * and a rise a past event led to stay amounts.
 */
class RaisingNounsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Стороны подписали меморандум о постепенном увеличении объема грузовых перевозок по новой линии до 15 млн тонн в год. | 15 млн тонн | TARGET
            Министры обсудили меры по развитию логистики и увеличению взаимной торговли до 3 млрд долларов. | 3 млрд долларов | TARGET
            Компания увеличит объем поставок узбекского газа в Китай через территорию Казахстана с 2 миллиардов до 6 миллиардов кубометров. | 6 миллиардов кубометров | TARGET
            Компания увеличит объем поставок узбекского газа в Китай через территорию Казахстана с 2 миллиардов до 6 миллиардов кубометров. | 2 миллиардов | AMOUNT
            В прошлом году объем перевозок по этой линии увеличился до 30 млн тонн. | 30 млн тонн | AMOUNT
            Запуск терминала в 2023 году привел к резкому увеличению перевалки зерна до 2 млн тонн. | 2 млн тонн | AMOUNT
            """)
    void shouldMakeTheLevelARaisingIsPlannedToATarget(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }
}
