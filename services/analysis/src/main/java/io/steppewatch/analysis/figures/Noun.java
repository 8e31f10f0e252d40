package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * The word a number counts: "8 000 entreprises", "2,4 millions d'habitants". Function words, months and
 * time units are not counted nouns. A money noun ("exportations", "инвестиций") marks an amount whose
 * currency the context gives.
 */
record Noun(String word, int end, boolean money) {

    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
            "de", "d", "des", "du", "la", "le", "les", "l", "un", "une", "et", "ou", "a", "au", "aux", "en", "sur",
            "pour", "par", "dans", "avec", "sans", "que", "qui", "dont", "ce", "cette", "ces", "se", "sa", "son", "ses",
            "est", "sont", "a", "ont", "plus", "moins", "fois", "environ", "pres", "contre", "vers", "entre", "apres",
            "avant", "of", "the", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "than", "as",
            "is", "are", "was", "were", "be", "this", "that", "these", "those", "it", "its", "per", "more", "less",
            "about", "over", "under", "up", "down", "into", "out", "after", "before", "since", "while", "last", "next",
            "earlier", "previously", "precedemment", "auparavant", "ранее", "прежде",
            "sous", "chez", "selon", "depuis", "pendant", "durant", "parmi", "among", "via", "within",
            "и", "в", "во", "на", "с", "со", "по", "до", "из", "от", "за", "к", "ко", "о", "об", "у", "не", "что",
            "как", "а", "но", "или", "для", "при", "через", "после", "около", "более", "менее", "свыше", "почти",
            // the Russian prepositions of place and relation ("ветропарк за 1 млрд под Бухарой")
            "под", "над", "без", "про", "перед", "между", "среди", "против", "вдоль", "возле", "вокруг",
            "der", "die", "das", "und", "von", "mit", "im", "zu", "auf",
            // Kazakh "more", "this", "for" ("16,4 көп": 16.4 more than the year before)
            "көп", "бұл", "үшін"));
    /**
     * Kazakh and Uzbek words of degree written between a figure and what it counts ("27 мыңға жуық контейнер",
     * "200-ден астам компания", "5 mingdan ortiq korxona"): they say about how much; the counted noun is the
     * word after them. Folded, as the words they are compared with.
     */
    private static final Set<String> DEGREE_WORDS = List.of(
            "дейін", "астам", "жуық", "шамасында", "шамамен", "аса", "артық", "ғана", "көлемінде",
            "gacha", "yaqin", "ortiq", "atrofida", "miqdorida", "гача", "яқин", "ортиқ", "атрофида", "миқдорида",
            "ziyod", "зиёд")
            .stream().map(Words::fold).collect(Collectors.toUnmodifiableSet());
    /**
     * Uzbek counter words, written between a number and what it counts ("183 ta mamlakat", "10 та шерик", "150 nafar
     * talaba"): the counted noun is the word after them.
     */
    private static final Set<String> COUNTERS = List.of("ta", "та", "nafar", "нафар", "dona", "дона")
            .stream().map(Words::fold).collect(Collectors.toUnmodifiableSet());
    /**
     * Uzbek and Kazakh case endings that a text sometimes writes apart from the number they belong to ("200 га яқин
     * давлат", about 200 countries; "700 dan ziyod korxona"): skipped only before a word of degree, since "га" alone is
     * also the Russian hectare.
     */
    private static final Set<String> DETACHED_ENDINGS = List.of("ga", "га", "ға", "ге", "dan", "дан", "нан", "ден")
            .stream().map(Words::fold).collect(Collectors.toUnmodifiableSet());
    /** At most a detached ending and a word of degree, or a counter, stand between a number and its noun. */
    private static final int BETWEEN_WORDS = 2;
    private static final Set<String> MULTIPLIERS = Set.of("fois", "times", "раза", "раз");
    private static final Set<String> COUNTED_EVEN_IF_FUNCTION = Set.copyOf(List.of("fois", "times"));
    private static final List<String> MONEY_STEMS = Stems.of(
        "export", "import", "investis", "invest", "echange", "turnover", "revenu", "budget", "dette", "debt",
        "credit", "pret", "loan", "subvention", "aide", "financement", "funding", "chiffre", "recette", "depense",
        "spending", "экспорт", "импорт", "инвестиц", "товарооборот", "оборот", "долг", "кредит", "бюджет", "доход",
        "расход", "выручк", "прибыл", "profit", "benefice", "vente", "sales",
        // a grant is money given as a loan is money lent; "worth" says that the number before it is a value
        "grant", "грант", "worth");

    /**
     * Kazakh verbs of growing and falling, whose only vowels are Kazakh letters: "5,2 млрд-қа дейін өсті" (grew to 5.2
     * billion) counts nothing.
     */
    private static final List<String> CHANGE_VERB_STEMS = Stems.of("өс", "түс");
    /**
     * Vowels of the folded alphabets, Kazakh's own among them: "жүк" (freight), "көлік" (vehicle) and "түрлі" (kinds)
     * are words, not abbreviated units, though they have no vowel of the Russian alphabet.
     */
    private static final String VOWELS = "aeiouyаеиоуыэюяәөұүі";

    /** The counted noun after {@code end}; with a scale word, "de"/"d'"/"of" may come first. */
    static Noun after(String text, int end, boolean scaled) {
        int i = skipSpaces(text, end);
        if (scaled) {
            int linked = skipLink(text, i);
            if (linked > i) {
                i = skipSpaces(text, linked);
            }
        }
        if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return null;
        }
        int j = wordEnd(text, i);
        for (int skipped = 0; skipped < BETWEEN_WORDS && isBetweenWord(text, i, j); skipped++) {
            int next = skipSpaces(text, j);
            if (next >= text.length() || !Character.isLetter(text.charAt(next))) {
                return null;
            }
            i = next;
            j = wordEnd(text, i);
        }
        if (j < text.length() && NumberScanner.isAsciiDigit(text.charAt(j))) {
            return null; // "USD50": a code glued to the next number
        }
        String word = FigureExtractor.fold(text.substring(i, j));
        if (!scaled && "of".equals(word)) {
            int owned = ownedNounStart(text, j);
            if (owned < 0) {
                return null;
            }
            int ownedEnd = wordEnd(text, owned);
            if (text.charAt(ownedEnd - 1) != 's') {
                return null; // "berths 9,10 of the port": a part of one thing is no count of it
            }
            i = owned; // "1,800 of its soldiers", "almost 1,000 of our citizens": the part counts what the whole does
            j = ownedEnd;
            word = FigureExtractor.fold(text.substring(i, j));
        }
        if (Traps.isMonth(word) || word.length() < 3 || !hasVowel(word)) {
            return null; // a month, or an abbreviated unit we do not measure: "250 ml", "4 oz", "60 mph", "300 г"
        }
        if (FUNCTION_WORDS.contains(word) && !COUNTED_EVEN_IF_FUNCTION.contains(word)
                || Words.startsWithAny(word, CHANGE_VERB_STEMS)) {
            return null;
        }
        return new Noun(word, j, isMoneyNoun(word));
    }

    private static final Pattern NUMBER_OF = Pattern.compile(
            "\\s+le\\s+(?:nombre|total)\\s+(?:de\\s+|des\\s+|d['’]\\s*)(\\p{L}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The noun a French number names after it with "le nombre de" or "le total de" ("estime à 1.500 le nombre de
     * migrants", "évaluait à 1,2 million le nombre de citoyens", "portant à 12 le total des navires"): the verb's object
     * comes after its amount, and counts what it names. Else null.
     */
    static Noun namedAfter(String text, int end) {
        if (end + 10 > text.length() || !text.regionMatches(true, end + 1, "le", 0, 2)) {
            return null;
        }
        Matcher m = NUMBER_OF.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String word = FigureExtractor.fold(m.group(1));
        return isMoneyNoun(word) ? null : new Noun(word, m.end(), false);
    }

    /** Whether {@code text[i, j)} stands between a number and its counted noun: a word of degree, a counter, an ending. */
    private static boolean isBetweenWord(String text, int i, int j) {
        String word = FigureExtractor.fold(text.substring(i, j));
        if (DEGREE_WORDS.contains(word) || COUNTERS.contains(word)) {
            return true;
        }
        if (!DETACHED_ENDINGS.contains(word)) {
            return false;
        }
        int next = skipSpaces(text, j);
        return next > j && DEGREE_WORDS.contains(FigureExtractor.fold(text.substring(next, wordEnd(text, next))));
    }

    /** The words that make the noun after "of" the whole a count is part of: "of its soldiers", "of the trucks". */
    private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her", "the", "these", "those");

    /**
     * Where the noun starts after "of" and a possessive or article ({@code from} is the end of "of"), or -1: "of them",
     * "of 2023", "of the 29 tunnels" name no noun right there.
     */
    private static int ownedNounStart(String text, int from) {
        int i = skipSpaces(text, from);
        int j = wordEnd(text, i);
        if (j == i || !OWNERS.contains(FigureExtractor.fold(text.substring(i, j)))) {
            return -1;
        }
        int k = skipSpaces(text, j);
        return k < text.length() && Character.isLetter(text.charAt(k)) ? k : -1;
    }

    private static int wordEnd(String text, int from) {
        int j = from;
        while (j < text.length() && (Character.isLetter(text.charAt(j))
                || (text.charAt(j) == '-' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))))) {
            j++;
        }
        return j;
    }

    private static boolean hasVowel(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (VOWELS.indexOf(folded.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A folded word that links or qualifies rather than names: it ends a counted noun phrase. */
    static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded);
    }

    static boolean isMultiplier(String folded) {
        return MULTIPLIERS.contains(folded);
    }

    static boolean isMoneyNoun(String folded) {
        return Words.startsWithAny(folded, MONEY_STEMS);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past "de ", "d'", "d’", "of ", "des ", or {@code at} itself. */
    private static int skipLink(String text, int at) {
        for (String link : new String[] {"de ", "des ", "of ", "d'", "d’", "de\u00A0"}) {
            if (text.regionMatches(true, at, link, 0, link.length())) {
                return at + link.length();
            }
        }
        return at;
    }
}
