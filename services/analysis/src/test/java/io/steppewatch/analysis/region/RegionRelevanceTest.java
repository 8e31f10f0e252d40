package io.steppewatch.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionRelevanceTest {

    private final RegionRelevance relevance = RegionRelevance.withDefaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan                                   | KZ
            le Kazakhstan                                | KZ
            Казахстана                                   | KZ
            в Казахстане                                 | KZ
            с Казахстаном                                | KZ
            казахстанский экспорт                        | KZ
            Қазақстан Республикасы                       | KZ
            Kirghizistan                                 | KG
            Kyrgyz Republic                              | KG
            в Кыргызстане                                | KG
            Киргизии                                     | KG
            l'Ouzbékistan                                | UZ
            OUZBEKISTAN                                  | UZ
            Uzbekistan                                   | UZ
            Узбекистана                                  | UZ
            O‘zbekiston                                  | UZ
            Tadjikistan                                  | TJ
            Tajikistan                                   | TJ
            Таджикистаном                                | TJ
            Turkménistan                                 | TM
            Туркмении                                    | TM
            Astana                                       | KZ
            Nur-Sultan                                   | KZ
            Алма-Ата                                     | KZ
            Bichkek                                      | KG
            Tachkent                                     | UZ
            в Ташкенте                                   | UZ
            Douchanbé                                    | TJ
            Ашхабаде                                     | TM
            Kassym-Jomart Tokaïev                        | KZ
            Токаевым                                     | KZ
            Shavkat Mirziyoyev                           | UZ
            Мирзиёева                                    | UZ
            Sadyr Japarov                                | KG
            Emomali Rahmon                               | TJ
            Serdar Berdimuhamedov                        | TM
            Samruk-Kazyna                                | KZ
            Russie                                       | RU
            России                                       | RU
            Moscou                                       | RU
            Poutine                                      | RU
            Chine                                        | CN
            Китаем                                       | CN
            l'UE                                         | EU
            Union européenne                             | EU
            Евросоюза                                    | EU
            UEE                                          | EAEU
            Union économique eurasienne                  | EAEU
            Евразийского экономического союза            | EAEU
            ЕАЭС                                         | EAEU
            l'OTSC                                       | CSTO
            ОДКБ                                         | CSTO
            corridor international de transport nord-sud | INSTC
            INSTC                                        | INSTC
            Middle Corridor                              | TITR
            la route transcaspienne                      | TITR
            Транскаспийского международного транспортного маршрута | TITR
            """)
    void shouldMapNameToCodeWhenSpelledInAnySupportedLanguageOrCase(String text, String code) {
        assertThat(relevance.mentionedCodes(null, text)).containsExactly(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            il y a eu des progrès
            Mary went home with an oral exam
            the chin and the rusty osprey
            индивидуальный подход, грузить вагоны
            """)
    void shouldFindNothingWhenWordsOnlyLookLikeNames(String text) {
        assertThat(relevance.mentionedCodes(null, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan bans exports                 | Officials said on Monday.                                           | true
            Markets today                           | Kazakhstan and Uzbekistan signed a deal in Tashkent.                | true
            Markets today                           | Prices rose in Kazakhstan.                                          | false
            Russia and China talk trade             | Moscow and Beijing agreed on tariffs; the EU and the EAEU watched.  | false
            Ценовой рост                            | Казахстан и Россия обсудили торговлю. В Астане прошла встреча.      | true
            La France en Mongolie                   | Paris signe un accord.                                              | false
            Sommet régional                         | Les dirigeants d'Asie centrale se sont réunis; l'Asie centrale mise sur le rail. | true
            """)
    void shouldDecideRelevanceWhenRegionIsInTitleOrMentionedRepeatedly(String title, String body, boolean relevant) {
        assertThat(relevance.score(title, body).relevant()).isEqualTo(relevant);
    }

    /**
     * One name of the region in the body's lead (its first paragraph of some length; "¶" is a paragraph break) is no
     * passing mention: the story is about the region, whatever the title says. The same name in a later paragraph, or
     * after a lead that does not name it, stays under the threshold; a dateline or a timestamp line is no lead.
     */
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Markets today          | The US Treasury put a Kyrgyz lender on its sanctions list on Tuesday, citing payments made for Russian arms makers. ¶ The lender said it would keep serving its clients. | true
            Markets today          | The US Treasury put fourteen lenders on its sanctions list on Tuesday, citing payments made for Russian arms makers. ¶ One of them is registered in Kyrgyzstan, the list shows. | false
            Вести: Экономика       | Товарооборот Китая со странами Средней Азии за год вырос на 12 процентов и впервые превысил сто миллиардов долларов. ¶ Экспорт машин и оборудования рос быстрее импорта. | true
            Вести: Экономика       | Товарооборот Китая с соседями за год вырос на 12 процентов и впервые превысил сто миллиардов долларов. ¶ Экспорт машин и оборудования в страны Средней Азии рос быстрее. | false
            Caspian shipping       | 12:40 - 03.02.2026 ¶ Falling water in the Caspian Sea may cost the port of Aktau part of its capacity, a World Bank report warns in its latest review. | true
            Le Quotidien: Économie | Le trafic ferroviaire a progressé de 9 % en un an, selon les autorités locales. ¶ Les trains peuvent rejoindre cinq pays d'Asie centrale et douze pays européens. | false
            """)
    void shouldWeighTheLeadsMentionTwiceWhenTheRegionIsNamedOnce(String title, String body, boolean relevant) {
        assertThat(relevance.score(title, body.replace(" ¶ ", "\n\n")).relevant()).isEqualTo(relevant);
    }

    @Test
    void shouldSkipDatelineAndCutLongParagraphWhenFindingTheLead() {
        assertThat(RegionRelevance.lead("24 May 2024 20:48\n\nMINSK. The share of payments in roubles rose again last"
                + " year, the commission said.\n\nSecond paragraph.")).startsWith("MINSK.").endsWith("said.");
        assertThat(RegionRelevance.lead("word ".repeat(200))).hasSizeLessThan(RegionRelevance.LEAD_MAX_CHARS + 10);
        assertThat(RegionRelevance.lead("Too short.\n\nStill short.")).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Freight along the Middle Corridor grows   | Shipments rose by a third in nine months.                             | true
            Freight results                           | Volumes on the Trans-Caspian route doubled; the Middle Corridor now carries grain. | true
            Грузоперевозки по Среднему коридору растут | Объём перевозок вырос на треть.                                       | true
            Итоги года                                | По Транскаспийскому маршруту перевезли больше грузов, чем по Среднему коридору годом ранее. | true
            Des trains de conteneurs plus nombreux     | Les volumes de la route transcaspienne ont doublé; le corridor médian attire les chargeurs. | true
            Freight results                           | Volumes rose; the Middle Corridor was mentioned once.                  | false
            Freight along the North-South corridor grows | Shipments through the INSTC rose; the North-South corridor carried grain. | false
            Trafic sur le corridor nord-sud           | Le corridor international de transport nord-sud a transporté plus de grain. | false
            """)
    void shouldCountTransCaspianRouteAsRegionWhenItCrossesKazakhstanButNotOtherCorridors(String title, String body,
            boolean relevant) {
        assertThat(relevance.score(title, body).relevant()).isEqualTo(relevant);
    }

    @Test
    void shouldLeaveCorridorOutOfRegionCountriesWhenItCountsForRelevance() {
        RegionScore score = relevance.score("Middle Corridor freight", "Kazakhstan ships more.");

        assertThat(score.relevant()).isTrue();
        assertThat(score.countries()).containsExactly("KZ");
    }

    @Test
    void shouldWeighTitleMoreThanBodyWhenSameMentionMoves() {
        double inTitle = relevance.score("Kazakhstan", "").score();
        double inBody = relevance.score("", "Kazakhstan").score();

        assertThat(inTitle).isGreaterThan(inBody);
        assertThat(relevance.score("", "").score()).isZero();
        assertThat(relevance.score(null, null).relevant()).isFalse();
    }

    @Test
    void shouldListRegionCountriesMostMentionedFirstWhenSeveralAppear() {
        RegionScore score = relevance.score("Uzbekistan",
                "Kazakhstan, Kazakhstan and Uzbekistan met Russia; Tajikistan watched.");

        assertThat(score.countries()).containsExactly("UZ", "KZ", "TJ");
    }

    @Test
    void shouldCountUserNamesWhenGazetteerIsExtended(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("mine.tsv");
        Files.writeString(extra, "# my names\nKZ\tcity\tTurkestan\n", StandardCharsets.UTF_8);

        RegionRelevance extended = RegionRelevance.builder().addGazetteer(extra).build();

        assertThat(relevance.mentionedCodes("", "Turkestan")).isEmpty();
        assertThat(extended.mentionedCodes("", "Turkestan")).isEqualTo(List.of("KZ"));
        assertThat(extended.mentionedCodes("", "Kazakhstan")).isEqualTo(List.of("KZ"));
    }

    @Test
    void shouldRejectUserFileWhenLineIsMalformed(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "KZ\tplanet\tTurkestan\n", StandardCharsets.UTF_8);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RegionRelevance.builder().addGazetteer(bad));
        assertThat(error.getMessage()).contains("bad.tsv:1").contains("planet");
    }

    @Test
    void shouldRejectThresholdWhenOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> RegionRelevance.builder().threshold(1.5));
    }
}
