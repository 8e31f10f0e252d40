package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;

/**
 * A level and the change that qualifies it in one clause share the period the resolver gave one of them (round 47,
 * perc47; {@link ChangeLevelPeriods}): a change right after its level, with no conjunction or "from" between, and a
 * change in parentheses right after its level. Each row states a sentence, the level's text and period, the change's
 * text and period as the resolver left them, and the period the undated side must end with. The guard rows (a
 * conjunction that opens a new member, a span of whole years, a distance in kilometres, a change before its level)
 * keep their `null`.
 */
class ChangeLevelPeriodsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Georgia also bought far more, taking 410,000 tonnes of barley—a ninefold jump on the season before. | 410,000 tonnes | 2022-09/2023-08 | ninefold | null | ninefold | 2022-09/2023-08
            Экспорт достиг 3,2 млн тонн, увеличившись на 18% к прошлому году. | 3,2 млн тонн | 2023 | 18% | null | 18% | 2023
            Отгружено 87 тыс. контейнеров ДФЭ (+26%). | 87 тыс. контейнеров ДФЭ | null | 26% | 2024-01/2024-06 | 87 тыс. контейнеров ДФЭ | 2024-01/2024-06
            Yuk hajmi 14 mln tonnaga yetib, o'tgan yilga nisbatan 9% ga oshdi. | 14 mln tonnaga | 2022 | 9% | null | 9% | 2022
            Trade reached $2 billion in 2021 and grew by 25% in the first quarter of this year. | $2 billion | 2021 | 25% | null | 25% | null
            Over the past four years trade rose to $2 billion, up 25%. | $2 billion | 2018-01/2021-12 | 25% | null | 25% | null
            The new line runs 120 km (+15%). | 120 km | null | 15% | 2024 | 120 km | null
            """)
    void shouldShareThePeriodOfALevelAndItsChange(String sentence, String levelText, String levelPeriod,
                                                  String changeText, String changePeriod, String asked,
                                                  String expected) {
        String unit = levelText.contains("km") ? "km" : "t";
        ExtractedFigure level = new ExtractedFigure(1, unit, Measure.AMOUNT, "other", List.of(), levelPeriod,
                levelText, sentence, sentence.indexOf(levelText));
        ExtractedFigure change = new ExtractedFigure(1, "percent", Measure.CHANGE, "other", List.of(), changePeriod,
                changeText, sentence, sentence.indexOf(changeText));
        List<ExtractedFigure> shared = ChangeLevelPeriods.shared(new ArrayList<>(List.of(level, change)), sentence);
        ExtractedFigure result = shared.stream().filter(f -> f.text().equals(asked)).findFirst().orElseThrow();
        assertThat(result.period()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The rise came first: up 30%, to 5 million tonnes. | 5 million tonnes | 2023 | 30% | null
            """)
    void shouldLeaveAChangeBeforeItsLevelAlone(String sentence, String levelText, String levelPeriod,
                                               String changeText, String changePeriod) {
        ExtractedFigure change = new ExtractedFigure(1, "percent", Measure.CHANGE, "other", List.of(), changePeriod,
                changeText, sentence, sentence.indexOf(changeText));
        ExtractedFigure level = new ExtractedFigure(1, "t", Measure.AMOUNT, "other", List.of(), levelPeriod,
                levelText, sentence, sentence.indexOf(levelText));
        List<ExtractedFigure> shared = ChangeLevelPeriods.shared(new ArrayList<>(List.of(change, level)), sentence);
        assertThat(shared.get(0).period()).isNull();
    }
}
