package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * The party a headline makes the actor of sanctions — the state or bloc that imposes, lifts or extends them ("EU
 * sanctions ...", "Ukraine imposes sanctions on ...", "ЕС отменил ряд санкций ...", "US-sanctioned bank ...") or the
 * one that evades them ("Russia circumvents the sanctions ...") — is no party of a body figure whose own sentence
 * neither names it nor speaks of a sanction or a restriction (decision 6: a figure takes the parties of what it counts;
 * decision 63: one country's own total takes that country alone). Under such a headline the body also counts the
 * sanctioned country's own things — its carriers registered, the people killed in an event the sanctions answered, a
 * firm's owners' shares, its imports from the world — and the article's party fallback gave these the sanctioning actor
 * as well. The target of the sanctions ("sanctions against Uzbekistan", "on Russian operators") is left alone: it is
 * often the figure's own country.
 *
 * <p>Grammar decides who the actor is, in every language of the corpus: a country or bloc written right before the
 * sanctions word (with a hyphen or nothing between: "EU Sanctions", "US-sanctioned"), or before a verb of imposing,
 * lifting or evading followed by at most two words ("Japan imposes new sanctions", "ЕС отменил ряд санкций", "L'UE
 * impose de nouvelles sanctions"); never after "anti-". A party named after the sanctions word is left: it is mostly
 * the target ("EU sanctions Uzbek companies", "US-sanctioned Kyrgyz bank"), and reading a genitive or adjective there
 * as the actor ("санкций ЕС", "sanctions américaines") moved holdout figures both ways and no dev figure (round 48). A
 * figure keeps the actor when its sentence names it, holds a word of sanctions, restrictions, bans, lists, targets,
 * packages or frozen assets, or is a list item not ended by a full stop ("10 Russian companies,"); a figure left with
 * no party keeps its own. Changes body figures of every metric with two parties or more; runs once per article after
 * all figures are annotated, and only when the headline holds a sanctions word. Stateless.
 */
public final class HeadlineSanctioners {

    private HeadlineSanctioners() {
    }

    /** Sanctions words, looked up first (cheap) on the lower-cased headline. */
    private static final List<String> SANCTION_KEYS = List.of("sanction", "санкц", "sanksiya", "embargo", "эмбарго");

    /** The sanctions word itself in the headline. */
    private static final Pattern SANCTION_WORD = Pattern.compile(
            "(?iU)\\b(?:sanction\\w*|санкц\\w*|sanksiya\\w*|embargo\\w*|эмбарго\\w*)");

    /** Between the actor and the sanctions word: nothing, a hyphen, or a verb of imposing, lifting or evading. */
    private static final Pattern BEFORE_GAP = Pattern.compile("(?iU)^[\\s\\-–]*$|^\\s*(?:impos\\w*|adopt\\w*|lift\\w*"
            + "|extend\\w*|prepar\\w*|announc\\w*|introduc\\w*|slap\\w*|ease\\w*|circumvent\\w*|evad\\w*|bypass\\w*"
            + "|вв[её]л\\w*|ввод\\w*|отмен\\w*|снял\\w*|сним\\w*|продл\\w*|готов\\w*|обход\\w*|lève\\w*|prolonge\\w*"
            + "|contourn\\w*)\\s+(?:[\\w\\-]+\\s+){0,2}$");

    /** "anti-Russian sanctions": the party after "anti" is the target. */
    private static final Pattern ANTI = Pattern.compile("(?iU)(?:anti|анти)[\\s\\-]*$");

    /**
     * Words of a sanctions sentence, looked up on the lower-cased sentence: where one stands the actor may well be
     * the figure's party (a count of listed firms, a package's targets, frozen assets).
     */
    private static final List<String> ACT_KEYS = List.of("sanction", "санкц", "sanksiya", "embargo", "эмбарго",
            "restrict", "ограничен", "blacklist", "liste noire", "список", "designat", "entity list", " ban ", "bans",
            "banned", "ban on", "запрет", "interdi", "penalt", "list", "liste", "dual-use", "double usage",
            "двойного", "target", "package", "paquet", "пакет", "cibl", "freez", "gel ", "заморо", "asset", "avoirs",
            "актив");

    /** How a sentence that is a whole statement ends (a list item "10 Russian companies," does not). */
    private static final String FULL_ENDS = ".!?»\"”’…)";

    /**
     * The body figures with the headline's sanctions actor dropped where their sentence neither names it nor speaks of
     * sanctions.
     *
     * @param figures       the body's annotated figures
     * @param title         the headline
     * @param titleMentions the gazetteer names of the headline
     * @param body          the body text the figures' offsets point into
     * @param bodyMentions  the gazetteer names of the body
     */
    public static List<ExtractedFigure> without(List<ExtractedFigure> figures, String title,
                                                List<Mention> titleMentions, String body,
                                                List<Mention> bodyMentions) {
        if (figures.isEmpty() || title == null || titleMentions.isEmpty()
                || !TextWalks.containsAny(title.toLowerCase(Locale.ROOT), SANCTION_KEYS)) {
            return figures;
        }
        Set<String> actors = actors(title, titleMentions);
        if (actors.isEmpty()) {
            return figures;
        }
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || f.subjects().size() < 2 || f.sentence() == null
                    || f.subjects().stream().noneMatch(actors::contains)) {
                continue;
            }
            String sentence = f.sentence();
            if (!endsAStatement(sentence) || TextWalks.containsAny(sentence.toLowerCase(Locale.ROOT), ACT_KEYS)) {
                continue;
            }
            int start = body.lastIndexOf(sentence, f.offset());
            if (start < 0) {
                continue;
            }
            Set<String> named = namedIn(bodyMentions, start, start + sentence.length());
            List<String> kept = new ArrayList<>(f.subjects().size());
            for (String code : f.subjects()) {
                if (!actors.contains(code) || named.contains(code)) {
                    kept.add(code);
                }
            }
            if (kept.isEmpty() || kept.size() == f.subjects().size()) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(kept));
        }
        return result == null ? figures : result;
    }

    /** The countries and blocs the headline makes the actor of its sanctions. */
    static Set<String> actors(String title, List<Mention> titleMentions) {
        Set<String> actors = new LinkedHashSet<>();
        Matcher word = SANCTION_WORD.matcher(title);
        while (word.find()) {
            for (Mention m : titleMentions) {
                if (m.kind() != PlaceKind.COUNTRY && m.kind() != PlaceKind.BLOC) {
                    continue;
                }
                if (ANTI.matcher(title.substring(Math.max(0, m.start() - 6), m.start())).find()) {
                    continue;
                }
                if (m.end() <= word.start()
                        && BEFORE_GAP.matcher(title.substring(m.end(), word.start())).matches()) {
                    actors.add(m.code());
                }
            }
        }
        return actors;
    }

    private static boolean endsAStatement(String sentence) {
        String trimmed = sentence.strip();
        return !trimmed.isEmpty() && FULL_ENDS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    private static Set<String> namedIn(List<Mention> mentions, int start, int end) {
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                named.add(m.code());
            }
        }
        return named;
    }
}
