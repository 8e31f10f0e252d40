package io.steppewatch.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.steppewatch.analysis.figures.ArticleFrame;
import io.steppewatch.analysis.figures.Datelines;
import io.steppewatch.analysis.figures.CueLexicon;
import io.steppewatch.analysis.figures.FigureAnnotator;
import io.steppewatch.analysis.figures.HeadlineSanctioners;
import io.steppewatch.analysis.figures.FigureExtractor;
import io.steppewatch.analysis.figures.Periods;
import io.steppewatch.analysis.figures.Publication;
import io.steppewatch.analysis.figures.StatedDate;
import io.steppewatch.analysis.figures.UnitLexicon;
import io.steppewatch.analysis.language.KazakhLatinScript;
import io.steppewatch.analysis.language.LanguageIdentifier;
import io.steppewatch.analysis.region.Gazetteer;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.OneRepublicOfRegion;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.topics.FigureTopics;
import io.steppewatch.analysis.topics.TopicClassifier;
import io.steppewatch.analysis.topics.TopicLexicon;
import io.steppewatch.analysis.text.Words;

/**
 * Analyses an article: its language, its topics, the countries it names and the figures it states.
 *
 * <p>Built once (the lexicons are parsed and compiled when it is built; the language models load on the first
 * article) and then shared: {@link #analyze} keeps no state between calls and is safe from any thread.
 */
public final class ArticleAnalyzer {

    private static final String REGION = "REGION";
    private static final String KAZAKH = "kk";
    private static final String ENGLISH = "en";

    /**
     * The years a publication date may fall in, those a date the text states may have (StatedDate): periods are
     * written with four-digit years, and "last year" or "the past ten years" reach back from it.
     */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;

    private final Gazetteer gazetteer;
    private static final String TRADE_TURNOVER = "trade.turnover";
    private final TopicClassifier topics;
    private final FigureAnnotator figures;

    private ArticleAnalyzer(Gazetteer gazetteer, TopicClassifier topics, FigureAnnotator figures) {
        this.gazetteer = gazetteer;
        this.topics = topics;
        this.figures = figures;
    }

    /** The analyzer with every bundled resource (gazetteer, units, metrics, cues, topic lexicons). */
    public static ArticleAnalyzer withDefaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final ArticleAnalyzer INSTANCE = builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Analyses an article whose publication date, if any, is known to the day. */
    public Analysis analyze(ArticleText article) {
        return analyze(article, ChronoUnit.DAYS);
    }

    /**
     * Analyses an article whose publication date is known only to {@code precision} (DAYS, MONTHS or YEARS):
     * a seed dated "2025" is 2025-01-01 with YEARS, so "currently" in it stays unresolved.
     */
    public Analysis analyze(ArticleText article, ChronoUnit precision) {
        String title = PlainDashes.of(article.title());
        String body = PlainDashes.of(article.body());
        if (title != article.title() || body != article.body()) {
            // "15−16 September", "3‑4 checkpoints": a minus sign or a typographic hyphen read as the plain hyphen
            ArticleText plain = new ArticleText(article.id(), title, body, article.published(),
                    article.declaredLanguage());
            return PlainDashes.quotedFrom(analyzePlain(plain, precision), article, plain);
        }
        return analyzePlain(article, precision);
    }

    private Analysis analyzePlain(ArticleText article, ChronoUnit precision) {
        List<Words.Word> titleWords = Words.split(article.title());
        List<Words.Word> bodyWords = Words.split(article.body());
        String language = LanguageIdentifier.detect(article.title(), article.body(), article.declaredLanguage(),
                titleWords, bodyWords);
        if (KAZAKH.equals(language) && KazakhLatinScript.written(article.title(), article.body())) {
            return inLatinKazakh(article, precision);
        }
        return analyze(article, precision, language, titleWords, bodyWords);
    }

