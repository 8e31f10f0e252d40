package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.steppewatch.analysis.text.Words;

/**
 * Railways and pipelines known by a name that is no corridor code and no chain of places: "the Trans-Afghan
 * railway", "the CPC", "the BTC pipeline", "TAPI". Their figures belong to the countries they link, as a route named
 * by its places does ("the China–Kyrgyzstan–Uzbekistan railway"). Immutable and stateless.
 */
public final class NamedRoutes {

    private NamedRoutes() {
    }

    /** One name: its words (folded; {@code *} ends a stem; {@code =} asks for the raw word, case included). */
    private record Name(List<String> words, List<String> countries) {
    }

    private static final List<String> TRANS_AFGHAN = List.of("AF", "PK", "UZ");
    private static final List<String> CPC = List.of("KZ", "RU");
    private static final List<String> BTC = List.of("AZ", "GE", "TR");
    private static final List<String> TAPI = List.of("AF", "IN", "PK", "TM");

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
            new Name(List.of("=TAPI"), TAPI),
            new Name(List.of("=ТАПИ"), TAPI));

    /** The names by the first letter of their first word (lower case), so that most words are passed over at once. */
    private static final Map<Character, List<Name>> BY_FIRST = byFirst();

    private static Map<Character, List<Name>> byFirst() {
        Map<Character, List<Name>> map = new HashMap<>();
        for (Name name : NAMES) {
            String first = name.words().get(0);
            char key = Character.toLowerCase(first.charAt(first.charAt(0) == '=' ? 1 : 0));
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }

    /** The countries of the first named route in words {@code [from, to)}, or null when they name none. */
    public static List<String> in(List<Words.Word> words, int from, int to) {
        int end = Math.min(to, words.size());
        for (int i = Math.max(0, from); i < end; i++) {
            String folded = words.get(i).folded();
            List<Name> names = folded.isEmpty() ? null : BY_FIRST.get(folded.charAt(0));
            if (names == null) {
                continue;
            }
            for (Name name : names) {
                if (matches(name.words(), words, i, end)) {
                    return name.countries();
                }
            }
        }
        return null;
    }

    private static boolean matches(List<String> name, List<Words.Word> words, int at, int end) {
        if (at + name.size() > end) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            String token = name.get(k);
            Words.Word word = words.get(at + k);
            boolean same;
            if (token.charAt(0) == '=') {
                same = word.raw().equals(token.substring(1));
            } else if (token.endsWith("*")) {
                same = word.folded().startsWith(token.substring(0, token.length() - 1));
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
