package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

class DatelinesTest {

    private static Mention at(String text, String name, String code, PlaceKind kind) {
        int start = text.indexOf(name);
        return new Mention(code, kind, start, start + name.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BAKU, Azerbaijan, May 22. Kazakhstan shipped 16.3 million tons of oil.",
            "BAKU, May 22 (Trend) - Kazakhstan shipped 16.3 million tons of oil.",
            "BAKU. May 22 (Interfax) - Kazakhstan shipped 16.3 million tons of oil.",
            "БАКУ, 22 мая — Тренд. Kazakhstan shipped 16.3 million tons of oil.",
            "Report\n\nBAKU, Azerbaijan, MAY 22. Kazakhstan shipped 16.3 million tons of oil.",
            "Baku, Azerbaijan, Dec. 28\n\nKazakhstan shipped 16.3 million tons of oil.",
            "Baku, le 28 décembre 2024\n\nKazakhstan shipped 16.3 million tons of oil."})
    void shouldDropTheTownAndCountryOfADatelineWhenAParagraphOpensWithOne(String text) {
        String town = text.contains("БАКУ") ? "БАКУ" : text.contains("BAKU") ? "BAKU" : "Baku";
        List<Mention> mentions = List.of(at(text, town, "AZ", PlaceKind.CITY),
                at(text, "Kazakhstan", "KZ", PlaceKind.COUNTRY));
        List<Mention> all = text.contains("Azerbaijan")
                ? List.of(mentions.get(0), at(text, "Azerbaijan", "AZ", PlaceKind.COUNTRY), mentions.get(1))
                : mentions;

        assertThat(Datelines.without(text, all)).extracting(Mention::code).containsExactly("KZ");
    }

    @Test
    void shouldKeepCapitalsThatOpenASentenceWhenNoDateFollows() {
        String text = "NATO, Russia and Kazakhstan met on 22 May. Kazakhstan, Russia lead with 12 others.";
        List<Mention> mentions = List.of(at(text, "Russia", "RU", PlaceKind.COUNTRY),
                at(text, "Kazakhstan", "KZ", PlaceKind.COUNTRY));

        assertThat(Datelines.without(text, mentions)).isSameAs(mentions);
    }
}
