package io.steppewatch.processor.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;

/**
 * One row per rule. Known series: KZ-RU trade turnover of 26.0e9 USD for 2023 (article s1) and a 6.8 %
 * change for 2022-01/2022-11 (article s1).
 */
class FigureLedgerTest {

    static final List<KnownFigure> KNOWN = List.of(
            known(2.60e10, "USD", Measure.AMOUNT, "2023", "s1"),
            known(6.8, "percent", Measure.CHANGE, "2022-01/2022-11", "s1"));

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            // value,   unit,    measure, period,           verdict,    change
            "2.60e10,   USD,     AMOUNT,  2023,             CONFIRMED,  null",
            "2.64e10,   USD,     AMOUNT,  2023,             CONFIRMED,  null",   // 1.5 % off: within 2 %
            "2.70e10,   USD,     AMOUNT,  2023,             REVISED,    3.846",
            "2.78e10,   USD,     AMOUNT,  2024,             NEW_PERIOD, 6.923",
            "2.50e10,   USD,     AMOUNT,  2021,             RECORDED,   null",   // an older period is no news
            "2.50e10,   USD,     AMOUNT,  null,             RECORDED,   null",   // undated
            "2.0e12,    RUB,     AMOUNT,  2023,             RECORDED,   null",   // same fact in another unit
            "9.0,       percent, CHANGE,  2024,             NEW_PERIOD, 2.2",    // points, for a change
            "35.0,      percent, SHARE,   2024,             NEW_METRIC, null",   // a measure never seen
    })
    void shouldJudgeAgainstTheKnownSeriesWhenAFigureArrives(double value, String unit, Measure measure,
            String period, Verdict verdict, Double change) {
        Judgement judgement = new FigureLedger(0.02, false).judge(figure(value, unit, measure, period, "a9"), KNOWN);
        assertThat(judgement.verdict()).isEqualTo(verdict);
        if (change == null) {
            assertThat(judgement.change()).isNull();
        } else {
            assertThat(judgement.change()).isCloseTo(change, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @org.junit.jupiter.api.Test
    void shouldOpenThePeriodsOfASeriesKnownOnlyUndated() {
        List<KnownFigure> undated = List.of(known(45_400, "count", Measure.AMOUNT, null, "seed"));
        FigureLedger ledger = new FigureLedger(0.02, false);

        Judgement dated = ledger.judge(figure(22_000, "count", Measure.AMOUNT, "2024-11", "a"), undated);
        Judgement stillUndated = ledger.judge(figure(22_000, "count", Measure.AMOUNT, null, "a"), undated);

        assertThat(dated.verdict()).isEqualTo(Verdict.NEW_PERIOD);
        assertThat(dated.change()).isNull();
        assertThat(dated.compared()).extracting(KnownFigure::getValue).containsExactly(45_400.0);
        assertThat(stillUndated.verdict()).isEqualTo(Verdict.REVISED);
    }

    @org.junit.jupiter.api.Test
    void shouldRaiseNewMetricWhenNothingIsKnown() {
        assertThat(new FigureLedger(0.02, false).judge(figure(1, "count", Measure.AMOUNT, "2024", "a"), List.of()).verdict())
                .isEqualTo(Verdict.NEW_METRIC);
    }

    @org.junit.jupiter.api.Test
    void shouldIgnoreOtherMetricsUnlessAskedTo() {
        Figure other = Figure.newBuilder(figure(27, "count", Measure.AMOUNT, null, "a")).setMetric("other").build();
        assertThat(new FigureLedger(0.02, false).judge(other, List.of()).verdict()).isEqualTo(Verdict.IGNORED);
        assertThat(new FigureLedger(0.02, true).judge(other, List.of()).verdict()).isEqualTo(Verdict.NEW_METRIC);
    }

    @org.junit.jupiter.api.Test
    void shouldNotCallItARevisionWhenTheSameArticleGaveTheOtherValue() {
        List<KnownFigure> own = List.of(known(2.60e10, "USD", Measure.AMOUNT, "2023", "a9"));
        assertThat(new FigureLedger(0.02, false).judge(figure(3.0e10, "USD", Measure.AMOUNT, "2023", "a9"), own).verdict())
                .isEqualTo(Verdict.RECORDED);
    }

    @org.junit.jupiter.api.Test
    void shouldCompareWithTheLatestPeriodFirstWhenReportingANewPeriod() {
        List<KnownFigure> series = List.of(known(1e9, "USD", Measure.AMOUNT, "2024", "b"),
                known(0.8e9, "USD", Measure.AMOUNT, "2022", "a"));
        Judgement judgement = new FigureLedger(0.02, false).judge(figure(1.5e9, "USD", Measure.AMOUNT, "2025", "c"), series);
        assertThat(judgement.compared()).extracting(KnownFigure::getPeriod).containsExactly("2024", "2022");
        assertThat(judgement.change()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @org.junit.jupiter.api.Test
    void shouldFindTheNearIdentityWhenSubjectsOverlapAndTheFactAgrees() {
        FigureLedger ledger = new FigureLedger(0.02, false);
        java.util.Map<String, List<KnownFigure>> series = java.util.Map.of(
                "trade.turnover|KZ,RU", KNOWN,
                "trade.turnover|BY,KZ,RU", List.of(known(2.61e10, "USD", Measure.AMOUNT, "2023", "s2")),
                "trade.turnover|CN,UZ", List.of(known(2.60e10, "USD", Measure.AMOUNT, "2023", "s3")));

        Figure onlyKazakhstan = Figure.newBuilder(figure(2.62e10, "USD", Measure.AMOUNT, "2023", "a9"))
                .setSubjects(List.of("KZ")).build();
        // Both KZ series agree; the one with more figures (the established series) wins; CN,UZ shares nothing.
        assertThat(ledger.nearIdentity(onlyKazakhstan, series)).isEqualTo("trade.turnover|KZ,RU");

        Figure withBelarus = Figure.newBuilder(onlyKazakhstan).setSubjects(List.of("BY", "KZ", "RU")).build();
        assertThat(ledger.nearIdentity(withBelarus, java.util.Map.of("trade.turnover|KZ", KNOWN,
                "trade.turnover|KZ,RU", List.of(known(2.61e10, "USD", Measure.AMOUNT, "2023", "s2")))))
                .isEqualTo("trade.turnover|KZ,RU"); // two shared subjects beat one, however many figures KZ holds

        assertThat(ledger.nearIdentity(figure(2.70e10, "USD", Measure.AMOUNT, "2023", "a9"), series)).isNull();
        assertThat(ledger.nearIdentity(figure(2.60e10, "USD", Measure.AMOUNT, "2024", "a9"), series)).isNull();
        assertThat(ledger.nearIdentity(figure(2.60e10, "USD", Measure.TARGET, "2023", "a9"), series)).isNull();
    }

    @org.junit.jupiter.api.Test
    void shouldNotTakeTwoPairsSharingOneCountryForTheSameFact() {
        FigureLedger ledger = new FigureLedger(0.02, false);
        java.util.Map<String, List<KnownFigure>> series = java.util.Map.of(
                "trade.turnover|KZ,UZ", List.of(known(2e9, "USD", Measure.TARGET, null, "s1")));
        Figure kyrgyzUzbek = Figure.newBuilder(figure(2e9, "USD", Measure.TARGET, null, "a1"))
                .setSubjects(List.of("KG", "UZ")).build();
        assertThat(ledger.nearIdentity(kyrgyzUzbek, series)).as("[KG, UZ] is not [KZ, UZ]").isNull();
        Figure uzbekOnly = Figure.newBuilder(kyrgyzUzbek).setSubjects(List.of("UZ")).build();
        assertThat(ledger.nearIdentity(uzbekOnly, series)).as("[UZ] is held by [KZ, UZ]").isEqualTo("trade.turnover|KZ,UZ");
        Figure threeParties = Figure.newBuilder(kyrgyzUzbek).setSubjects(List.of("KG", "KZ", "UZ")).build();
        assertThat(ledger.nearIdentity(threeParties, series)).as("[KG, KZ, UZ] holds [KZ, UZ]")
                .isEqualTo("trade.turnover|KZ,UZ");
    }

    static Figure figure(double value, String unit, Measure measure, String period, String articleId) {
        return Figure.newBuilder().setValue(value).setUnit(unit).setMeasure(measure).setMetric("trade.turnover")
                .setSubjects(List.of("KZ", "RU")).setPeriod(period).setText(String.valueOf(value))
                .setSentence("sentence").setArticleId(articleId).build();
    }

    static KnownFigure known(double value, String unit, Measure measure, String period, String articleId) {
        return KnownFigure.newBuilder().setValue(value).setUnit(unit).setMeasure(measure).setPeriod(period)
                .setArticleId(articleId).setUrl("https://example.org/" + articleId).setSource("src")
                .setSentence("known sentence").build();
    }
}