    /**
     * An article in Kazakh's Latin alphabet read as its Cyrillic spelling ({@link KazakhLatinScript}), which the word
     * lists are written in; its figures quoted from the Latin text as published.
     */
    private Analysis inLatinKazakh(ArticleText article, ChronoUnit precision) {
        KazakhLatinScript.Transliteration title = KazakhLatinScript.toCyrillic(article.title());
        KazakhLatinScript.Transliteration body = KazakhLatinScript.toCyrillic(article.body());
        ArticleText cyrillic = new ArticleText(article.id(), title.text(), body.text(), article.published(),
                article.declaredLanguage());
        Analysis read = analyze(cyrillic, precision, KAZAKH, Words.split(title.text()), Words.split(body.text()));
        List<ExtractedFigure> figures = new ArrayList<>(read.figures().size());
        for (ExtractedFigure f : read.figures()) {
            boolean inTitle = f.offset() < 0;
            KazakhLatinScript.Transliteration source = inTitle ? title : body;
            String original = inTitle ? article.title() : article.body();
            int start = inTitle ? source.text().indexOf(f.text()) : f.offset();
            int sentence = start < 0 ? -1 : source.text().lastIndexOf(f.sentence(), start);
            String text = start < 0 ? f.text() : quoted(original, source, start, start + f.text().length());
            String sentenceText = sentence < 0 || f.sentence().isEmpty() ? f.sentence()
                    : quoted(original, source, sentence, sentence + f.sentence().length());
            figures.add(new ExtractedFigure(f.value(), f.unit(), f.measure(), f.metric(), f.subjects(), f.period(),
                    text, sentenceText, inTitle ? -1 : source.sourceStart(start), f.relation(), f.traded()));
        }
        return new Analysis(read.language(), read.topics(), read.countries(), figures);
    }

    /** The original text of the Cyrillic span {@code [start, end)}. */
    private static String quoted(String original, KazakhLatinScript.Transliteration source, int start, int end) {
        return original.substring(source.sourceStart(start), source.sourceEnd(end));
    }

