package io.steppewatch.analysis.topics;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * The English lexicon words that a sports report uses in a sense of its own: a runner's attack and a race's clash
 * between two rivals, a team's defense, a threat to the medals, a basketball turnover, an athlete's protest against a
 * result, a race "sanctioned" (approved) by its federation. In a sports page they are the game's words, not a
 * security, trade or sanctions story's, and a marathon report, a Paralympic final or a point guard's statistics were
 * read as security or trade on them (open corpus, round 52).
 *
 * <p>A page is a sports page when at least {@link #MIN_SHARE_PER_MILLE} per mille of its words, and
 * {@link #MIN_DISTINCT} different ones, are words of sport ({@link #SPORTS_WORDS}: race, medal, season, player,
 * league...). There the matches of {@link #SPORTS_SENSES} are dropped; every other term is kept, so troops guarding an
 * Olympic games remain a security story. The words are counted only when such a match is found. Immutable and
 * thread-safe.
 */
final class SportsSenses {

    static final int MIN_SHARE_PER_MILLE = 10;
    static final int MIN_DISTINCT = 5;
    /** Folded words of sport: its events, people, places and scores. */
    static final Set<String> SPORTS_WORDS = Set.of("race", "races", "marathon", "medal", "medals", "medallist",
            "olympic", "olympics", "paralympic", "paralympics", "athlete", "athletes", "runner", "runners", "sprint",
            "sprinter", "season", "coach", "player", "players", "league", "match", "matches", "tournament",
            "championship", "championships", "playoff", "playoffs", "scored", "scoring", "goals", "striker",
            "goalkeeper", "quarterback", "rebound", "rebounds", "offense", "offensive", "innings", "wicket", "lap",
            "laps", "podium", "semifinal", "referee", "stadium", "teammate", "teammates", "pace", "assists");
    /** The lexicon words with a sense in sport, as written; stemmed when the class loads. */
    private static final List<String> SENSES = List.of("attack", "attacks", "attacked", "clash", "clashes",
            "defense", "defence", "threat", "threats", "turnover", "turnovers", "protest", "protests", "protested",
            "sanctioned");
    /** The words of this kind and their senses. */
    private static final PageSenses SENSES_OF_THE_PAGE = new PageSenses(SPORTS_WORDS, SENSES, MIN_SHARE_PER_MILLE,
            MIN_DISTINCT);
    /** {@link #SENSES}, stemmed as the topic matcher reads them. */
    static final Set<String> SPORTS_SENSES = SENSES_OF_THE_PAGE.senses();

    private SportsSenses() {
    }

    /** See {@link PageSenses#without}. */
    static List<List<PhraseMatcher.Match<TopicLexicon.Term>>> without(
            List<PhraseMatcher.Match<TopicLexicon.Term>> titleMatches, List<Words.Word> title,
            List<PhraseMatcher.Match<TopicLexicon.Term>> bodyMatches, List<Words.Word> body, String language) {
        return SENSES_OF_THE_PAGE.without(titleMatches, title, bodyMatches, body, language);
    }

    /** Whether the words of this kind make {@link #MIN_SHARE_PER_MILLE} per mille of the page, {@link #MIN_DISTINCT} kinds. */
    static boolean sportsPage(List<Words.Word> title, List<Words.Word> body) {
        return SENSES_OF_THE_PAGE.isPage(title, body);
    }
}
