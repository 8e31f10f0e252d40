package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;

import io.steppewatch.analysis.text.WordIds;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Railways, pipelines and corridors known by a name that is no corridor code and no chain of places: "the
 * Trans-Afghan railway", "the CPC", "the BTC pipeline", "TAPI", "the Lapis Lazuli corridor", "the Central Asia–China gas
 * pipeline", "the Caucasus transport corridor". Their figures belong to the countries they link, as a route named
 * by its places does ("the China–Kyrgyzstan–Uzbekistan railway"). Immutable and stateless.
 */
public final class NamedRoutes {

    private NamedRoutes() {
    }

    /** One name: its words (folded; {@code *} ends a stem; {@code =} asks for the raw word, case included). */
    private record Name(List<String> words, List<String> countries) {
        /** Written in the languages' own spelling, compared folded ("каспийск*" is "каспииск*" in the text's words). */
        Name {
            words = words.stream().map(w -> w.charAt(0) == '=' ? w : Words.fold(w)).toList();
        }
    }

    private static final List<String> TRANS_AFGHAN = List.of("AF", "PK", "UZ");
    private static final List<String> CPC = List.of("KZ", "RU");
    private static final List<String> BTC = List.of("AZ", "GE", "TR");
    private static final List<String> TAPI = List.of("AF", "IN", "PK", "TM");
    private static final List<String> LAPIS_LAZULI = List.of("AF", "AZ", "GE", "TM", "TR");
    /** The Caucasus transport corridor: Azerbaijan, Georgia and Turkey's own name for their rail, road and sea links. */
    private static final List<String> CAUCASUS = List.of("AZ", "GE", "TR");
    /**
     * The Central Asia–China gas pipeline (lines A to C): every country it runs through, ends included (LABEL-FIXES
     * round 27, a named route's countries).
     */
    static final List<String> CENTRAL_ASIA_CHINA_GAS = List.of("CN", "KZ", "TM", "UZ");