    private Analysis analyze(ArticleText article, ChronoUnit precision, String language, List<Words.Word> titleWords,
                             List<Words.Word> bodyWords) {
        List<Mention> titleMentions = gazetteer.find(titleWords, article.title());
        // "BAKU, Azerbaijan, May 22.": where a report was filed is no party of what it reports
        List<Mention> bodyMentions = Datelines.without(article.body(), gazetteer.find(bodyWords, article.body()));
        // "livraisons vers la république d'Asie centrale": one state of the region is the country the text named
        bodyMentions = OneRepublicOfRegion.resolve(titleMentions, bodyMentions, bodyWords);
        List<String> countries = mostMentioned(titleMentions, bodyMentions);
        // A feed's date far outside the years of news (0001-01-01, 1000-01-01, +10000) is no date.
        boolean dated = article.published() != null && article.published().getYear() >= MIN_YEAR
                && article.published().getYear() <= MAX_YEAR;
        Publication publication = dated ? new Publication(article.published(), precision) : null;
        if (publication == null) {
            // Without a publication date, "last year" resolves against a date the article itself states.
            LocalDate stated = StatedDate.in(article.title() + "\n" + article.body());
            publication = Publication.statedIn(stated);
            // Else against the year its own comparisons imply ("compared with the same period of 2024").
            Integer implied = stated == null ? StatedDate.impliedYear(article.title() + "\n" + article.body()) : null;
            if (implied != null) {
                publication = new Publication(LocalDate.of(implied, 1, 1), ChronoUnit.YEARS, true);
            }
        }
        // "smuggling routes for Afghan heroin shut down in Kyrgyzstan": a drug's origin in the headline is
        // no party of the article's figures (gold-i: drugs seized inside Kyrgyzstan take [KG] alone)
        // "AzerNews: Region" over "The foreign trade turnover of Kyrgyzstan ... amounted to": a title line that names
        // no party (a site and a section) leaves the headline's part to the body's first sentence
        List<Mention> headline = ArticleFrame.withoutSiteName(article.title(),
                ArticleFrame.withoutDrugOrigins(titleMentions, titleWords));
        boolean foreignTrade = ArticleFrame.speaksOfForeignTrade(titleWords);
        if (headline.isEmpty()) {
            int leadEnd = ArticleFrame.leadEnd(article.body());
            headline = ArticleFrame.leadMentions(leadEnd, bodyMentions, headline);
            foreignTrade |= !headline.isEmpty()
                    && ArticleFrame.speaksOfForeignTrade(bodyWords.stream().filter(w -> w.end() <= leadEnd).toList());
        }
        ArticleFrame frame = frame(countries, headline, bodyMentions,
                FigureAnnotator.periodOf(article.title(), publication), foreignTrade,
                ArticleFrame.routeOf(article.title(), titleWords, titleMentions, article.body(), bodyWords,
                        bodyMentions), ArticleFrame.speaksOfLine(titleWords))
                .withStatistics(ArticleFrame.statisticsSource(article.body(), bodyWords, bodyMentions))
                .withExporter(ArticleFrame.exporterOf(article.title(), titleWords, titleMentions, article.body(),
                        bodyWords, bodyMentions))
                .withTitleFlow(titleMentions, titleWords)
                .withTitlePort(article.title(), titleMentions, titleWords)
                .withTransit(titleMentions, titleWords)
                // English only: on the open corpus's Russian news the same reading lowered the held-out subjects
                // (0.650 -> 0.631), where short wire stories name the country they are about once, late
                .withMainMentions(ENGLISH.equals(language) ? bodyMentions : List.of());

        List<ExtractedFigure> body = figures.annotate(article.body(), bodyWords, bodyMentions, language,
                publication, frame, false, titleWords);
        // "EU sanctions on Russian hauliers could hit Kazakh carriers" over "about 1,000 companies were
        // registered": the party the headline makes the actor of sanctions is no party of a figure whose sentence
        // neither names it nor speaks of sanctions (HeadlineSanctioners)
        body = HeadlineSanctioners.without(body, article.title(), titleMentions, article.body(), bodyMentions);
        List<ExtractedFigure> found = new ArrayList<>(figures.annotateHeadline(article.title(), titleWords,
                titleMentions, language, publication, frame, firstCurrency(body)));
        found.addAll(body);
        found.replaceAll(f -> f.withPeriod(Periods.published(f.period())));
        // a firm's turnover read as a trade turnover is no trade (FirmTurnover); asked once, of such a figure only
        Boolean[] firmTurnover = {null};
        List<TopicDecision> assigned = topics.withoutTradeOnBankSanctions(titleWords, FigureTopics.withFigureEvidence(
                topics.classify(titleWords, bodyWords, article.body(), language,
                        FigureTopics.measureOtherThings(found)), found, topics.threshold(),
                f -> topics.tradeNamedOnlyInNames(f.sentence(), language)
                        || topics.tradeOnlyOfSecurities(f.sentence(), language)
                        || TRADE_TURNOVER.equals(f.metric()) && (firmTurnover[0] != null ? firmTurnover[0]
                                : (firmTurnover[0] = topics.turnoverOnlyOfFirms(titleWords, bodyWords,
                                        article.body())))), language);
        return new Analysis(language, assigned, countries, found);
    }

    /** Every topic's score, assigned or not: what {@code analyze} decides from, for explanations and tuning. */
    public List<TopicDecision> topicScores(ArticleText article) {
        String language = LanguageIdentifier.detect(article.title(), article.body(), article.declaredLanguage());
        if (KAZAKH.equals(language) && KazakhLatinScript.written(article.title(), article.body())) {
            String body = KazakhLatinScript.toCyrillic(article.body()).text();
            return topics.scores(Words.split(KazakhLatinScript.toCyrillic(article.title()).text()), Words.split(body),
                    body, language);
        }
        return topics.scores(Words.split(article.title()), Words.split(article.body()), article.body(), language);
    }

    /** The article's parties and corridors, apart: a cargo figure takes a corridor, a trade figure two parties. */
    private static ArticleFrame frame(List<String> ranked, List<Mention> title, List<Mention> body,
                                      String titlePeriod, boolean foreignTrade, List<String> route,
                                      boolean titleLine) {
        Set<String> corridorCodes = new HashSet<>();
        for (List<Mention> mentions : List.of(title, body)) {
            for (Mention m : mentions) {
                if (m.kind() == PlaceKind.CORRIDOR) {
                    corridorCodes.add(m.code());
                }
            }
        }
        List<String> parties = ranked.stream().filter(c -> !corridorCodes.contains(c)).toList();
        List<String> corridors = ranked.stream().filter(corridorCodes::contains).toList();
        LinkedHashSet<String> inTitle = new LinkedHashSet<>();
        boolean titleRegion = false;
        boolean titleCorridor = false;
        for (Mention m : title) {
            titleRegion |= REGION.equals(m.code());
            titleCorridor |= m.kind() == PlaceKind.CORRIDOR;
            if (!REGION.equals(m.code()) && !corridorCodes.contains(m.code())) {
                inTitle.add(m.code());
            }
        }
        return new ArticleFrame(parties, List.copyOf(inTitle), corridors, titlePeriod, foreignTrade, route,
                titleRegion, titleLine && !titleCorridor);
    }

