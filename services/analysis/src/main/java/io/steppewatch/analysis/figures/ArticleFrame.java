package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * What the whole article says that a figure's own sentence may leave out: the parties it is about (for a partner
 * the sentence does not name), the corridors it names (for cargo figures of "the route") and the period its
 * headline sets.
 *
 * @param ranked         country and bloc codes of the article, most mentioned first (the headline counting more)
 * @param title          country and bloc codes of the headline, in order
 * @param corridors      corridor codes of the article (headline first), most mentioned first
 * @param titlePeriod    the period the headline sets, or null: body sentences that state none take it
 * @param foreignTrade   whether the headline speaks of a country's trade with the world ("Uzbekistan's foreign
 *                       trade", "внешняя торговля Казахстана"): its figures with no partner named are that country's
 * @param route          the countries of the named railway or pipeline the article speaks of first (headline first:
 *                       "the Trans-Afghan railway"), empty when it names none ({@link NamedRoutes})
 * @param titleRegion    whether the headline names Central Asia as a whole ("China's trade with Central Asia"): with
 *                       one other party in it, the article is about that party and the five countries
 * @param titleLine      whether the headline speaks of a railway, line or pipeline and names no corridor
 *                       ("Dostyk-Moyynty double track completed in Kazakhstan"): "the line" of its body is that one
 * @param statistics     the country whose statistics office the article first cites ("the Agency for Statistics of
 *                       Tajikistan said"), or null: the figures it reports are that country's trade with each partner
 * @param exporter       the country the headline, else the body, first makes the subject of a verb of export
 *                       ("Kazakhstan to export 5mln tons of wheat"), or null: shipments its body sends "to
 *                       Uzbekistan" are that country's ({@link ProductFlows})
 * @param titleFlow      whether the headline speaks of the flow between a country and a partner
 * @param titlePort      the countries of the towns the headline names beside a port or terminal word ("more oil goes
 *                       through the port of Aktau"), or an empty list: "the port" of a body naming no port town
 * @param transit        the country the headline's flow crosses ("Russian gas to reach Uzbekistan in transit via
 *                       Kazakhstan"), which is no party to the flow's volumes (decision 64 of round 39), or null
 */
public record ArticleFrame(List<String> ranked, List<String> title, List<String> corridors, String titlePeriod,
                           boolean foreignTrade, List<String> route, boolean titleRegion, boolean titleLine,
                           String statistics, String exporter, boolean titleFlow, List<String> titlePort,
                           String transit, int mainFirstAt, int mainMentions) {

    public ArticleFrame(List<String> ranked, List<String> title, List<String> corridors, String titlePeriod,
                        boolean foreignTrade, List<String> route, boolean titleRegion, boolean titleLine) {
        this(ranked, title, corridors, titlePeriod, foreignTrade, route, titleRegion, titleLine, null, null, false,
                List.of(), null, -1, Integer.MAX_VALUE);
    }

    /** This frame with the country whose statistics office the article cites. */
    public ArticleFrame withStatistics(String country) {
        return new ArticleFrame(ranked, title, corridors, titlePeriod, foreignTrade, route, titleRegion, titleLine,
                country, exporter, titleFlow, titlePort, transit, mainFirstAt, mainMentions);
    }

    /**
     * This frame with where the body first names the article's most mentioned party and how often it names it (the
     * offset of its first mention; -1 and {@link Integer#MAX_VALUE} when unknown, which {@link Subjects} reads as
     * named from the start and often).
     */
    public ArticleFrame withMainMentions(List<Mention> bodyMentions) {
        if (ranked.isEmpty()) {
            return this;
        }
        String main = ranked.get(0);
        int first = -1;
        int count = 0;
        for (Mention m : bodyMentions) {
            if (m.code().equals(main)) {
                first = count == 0 ? m.start() : first;
                count++;
            }
        }
        return count == 0 ? this : new ArticleFrame(ranked, title, corridors, titlePeriod, foreignTrade, route,
                titleRegion, titleLine, statistics, exporter, titleFlow, titlePort, transit, first, count);
    }

    /** The headline's mentions without those naming where a drug came from ("Afghan drugs", "héroïne afghane"). */
    public static List<Mention> withoutDrugOrigins(List<Mention> titleMentions, List<Words.Word> titleWords) {
        return Subjects.withoutOriginsUncached(titleMentions, titleWords);
    }

    /** This frame with the country the article makes an exporter ({@link ProductFlows#exporter}). */
    public ArticleFrame withExporter(String country) {
        return new ArticleFrame(ranked, title, corridors, titlePeriod, foreignTrade, route, titleRegion, titleLine,
                statistics, country, titleFlow, titlePort, transit, mainFirstAt, mainMentions);
    }

    /**
     * This frame with whether its headline speaks of the flow between a country and a partner ("Rail freight with
     * China", "Қазақстан мен Қытай арасындағы тасымал"): {@link Subjects#setsFlow}.
     */
    public ArticleFrame withTitleFlow(List<Mention> titleMentions, List<Words.Word> titleWords) {
        return new ArticleFrame(ranked, title, corridors, titlePeriod, foreignTrade, route, titleRegion, titleLine,
                statistics, exporter, Subjects.setsFlow(titleMentions, titleWords), titlePort, transit,
                mainFirstAt, mainMentions);
    }

    /**
     * This frame with the countries of the towns its headline names beside a port or terminal word ("through the port
     * of Aktau", "Aktau port handles more grain"): {@link Subjects#portTownsOfHeadline}.
     */
    public ArticleFrame withTitlePort(String headline, List<Mention> titleMentions, List<Words.Word> titleWords) {
        return new ArticleFrame(ranked, title, corridors, titlePeriod, foreignTrade, route, titleRegion, titleLine,
                statistics, exporter, titleFlow, Subjects.portTownsOfHeadline(headline, titleMentions, titleWords),
                transit, mainFirstAt, mainMentions);
    }

    /**
     * This frame with the country its headline makes the transit country of a flow (a headline such as
     * "Mongolia to begin transit of Chinese coal to Korea"): {@link TransitCountries#ofHeadline}.
     */
    public ArticleFrame withTransit(List<Mention> titleMentions, List<Words.Word> titleWords) {
        return new ArticleFrame(ranked, title, corridors, titlePeriod, foreignTrade, route, titleRegion, titleLine,
                statistics, exporter, titleFlow, titlePort, TransitCountries.ofHeadline(titleMentions, titleWords),
                mainFirstAt, mainMentions);
    }

    /**
     * The country the headline, else the body, first makes the subject of a verb of export ("Le Kazakhstan a exporté
     * 12,4 millions de tonnes"), or null.
     */
    public static String exporterOf(String title, List<Words.Word> titleWords, List<Mention> titleMentions,
                                    String body, List<Words.Word> bodyWords, List<Mention> bodyMentions) {
        return ProductFlows.exporter(titleMentions, titleWords, title, bodyMentions, bodyWords, body);
    }

    /** How many words may stand between a statistics word and its country ("Agency for Statistics under the
     * President of Tajikistan"). */
    private static final int STATISTICS_REACH = 5;
    /** Words of an office's full title, which do not part a statistics office from its country. */
    private static final WordIdSet OFFICE_TITLE_WORDS = WordIdSet.of(Words.foldAll("the", "of", "under", "at",
            "on", "for", "president", "republic", "de", "la", "du", "des", "l", "aupres", "republique", "при",
            "по", "президенте", "республики", "республика", "huzuridagi", "prezidenti", "respublikasi", "ҳузуридаги",
            "президенти", "республикаси", "жанындағы", "президенті", "республикасы"));
    /** "statistics", "statistique", "statistika", "статистики", "статистика": an office that counts trade. */
    private static final WordStems STATISTICS_STEMS = WordStems.of(List.of("statisti", "статисти"));

    /**
     * The country whose statistics office the words first name ("Uzbekistan's Statistics Agency", "Бюро
     * национальной статистики Казахстана", "selon le comité des statistiques du Kirghizistan"), within one sentence;
     * or null.
     */
    public static String statisticsSource(String text, List<Words.Word> words, List<Mention> mentions) {
        // A country is the source only by a statistics word within a few words of it: a text with none anywhere, most
        // of them, names no source, which one pass over its words tells before any mention is read.
        if (!anyStatisticsWord(words)) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.kind() != PlaceKind.COUNTRY || Subjects.REGION.equals(m.code())) {
                continue;
            }
            if (namesStatisticsOffice(text, words, m)) {
                return m.code();
            }
        }
        return null;
    }

    /**
     * Whether a country mention names a statistics office ("the National Statistical Committee of Kyrgyzstan"): a
     * statistics word within a few words of it, in its sentence.
     */
    static boolean namesStatisticsOffice(String text, List<Words.Word> words, Mention m) {
        int first = Subjects.indexAt(words, m.start());
        // within the country's sentence: "... and Uzbekistan ($260 million).\n\nStatistical Discrepancies" cites
        // no Uzbek office
        // (the words of an office's full title do not count: an agency "under the President of" a republic
        // named in full, "Бюро национальной статистики ... Республики Казахстан")
        int from = first;
        for (int counted = 0; from > 0 && counted < STATISTICS_REACH
                && !Subjects.gapEndsSentence(text, words.get(from - 1).end(), words.get(from).start()); from--) {
            counted += OFFICE_TITLE_WORDS.contains(words.get(from - 1)) ? 0 : 1;
        }
        int to = first;
        for (int counted = 0; to < words.size() - 1 && counted < STATISTICS_REACH
                && !Subjects.gapEndsSentence(text, words.get(to).end(), words.get(to + 1).start()); to++) {
            counted += OFFICE_TITLE_WORDS.contains(words.get(to + 1)) ? 0 : 1;
        }
        for (int i = from; i <= to; i++) {
            if (STATISTICS_STEMS.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyStatisticsWord(List<Words.Word> words) {
        for (Words.Word word : words) {
            if (STATISTICS_STEMS.startsAny(word)) {
                return true;
            }
        }
        return false;
    }

    public static final ArticleFrame EMPTY = new ArticleFrame(List.of(), List.of(), List.of(), null, false, List.of(),
            false, false);

    /** Whether a headline's words speak of a railway, a track, a line or a pipeline. */
    public static boolean speaksOfLine(List<Words.Word> titleWords) {
        for (Words.Word word : titleWords) {
            if (Subjects.isLineWord(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The countries of the route the article is about: the first named one ({@link NamedRoutes}) or chain of three
     * or more countries' places joined by dashes ("the China–Kyrgyzstan–Uzbekistan railway") of the headline, else
     * of the body; empty when neither names one.
     */
    public static List<String> routeOf(String title, List<Words.Word> titleWords, List<Mention> titleMentions,
                                       String body, List<Words.Word> bodyWords, List<Mention> bodyMentions) {
        List<String> route = NamedRoutes.in(titleWords, 0, titleWords.size());
        if (route == null) {
            route = Subjects.chainOfCountries(titleMentions, title);
        }
        if (route == null) {
            route = NamedRoutes.in(bodyWords, 0, bodyWords.size());
        }
        if (route == null) {
            route = Subjects.chainOfCountries(bodyMentions, body);
        }
        return route == null ? List.of() : route;
    }

    /**
     * Whether a headline's words speak of trade with the whole world ("foreign trade", "commerce extérieur") or with
     * a country's partners together ("Uzbekistan's deficits with its main trading partners").
     */
    public static boolean speaksOfForeignTrade(List<Words.Word> titleWords) {
        for (Words.Word word : titleWords) {
            if (Subjects.isWorldwideWord(word.folded()) || PARTNERS.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /** "Partners" in the plural: a headline about one country and its partners is about its trade with them all. */
    private static final Set<String> PARTNERS = Set.of("partners", "partenaires", "партнеры", "партнерами",
            "партнеров", "партнёры", "партнёрами", "партнёров", "hamkorlar", "hamkorlari", "ҳамкорлар", "ҳамкорлари",
            "серіктестер", "серіктестері");

    public ArticleFrame {
        ranked = List.copyOf(ranked);
        title = List.copyOf(title);
        corridors = List.copyOf(corridors);
        route = List.copyOf(route);
    }

    /**
     * The mentions of the body's first sentence (which ends at {@code leadEnd}, see {@link #leadEnd}), standing for a
     * headline that names no party; {@code headline} when that sentence names none either.
     */
    public static List<Mention> leadMentions(int leadEnd, List<Mention> bodyMentions, List<Mention> headline) {
        List<Mention> lead = bodyMentions.stream().filter(m -> m.end() <= leadEnd).toList();
        return lead.isEmpty() ? headline : lead;
    }

    /** Where the body's first sentence ends (0 for an empty body). */
    public static int leadEnd(String body) {
        int from = 0;
        while (from < body.length() && Character.isWhitespace(body.charAt(from))) {
            from++; // blank lines before the first paragraph
        }
        int paragraphEnd = body.indexOf('\n', from);
        List<Sentences.Sentence> sentences = Sentences.split(paragraphEnd < 0 ? body : body.substring(0, paragraphEnd));
        return sentences.isEmpty() ? 0 : sentences.get(0).end();
    }

    /** A title line that is a site's name and a section ("Fergana: actualités", "Pakistan Today: News"). */
    private static final Pattern SITE_AND_SECTION = Pattern.compile(
            "([^:\\s]+(?: [^:\\s]+){0,2}) ?: ?([^:\\d]+)");
    /** How many words the section of a site-and-section title line may have. */
    private static final int SECTION_WORDS = 3;

    /**
     * The title's mentions without the one that names the site in a title line of a site and its section ("Fergana:
     * actualités", "Fergana : Kazakhstan", "Iran International: News"): where a page was published is no party of
     * what it reports. A site part that names two places or more ("Tadjikistan-Chine : commerce") is a headline.
     */
    public static List<Mention> withoutSiteName(String title, List<Mention> mentions) {
        Matcher m = SITE_AND_SECTION.matcher(title.strip());
        if (!m.matches() || m.group(2).strip().split("\\s+").length > SECTION_WORDS) {
            return mentions;
        }
        int siteEnd = title.indexOf(':');
        List<Mention> inSite = mentions.stream().filter(x -> x.end() <= siteEnd).toList();
        if (inSite.size() != 1) {
            return mentions;
        }
        return mentions.stream().filter(x -> x.end() > siteEnd).toList();
    }
}
