package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figuresWithText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of no ledger metric whose sentence, headline and lead name no country is not the article's most mentioned
 * country's when an English body names that country fewer than three times, all after the figure: a country named
 * in passing ("before the Fed in the US raises rates") is not what a company's deal is about.
 */
class PassingCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Acme buys Widgetco | Acme agreed to pay $12 billion for the storage maker. The deal closes next year. Analysts said it was wise to borrow before rates rise in the United States.                                                          | $12 billion | ''
            Acme buys Widgetco | Acme agreed to pay $12 billion for the storage maker. The deal closes next year. Sales in the United States rose. The United States is its main market. Rivals in the United States lag behind.             | $12 billion | US
            Acme buys Widgetco | Rates rise in the United States. Acme agreed to pay $12 billion for the storage maker. The deal closes next year.                                                                                          | $12 billion | US
            """)
    void shouldNotGiveAFigureTheCountryNamedOnceInPassingAfterIt(String title, String body, String text,
                                                               String subjects) {
        List<String> expected = subjects.isBlank() ? List.of() : List.of(subjects.split(" "));
        assertThat(figuresWithText(title, body, text).get(0).subjects()).isEqualTo(expected);
    }
}
