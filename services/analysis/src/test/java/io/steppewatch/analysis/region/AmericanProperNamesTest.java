package io.steppewatch.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "American" opening the name of a society, a publication, a show or a company is no mention of the United States
 * (the labels give a company's or a body's country only where the text states it); a survey, a law, the country's
 * people and a title-case headline keep it.
 */
class AmericanProperNamesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A report in the American Psychological Review found that 40 percent slept badly.  | ''
            The singer will be paid $9 million as a judge on 'American Idol' next season.      | ''
            Guidelines of the American Heart Society advise 150 minutes of walking a week.      | ''
            Shares of American Apparel fell 12% after the results.                             | ''
            A journal of the American Chemical Society costs the library $4,000 a year.       | ''
            The American Community Survey counted 3.1 million commuters.                       | US
            American Workers Lose Ground As Wages Fall 2%                                      | US
            American companies sold 40 aircraft to Kazakhstan.                                 | US KZ
            The american Cancer Society reported 2 million cases.                               | US
            American Scientists Say 60% Of Reefs Are Bleached                                  | US
            Kazakhstan signed a deal with American Airlines for 10 flights.                     | KZ
            """)
    void shouldNotTakeTheAdjectiveOfANameForTheCountry(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList())
                .containsExactly(codes.isBlank() ? new String[0] : codes.split(" "));
    }
}