    private static final List<Name> NAMES = List.of(
            new Name(List.of("trans", "afghan*"), TRANS_AFGHAN),
            new Name(List.of("transafghan*"), TRANS_AFGHAN),
            new Name(List.of("трансафган*"), TRANS_AFGHAN),
            new Name(List.of("транс", "афган*"), TRANS_AFGHAN),
            new Name(List.of("caspian", "pipeline", "consortium"), CPC),
            new Name(List.of("consortium", "du", "pipeline", "caspien"), CPC),
            new Name(List.of("каспийск*", "трубопроводн*", "консорциум*"), CPC),
            new Name(List.of("=CPC"), CPC),
            new Name(List.of("=КТК"), CPC),
            new Name(List.of("=BTC", "pipeline"), BTC),
            new Name(List.of("=BTC", "oil"), BTC),
            new Name(List.of("oleoduc", "=BTC"), BTC),
            new Name(List.of("нефтепровод*", "=BTC"), BTC),
            new Name(List.of("lapis", "lazuli"), LAPIS_LAZULI),
            new Name(List.of("лазурит*"), LAPIS_LAZULI),
            new Name(List.of("=TAPI"), TAPI),
            new Name(List.of("caucasus", "transport*", "corridor"), CAUCASUS),
            new Name(List.of("caucasus", "trade", "corridor"), CAUCASUS),
            new Name(List.of("caucasus", "corridor"), CAUCASUS),
            new Name(List.of("кавказск*", "транспортн*", "коридор*"), CAUCASUS),
            new Name(List.of("кавказск*", "коридор*"), CAUCASUS),
            new Name(List.of("corridor", "de", "transport", "du", "caucase"), CAUCASUS),
            new Name(List.of("corridor", "du", "caucase"), CAUCASUS),
            new Name(List.of("central", "asia", "china", "gas", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("central", "asia", "china", "natural", "gas", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("central", "asia", "china", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("central", "asia", "china", "gas", "line*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("central", "asia", "china", "natural", "gas", "line*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("china", "central", "asia", "gas", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("china", "central", "asia", "natural", "gas", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("gazoduc*", "d", "asie", "centrale"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("gazoduc*", "asie", "centrale", "chine"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("gazoduc*", "chine", "asie", "centrale"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("газопровод*", "центральная", "азия", "китай"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("газопровод*", "китай", "центральная", "азия"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("markaziy", "osiyo", "xitoy", "gaz*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("марказий", "осиё", "хитой", "газ*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("орталық", "азия", "қытай", "газ*"), CENTRAL_ASIA_CHINA_GAS),
            // "по газопроводу Туркмения-Узбекистан-Казахстан-Китай", "the Turkmenistan-Uzbekistan-Kazakhstan-China
            // pipeline": the four countries in this order name the same gas pipeline
            new Name(List.of("туркмен*", "узбекистан*", "казахстан*", "китай*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("turkmenistan", "uzbekistan", "kazakhstan", "china"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("turkmenistan", "ouzbekistan", "kazakhstan", "chine"), CENTRAL_ASIA_CHINA_GAS),
            // "the Turkmenistan-China gas pipeline", "le gazoduc Turkménistan-Chine": the same line named by its ends
            // (LABEL-FIXES round 27: the decision gives it every country it runs through)
            new Name(List.of("turkmenistan", "china", "gas", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("turkmenistan", "china", "natural", "gas", "pipeline*"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("gazoduc*", "turkmenistan", "chine"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("газопровод*", "туркменистан", "китай"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("газопровод*", "туркмения", "китай"), CENTRAL_ASIA_CHINA_GAS),
            new Name(List.of("=ТАПИ"), TAPI));

    /** The country sets of the routes a name stands for, each sorted. */
    private static final List<List<String>> ROUTES = List.of(TRANS_AFGHAN, CPC, BTC, TAPI, LAPIS_LAZULI);

    /**
     * The countries of the named route that runs between {@code ends} through {@code middle} ("between Uzbekistan and
     * Pakistan through Afghanistan" is the Trans-Afghan route), sorted; null when no named route links exactly them.
     */
    public static List<String> through(List<String> ends, String middle) {
        if (ends.size() != 2 || ends.contains(middle)) {
            return null;
        }
        List<String> all = new ArrayList<>(ends);
        all.add(middle);
        all.sort(null);
        return ROUTES.contains(all) ? all : null;
    }

    /** The first letters (lower case) of the names' first words, and the names under each, in the same order. */
    private static final String FIRST_LETTERS;
    private static final Name[][] BY_FIRST;
    /**
     * For each char below U+0500, its place in {@link #FIRST_LETTERS} (or -1): every word of a sentence is looked
     * up, and a scan of the letters per word cost more than the rest of the search.
     */
    private static final int TABLE_SIZE = 0x500;
    private static final byte[] LETTER_AT = new byte[TABLE_SIZE];

    static {
        StringBuilder letters = new StringBuilder();
        List<List<Name>> byFirst = new ArrayList<>();
        for (Name name : NAMES) {
            String first = name.words().get(0);
            char key = Character.toLowerCase(first.charAt(first.charAt(0) == '=' ? 1 : 0));
            int at = letters.indexOf(String.valueOf(key));
            if (at < 0) {
                letters.append(key);
                byFirst.add(new ArrayList<>());
                at = byFirst.size() - 1;
            }
            byFirst.get(at).add(name);
        }
        FIRST_LETTERS = letters.toString();
        BY_FIRST = byFirst.stream().map(names -> names.toArray(Name[]::new)).toArray(Name[][]::new);
        for (char c = 0; c < TABLE_SIZE; c++) {
            LETTER_AT[c] = (byte) FIRST_LETTERS.indexOf(c);
        }
    }

    /**
     * Per word number ({@link WordIds}): whether a name may start with the word, decided on the word's first reading.
     * The whole body is searched, and a look at each word's chars cost more than this one read.
     */
    private static final WordStems NAME_STARTS = WordStems.asking(NamedRoutes::firstWordMayBe);

    /** The countries of the first named route in words {@code [from, to)}, or null when they name none. */
    public static List<String> in(List<Words.Word> words, int from, int to) {
        int end = Math.min(to, words.size());
        for (int i = Math.max(0, from); i < end; i++) {
            Words.Word word = words.get(i);
            if (word.id() != WordIds.NONE && !NAME_STARTS.answer(word.id(), word.folded())) {
                continue;
            }
            String folded = word.folded();
            int letter = folded.isEmpty() ? -1 : letterAt(folded.charAt(0));
            if (letter < 0) {
                continue;
            }
            for (Name name : BY_FIRST[letter]) {
                if (matches(name.words(), words, i, end)) {
                    return name.countries();
                }
            }
        }
        return null;
    }

    /**
     * Whether a word of this folded form may be the first word of a name: true for any word {@link #matches} could
     * take (a raw token's word folds to the token's fold), so a false answer skips only words no name starts with.
     */
    private static boolean firstWordMayBe(String folded) {
        int letter = folded.isEmpty() ? -1 : letterAt(folded.charAt(0));
        if (letter < 0) {
            return false;
        }
        for (Name name : BY_FIRST[letter]) {
            String token = name.words().get(0);
            boolean may = token.charAt(0) == '=' ? Words.fold(token.substring(1)).equals(folded)
                    : token.endsWith("*") ? folded.regionMatches(0, token, 0, token.length() - 1)
                    : folded.equals(token);
            if (may) {
                return true;
            }
        }
        return false;
    }

    private static int letterAt(char c) {
        return c < TABLE_SIZE ? LETTER_AT[c] : FIRST_LETTERS.indexOf(c);
    }

    private static boolean matches(List<String> name, List<Words.Word> words, int at, int end) {
        if (at + name.size() > end) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            String token = name.get(k);
            Words.Word word = words.get(at + k);
            boolean same;
            // Compared in place: a substring of the token per word tried was most of this search's garbage.
            if (token.charAt(0) == '=') {
                same = word.raw().length() == token.length() - 1
                        && token.regionMatches(1, word.raw(), 0, token.length() - 1);
            } else if (token.endsWith("*")) {
                same = word.folded().regionMatches(0, token, 0, token.length() - 1);
            } else {
                same = word.folded().equals(token);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
