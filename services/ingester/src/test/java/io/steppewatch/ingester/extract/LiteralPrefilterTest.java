package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LiteralPrefilterTest {

    static Stream<Arguments> requiredWords() {
        return Stream.of(
                Arguments.of("share|sharing|social", List.of("share", "sharing", "social")),
                Arguments.of("most-?popular|most-?read", List.of("popular", "most")),
                Arguments.of("(^|[\\s_-])(ez-)?(?<!no-|skip-)toc([\\s_-]|$)|table-?of-?contents",
                        List.of("toc", "contents")),
                Arguments.of("(?<!label-)hidden|^hid$| hid |widget(?!-container|-wrap)",
                        List.of("hidden", "hid", " hid ", "widget")),
                Arguments.of("lead(?!erboard)|sub-?title", List.of("lead", "title")),
                Arguments.of("author-?(info|bio)|star-?rating", List.of("author", "rating")),
                Arguments.of("ab{2,3}cd|x\\d+yz|[a-z]+qq", List.of("cd", "yz", "qq")),
                Arguments.of("-ad-|ad-break", List.of("-ad-", "ad-break")));
    }

    @ParameterizedTest
    @MethodSource("requiredWords")
    void shouldReadTheWordsEveryMatchOfEachAlternativeHolds(String source, List<String> words) {
        assertThat(LiteralPrefilter.requiredWords(source)).isEqualTo(words);
    }

    @Test
    void shouldReadNoWordsWhenAnAlternativeHasNone() {
        // A group, a one-letter alternative, a class: nothing a match must hold literally, so always searched.
        assertThat(LiteralPrefilter.requiredWords("(comments|comment-body)(\\s|$)")).isNull();
        assertThat(LiteralPrefilter.requiredWords("article|x")).isNull();
        assertThat(LiteralPrefilter.requiredWords("[a-z]+|main")).isNull();
        assertThat(new LiteralPrefilter(Pattern.compile("(foo|bar)"), Pattern.compile("foo"))
                .candidates("nothing here")).isEqualTo(0b01);
    }

    @Test
    void shouldReadNoWordsWhenAFlagIsEmbedded() {
        // "(?i)share" matches "SHARE", which holds no "share": the pattern must always be run.
        assertThat(LiteralPrefilter.requiredWords("(?i)share")).isNull();
        assertThat(LiteralPrefilter.requiredWords("social|(?i:share)-bar")).isNull();
        // A flag embedded in a group is not among the pattern's flags: the words tell it.
        assertThat(new LiteralPrefilter(Pattern.compile("social|(?i:share)-bar")).candidates("SHARE-BAR"))
                .isEqualTo(0b1);
        // A lookahead or a group that is not captured is no flag.
        assertThat(LiteralPrefilter.requiredWords("lead(?!erboard)")).containsExactly("lead");
        assertThat(LiteralPrefilter.requiredWords("(?:x|y)share")).containsExactly("share");
    }

    @Test
    void shouldRefusePatternsWithFlags() {
        assertThrows(IllegalArgumentException.class,
                () -> new LiteralPrefilter(Pattern.compile("share", Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void shouldSetTheBitOfEveryPatternWhoseWordsTheTextHolds() {
        LiteralPrefilter filter = new LiteralPrefilter(Pattern.compile("share|social"),
                Pattern.compile("lead(?!erboard)"), Pattern.compile("social-?embedded"));
        assertThat(filter.candidates("")).isZero();
        assertThat(filter.candidates("x")).isZero();
        assertThat(filter.candidates("post-body")).isZero();
        assertThat(filter.candidates("social")).isEqualTo(0b0001);
        assertThat(filter.candidates("social-embedded")).isEqualTo(0b0101);
        // The word is there, the pattern still says no: the bit only lets the pattern be run.
        assertThat(filter.candidates("leaderboard")).isEqualTo(0b0010);
        assertThat(filter.candidates("ends-with-sh")).isZero();
        // A word outside ASCII is none the filter can look for: such a pattern is always run.
        assertThat(LiteralPrefilter.requiredWords("\u00e9t\u00e9")).isNull();
    }

    /** Names that the class hints' patterns match only at their edges, and near misses. */
    private static final List<String> CLASS_NAMES = List.of(
            "ez-toc-container", "toc", "no-toc", "skip-toc", "post toc", "table-of-contents", "tableofcontents",
            "most-read", "mostread", "most-popular", "label-hidden", "is-hidden", "hid", "x hid", "hid y", "a hid b",
            "hidden-xs", "widget-wrap", "widget-container", "widget", "sidebar-widget", "leaderboard", "lead-in",
            "sub-title", "subtitle", "post-meta", "postmeta", "entry-meta", "article-meta", "author-bio",
            "about-the-author", "aboutauthor", "star-rating", "article-rating", "post-ratings", "entry-utility",
            "comments", "comment-123", "comment_body", "commentlist", "comments-open", "com-hdr", "-ad-", "ad-break",
            "ai2html", "yom-remote", "cover-wrap", "h-entry", "hentry", "share-bar social", "image-caption credit",
            "categories", "keywords", "dateline", "timestamp", "standfirst", "chapo", "perex", "teaser-card", "hook",
            "main column", "shadow", "prose", "story-body", "page-content", "BANNER", "post", "entry-footer", "");

    @Test
    void shouldNeverRuleOutAPatternThatMatchesAClassName() {
        List<Pattern> patterns = ClassHints.patterns();
        LiteralPrefilter filter = new LiteralPrefilter(patterns.toArray(Pattern[]::new));
        List<String> names = new ArrayList<>(CLASS_NAMES);
        // And the same names run together and cut at random places, seeded: matches across the joins and at the cuts.
        Random random = new Random(50);
        for (int i = 0; i < 5_000; i++) {
            String joined = CLASS_NAMES.get(random.nextInt(CLASS_NAMES.size())) + " "
                    + CLASS_NAMES.get(random.nextInt(CLASS_NAMES.size()));
            int from = random.nextInt(joined.length() + 1);
            names.add(joined.substring(from, from + random.nextInt(joined.length() - from + 1)));
        }
        int matched = 0;
        for (String name : names) {
            long candidates = filter.candidates(name);
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(name).find()) {
                    matched++;
                    assertThat(candidates & (1L << i)).as("pattern %d on \"%s\"", i, name).isNotZero();
                }
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }

    @Test
    void shouldRuleOutMostPatternsForAnOrdinaryName() {
        LiteralPrefilter filter = new LiteralPrefilter(ClassHints.patterns().toArray(Pattern[]::new));
        // Only the comment-thread pattern, whose alternatives all sit inside a group, is always searched.
        assertThat(Long.bitCount(filter.candidates("col-md-4 flex mt-2"))).isEqualTo(1);
    }
}