    /** How far into the body a sum may state the currency its headline leaves out (as the extractor's reach). */
    private static final int HEADLINE_CURRENCY_REACH = 1500;

    /** The currency of the first sum the body states near its start, or null. */
    private static String firstCurrency(List<ExtractedFigure> body) {
        for (ExtractedFigure figure : body) {
            if (figure.offset() > HEADLINE_CURRENCY_REACH) {
                return null;
            }
            if (UnitLexicon.unit(figure.unit()).isCurrency()) {
                return figure.unit();
            }
        }
        return null;
    }

    /**
     * The codes mentioned, by weight (a title mention counts {@link TopicClassifier#TITLE_FACTOR}), heaviest first, ties
     * in code order. Summed in one array slot per code rather than a boxed Double per mention: an article names a few
     * codes dozens of times.
     */
    private static List<String> mostMentioned(List<Mention> title, List<Mention> body) {
        Map<String, double[]> weights = new HashMap<>();
        for (Mention m : title) {
            weights.computeIfAbsent(m.code(), code -> new double[1])[0] += TopicClassifier.TITLE_FACTOR;
        }
        for (Mention m : body) {
            weights.computeIfAbsent(m.code(), code -> new double[1])[0] += 1.0;
        }
        weights.remove(REGION);
        List<Map.Entry<String, double[]>> ranked = new ArrayList<>(weights.entrySet());
        ranked.sort((a, b) -> {
            int byWeight = Double.compare(b.getValue()[0], a.getValue()[0]);
            return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
        });
        List<String> codes = new ArrayList<>(ranked.size());
        for (Map.Entry<String, double[]> e : ranked) {
            codes.add(e.getKey());
        }
        return Collections.unmodifiableList(codes);
    }

    /** Starts from the bundled resources; each user file extends them (it never replaces them). */
    public static final class Builder {
        private Gazetteer gazetteer = Gazetteer.defaults();
        private UnitLexicon units = UnitLexicon.defaults();
        private CueLexicon cues = CueLexicon.defaults();
        private TopicLexicon topicLexicon = TopicLexicon.defaults();
        private double topicThreshold = TopicClassifier.DEFAULT_THRESHOLD;

        private Builder() {
        }

        /** Adds names (columns of gazetteer.tsv: code, kind, name). */
        public Builder addGazetteer(Path file) {
            gazetteer = gazetteer.extendedWith(file);
            return this;
        }

        /** Adds scale words, currencies and units (columns of units.tsv: kind, value, form). */
        public Builder addUnits(Path file) {
            units = units.extendedWith(file);
            return this;
        }

        /** Adds metric cues (columns of metrics.tsv: metric, units, weight, cue). */
        public Builder addMetrics(Path file) {
            cues = cues.withMetrics(file);
            return this;
        }

        /** Adds measure and period cues (columns of cues.tsv: kind, cue). */
        public Builder addCues(Path file) {
            cues = cues.withCues(file);
            return this;
        }

        /** Adds every {@code <topic>.<language>.tsv} lexicon of a directory (columns: weight, term). */
        public Builder addTopicLexicons(Path directory) {
            topicLexicon = topicLexicon.extendedWith(directory);
            return this;
        }

        /** Score a topic needs to be assigned (default {@value TopicClassifier#DEFAULT_THRESHOLD}). */
        public Builder topicThreshold(double threshold) {
            if (!(threshold > 0)) {
                throw new IllegalArgumentException("topic threshold must be positive, got " + threshold);
            }
            topicThreshold = threshold;
            return this;
        }

        public ArticleAnalyzer build() {
            return new ArticleAnalyzer(gazetteer, new TopicClassifier(topicLexicon, topicThreshold),
                    new FigureAnnotator(new FigureExtractor(units), cues));
        }
    }
}
