package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions 33 and 52 of the labelling standard: a vote's tally is a count of an event, the vote, and takes the month
 * of publication when the text dates that vote against it (a sentence naming the vote or the election has a weekday,
 * today or a day of a month), wherever in the text; a vote dated by nothing, or a day word about something else, leaves
 * it with none. Electoral votes a state carries are no tally.
 */
class VoteTallyPeriodTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body.replace("/", "\n\n"),
                LocalDate.of(2024, 3, 6), null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().startsWith(text)).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The town council held its budget vote on Tuesday. / The plan passed with 41 votes against a handful of objections.            | 41 votes   | 2024-03
            Residents went to the polls in Monday's local election. / The mayor won by nearly 12,000 votes across the district.           | 12,000 votes | 2024-03
            Le conseil municipal devait voter aujourd'hui le budget. / Le texte a finalement été adopté par 131 voix contre 40.          | 131 voix   | 2024-03
            Парламент голосовал в среду по вопросу об отставке кабинета. / За отставку выступили 51 депутат, 29 высказались против.      | 29 высказались | 2024-03
            4 марта 2024 года парламент выразил вотум недоверия кабинету. / За отставку выступили 51 депутат, 29 высказались против.     | 29 высказались | 2024-03
            The town council approved the budget. / The plan passed with 41 votes against a handful of objections. / The new budget takes effect on Monday. | 41 votes | null
            Residents went to the polls in Monday's local election. / The winner needs 270 electoral votes across the country.            | 270 electoral | null
            """)
    void shouldDateTheTallyOfAVoteTheTextDates(String body, String text, String period) {
        assertThat(figure(body, text).period()).isEqualTo(period);
    }
}
