package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * An article in Kazakh's Latin alphabet is read as its Cyrillic spelling, with the same word lists: its topic, its
 * figures' units and metrics, its periods; the figures are quoted from the Latin text, at their place in it.
 */
class LatinScriptKazakhTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static Analysis analyze(String title, String body) {
        return ANALYZER.analyze(new ArticleText("t", title, body, LocalDate.of(2024, 3, 5), null));
    }

    private static ExtractedFigure figure(Analysis analysis, String text) {
        return analysis.figures().stream().filter(f -> f.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + analysis.figures()));
    }

    @Test
    void shouldReadAFreightStoryAsACorridorOne() {
        Analysis analysis = analyze("Temir jol arqyly júk tasymaly ósti",
                "Bıyl Qorǵas arqyly Qytaıdan Eýropaǵa konteınerlik poıyzdar júrdi. Qazaqstannyń temir jol jelisi "
                        + "arqyly júk tasymaly artyp, paromdar men portqa jańa júk keldi.");

        assertThat(analysis.language()).isEqualTo("kk");
        assertThat(analysis.topics()).extracting(TopicDecision::topic).containsExactly("corridors");
    }

    @Test
    void shouldReadContainersWithTheirUnitAndMetricAndQuoteThemAsWritten() {
        String body = "Bıyl Qorǵas arqyly Qytaıdan Eýropaǵa 66 myń konteıner tasymaldandy, dedi mınıstrlik ókili.";
        ExtractedFigure found = figure(analyze("", body), "66");

        assertThat(found.text()).isEqualTo("66 myń konteıner");
        assertThat(body.substring(found.offset(), found.offset() + found.text().length())).isEqualTo(found.text());
        assertThat(found.sentence()).isEqualTo(body);
        assertThat(found.value()).isEqualTo(66000.0);
        assertThat(found.unit()).isEqualTo("count");
        assertThat(found.metric()).isEqualTo("cargo.containers");
    }

    @Test
    void shouldReadTheMonthsOfAYearAndAChangeInTimes() {
        Analysis analysis = analyze("", "Qazaqstan 2023 jyldyń toǵyz aıynda Ózbekstanǵa 450 myń tonna bıdaı "
                + "eksporttady. Máselen, sáıkes kezeńmen salystyrǵanda eksport kólemi 5 esege ósti, dep habarlady "
                + "mınıstrlik.");
        ExtractedFigure tonnes = figure(analysis, "450");
        ExtractedFigure times = figure(analysis, "5 esege");

        assertThat(tonnes.text()).isEqualTo("450 myń tonna");
        assertThat(tonnes.unit()).isEqualTo("t");
        assertThat(tonnes.period()).isEqualTo("2023-01/2023-09");
        assertThat(times.unit()).isEqualTo("times");
        assertThat(times.metric()).isEqualTo("trade.exports");
        assertThat(times.period()).isEqualTo("2023-01/2023-09");
    }

    @Test
    void shouldQuoteATitleFigureFromTheLatinTitle() {
        Analysis analysis = analyze("Qazaqstan jylyna 800 myń konteıner tasymaldaýdy josparlaýda",
                "Bıyl Qytaıdan Eýropaǵa konteınerlik júk tasymaly ósti, dedi mınıstrlik ókili.");
        ExtractedFigure found = figure(analysis, "800");

        assertThat(found.text()).isEqualTo("800 myń konteıner");
        assertThat(found.offset()).isEqualTo(-1);
        assertThat(found.metric()).isEqualTo("cargo.containers");
    }

    @Test
    void shouldReadKilometresButNoTonnesInTonneKilometresAndNoCountInADate() {
        Analysis analysis = analyze("", "Jańa joldyń uzyndyǵy 111 shaqyrymdy quraıdy. Júk aınalymy 300 mln "
                + "tonna-shaqyrymǵa jetti. Jol 15 naýryzda ashyldy, al 1 jeltoqsanynda Astanada jıyn ótti.");

        assertThat(figure(analysis, "111").unit()).isEqualTo("km");
        assertThat(analysis.figures()).extracting(ExtractedFigure::text)
                .noneMatch(text -> text.startsWith("300") || text.startsWith("15") || text.startsWith("1 "));
    }
}
