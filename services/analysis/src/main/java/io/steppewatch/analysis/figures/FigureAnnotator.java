package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Gives each figure of a text its meaning: measure, metric, subjects and period, from the words of its
 * sentence (and of the sentence before, when this one continues it: "cette hausse", "dans ce domaine").
 * Immutable and thread-safe.
 */
public final class FigureAnnotator {

    public static final String OTHER = "other";
    static final String TIMES = "times";
    static final int CUE_WINDOW_AFTER = 25;
    /** How close after a figure a change of it is written ("$13.2 billion (+34.7%)"). */
    private static final int JUST_AFTER = 12;
    /** How many sentences back a period carries to a sentence that states none. */
    static final int CARRY_SENTENCES = 3;
    private static final String ROUTE_LENGTH = "route.length";
    static final String TRADE = "trade.";
    private static final String AGRIFOOD = "trade.agrifood_turnover";
    static final String COMPANIES = "companies.count";
    private static final String JOBS = "jobs.count";
    /** Verbs of training right before a count of people (decision 62 of round 38: the trained are no jobs). */
    private static final Set<String> TRAINING_VERBS = Set.copyOf(Words.foldAll("trained", "forme", "formes",
            "formee", "formees", "обучено", "обучили", "подготовлено", "подготовили"));
    private static final String CARGO_VOLUME = "cargo.volume";
    /**
     * Metrics of one party in another whose one-country form is a different quantity: all the investment a country
     * received, all its foreign students. (Joint ventures or jobs counted in one country are still the partner's,
     * named elsewhere in the article.)
     */
    private static final Set<String> BETWEEN_TWO_PARTIES = Set.of("investment.total",
            "students.count", "scholarships.count", COMPANIES);
    private static final String BORDER_LENGTH = "border.length";
    static final String INVESTMENT = "investment.total";
    private static final String JOINT_PROJECTS_COUNT = "jointprojects.count";
    private static final String JOINT_PROJECTS_VALUE = "jointprojects.value";
    private static final Set<String> CONVEYANCE_METRICS = Set.of("cargo.volume", "cargo.containers", "cargo.capacity");
    private static final Set<String> CONVEYANCE_UNITS = Set.of("t", "TEU", "count");
    /** Units gas is sold in: cubic metres and tonnes. */
    private static final Set<String> GAS_UNITS = Set.of("m3", "t");
    /** Trains, wagons and ships, which a count may count (English and French words; Russian, Uzbek and Kazakh stems). */
    private static final Set<String> CONVEYANCE_NOUNS = Set.copyOf(Words.foldAll("train", "trains", "wagon", "wagons",
            "vessel", "vessels", "ship", "ships", "tankers", "navires", "rames", "convois", "суда", "судна", "кеме",
            "truck", "trucks", "lorries", "camion", "camions", "фур", "фуры", "yuk mashinasi"));
    private static final List<String> CONVEYANCE_STEMS = Words.foldAll("поезд", "вагон", "судов", "poyezd", "поезд",
            "пойезд", "пойыз", "составов", "грузовик", "большегруз", "жүк көлі");
    /** Words of a rate after a load: a flow over time, not one train's or ship's load. */
    private static final List<String> RATES = List.of("per year", "a year", "per annum", "annually", "per day", "a day",
            "per month", "a month", "/year", "в год", "в сутки", "в месяц", "ежегодно", "par an", "par jour", "par mois",
            "yiliga", "йилига", "жылына");
    static final int RATE_REACH = 40;
    static final List<String> YEARLY = List.of("per year", "a year", "per annum", "annually", "/year", "в год",
            "ежегодно", "par an", "yiliga", "йилига", "жылына");
    private static final int LEVEL_REACHED_GAP = 60;
    private static final List<String> REACH_LINKS = List.of(" to reach ", " reaching ", " reached ", " atteignant ",
            " pour atteindre ", " pour s etablir a ", " достигнув ", " достигли ", " составив ", " до ");
    /** Words joining a change and the same change in money or tonnes: "25.2 percent, equivalent to $10.25 billion". */
    static final Set<String> RESTATING_LINKS = Set.of("or", "ou", "soit", "equivalent to", "equal to",
            "или", "that is", "i.e.", "c est a dire", "or by", "или на", "немесе", "yoki");
    /** Units besides money in which an absolute change may restate the change before it ("or by 10.5 million tons"). */
    static final Set<String> RESTATED_UNITS = Set.of("t", "TEU", "m3");
    private static final int RESTATE_GAP = 30;
    /** Nouns of change that may follow the sum they name ("a $2.2 billion rise"). */
    static final Set<String> CHANGE_NOUNS = Set.of("rise", "increase", "decrease", "drop",
            "decline", "gain", "jump", "growth", "fall", "reduction", "hike", "surge", "contraction");
    /**
     * Projects done ("19 projects worth $2 billion have been implemented", "реализовано 20 проектов", "projets
     * réalisés") or only looked at ("21 projects worth $1 billion are being explored") are no joint projects under
     * way, which is what the vocabulary's jointprojects metrics count and value; joint ones too ("we have implemented
     * 93 joint projects", "реализовано 15 казахстанско-китайских проектов": decision 61 of round 38, projects already
     * completed are `other`).
     */
    private static final Set<String> PROJECTS_DONE = Set.copyOf(Words.foldAll("implemented", "completed",
            "commissioned", "realised", "realized", "developed", "реализовано", "реализованы", "реализован",
            "реализовали", "завершено", "завершены", "realise", "realises", "realisee", "realisees", "acheve",
            "acheves", "achevee", "achevees", "oshirildi", "асырылды"));
    private static final Set<String> PROJECTS_LOOKED_AT = Set.copyOf(Words.foldAll("explored", "studied",
            "considered", "discussed", "examined", "рассматриваются", "прорабатываются", "etudies", "examines"));
    private static final Set<String> PROGRESSIVE = Set.of("being", "are", "is");
    /** How many words either side of a project figure its verb may stand. */
    private static final int PROJECT_VERB_REACH = 8;
    /** Words before a length that make it the whole of what it measures ("the 970 km border", "total length"). */
    static final Set<String> WHOLE_WORDS = Set.copyOf(Words.foldAll("the", "its", "their", "total", "totale",
            "entire", "whole", "all", "la", "le", "les", "des", "общей", "общая", "всей", "вся", "всего"));
    /** How far after a length a word of delimitation may stand in its clause ("504 kilometers has been delineated"). */
    private static final int DELIMITATION_AFTER = 60;
    /** How many words the noun phrase a count counts may have ("600 Uzbek economic entities"). */
    static final int COUNTED_PHRASE_WORDS = 4;
    /** How far after a count's number the noun it counts may start ("800 pieces of military hardware"). */
    private static final int EVENT_NOUN_REACH = 24;
    static final String DAYS = "days";
    static final String YEARS = "years";
    /** Units whose figures have no period even when their sentence names one ("in 2014, 48 km of the road"). */
    static final Set<String> UNDATED_UNITS = Set.of("km", "mi", "nmi", "m", "ft", "years",
            "m/s", "km/h", "mph");
    static final List<String> RANGE_END = List.of("to", "до", "a", "au", "jusqu'a");
    static final Set<String> LENGTH_UNITS = Set.of("km", "mi", "nmi", "ft", "m");
    private static final Set<String> ENERGY_UNITS = Set.of("kWh", "MW", "GW", "kW", "kV", "bbl");
    /**
     * Other measures read and not reported, the standard having no unit for them: the bale of cotton. Read up to here
     * (not dropped with the hectares at extraction) because the figures after them take their sentence's period from
     * them as from any figure.
     */
    private static final Set<String> UNLISTED_MEASURES = Set.of("bale");
    /**
     * Speeds, read so that their numbers are no counts or lengths ("60 mph", "97 kph", "120 км/ч"), and not reported:
     * the standard's unit list has no speed but metres per second, and no label of either corpus holds one (open
     * corpus, round 51: a car's acceleration and top speed, a storm's winds).
     */
    private static final Set<String> SPEED_UNITS = Set.of("km/h", "mph");
    /** Currencies read (so their numbers are no counts) that the labelling standard's unit list does not have. */
    private static final Set<String> UNLISTED_CURRENCIES = Set.of("KGS", "TJS", "TMT", "GBP", "JPY", "CHF", "KRW",
            "SAR", "IRR", "INR", "PKR", "TRY", "AFN", "AED", "GEL", "AZN", "CYP", "ILS", "HKD");
    /** What stands between the two ends of a range ("7-8", "3 to 5", "de 7 à 8"), once folded and trimmed. */
    private static final Set<String> RANGE_JOINTS = Set.of("-", "\u2013", "\u2014", "to", "a",
            "до", "or", "ou", "или", "and", "et", "и", "va");
    private static final int RANGE_JOINT_LENGTH = 5;
    /** How far apart two items of a list of parties and figures may be ("7.5 percent, Uzbekistan - 6.5 percent"). */
    private static final int LIST_GAP = 40;

    /** Words that open a pair of parties, whose conjunction joins two names (see {@link #pairless}). */
    private static final List<String> PAIR_WORDS = List.of(" between ", " entre ", " между ");
    private static final List<String> PAIR_CONJUNCTIONS = List.of(" and ", " et ", " и ");

    private final FigureExtractor extractor;
    private final CueLexicon cues;
    private final FigureMetrics metrics;

    public FigureAnnotator(FigureExtractor extractor, CueLexicon cues) {
        this.extractor = extractor;
        this.cues = cues;
        this.metrics = new FigureMetrics(cues);
    }

    /**
     * The figures of {@code text}.
     *
     * @param mentions         the gazetteer names found in the words
     * @param title            true for a headline: its figures get offset -1 (see ExtractedFigure)
     * @param article          the article's parties and corridors, for sentences that leave them out
     */
    public List<ExtractedFigure> annotate(String text, List<Words.Word> words, List<Mention> mentions,
                                          String language, Publication publication, ArticleFrame article,
                                          boolean title) {
        return annotate(text, words, mentions, language, publication, article, title, List.of());
    }

    /**
     * As {@link #annotate(String, List, List, String, Publication, ArticleFrame, boolean)}, for a body whose
     * headline has the words {@code headline}: the lead sentence of a news story continues its headline, so a
     * figure there that names no metric takes the headline's ("Trade hits $2B" / "Yearly growth of 15%").
     */
    public List<ExtractedFigure> annotate(String text, List<Words.Word> words, List<Mention> mentions,
                                          String language, Publication publication, ArticleFrame article,
                                          boolean title, List<Words.Word> headline) {
        return annotate(text, words, mentions, language, publication, article, title, headline, null);
    }

    /**
     * The figures of a headline whose body states sums in {@code bodyCurrency} (null: none): "товарооборот
     * планируют довести до 1 млрд" over a body in dollars is a sum in dollars, as the labelling standard
     * takes a currency that a sentence leaves implicit from its context.
     */
    public List<ExtractedFigure> annotateHeadline(String title, List<Words.Word> words, List<Mention> mentions,
                                                  String language, Publication publication, ArticleFrame article,
                                                  String bodyCurrency) {
        return annotate(title, words, mentions, language, publication, article, true, List.of(), bodyCurrency);
    }

    private List<ExtractedFigure> annotate(String text, List<Words.Word> words, List<Mention> mentions,
                                           String language, Publication publication, ArticleFrame article,
                                           boolean title, List<Words.Word> headline, String impliedCurrency) {
        List<SurfaceFigure> surface = extractor.extract(text, words, language, impliedCurrency);
        if (surface.isEmpty()) {
            return List.of();
        }
        // No sentence ends inside a figure: a boundary the splitter put there is dropped (robust, round 20).
        List<Sentences.Sentence> sentences = Sentences.joinAcross(Sentences.split(text), surface, SurfaceFigure::start,
                SurfaceFigure::end);
        // Cues and periods matter only around figures: look for them in the sentences that hold a figure and the
        // sentence before each, not in the whole article.
        List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metricHits = new ArrayList<>();
        List<CueLexicon.Hit<String>> cueHits = new ArrayList<>();
        List<PeriodResolver.Expression> periods = new ArrayList<>();
        // Cues are looked for in the figure's sentence and the one before; periods a few sentences further back,
        // where a period the figure's sentence leaves out may be set.
        for (int[] span : spansAround(sentences, surface, 1)) {
            List<Words.Word> inSpan = wordsIn(words, span[0], span[1]);
            // "fell 5% in early trading": a securities market's, no trade between parties (MarketTrading).
            metricHits.addAll(MarketTrading.withoutMarketCues(inSpan, cues.metricsIn(inSpan)));
            for (CueLexicon.Hit<String> hit : cues.cuesIn(inSpan)) {
                // "Сегодня" in «Казахстан Сегодня» names an agency and says nothing of now (decision 52 of round 37).
                if (!"present".equals(hit.value()) || !NameWords.nameWord(text, hit.start(), hit.end())) {
                    cueHits.add(hit);
                }
            }
        }
        for (int[] span : spansAround(sentences, surface, CARRY_SENTENCES)) {
            String folded = Words.foldKeepingOffsets(text, span[0], span[1]);
            for (PeriodResolver.Expression e : PeriodResolver.find(folded, publication)) {
                periods.add(new PeriodResolver.Expression(e.start() + span[0], e.end() + span[0], e.kind(), e.period()));
            }
        }
        if (!title) {
            int dateline = Dateline.end(text, periods);
            periods.removeIf(e -> e.start() < dateline); // the day the report was filed dates none of its figures
        }
        StartIndex<Words.Word> wordStarts = new StartIndex<>(words, Words.Word::start, text.length());
        List<CueLexicon.Hit<String>> headlineCues = cues.cuesIn(headline);
        List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> headlineMetrics = cues.metricsIn(headline);
        FigureContext context = new FigureContext(text, words, sentences, metricHits, cueHits, periods, mentions, article, publication != null && publication.knowsMonth()
                        && !publication.stated() ? Periods.month(publication.date()) : null, surface,
                publication == null,
                headline.isEmpty() ? List.of() : headlineMetrics.stream().map(CueLexicon.Hit::value).toList(),
                new String[sentences.size()], new FigureContext.LastHits<>(), new FigureContext.LastHits<>(),
                wordStarts, new StartIndex<>(sentences, Sentences.Sentence::start, text.length()),
                new StartIndex<>(mentions, Mention::start, text.length()),
                new StartIndex<>(surface, SurfaceFigure::start, text.length()),
                new StartIndex<>(periods, PeriodResolver.Expression::start, text.length()),
                new IndexedWords(words, wordStarts, text),
                headlineCues.stream().anyMatch(hit -> "commodity".equals(hit.value())),
                HeadlineProducts.namesAProductsTrade(headline, headlineCues, headlineMetrics),
                headlineCues.stream().anyMatch(hit -> "rail-network".equals(hit.value())),
                headlineCues.stream().anyMatch(hit -> "sanctions".equals(hit.value())),
                new FigureContext.SentenceFacts(sentences.size(), text.length()),
                PlannedHeadlines.datesAPlan(headline, headlineCues));
        List<ExtractedFigure> figures = new ArrayList<>();
        ExtractedFigure before = null;
        SurfaceFigure beforeSurface = null;
        int projectsCountedIn = -1;
        for (SurfaceFigure figure : surface) {
            ExtractedFigure annotated = annotate(figure, context, title, before);
            if (annotated != null) {
                int sentenceIndex = FigureContext.sentenceOf(context, figure.start());
                if (JOINT_PROJECTS_COUNT.equals(annotated.metric())) {
                    projectsCountedIn = sentenceIndex;
                } else if (sentenceIndex == projectsCountedIn && figure.isMoney()
                        && (INVESTMENT.equals(annotated.metric())
                        || CountedProjectsWorth.worthOfCountedProjects(annotated, figure, before, text))) {
                    // (and "34 projets ... d'une valeur de 4,4 milliards": the worth of the projects just counted,
                    // which the cost words had turned `other`: CountedProjectsWorth, decision 61)
                    // "40 projects built together, with $5 billion invested", "une trentaine de projets communs
                    // mobilisant 3 milliards de dollars d'investissements": the money put into the joint projects the
                    // sentence has just counted is their value (NOTES-b: projects built together or with the
                    // partner's money are jointprojects.*; gold-k decided so for such a French sentence).
                    annotated = new ExtractedFigure(annotated.value(), annotated.unit(), annotated.measure(),
                            JOINT_PROJECTS_VALUE, annotated.subjects(), annotated.period(), annotated.text(),
                            annotated.sentence(), annotated.offset(), JOINT_PROJECTS_VALUE);
                }
                if (before != null && bothEndsOfARange(beforeSurface, figure, text)
                        && before.measure() != annotated.measure()) {
                    // "reduced by 7-8 days", "3 to 5 million tons ... will be transported": the two ends of a range
                    // measure one thing; the words that decide it may stand nearer either end.
                    // A percentage's words stand before it ("is close to 70-75%", "by 5-7%"): the first end was read
                    // with them, the second only after a dash.
                    Measure shared = "percent".equals(figure.unit()) ? before.measure()
                            : stronger(before.measure(), annotated.measure());
                    figures.set(figures.size() - 1, withMeasure(before, shared));
                    annotated = withMeasure(annotated, shared);
                }
                if (before != null && setAgainst(before, annotated, figure, text)) {
                    // "59,9 % du commerce extérieur, contre 57,2 en 2023": the bare number set against a figure
                    // measures what that figure does (its parties and period may be its own). Not a time in days:
                    // "à 20 jours au lieu de 40" sets the old time against the goal, `amount` (decision 27 of round
                    // 35), as its own words read it.
                    Measure against = "days".equals(annotated.unit()) ? annotated.measure() : before.measure();
                    annotated = new ExtractedFigure(annotated.value(), annotated.unit(), against,
                            before.metric(), annotated.subjects(), annotated.period(), annotated.text(),
                            annotated.sentence(), annotated.offset(), before.relation(), before.traded());
                }
                annotated = metrics.restated(annotated, figure, figures, context);
                // "In second place is Russia with $5.3 billion": a lower place measures what the leader's figure does
                annotated = RankedPlaces.ranked(annotated, figure, figures, context);
                String restated = FigurePeriods.restatedPeriod(annotated, figures);
                if (restated != null) {
                    annotated = annotated.withPeriod(restated);
                }
                if (before != null && !before.metric().equals(annotated.metric())
                        && SharedNouns.firstEndOfARange(beforeSurface, figure, text)) {
                    // "some 4-7 ferries a day", "тәулігіне 9-дан 16 пойызға дейін": the first end counts what
                    // the second's noun names, whatever cue stood nearer the bare number (SharedNouns).
                    figures.set(figures.size() - 1, new ExtractedFigure(before.value(), before.unit(),
                            before.measure(), annotated.metric(), before.subjects(), before.period(), before.text(),
                            before.sentence(), before.offset(), annotated.relation(), annotated.traded()));
                } else if (before != null && !OTHER.equals(annotated.metric())
                        && SharedNouns.nextBareItem(beforeSurface, before.metric(), figure, text)) {
                    // "18 trains a day, 22 at the busiest", "30 — с контейнерами, 85 — порожние": a bare count
                    // right after a count read `other` counts the same things (SharedNouns).
                    annotated = new ExtractedFigure(annotated.value(), annotated.unit(), annotated.measure(), OTHER,
                            annotated.subjects(), annotated.period(), annotated.text(), annotated.sentence(),
                            annotated.offset(), before.relation(), before.traded());
                }
                // one value given to several buyers each: one figure per buyer (decision 31 of round 35)
                List<ExtractedFigure> perBuyer = EachParty.perParty(annotated, figure, context);
                figures.addAll(perBuyer);
                before = perBuyer.get(perBuyer.size() - 1);
                beforeSurface = figure;
            }
        }
        // "in 20 years, Italy put $7 billion into Kazakhstan": the years a flow ran over are the
        // flow's parties' (YearsOfAFlow)
        // "21 million tonnes, of which 9 million from China and 12 million tonnes of freight the other way": a freight
        // total and the parts one sentence splits off it measure one freight (FreightTotalParts, decision 56)
        // "importing 900,000 tons of wheat, a 14-fold rise on the season before": a level and the change that
        // qualifies it in one clause share the period one of them was given (ChangeLevelPeriods)
        List<ExtractedFigure> sided = title ? figures : ChangeLevelPeriods.shared(figures, text);
        List<ExtractedFigure> parts = title ? sided : FreightTotalParts.withFreightMetric(sided, text, sentences);
        List<ExtractedFigure> spans = YearsOfAFlow.withFlowParties(parts);
        // "Мұнда Қазақстан жағына қарай 4-5 көлік өтіп жатыр" under "Қазақ-қырғыз шекарасында ...": what is counted at
        // the border the headline names by its sides is both sides' (HeadlineBorderSides)
        List<ExtractedFigure> sides = title ? spans : HeadlineBorderSides.widen(spans, headline, article.title());
        // "some ten documents signed in the course of the visit": what a signing counts or is worth is both signing
        // sides' (AgreementsSigned)
        List<ExtractedFigure> signed = title ? sides
                : AgreementsSigned.withSigningSides(sides, article, sentences, mentions);
        // "ces manœuvres ont réuni près de 2500 militaires" beside "la frontière nord avec l'Afghanistan": a
        // country named only as the drills' neighbour is no force taking part (DrillNeighbours)
        List<ExtractedFigure> drills = title ? signed
                : DrillNeighbours.withoutNeighbours(signed, text, sentences, mentions);
        // "Afghanistan will receive 5% of the gas", "35 per cent of the cotton bought abroad is Uzbek": a
        // share of a product flow given to one side takes the other side too (FlowShareSides)
        List<ExtractedFigure> shares = title ? drills
                : FlowShareSides.withBothSides(drills, article, sentences, mentions);
        // "penalties on 12 people and 30 firms from Russia, Iran and Uzbekistan": the
        // persons and firms a sanctions act lists are counted with the countries they come from (SanctionedHomes)
        List<ExtractedFigure> homes = title ? shares : SanctionedHomes.withHomes(shares, text, sentences, mentions);
        // "18 firms from Georgia and 25 from Armenia", "these shares stood at 20% and 11% respectively": values of a
        // list each take their own item's parties, not a neighbour's (ListItemOwners)
        List<ExtractedFigure> items = title ? homes : ListItemOwners.withOwners(homes, text, sentences, mentions, context);
        // "10 кыргызских банков перестали обслуживать российские карты": a count of one country's own banks or firms
        // is not the country of another noun of its sentence (OwnFirmCounts)
        List<ExtractedFigure> owned = title ? items : OwnFirmCounts.withOwners(items, text, sentences, mentions);
        // "в Ташкенте договорились о сделках на 100 млн долларов" under a headline naming Belarus and
        // Uzbekistan: what a deal is worth is both sides' of the headline (DealValues)
        return title ? owned : DealValues.withBothSides(owned, article);
    }

    /**
     * Whether two figures of one unit are the ends of a range written "7-8", "17–18", "3 to 5", "de 7 à 8", "от 8 до
     * 10", or a pair joined by "and" ("a decrease of $260 million and $65 million, respectively"), with nothing else
     * between them. A range opened by "from" is left alone: "from 6 to 10 million tons" is
     * often a level and the goal it moves to.
     */
    private static boolean bothEndsOfARange(SurfaceFigure first, SurfaceFigure second, String text) {
        if (first == null || !first.unit().equals(second.unit()) || first.end() > second.start()
                || second.start() - first.end() > RANGE_JOINT_LENGTH) {
            return false;
        }
        String joint = Words.fold(text.substring(first.end(), second.start())).strip();
        if (!RANGE_JOINTS.contains(joint)) {
            return false;
        }
        String opening = Words.fold(text.substring(Math.max(0, first.start() - 20), first.start()));
        return !TextWalks.endsWithWord(opening, List.of("from", "from the current", "с"));
    }

    /**
     * Whether {@code second} follows {@code first} as the next item of a list of parties: the same unit, and between
     * them (at most {@link #LIST_GAP} characters, in one sentence) a party's name and nothing the lexicons read.
     */
    private static boolean nextItemOfAList(ExtractedFigure first, SurfaceFigure second, FigureContext context) {
        int end = first.offset() + first.text().length();
        if (first.offset() < 0 || !first.unit().equals(second.unit()) || end > second.start()
                || second.start() - end > LIST_GAP || TextWalks.hasSentenceBreak(context.text(), end, second.start())) {
            return false;
        }
        return !context.mentionsIn(end, second.start()).isEmpty()
                && FigureContext.hitsWithin(context.cueHits(), end, second.start()).isEmpty()
                && FigureContext.hitsWithin(context.metricHits(), end, second.start()).isEmpty();
    }

    /** Of two measures given to the ends of one range, the one a word said: change, then goal, then share. */
    private static Measure stronger(Measure a, Measure b) {
        for (Measure m : List.of(Measure.CHANGE, Measure.TARGET, Measure.SHARE)) {
            if (a == m || b == m) {
                return m;
            }
        }
        return a;
    }

    /**
     * Whether {@code figure} is a bare number (no unit words of its own) that follows a comparison word right after
     * {@code before}, in the same sentence and unit.
     */
    private static boolean setAgainst(ExtractedFigure before, ExtractedFigure annotated, SurfaceFigure figure,
                                      String text) {
        return figure.end() == figure.numberEnd() && before.offset() >= 0 && annotated.offset() >= 0 && before.unit().equals(annotated.unit())
                && before.sentence().equals(annotated.sentence()) && before.offset() < figure.start()
                && Comparisons.follows(text, figure.start());
    }

    private static ExtractedFigure withMeasure(ExtractedFigure f, Measure measure) {
        return new ExtractedFigure(f.value(), f.unit(), measure, f.metric(), f.subjects(), f.period(), f.text(),
                f.sentence(), f.offset(), f.relation(), f.traded());
    }

    /** Merged spans of the sentences holding a figure, each with {@code before} sentences before it. */
    private static List<int[]> spansAround(List<Sentences.Sentence> sentences, List<SurfaceFigure> figures,
                                           int before) {
        List<int[]> spans = new ArrayList<>();
        for (SurfaceFigure figure : figures) {
            int index = FigureContext.sentenceOf(sentences, figure.start());
            int start = sentences.get(Math.max(0, index - before)).start();
            int end = sentences.get(index).end();
            if (!spans.isEmpty() && start <= spans.get(spans.size() - 1)[1]) {
                int[] last = spans.get(spans.size() - 1);
                last[1] = Math.max(last[1], end);
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** The words within {@code [start, end)}, found by binary search on their offsets. */
    private static List<Words.Word> wordsIn(List<Words.Word> words, int start, int end) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int last = low;
        while (last < words.size() && words.get(last).end() <= end) {
            last++;
        }
        return words.subList(low, last);
    }

    /**
     * A joint-project portfolio: the standard defines it between two parties ("joint projects under way and their
     * value", subjects "the two parties"). Other two-party metrics are read from one sentence with one country in the
     * tests and the seeds ("3 348 coentreprises opèrent au Kazakhstan", jobs created in a country), their partner
     * coming from the article, and are left alone.
     */
    private static final Set<String> TWO_PARTY_METRICS = Set.of("jointprojects.count", "jointprojects.value");

    /** How many words before a count of people its verb of training may stand ("formé plus de 110 000"). */
    private static final int TRAINED_REACH = 3;

    /** Whether a verb of training stands in the few words before the figure: the count is of people trained. */
    private static boolean trainedJustBefore(SurfaceFigure figure, FigureContext context) {
        int first = context.wordStarts().at(figure.start());
        for (int i = first - 1; i >= 0 && i >= first - TRAINED_REACH; i--) {
            if (TRAINING_VERBS.contains(context.words().get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a joint-project metric (see {@link #TWO_PARTY_METRICS}) was given one party alone. */
    static boolean lacksItsSecondParty(String metric, List<String> subjects) {
        return subjects.size() == 1 && TWO_PARTY_METRICS.contains(metric);
    }

    private ExtractedFigure annotate(SurfaceFigure figure, FigureContext context, boolean title, ExtractedFigure before) {
        if (ENERGY_UNITS.contains(figure.unit()) || UNLISTED_CURRENCIES.contains(figure.unit())
                || UNLISTED_MEASURES.contains(figure.unit()) || SPEED_UNITS.contains(figure.unit())
                || FigureExtractor.UNREPORTED_MEASURES.contains(figure.unit())) {
            // (the last: a measure written in words, "to one degree or another", which the extractor's digits never
            // leave standing)
            // "62 million kWh", "a 50 MW plant", "a 500 kV line", "2 million barrels", "3.8 billion soms", "375 million
            // riyals": read, so that their numbers are no counts, but not reported: the labelling standard has no
            // energy unit and lists the currencies
            // it measures (USD, EUR, RUB, KZT, CNY, UZS); a sum in soms or manats comes with its dollars or not at all.
            return null;
        }
        int index = FigureContext.sentenceOf(context, figure.start());
        Sentences.Sentence sentence = context.sentences().get(index);
        Sentences.Sentence previous = index > 0 && context.sentences().get(index - 1).paragraph()
                >= sentence.paragraph() - 1 ? context.sentences().get(index - 1) : null;
        boolean continues = previous != null && FigureContext.hasCue(context, sentence, "anaphora");
        Measure measure = FigureMeasures.measure(figure, context, sentence);
        if (measure != Measure.CHANGE && "percent".equals(figure.unit()) && PollMargins.margin(context.text(), figure)) {
            measure = Measure.CHANGE; // "a 3.5 percentage point lead": a gap between two shares (PollMargins)
        }
        if (measure == Measure.AMOUNT && (figure.isMoney() || RESTATED_UNITS.contains(figure.unit()))
                && restatesChangeBefore(before, figure, context.text())) {
            // "an 8 percent rise, equivalent to $2 billion", "une hausse de 12 % (ou 3 milliards)":
            // the sum says the same change in money; "grew 1.5 times, or by 10.5 million tons", "1,5 есе немесе
            // 10,5 млн тоннаға" says it in tonnes (team a: an absolute increase is `change` in the figure's unit;
            // gold-m labels the Kazakh one so).
            measure = Measure.CHANGE;
        }
        if (measure != Measure.SHARE && "percent".equals(figure.unit())
                && FUNDS_RIGHT_AFTER.matcher(context.text()).region(figure.end(), context.text().length()).lookingAt()) {
            // "China will provide 51% of the funds", "Китай внесет 51% средств": a part of the funds, neither a
            // change nor, under a future verb, a goal (audit row 41).
            measure = Measure.SHARE;
        }
        if (title && measure == Measure.AMOUNT && !"percent".equals(figure.unit()) && !"years".equals(figure.unit())
                && !"days".equals(figure.unit()) && !LENGTH_UNITS.contains(figure.unit())
                && HeadlineInfinitives.future(context, figure)) {
            // "Two neighbours' trade to pass $1 billion next year": a headline's infinitive is
            // its future, a level to come (a length stays its length, as planned lengths do in the body).
            measure = Measure.TARGET;
        }
        // A percentage describes a metric as a change or as a share of something; a share of trade is not trade.
        // A multiple ("в 2 раза", "threefold") is a change of its metric too.
        String unitClass = figure.isMoney() ? "money"
                : "percent".equals(figure.unit()) ? (measure == Measure.SHARE ? "share" : "change")
                : TIMES.equals(figure.unit()) ? "change" : figure.unit();

        String metric = metrics.metric(figure, unitClass, context, sentence, previous, continues);
        String goal = title ? null : GoalSums.goalOfTheSentence(metric, measure, figure, unitClass, context, sentence);
        if (goal != null) {
            // "aim for the target of $2 billion by 2030, by way of more bilateral trade": a goal sum whose clause
            // names nothing it measures takes the metric a later clause of its sentence names (GoalSums)
            metric = goal;
        }
        String followed = metricOfFigureJustBefore(figure, unitClass, context, before);
        if (followed == null && restatesInParentheses(figure, context, before)) {
            // "the 1,350-kilometre (839-mile) border", "4,2 млрд рублей ($61,5 млн)": the same quantity in another
            // unit measures what the figure before it measures.
            followed = before.metric();
            measure = before.measure();
        }
        boolean pointedAt = false;
        if (followed != null) {
            metric = followed;
        } else if (measure == Measure.CHANGE && pointsBackAtFigure(figure, unitClass, context, sentence, index, before)) {
            // "Aktau handled 7,400 TEUs. This figure increased by 85 percent", "Это на 23% больше": a change that
            // opens with "this" measures the figure the sentence before ended on, not the last cue read there, and
            // of the same parties.
            metric = before.metric();
            pointedAt = true;
        }
        String flowContinued = null;
        if (followed == null && metric.startsWith(TRADE) && "change".equals(unitClass) && before != null
                && OTHER.equals(before.metric()) && ("t".equals(before.unit()) || UnitLexicon.unit(before.unit()).isCurrency())
                && (rightAfter(before, figure, context.text()) || changeOfSumBefore(before, figure, context)
                        || FigureMetrics.changeInClauseAfter(before, figure, context))) {
            // "sold phones to Russia for $300 million, 9 times more than a year earlier": the change
            // right after a sum of no series of the vocabulary (one product's trade) is that sum's change.
            metric = OTHER;
            flowContinued = readAsAProductFlow(context, before) ? OTHER : null;
        }
        if (followed == null && metric.startsWith(TRADE) && "change".equals(unitClass) && before != null
                && CARGO_VOLUME.equals(before.metric()) && "t".equals(before.unit())
                && FigureMetrics.changeInClauseAfter(before, figure, context)) {
            // "Les importations de pétrole via l'oléoduc ... ont atteint 11,85 millions de tonnes, soit une hausse de
            // 14,09%": a change in a clause of its own right after tonnes read as a line's freight says how that
            // freight moved, as the product-flow case above does for a product's sum, whatever trade word opened the
            // sentence.
            metric = CARGO_VOLUME;
        }
        if (followed == null && ("trade.exports".equals(metric) || "trade.imports".equals(metric))
                && ("money".equals(unitClass) || "change".equals(unitClass) || "t".equals(unitClass))
                && continuesAProductFlow(metric, context, index, before)
                && !FigureMetrics.tradeInAnyUnit(context, sentence)) {
            // "sold electricity abroad for $5 million. This is 12% less than a year before", "coal exports may rise
            // by 20 million tonnes. The country plans to lift its exports to 90 million tonnes": exports or imports
            // stated right after one product's flow, in its sentence or the next, go on with that flow (the labels:
            // `other`, with the trade's parties), unless their sentence names goods in general, trade in physical
            // terms or gas, whose trade the labels keep in any unit.
            flowContinued = metric;
            metric = OTHER;
        }
        if (followed == null && ("trade.exports".equals(metric) || "trade.imports".equals(metric))
                && ("money".equals(unitClass) || "change".equals(unitClass))
                && !FigureMetrics.tradeInAnyUnit(context, sentence)
                && FlowPointedBack.continuesAProductsFlow(context, index, sentence, before)) {
            // "Uzbekistan shipped 32,000 tons of cherries, earning $70 million. This marks an increase of $17 million
            // in the export value": the sentence points back at the product's flow just given (FlowPointedBack).
            flowContinued = metric;
            metric = OTHER;
        }
        if (CARGO_VOLUME.equals(metric) && "change".equals(unitClass)
                && containersNamedInClause(context, sentence, figure)) {
            // "Container transit via the Trans-Caspian route has increased 20-fold": the change of a container flow
            // named before it in its clause, however near a word of freight or route stands.
            metric = "cargo.containers";
        }
        if (CARGO_VOLUME.equals(metric) && "change".equals(unitClass) && followed == null && !pointedAt
                && containersAreTheFlow(context, sentence)) {
            // "Container transit from China along the Middle Corridor grew tenfold", "a 14-fold rise in container
            // shipments", "перевозки выросли на 15% (51 тыс. ДФЭ)": where a sentence names containers or counts its
            // freight in TEU, and writes no tonnes or cubic metres, its change of freight is a change of containers,
            // however many words of route or transit stand between the two (gold-a, gold-j, gold-k, gold-m).
            metric = "cargo.containers";
        }
        if ((CARGO_VOLUME.equals(metric) || "cargo.containers".equals(metric)) && "change".equals(unitClass)) {
            // "up 9% year-on-year to 40,000 TEUs", "en hausse de 20 %, atteignant 2 millions
            // de tonnes": a change of freight measures the level it reached, whose unit says containers or tonnes,
            // whatever word of containers or freight stands near.
            String reached = cargoLevelReached(figure, context, sentence);
            if (reached != null) {
                metric = reached;
            }
        }
        if (CARGO_VOLUME.equals(metric) && "change".equals(unitClass) && FigureContext.hasCue(context, sentence, "freight-turnover")
                && FigureContext.hasCue(context, sentence, "rail-network") && !FigureContext.hasCue(context, sentence, "conduit")
                && !isInTonnes(context, sentence)) {
            // "Грузооборот кыргызской железной дороги вырос на 8,5%": a railway counts its freight turnover in
            // tonne-kilometres, which the vocabulary does not measure (gold-h), whether or not the sentence names the
            // unit; but a turnover the sentence writes in tonnes is freight carried, and so is its change ("freight
            // turnover on a railway rose to 150 billion net tons ... 5 percent higher": decision 56
            // of round 38).
            metric = OTHER;
        }
        if (CARGO_VOLUME.equals(metric) && "change".equals(unitClass) && reachesTonneKilometres(figure, context, sentence)) {
            // "a 7% gain in air cargo turnover, to 40 million ton-kilometers": a change whose level reached is written
            // in tonne-kilometres is a change of freight turnover, which decision 56 of round 38 makes `other`
            // whatever word of freight names it.
            metric = OTHER;
        }
        if (OTHER.equals(metric) && before != null && !OTHER.equals(before.metric())
                && nextItemOfAList(before, figure, context)) {
            // "growth of 6 percent, Uzbekistan - 5 percent, ... and Kyrgyzstan 4 percent": the next
            // item of a list of parties and figures measures what the item before it does.
            metric = before.metric();
            measure = before.measure();
        }
        if ("percent".equals(figure.unit()) && FigureMetrics.inPercentagePoints(figure, context)) {
            metric = OTHER; // a difference of two rates or shares, not a change of what any metric measures
        }
        if (metric.startsWith(TRADE) && MarketTrading.securitiesSentence(context, sentence)) {
            // "the Kospi Index fell 0.5%" under a trade-war headline: a securities market's move, no trade between
            // parties (MarketTrading)
            metric = OTHER;
        }
        if (OTHER.equals(metric) && "TEU".equals(figure.unit())) {
            // "Le port a traité 50 000 EVP": the unit itself counts containers; no word needs to say so.
            metric = "cargo.containers";
        }
        if ("cargo.containers".equals(metric) && measure != Measure.CHANGE
                && ContainerCeilings.isCeiling(figure, context, sentence)) {
            // "a new container hub will handle up to 300,000 TEU": the most a place is to serve is its capacity, not
            // containers carried (ContainerCeilings).
            metric = "cargo.capacity";
        }
        if (OTHER.equals(metric) && followed == null && "t".equals(figure.unit())
                && !FigureContext.hasCue(context, sentence, "seizure") && FreightParts.splitsOffAPart(context, sentence)
                && partOfFreightBefore(figure, unitClass, context, sentence, index, before)) {
            // "50 million tons of coal went by rail ... of which 30 million tons went to power
            // stations", Kazakh "ішкі нарыққа" with a tonnage: a part split off the
            // freight total just before keeps its metric (FreightParts, decision 56 of round 38).
            metric = CARGO_VOLUME;
        }
        if (CONVEYANCE_METRICS.contains(metric) && CONVEYANCE_UNITS.contains(figure.unit())
                && (oneConveyanceHolds(context, sentence, figure)
                    || ConveyanceLoads.carriedByOne(context, sentence, figure) && !rateAfter(context.text(), figure))) {
            // "a ship with room for 500 containers", "un train de 40 conteneurs", "each tanker
            // takes 8,000 tons": what one train or ship carries is no flow or capacity of a route or port.
            metric = OTHER;
        }
        if (JOBS.equals(metric) && trainedJustBefore(figure, context)) {
            // "a formé 2 000 employés", "trained 500 workers": people a project trained are no jobs
            // it created or holds (decision 62 of round 38), whatever word of staff counts them.
            metric = OTHER;
        }
        if (JOBS.equals(metric) && JobCuts.cutOrLost(figure, context, sentence)) {
            // "PayPal to cut 325 jobs", "supprimer 1 200 emplois": jobs done away with are no jobs created (JobCuts)
            metric = OTHER;
        }
        if (ROUTE_LENGTH.equals(metric) && measure == Measure.CHANGE) {
            metric = OTHER; // "the route will be shortened by 900 km": a saving in length, not a route's length
        }
        if ("m3".equals(figure.unit()) && measure == Measure.TARGET && !"cargo.capacity".equals(metric)
                && pipelineCarriesYearly(context, sentence, figure)) {
            // "the pipeline would deliver up to 20 bcm of gas a year", "ce gazoduc devrait
            // acheminer 15 milliards de m3 par an": what a pipeline is to carry each year is its design
            // throughput, whatever the verb (a country that is to supply gas through it stays its exporter).
            metric = "cargo.capacity";
        }
        // Russian gas carried to Uzbekistan across Kazakhstan, "4 bcm": the seller's exports (GasBetweenCountries);
        // the parties stay the ends of the way the freight reading finds, for the country crossed is no party
        boolean gasSent = GasBetweenCountries.sentBetweenCountries(metric, figure, context, sentence);
        if (gasSent) {
            metric = "trade.exports";
        }
        if (CARGO_VOLUME.equals(metric) && measure != Measure.CHANGE && DesignRates.designedYearly(figure, context, sentence)) {
            metric = "cargo.capacity"; // "est conçu pour transporter 8 millions de tonnes par an" (DesignRates)
        }
        if (followed == null && ("trade.exports".equals(metric) || "trade.imports".equals(metric))
                && partOfFreightBefore(figure, unitClass, context, sentence, index, before)) {
            // "50 million tons of coal went by rail. Of these, 35 million tons stayed inside
            // the country and 15 million tons were exported", "freight reached 20 million
            // tons. Exports grew 5% to 8 million tons": tonnes exported or imported right after a freight
            // figure are the outbound or inbound part of that freight (a railway's export shipments), not trade.
            metric = CARGO_VOLUME;
        }
        // a sum given "in funding from" a named country, or plants "funded by" investors of a country (say, $40 million
        // funded by Kazakh banks): a sum one country provides as funding is its investment in the other (decision 61 of
        // round 38, FundingProviders), whatever word of cost or worth stands before it.
        // So is a sum put "into the economy" of a country, whatever word of estimate stands by it (EconomyInflows).
        boolean funded = (OTHER.equals(metric) || INVESTMENT.equals(metric)) && figure.isMoney()
                && (FundingProviders.fundedByACountry(context, sentence, figure)
                || EconomyInflows.intoAnEconomy(context, sentence, figure));
        if (funded) {
            metric = INVESTMENT;
        }
        // a project's cost followed by "of which" a part comes from one side (say, $90 million, $60 million of it
        // paid by the host country): a project built with
        // both sides' money is a joint project under way (decision 61 of round 38, SharedProjectCosts).
        boolean shared = OTHER.equals(metric) && SharedProjectCosts.costSplitBySides(context, sentence, figure);
        if (shared) {
            metric = "jointprojects.value";
        }
        // The parties of a figure the vocabulary does not measure are still those its sentence's metric relates:
        // "Xinjiang's trade with Kazakhstan" is about China and Kazakhstan, "20 accords" of a visit about both sides.
        String partiesMetric = gasSent ? CARGO_VOLUME
                : flowContinued != null && !OTHER.equals(flowContinued) ? flowContinued : metric;
        // one product's trade: its parties still those of the trade metric
        boolean product = flowContinued != null && !OTHER.equals(flowContinued);
        boolean productFlow = flowContinued != null;
        String traded = null; // a trade flow read as the freight of a line: the trade its sentence named
        boolean stretch = false;
        // "builders from one country won new contracts worth $100 million last year. Some 10 projects worth
        // $2 billion are in progress": what one side's builders carry out in another country are their
        // contracts, not a joint-project portfolio (gold-e, gold-i, gold-l: `other`), in the sentence that names them
        // or the next one of its paragraph.
        if (INVESTMENT.equals(metric) && !funded && figure.isMoney()
                && InvestmentProjectsUnderWay.valuesProjectsUnderWay(context, sentence, figure)
                && !FigureMeasures.costInClause(context, sentence, figure)) {
            // "companies ... are implementing projects ... with investments of about $1 billion", "Портфель
            // реализуемых ... инвестиционных проектов ... составляет": the worth of projects under way between the
            // sides, not one side's investment (decision 61 of round 38, InvestmentProjectsUnderWay)
            metric = "jointprojects.value";
        }
        boolean contracted = metric.startsWith("jointprojects.") && builtByContractors(context, sentence, previous);
        if (contracted) {
            metric = OTHER;
        }
        if (metric.startsWith(TRADE) && ("t".equals(figure.unit()) || "percent".equals(figure.unit()))
                && !FigureContext.hasCue(context, sentence, "gas") && conduitInClause(context, sentence, figure)) {
            // "exports of Kazakh oil via the Baku–Tbilisi–Ceyhan pipeline exceeded 1.5 million tonnes": tonnes through
            // a pipeline or a port are freight carried, whatever the trade word (the labels' convention), and so is
            // their change ("reduce oil exports through the CPC system by 70 percent", though oil is a product). Gas
            // keeps its trade between two countries in any unit (team a's written exception). The export or import
            // words still say the article speaks of trade (round 26: a product's exports carried by a line are
            // `corridors`, and `trade` too when the text speaks of the exports). It comes first: whoever buys what a
            // line carries, a province included (crude "importé via cet oléoduc" in millions of tonnes
            // and sent on to state firms in a Chinese province), the tonnes stay the line's freight.
            traded = metric;
            metric = CARGO_VOLUME;
            partiesMetric = metric;
        } else if (metric.startsWith(TRADE) && FigureContext.hasCue(context, sentence, "subregion")) {
            metric = OTHER; // "Xinjiang's foreign trade with Kazakhstan": a province trades, not a country
        } else if (metric.startsWith(TRADE) && FigureMetrics.namesADiscrepancy(context, sentence)) {
            metric = OTHER; // "The data differ by $144.5 million": what two statistics disagree by (FigureMetrics)
        } else if (metric.startsWith(TRADE) && figure.isMoney() && FigureMetrics.namesALoss(figure, context, sentence)) {
            metric = OTHER; // "a $12 million loss in bilateral trade": what one side lost, not trade (FigureMetrics)
        } else if (metric.startsWith(TRADE) && figure.isMoney() && DealWorths.worthOfADeal(context, sentence, figure)) {
            // a count of agreements followed by "worth" a sum (say, 12 trade deals worth $800 million), or contracts
            // "d'une valeur de" some millions: what papers signed are worth, not the trade between the parties
            // (decision 61)
            metric = OTHER;
        } else if (metric.startsWith(TRADE) && (FigureMetrics.namesAGroupAsPartner(context, sentence)
                || "change".equals(unitClass) && previous != null && FigureContext.metricsIn(context, sentence).isEmpty()
                        && FigureMetrics.namesAGroupAsPartner(context, previous))) {
            // "trade between Tajikistan and the CIS countries": an aggregate over a group (FigureMetrics); so is a change
            // whose sentence names no metric of its own right after one (a level of the group's
            // trade, then a sentence of its own that gives only the rise in percent)
            metric = OTHER;
        } else if (metric.startsWith(TRADE) && ("t".equals(figure.unit()) || "change".equals(unitClass))
                && (context.railHeadline() || FigureContext.hasCue(context, sentence, "rail-network"))
                && ((context.railHeadline() ? isInTonnes(context, sentence) : "t".equals(figure.unit()))
                        || (FigureContext.hasCue(context, sentence, "border-crossing") && !moneyIn(context, sentence)))
                && !context.productHeadline() && !FigureContext.hasCue(context, sentence, "commodity")
                && !tradeOfAProduct(context, sentence, figure)) {
            // "Қытаймен арадағы теміржолмен жүк тасымалы ..." then "экспорт көлемі ... 13,7 миллион тоннаны құрады",
            // "foreign trade through a rail border crossing": exports, imports or trade in tonnes that a
            // railway carries are its freight (the labels' convention for KTZ's export shipments and a rail border
            // crossing), and so is their change; a product's flow stays a product's (coal, grain: `other`). The
            // parties stay the trade's: freight between two countries' railways is of both. Rail trade at a border
            // crossing ("rail trade up by a third at a border crossing") is freight even
            // where its sentence writes no tonnes, unless it is a sum of money (audit row 73).
            metric = CARGO_VOLUME;
        } else if (OTHER.equals(metric) && "t".equals(figure.unit()) && !FigureContext.hasCue(context, sentence, "gas")
                && (conduitInClause(context, sentence, figure) || FigureContext.hasCue(context, sentence, "line-operator"))
                && !oneConveyanceHolds(context, sentence, figure)) {
            // "the Caspian Pipeline Consortium shipped a record 63.5 million tonnes of oil from its terminal", "через
            // нефтепроводную систему было поставлено 888 млн тонн нефти": tonnes that a pipeline, port or terminal
            // passes on are its freight, whatever product they are (not what one tanker holds at a terminal); so are
            // the tonnes a sentence says a line's operator delivers, in any of its clauses ("KazTransOil had planned to
            // deliver 100,000 tonnes ..., but only supplied 50,000 tonnes": decision 68 of round 39).
            metric = CARGO_VOLUME;
            partiesMetric = metric;
        } else if (OTHER.equals(metric) && "t".equals(figure.unit())
                && CrossingsProcessed.processedByACrossing(context, sentence, figure)
                && !oneConveyanceHolds(context, sentence, figure)) {
            // "Khunjerab Pass ... processed 3,036.46 tons of agricultural products": what a crossing, port or terminal
            // processed is its freight, whatever product (decisions 56 and 68; CrossingsProcessed)
            metric = CARGO_VOLUME;
            partiesMetric = metric;
        } else if (OTHER.equals(metric) && "change".equals(unitClass) && !FigureContext.hasCue(context, sentence, "gas")
                && FigureContext.hasCue(context, sentence, "commodity") && conduitInClause(context, sentence, figure)) {
            // "Le flux de pétrole à travers l'oléoduc ... a chuté d'environ 30%": the change of a product's flow
            // through a line named in its clause is the change of that line's freight, as its tonnes are above.
            metric = CARGO_VOLUME;
            partiesMetric = metric;
        } else if (metric.startsWith(TRADE) && !AGRIFOOD.equals(metric)
                && ("money".equals(unitClass) || "change".equals(unitClass) || "t".equals(unitClass))
                && (tradeOfAProduct(context, sentence, figure)
                        || !"t".equals(unitClass) && FigureMetrics.goodsAfterTradeNoun(figure, context, sentence)
                        || ProductTradeNouns.productBesideOwnTradeWord(figure, context, sentence))) {
            // "exported honey for $776,000", "grain exports surged to 615,000 tons", "экспорт капусты ... достигнув
            // 42,7 млн долларов": the trade in one product, not between the countries (tonnes of goods in general stay
            // trade; a product named by the grammar alone decides sums and changes, as tonnes have rules of their own).
            metric = OTHER;
            product = true;
        } else if (metric.startsWith(TRADE) && !AGRIFOOD.equals(metric) && followed == null
                && metrics.carriedFromAProduct(figure, unitClass, context, sentence, previous, continues)) {
            metric = OTHER; // a product's flow named in the sentence before, continued here (FigureMetrics)
            productFlow = true;
        } else if (!title && metric.startsWith(TRADE) && !AGRIFOOD.equals(metric)
                && ("money".equals(unitClass) || "change".equals(unitClass))
                && GovernedProducts.productOfASentenceWithoutTradeCue(figure, context, sentence)) {
            // "объём поставок растительных масел ... составил 349 млн долларов" after a sentence on the country's
            // imports: a trade metric taken from outside the sentence yields to the product its own trade noun
            // governs (GovernedProducts)
            metric = OTHER;
            product = true;
        } else if (!title && followed == null && metric.startsWith(TRADE) && !AGRIFOOD.equals(metric)
                && ("change".equals(unitClass) || "money".equals(unitClass))
                && HeadlineProducts.continuesTheArticlesProduct(context, sentence, figure, metric)) {
            // "Exports to Uzbekistan rose by 35 percent" under a headline on wheat exports: a sum or change of trade
            // whose sentence names no goods goes on with the article's product (decision 9, HeadlineProducts).
            metric = OTHER;
            product = true;
        } else if (metric.startsWith(TRADE) && !AGRIFOOD.equals(metric) && "t".equals(figure.unit())
                && !FigureMetrics.tradeInTonnes(metric, context, sentence)) {
            // "vers l'Ouzbékistan, 2 millions de tonnes ont été livrées" under a headline on wheat,
            // "Россия — 29,3 тыс. тонн" in a list of buyers under one on tomatoes, "plans to export 50,000 tons of
            // beef": tonnes exported or imported are a product's flow (the labels: `other`, round 26: "never
            // `trade.*`, which in physical units is gas's alone"), whatever product it is and whether or not a list
            // of products names it, unless the sentence says goods in general, trade in physical terms, a trade
            // turnover, or gas, whose trade the labels keep in any unit (FigureMetrics.tradeInTonnes).
            metric = OTHER;
            product = true;
        } else if (!title && CARGO_VOLUME.equals(metric) && ("t".equals(figure.unit()) || "change".equals(unitClass))
                && (context.productHeadline() || FigureContext.hasCue(context, sentence, "commodity")) && !context.railHeadline()
                && !FigureContext.hasCue(context, sentence, "rail-network") && !FigureContext.hasCue(context, sentence, "conduit")
                && !FigureContext.hasCue(context, sentence, "border-crossing") && !headlineNamesFreight(context)
                && (destinationNamed(context, sentence) || CountryShippers.namedIn(context, sentence))
                && !ProductTradeNouns.productBesideOwnCarriageWord(figure, context, sentence)) {
            // "700 tonnes of wheat were sent on to Iran", "50 000 tonnes de blé expédiées vers l'Iran" under a
            // headline on grain exports: a product sent to a buyer country is that product's trade by destination
            // (`other`: gold-d, gold-e, gold-g, gold-i, gold-m), not freight of a route; a railway, pipeline, port or
            // border crossing named in the sentence, or a headline on freight ("grain transportation to Uzbekistan"),
            // keeps it freight (gold-h: a railway's grain carried to its neighbour); a headline speaks for itself. So
            // is a product a country is said to ship, in total ("Kazakhstan shipped over 2 mln tons of grain":
            // CountryShippers). A product's carriage ("grain transportation to Tajikistan") stays freight
            // (ProductTradeNouns).
            metric = OTHER;
        } else if (funded || shared) {
            // funding from a named country, a project's cost split between the sides (above): no rule of worth, cost,
            // home spending or projects not under way makes them other
        } else if ((INVESTMENT.equals(metric) || metric.startsWith("jointprojects.")) && figure.isMoney()
                && (worthOfSignedDeals(context, sentence, figure) || DealWorths.worthOfADeal(context, sentence, figure))) {
            // "we have already signed $1bln worth contracts", accords signed "d'une valeur de" some
            // billions in a local currency with its euro sum in brackets: what the papers signed are worth (the labels: `other`,
            // with both sides), not a portfolio of joint projects or one side's investment.
            metric = OTHER;
        } else if (INVESTMENT.equals(metric) && FigureMeasures.costInClause(context, sentence, figure)) {
            // "total investment put at $3 billion", "ce tronçon demandera un investissement de 3
            // milliards": what a project costs, not one party's investment in another.
            metric = OTHER;
        } else if (INVESTMENT.equals(metric) && figure.isMoney() && Worths.worth(context, sentence, figure)) {
            metric = OTHER; // "a $17 million net worth", "valued at $60 billion": what one is worth (Worths)
        } else if (INVESTMENT.equals(metric) && HomeSpending.atHome(context, sentence, figure)) {
            metric = OTHER; // "the Kazakh government will invest 230 billion tenge in new gates": spending at home
        } else if (metric.startsWith("jointprojects.") && projectsNotUnderWay(context, sentence, figure)) {
            metric = OTHER;
        } else if (COMPANIES.equals(metric) && (FigureContext.hasCue(context, sentence, "sanctions")
                || context.sanctionsHeadline())) {
            // "20 companies from Kyrgyzstan have been sanctioned": targets of a measure, not a stock; so are the
            // companies an article headed by sanctions counts ("US imposes sanctions on Uzbek firms" over "In all, 30
            // legal entities were restricted", "The package will target 52 more companies"): the labels never count
            // a stock of companies with a partner's capital under a sanctions headline (gold-c, gold-z, gold-zj).
            metric = OTHER;
        } else if (COMPANIES.equals(metric) && CompaniesActedAgainst.actedAgainst(context, sentence, previous)) {
            metric = OTHER; // "more than 30 legal entities were restricted" (decision 60 of round 38)
        } else if (COMPANIES.equals(metric) && figure.noun() != null && ExportingFirms.countsExporters(context, sentence)) {
            // "252 exporting enterprises resumed their operations": a country's own exporters (decision 60); a bare
            // number ("an increase of 116") keeps its reading, as an `other` one would be dropped as page furniture
            metric = OTHER;
        } else if ("visits.count".equals(metric) && CountedGoods.countsGoods(figure)) {
            metric = OTHER; // "about 80 goods ... are under scrutiny" after a visit named before (decision 62 of round 38)
        } else if (BORDER_LENGTH.equals(metric) && delimitedStretch(context, sentence, figure)) {
            // "only 400 km has been delineated so far", "200 kilomètres de frontière restent à
            // délimiter", "800 kilomètres de frontière ont été stabilisés": a stretch of the border the
            // clause goes on to call (not) delimited is a part of it, not its length (gold-g); "the 970 km border
            // has not been demarcated" still states the whole.
            metric = OTHER;
            stretch = true;
        } else if ((BORDER_LENGTH.equals(metric) || ROUTE_LENGTH.equals(metric))
                && Partitives.takesPart(context.text(), figure)) {
            // "sur les 972 kilomètres de frontière, un accord pour 889 d'entre eux": a part of the length stated
            // before it, not the length itself
            metric = OTHER;
            stretch = true;
        } else if (BORDER_LENGTH.equals(metric) && FigureContext.hasCue(context, sentence, "queue")) {
            // "the queue of trucks at the Kazakh-Uzbek border crossing stretches for 5-6 kilometres": the length of a
            // queue at the border, not of the border (gold-n)
            metric = OTHER;
        } else if (BORDER_LENGTH.equals(metric) && FigureContext.cueBefore(context, sentence, figure, "delimitation")
                && !namesTheWholeBorder(context, figure)) {
            // "описано свыше 81 километра линии границы": the part of a border agreed, not its length ("half of the
            // 970 km border has not been demarcated" still states the length: the word comes after it).
            metric = OTHER;
            stretch = true;
        } else if (BORDER_LENGTH.equals(metric) && BorderPlaces.placeOnly(context, sentence) != null) {
            // "a highway from a coastal town to the Turkmen border, 120 km", "some 10km to the Chinese
            // border": a border named as where a road leads or a site stands measures nothing; the road's length is
            // the route's, a distance to it nobody's (BorderPlaces)
            metric = BorderPlaces.placeOnly(context, sentence);
            if (ROUTE_LENGTH.equals(metric)) {
                partiesMetric = metric; // the countries the road links
            }
        } else if (OTHER.equals(metric) && ((figure.noun() != null && "count".equals(figure.unit()))
                || UNDATED_UNITS.contains(figure.unit()))) {
            partiesMetric = metrics.contextMetric(figure, unitClass, context, sentence, previous, continues, null);
        }
        if (CONVEYANCE_METRICS.contains(metric) && VehicleSizes.weighsAVehicle(context, sentence, figure)) {
            // "грузовики весом до 3,5 тонн", "20-ton containers": the weight of one vehicle or container, or one
            // convoy's load, is no freight of a route, port or crossing, whichever rule above named it so.
            metric = OTHER;
        }
        if ("cargo.containers".equals(metric) && ContainerLoads.holdAProduct(context, sentence, figure)) {
            // "62 containers of petroleum coke", "қызанақ пастасы тиелген 82 контейнер": containers counted with what
            // they hold are one consignment, whose load is `other` (round 26, decision 56; ContainerLoads)
            metric = OTHER;
        }
        if (!OTHER.equals(metric) && SellersTakings.takings(context, sentence, figure, unitClass)) {
            // "pharmaceutical sales there have amounted to $60-70 million", "объема продаж в Китае": a seller's
            // takings are one party's money, not trade, freight or investment between countries (SellersTakings)
            metric = OTHER;
        }
        if (!OTHER.equals(metric) && SeizedGoods.caught(context, sentence, figure, metric)) {
            // "нашли 13 тонн насвая без документов", "838 тонн не допущено к ввозу": goods a border guard or an
            // inspector stopped are one control's record, not trade or freight between countries (SeizedGoods)
            metric = OTHER;
        }
        if (!OTHER.equals(metric) && figure.isMoney() && PaperWorths.worthOfPapers(context, sentence, figure)) {
            // "des contrats pour plus de 18 milliards", "- Инвестиционное соглашение ... - 800 млн евро;": what papers
            // are for is their worth, not trade, investment or joint projects (decision 61; PaperWorths)
            metric = OTHER;
        }
        if (measure == Measure.AMOUNT && "count".equals(figure.unit()) && !OTHER.equals(metric)
                && FigureMeasures.futureWordInClause(context, sentence, figure)) {
            // "20 тысяч рабочих мест будет создано": a count of the vocabulary in the future is a goal (a count of
            // anything else, "500 vehicles will be involved", is a planned event).
            measure = Measure.TARGET;
        }
        if (CapacityToCome.toCome(measure, metric, figure, context, sentence)) {
            // the construction of a line "with a capacity of" a volume, a terminal that "после завершения
            // строительства" will give so many TEU: a facility's capacity once built is a capacity to come
            // (CapacityToCome)
            measure = Measure.TARGET;
        }
        boolean bare = figure.noun() == null && "count".equals(figure.unit()) && !figure.spelled()
                && !countedByNumberOf(figure, context, sentence);
        if (bare && OTHER.equals(metric) && !countsPeople(figure, context)
                && !ListItemCounts.closesItem(context.text(), figure.start(), figure.end())) {
            // a bare number that counts nothing the vocabulary knows: page furniture, a code; one that closes a list
            // item after a name ("Atameken - 15, Kaplanbek - 25") counts what the list's lead-in names
            return null;
        }
        // After the test for bare numbers: "5" in "5-6 trains" is a count of trains, not page furniture.
        if ("count".equals(figure.unit()) && metric.startsWith("cargo.") && countsConveyances(figure, context)) {
            // "10 container trains per day", "from 12 to 60 trains per day", "3044 грузовых поезда": trains, wagons and
            // ships counted are no containers, capacity or freight, whatever cue stands near (the labels: other). A
            // metric of the user's own lexicon that counts them ("rail.wagons") stays.
            metric = OTHER;
        }
        if (metric.startsWith("cargo.") && "change".equals(unitClass) && followed == null
                && changeOfConveyancesCounted(figure, context, sentence)) {
            // "200 container trains left, 10% above the same period", "300 container trains used
            // the route — 20 times more than in 2023": a change whose own clause names nothing it measures, right
            // after a count of trains, wagons or ships, is the change of that count (trains and wagons counted are
            // `count` `other`: README, freight at a port), not of the freight or containers the train's words name.
            metric = OTHER;
        }
        // a dateline or a closing "..., the news agency reported" names the source, not a party (AttributionMentions)
        List<SurfaceFigure> sentenceFigures = context.surfaceIn(sentence.start(), sentence.end());
        List<String> subjects = Subjects.of(partiesMetric, figure.start(), figure.end(), context.text(),
                context.indexedWords(),
                AttributionMentions.without(context.mentionsIn(sentence.start(), sentence.end()), context.text(),
                        sentence.start(), sentence.end(),
                        sentenceFigures.isEmpty() ? figure.end() : sentenceFigures.get(sentenceFigures.size() - 1).end()),
                paragraphMentions(context, sentence), mentionsBefore(context, sentence), context.article(),
                context.surfaceIn(sentence.start(), sentence.end()), product,
                OTHER.equals(metric) && !OTHER.equals(partiesMetric));
        // "trade between the CIS countries as a whole rose 25%", "the world's uranium output is 60,000 tons": a total
        // of a group taken whole is the bloc's, or nobody's where the bloc has no code (decision 40 of round 36)
        List<String> group = GroupTotals.subjects(figure, context.indexedWords(),
                context.wordsOf(sentence), context.mentionsIn(sentence.start(), sentence.end()));
        if (group != null) {
            subjects = group;
        }
        if (BORDER_LENGTH.equals(metric)) {
            // a border length stated as a border "with" a country (en "a border with", fr "partage avec ... une
            // frontière"): the partner after "with" and the side that has the border (the standard: a border's two
            // parties; BorderPartners)
            subjects = BorderPartners.sides(subjects, context.text(), sentence.start(), sentence.end(),
                    context.mentionsIn(sentence.start(), sentence.end()), paragraphMentions(context, sentence),
                    context.article().title());
        }
        if (OTHER.equals(metric) && subjects.size() > 1 && context.sentenceFinds(WorldExports.WORLD, sentence)
                && context.sentenceFinds(WorldExports.SOLD, sentence)) {
            // a fruit's tonnes sold "to other countries", an Uzbek sum exported to "N ta xorijiy mamlakatga": goods
            // sold to the world are the exporter's alone, not a buyer's the headline or a later list names (decision 6
            // of round 29, WorldExports)
            List<String> seller = WorldExports.exporterAlone(subjects,
                    context.mentionsIn(sentence.start(), sentence.end()), context.indexedWords(), context.text(),
                    context.article().exporter());
            if (seller != null) {
                subjects = seller;
            }
        }
        if (OTHER.equals(metric) && !title
                && RouteProjectSums.mayBeTheLines(figure.unit(), subjects, context.article().route())
                && context.sentenceFinds(RouteProjectSums.PROJECT, sentence)
                && !context.sentenceFinds(RouteProjectSums.SECTION, sentence)
                && !context.sentenceFinds(RouteProjectSums.DEALS, sentence)) {
            // a government's yearly allocation in soms ("allouera") in an article on the China–Kyrgyzstan–Uzbekistan
            // railway: a line's money and years are the whole line's (RouteProjectSums)
            List<String> line = RouteProjectSums.line(context.article().route(),
                    context.mentionsIn(sentence.start(), sentence.end()), context.indexedWords());
            if (line != null) {
                subjects = line;
            }
        }
        // buyers in Germany asking for more oil "via Druzhba" up to a tonnage, in an article
        // about Kazakh oil: Kazakhstan's oil on its way to Germany (decision 4 of round 28)
        subjects = KazakhOilOnDruzhba.withShipper(subjects, metric, context.wordsOf(sentence),
                context.mentionsIn(sentence.start(), sentence.end()), context.indexedWords(),
                () -> context.mentionsIn(0, context.text().length()));
        // "delivered via the TITR in 10-14 days", "the corridor takes 16 days": a time along a
        // corridor is the corridor's alone, whatever ends or reporting country the sentence names (decision 39)
        List<String> along = CorridorTimes.corridor(figure.unit(), context.wordsOf(sentence),
                context.mentionsIn(sentence.start(), sentence.end()), context.article().corridors());
        if (along != null) {
            subjects = along;
        }
        if (!title && CrossingSides.mayWiden(subjects, figure.unit(), metric)
                && context.sentenceFinds(CrossingSides.GATE, sentence)
                && !context.sentenceFinds(FigureMeasures.DRILL_GATE, sentence)) {
            // (a drill near a border has its forces for parties, not the border's sides)
            // "16,400 people per day" at a checkpoint of "the Kyrgyz-Uzbek section of the state border": what crosses
            // a border passes between its two sides (decision 6 of round 29)
            subjects = CrossingSides.widen(subjects, figure.unit(), metric, context.text(), sentence.start(),
                    sentence.end(), context.mentionsIn(0, context.text().length()));
        }
        if (!title && ("count".equals(figure.unit()) || DAYS.equals(figure.unit()))
                && context.sentenceFinds(FigureMeasures.DRILL_GATE, sentence)) {
            subjects = drillContingents(subjects, context, sentence, previous); // the forces, not the host
        }
        if (!title && OTHER.equals(metric) && "count".equals(figure.unit())
                && (context.sentenceFinds(FigureMeasures.DRILL_GATE, sentence)
                || context.sentenceFinds(DrillForces.TURKIC_DRILLS, sentence))) {
            // "250 Russian paratroopers" in joint drills hosted by Kyrgyzstan, "200 Chinese soldiers" among the two
            // countries' 10,000 troops: a count whose own noun phrase names its forces is theirs alone (DrillForces)
            List<String> forces = DrillForces.counted(figure.numberEnd(), context.text(), context.wordsOf(sentence),
                    context.mentionsIn(sentence.start(), sentence.end()));
            if (forces == null) {
                // one soldier "among some 150" taking part, after a lead counting Chinese and Kyrgyz troops: a count
                // whose sentence names no force is the lead's joint drill's (DrillForces)
                int leadEnd = context.text().indexOf('\n');
                forces = DrillForces.leadForces(context.text(), leadEnd,
                        leadEnd <= 0 ? List.of() : context.mentionsIn(0, leadEnd),
                        context.mentionsIn(sentence.start(), sentence.end()), context.article().title());
            }
            if (forces != null) {
                subjects = forces;
            }
        }
        if (OTHER.equals(metric)) {
            // "seized near Parkhar, 250 kilometers southwest of Dushanbe", "в 20 км от Бишкека": how far something lies
            // from a named town is that town's country's (README: a distance from the capital is the one country),
            // whatever border crossing or drill the sentence names
            List<String> town = DistancesFromTowns.country(figure.unit(), figure.start(), figure.end(), context.text(),
                    context.wordsOf(sentence), context.mentionsIn(sentence.start(), sentence.end()));
            if (town != null) {
                subjects = town;
            }
        }
        boolean oneCountryLine = false;
        if (pointedAt && metric.equals(before.metric())) {
            subjects = before.subjects();
        } else if (!title && OneCountryLines.measuresLength(figure.unit(), metric)) {
            // "the Balykchi–Kochkor railway ... Its total length is 63.5 km": a line whose towns all lie in one country
            // is that country's, whatever route the article is about or neighbour it leads to (decision 5 of round 28)
            String inside = OneCountryLines.country(context, sentence);
            if (inside == null && ROUTE_LENGTH.equals(metric)) {
                // "la partie chinoise fera 150 km, celle qui passe par le Kirghizstan 300 km": a part of a
                // cross-border line that its own clause places in one country is that country's (round 44)
                inside = SectionCountries.country(context, sentence, figure.start(), figure.end());
            }
            if (inside != null) {
                subjects = List.of(inside);
                oneCountryLine = true;
            }
        }
        // (a sentence that says "this railway" and gives the length of a line whose towns lie in one country, in an
        // article about a longer cross-border route: the towns already place the line, the pointer adds nothing)
        if (!title && !pointedAt && !oneCountryLine && LinesReferredBack.countsAlongLine(metric)) {
            // "the Baku-Turkmenbashi-Baku direction ... between these two ports ... 17,500 TEU along the route": freight
            // counted on a line the sentence points back to is that line's, named by its places before
            List<String> line = LinesReferredBack.countries(context, sentence, metric, subjects);
            if (line != null) {
                subjects = line;
            }
        }
        if (subjects.size() == 2 && (metric.startsWith("cargo.") || ROUTE_LENGTH.equals(metric))) {
            // "cargo between Uzbekistan and Pakistan through Afghanistan": the route of a known name, described by its
            // countries, links all three (gold-j: the Trans-Afghan route takes [UZ, AF, PK] with or without its name)
            subjects = throughNamedRoute(context, sentence, subjects);
        }
        if (subjects.size() > 2 && INVESTMENT.equals(metric)) {
            // "Investment from the EU into the five Central Asian countries": one party's investment in another takes
            // exactly two parties; an aggregate over more is no figure of the vocabulary (the labels: other).
            metric = OTHER;
        }
        if (COMPANIES.equals(metric) && JOINT_WITH_PARTIES.matcher(FigureContext.sentenceText(context, sentence)).find()) {
            // "совместных узбекско-российских предприятий": the parties' adjective between "joint" and "enterprises"
            // hides the joint-venture phrase from the lexicon (audit row 19).
            metric = "jointventures.count";
        }
        if (measure == Measure.SHARE && subjects.size() == 2 && FigureContext.hasCue(context, sentence, "funding")) {
            // "China will provide 51% of the funds of the joint venture with Kazakhstan", "Доля Китая в
            // финансировании совместного с Казахстаном предприятия": a share of funding is its contributor's; the
            // partner named after "with" puts in the rest (audit row 41).
            String partner = partnerAfterWith(context, sentence, subjects);
            if (partner != null) {
                subjects = subjects.stream().filter(code -> !code.equals(partner)).toList();
            }
        }
        if (("jointventures.count".equals(metric) || COMPANIES.equals(metric)) && "count".equals(figure.unit())
                && countsNewCompanies(figure, context, sentence)) {
            // "some 300 joint ventures were set up", "создано 80 совместных предприятий": companies
            // set up over a span are a flow, not the stock the metric counts (gold-d and NOTES-b: other)
            metric = OTHER;
        }
        if (subjects.size() == 1 && BETWEEN_TWO_PARTIES.contains(metric)) {
            // "Объем инвестиций в экономику Узбекистана превысил $130 млрд", "the number of foreign students reached
            // 16.8 thousand": all the investment a country received, all its foreign students, are no figure of one
            // party in another, which is what these metrics measure (the labels always give two parties). So are a
            // country's own firms counted with no second party: the standard's companies.count is bilateral.
            metric = OTHER;
        }
        String period = conversionOf(figure, context, before)
                ? before.period() : FigurePeriods.period(figure, measure, context, sentence, previous, continues, metric);
        String stated = period;
        period = FigurePeriods.endOfYearSpan(period, figure, context, sentence);
        period = FigurePeriods.startOfAChange(period, stated, figure, measure, context, sentence);
        period = OpenSinceStarts.undatedOpenSpan(period, context, sentence);
        period = OpenSpansToWriting.toWriting(period, figure, measure, context, sentence);
        if (title && period != null && period.equals(context.presentPeriod())
                && context.periodsIn(sentence.start(), sentence.end()).isEmpty()
                && ("count".equals(figure.unit()) && (countsEventParticipants(figure, context)
                || FigureContext.hasCue(context, sentence, "signing") || FigureContext.hasCue(context, sentence, "sanctions"))
                || FigureContext.hasCue(context, sentence, "seizure"))) {
            // "Plus de 500 soldats fuient au Tadjikistan": a headline states its count with no time of its
            // own; the body says when, and the headline takes no period from the publication date.
            period = null;
        }
        if (measure == Measure.AMOUNT && period != null && context.presentPeriod() != null
                && period.substring(0, 4).compareTo(context.presentPeriod().substring(0, 4)) > 0
                && !FigureMeasures.opensRange(context, sentence, figure) && !YEARS.equals(figure.unit())) {
            // (a number of years takes its measure from DurationMeasures: "for the next four years until 2027" is a term)
            // a haulage volume "agreed for 2014" at 21.9 million tonnes, written in October 2013: a level
            // for a year not yet begun is a plan, whatever the verb (gold-l; every such label of the corpus is a
            // target). The start of a range ("from the current 18 million tons to 33 million in 2020") is today's.
            measure = Measure.TARGET;
        }
        if (TIMES.equals(figure.unit()) && measure == Measure.CHANGE) {
            period = FigurePeriods.multipleOverYears(period, figure, context, sentence);
        }
        if (measure == Measure.CHANGE) {
            period = FigurePeriods.changeAfterLevels(period, figure, context, sentence);
        }
        if (contracted && !FigurePeriods.statesOwnPeriod(context, sentence)
                && !(period != null && period.equals(context.presentPeriod())
                && FigureContext.hasCue(context, sentence, "present"))) {
            // "a thousand projects worth $50 billion carried out there": a total built up over the
            // years, of no period unless its sentence names one ("new projects worth $216 million in 2024"), or says
            // it stands so now ("have implemented 1,061 projects worth $50 billion so far": a stock with a word of
            // the present moment takes the publication month, decision 34 of round 35).
            period = null;
        }
        if (stretch && !title && period == null) {
            period = FigurePeriods.stretchAgreedPeriod(figure, context, sentence);
        }
        if (period == null && (LENGTH_UNITS.contains(figure.unit()) || DAYS.equals(figure.unit()))
                && OTHER.equals(metric) && FigureContext.hasCue(context, sentence, "queue")
                && context.periodsIn(sentence.start(), sentence.end()).isEmpty()) {
            // "Trucks wait more than two days at the Kazakh-Uzbek border crossing", "очередь растянулась на 5-6
            // километров": a queue and the wait in it are reported as they stand, at the publication (gold-g's queues,
            // gold-n's wait at a border post)
            period = context.presentPeriod();
        }
        if (countsPopulation(figure, context)) {
            // "Le Tadjikistan, pays de 9,5 millions d'habitants", "a population of about 35 million": how many people
            // live in a country is a stock of that country alone, of no period (team a: a stock with no time word is
            // `null`; gold-b to gold-n label every population so), whatever plan or drill its sentence speaks of.
            measure = Measure.AMOUNT;
            metric = OTHER;
            period = null;
            // "this landlocked nation", "le pays le plus peuplé de la région", "Afghanistan's": the owner its own
            // words give, before the place named last (PopulationOwners)
            List<String> owner = populationOwner(figure, context, sentence);
            if (owner == null) {
                owner = Subjects.populationOwner(figure.start(), figure.end(), context.text(),
                        context.indexedWords(), context.mentionsIn(sentence.start(), sentence.end()),
                        paragraphMentions(context, sentence));
            }
            if (owner != null) {
                subjects = owner;
            }
        } else if (OTHER.equals(metric) && "count".equals(figure.unit()) && (figure.noun() != null
                && Populations.POPULATION_WORDS.contains(figure.noun())
                || Populations.countedBefore(context.text(), figure.start()))) {
            // "Afghanistan's 40-million population" beside Tajiks, "this majority Muslim nation of 26 million" beside a
            // U.S. outpost: a population is its own country's alone (PopulationOwners)
            List<String> owner = populationOwner(figure, context, sentence);
            if (owner != null) {
                subjects = owner;
            }
        }
        if (period == null && before != null && before.period() != null && partOfASumBefore(figure, context, before)) {
            // "trade neared $900 million (Russian imports $858 million, Tajik exports $42 million) in January–May":
            // the parts a parenthesis lists right after a sum are of the sum's period.
            period = before.period();
        }
        if ("count".equals(figure.unit()) && FigureContext.hasCue(context, sentence, "sanctions")) {
            // "a new package of EU sanctions could hit 35 companies from Iran, China and Armenia": a count of persons or
            // companies a sanction lists is the sanctioning party's and the listed countries' (SanctionListings)
            List<String> listing = SanctionListings.parties(figure, context.text(), context.words(),
                    context.wordStarts().at(figure.end()), context.mentionsIn(sentence.start(), sentence.end()),
                    paragraphMentions(context, sentence), subjects);
            if (listing != null) {
                subjects = listing;
            }
        }
        if ("percent".equals(figure.unit())) {
            // "China will provide 51% of the funds of the joint venture with Kazakhstan": a stake in a venture is a
            // term of the deal, the holder first, then the venture's other parties (JointVentureShares)
            List<String> venture = JointVentureShares.parties(figure, context.sentenceText(index),
                    context.mentionsIn(sentence.start(), sentence.end()), subjects);
            if (venture == null && !title) {
                // "The project shares are as follows:" then "- Kazakhstan – 33%;": a share listed under the venture
                venture = JointVentureShares.partiesBefore(figure, context, index, subjects);
            }
            if (venture != null) {
                subjects = venture;
            }
        }
        if ((metric.startsWith(TRADE) || OTHER.equals(metric) && GAS_UNITS.contains(figure.unit()))
                && FigureContext.hasCue(context, sentence, "gas")) {
            // Russian gas to Uzbekistan "through the territory of" Kazakhstan, "Қазақстан арқылы": a sale of
            // gas takes its seller and buyer, the country it crosses is the way (GasSaleWays, decision 45 of round 37)
            List<String> sold = GasSaleWays.parties(subjects, context.mentionsIn(sentence.start(), sentence.end()),
                    context.text(), context.words(), context.wordStarts());
            if (sold != null) {
                subjects = sold;
            }
            if (metric.startsWith(TRADE) && "m3".equals(figure.unit())) {
                // one country sending so many bcm of gas to a second under a swap with a third: the sender and the
                // receiver of that volume, the third country none (decision 64 of round 39, GasSaleLegs)
                List<String> leg = GasSaleLegs.legOf(figure.start(), figure.end(), context.text(), sentence.start(),
                        sentence.end(), context.mentionsIn(sentence.start(), sentence.end()));
                if (leg != null) {
                    subjects = leg;
                }
            }
        }
        if (TapiThroughput.throughput(figure, context.text(), sentence)) {
            metric = "cargo.capacity";
            subjects = TapiThroughput.TAPI_COUNTRIES;
            if (CapacityToCome.toCome(measure, metric, figure, context, sentence)) {
                measure = Measure.TARGET; // TAPI "loin d'être achevé" that is to carry "à terme" so many m3
            }
        }
        if (EnergySales.valueOfEnergySold(metric, figure, context, sentence, measure, before)) {
            subjects = EnergySales.sellerFirst(metric, subjects);
            metric = OTHER;
            productFlow = true;
        }
        if (lacksItsSecondParty(metric, subjects)) {
            // a portfolio of joint projects of a bank and one country, "40 projets" of the World Bank in
            // Uzbekistan: joint projects with one country alone have no partner the vocabulary can name (a bank or
            // fund has no code), so they are no joint-project portfolio of the vocabulary (the standard: its metrics
            // take the two parties; a group with no code is no subject, `other`).
            metric = OTHER;
        }
        if ((CONVEYANCE_METRICS.contains(metric) || "companies.count".equals(metric))
                && ("count".equals(figure.unit()) && measure != Measure.CHANGE
                    || measure == Measure.CHANGE && ("percent".equals(figure.unit()) || TIMES.equals(figure.unit())))
                && TrainCounts.countsTrains(context, sentence, figure, measure == Measure.CHANGE)) {
            // "551 express trains", "количество контейнерных поездов возросло на 173%": how many trains or wagons run,
            // and its change, are no freight, containers or capacity (decision 56 of round 38: `other`). Last, so that
            // the measure and parties the freight reading gave stay as they were.
            metric = OTHER;
        }
        if (!OTHER.equals(metric) && (measure == Measure.CHANGE || measure == Measure.TARGET)
                && PlanOvershoots.overPlan(context, sentence, figure)) {
            // "20% above the planned figure", "план будет перевыполнен на один миллион тонн": how far a level beat its
            // plan says nothing of how the freight or trade moved (decision 69 of round 39: `other`, measure kept).
            metric = OTHER;
        }
        if (ROUTE_LENGTH.equals(metric) && LENGTH_UNITS.contains(figure.unit())
                && NoWayLengths.measuresNoWay(figure, context, sentence)) {
            // a tunnel of 9 km under a pass, a queue of lorries 3 km long at a crossing: a tunnel's, a bridge's, a
            // queue's or a data channel's length is no route's (NoWayLengths). Last, so that the parties and period
            // the length reading gave stay as they were (the two sides of the crossing a queue stands at).
            metric = OTHER;
        }
        if (!title && OTHER.equals(metric) && (productFlow || product)) {
            context.facts().productFlowAt = figure.start();
        }
        return new ExtractedFigure(figure.value(), figure.unit(), measure, metric, subjects, period,
                figure.text(context.text()), context.sentenceText(index), title ? -1 : figure.start(), partiesMetric,
                CARGO_VOLUME.equals(metric) ? traded : null);
    }

    /**
     * Whether a product is named in the figure's clause, before it (within the cue window) or just after it:
     * "Kyrgyzstan exported honey for $ 776,000", "l’Ouzbékistan a exporté du coton pour 2 millions de dollars",
     * "$575 million of electronics". A product in another clause ("trade reached $5bn, mostly oil") is not.
     */
    private static boolean tradeOfAProduct(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"commodity".equals(hit.value())) {
                continue;
            }
            // Past a comma too when no word of another metric comes between: tonnes of a product followed by "на сумму,"
            // and a dollar sum: that sum is the product's value. Tonnes of a product stay its tonnes wherever the
            // sentence goes on ("exports of oil to Germany to 2.5 million tonnes ..., against 2.146 million tonnes").
            boolean tonnes = "t".equals(figure.unit()) && hit.end() <= figure.start();
            if ((FigureContext.nearBefore(hit, figure) || tonnes)
                    && (!TextWalks.crossesClause(text, hit.end(), figure.start()) || !metricCueBetween(context, sentence,
                    hit.end(), figure.start()))
                    && !TextWalks.joinsNextClause(pairless(text, hit.end(), figure.start()), 0, figure.start() - hit.end())) {
                return true;
            }
            if (FigureContext.nearAfter(hit, figure, CUE_WINDOW_AFTER)
                    && !TextWalks.crossesClause(text, figure.end(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /** Words before a country it is sent to: "to Iran", "vers l'Iran", "в Узбекистан". */
    private static final Set<String> TOWARDS = Set.of("to", "into", "vers", "в", "во", "au", "aux");
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "l", "les");

    /** Whether a cue of the headline speaks of freight (carrying, transit, a corridor), whatever the product. */
    private static boolean headlineNamesFreight(FigureContext context) {
        for (List<CueLexicon.MetricCue> hit : context.headline()) {
            for (CueLexicon.MetricCue cue : hit) {
                if (cue.metric().startsWith("cargo.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence names a country a thing is sent to: a place right after "to", "vers", "в". */
    private static boolean destinationNamed(FigureContext context, Sentences.Sentence sentence) {
        for (Mention mention : context.mentionsIn(sentence.start(), sentence.end())) {
            int at = context.wordStarts().at(mention.start()) - 1;
            if (at >= 0 && ARTICLES.contains(context.words().get(at).folded())) {
                at--;
            }
            if (at >= 0 && context.words().get(at).start() >= sentence.start()
                    && TOWARDS.contains(context.words().get(at).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a metric cue lies between a product and a figure, other than the product's own ("oil exports"). */
    private static boolean metricCueBetween(FigureContext context, Sentences.Sentence sentence, int from, int to) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.start() > from + 1 && hit.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure's clause opens with a word pointing back ("this is", "this figure", "c'est", "это", "бу")
     * at the figure before it (the last of the sentence before, or one earlier in its own sentence), a figure of a
     * known metric, and names no metric of its own before the figure.
     */
    private static boolean pointsBackAtFigure(SurfaceFigure figure, String unitClass, FigureContext context,
                                              Sentences.Sentence sentence, int index, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || "percent".equals(before.unit()) || TIMES.equals(before.unit())
                || OTHER.equals(before.metric()) && !countOfConveyances(before, context)) {
            // "3044 грузовых поезда ..., что на 83,82% больше", "234 trains ..., which is almost three times more": a
            // change pointing back at a count of trains or trucks measures that count (the labels: other), whatever
            // freight word stands near; any other figure outside the vocabulary says nothing of the change.
            return false;
        }
        int beforeSentence = FigureContext.sentenceOf(context, before.offset());
        if (beforeSentence != index - 1 && beforeSentence != index) {
            return false;
        }
        String text = context.text();
        int pointer = -1;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (hit.start() >= figure.start()) {
                break;
            }
            // "..., which is 33 percent more": in the figure's own sentence, the pointer follows the figure it means.
            if (("pointer".equals(hit.value()) || "anaphora".equals(hit.value()))
                    && (beforeSentence < index || hit.start() >= before.offset() + before.text().length())
                    && opensClause(text, sentence.start(), hit.start())
                    && !TextWalks.crossesClause(text, hit.end(), figure.start())) {
                pointer = hit.end();
            }
        }
        if (pointer < 0) {
            return false;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.start() >= pointer && hit.start() < figure.start()
                    && hit.value().stream().anyMatch(c -> c.fits(unitClass))) {
                return false; // "This is why exports rose by 20%": the clause names its own metric
            }
        }
        return true;
    }

    /** Whether the figure read just before was read as one product's flow (a product's trade, energy sold). */
    private static boolean readAsAProductFlow(FigureContext context, ExtractedFigure before) {
        return before != null && before.offset() >= 0 && OTHER.equals(before.metric())
                && before.offset() == context.facts().productFlowAt;
    }

    /**
     * Whether exports or imports ({@code metric}) go on with the flow of one product read just before: that figure,
     * in the figure's sentence or the one before, was read as a product's flow of the same direction, named so by
     * its own sentence (a word of exports for exports), not only by a headline on the product.
     */
    private static boolean continuesAProductFlow(String metric, FigureContext context, int index,
                                                 ExtractedFigure before) {
        if (!readAsAProductFlow(context, before) || !metric.equals(before.relation())) {
            return false;
        }
        int beforeIndex = FigureContext.sentenceOf(context, before.offset());
        if (beforeIndex == index) {
            return true;
        }
        if (beforeIndex != index - 1) {
            return false;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit
                : FigureContext.metricsIn(context, context.sentences().get(beforeIndex))) {
            if (hit.start() < before.offset() && hit.value().stream().anyMatch(c -> metric.equals(c.metric()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure already read is a count of trains, wagons, ships or trucks (see countsConveyances). */
    private static boolean countOfConveyances(ExtractedFigure figure, FigureContext context) {
        if (!"count".equals(figure.unit())) {
            return false;
        }
        int at = context.surfaceStarts().at(figure.offset());
        return at < context.surface().size() && context.surface().get(at).start() == figure.offset()
                && countsConveyances(context.surface().get(at), context);
    }

    /** Whether only punctuation or spaces stand between the start of the clause (or sentence) and {@code at}. */
    private static boolean opensClause(String text, int sentenceStart, int at) {
        for (int i = at - 1; i >= sentenceStart; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a single train, ship or wagon holds the figure: a cue of one conveyance and its load before the figure,
     * in its clause, and no rate after it ("trains will carry 15 million tons per year" is a route's flow).
     */
    static boolean oneConveyanceHolds(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        boolean held = false;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("conveyance".equals(hit.value()) && FigureContext.nearBefore(hit, figure)
                    && !TextWalks.crossesClause(text, hit.end(), figure.start(), true)) {
                held = true;
            }
        }
        return held && !rateAfter(text, figure);
    }

    /** Whether a rate ("per year", "в сутки", "yiliga") follows the figure closely: a flow, not one load. */
    private static boolean rateAfter(String text, SurfaceFigure figure) {
        String after = Words.fold(text.substring(figure.end(), Math.min(text.length(), figure.end() + RATE_REACH)));
        for (String rate : RATES) {
            if (after.contains(rate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sum follows a percentage change of its sentence, joined by "or", "ou", "soit", "equivalent to",
     * "или": the same change restated in money.
     */
    private static boolean restatesChangeBefore(ExtractedFigure before, SurfaceFigure figure, String text) {
        if (before == null || before.offset() < 0 || before.measure() != Measure.CHANGE
                || !"percent".equals(before.unit()) && !TIMES.equals(before.unit())) {
            return false;
        }
        int end = before.offset() + before.text().length();
        if (end > figure.start() || figure.start() - end > RESTATE_GAP) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (char c : Words.fold(text.substring(end, figure.start())).toCharArray()) {
            boolean space = c == '(' || c == ')' || c == ',' || Character.isWhitespace(c);
            if (!space) {
                words.append(c);
            } else if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
        }
        String between = words.toString().strip();
        int space = between.indexOf(' ');
        if (space > 0 && CHANGE_NOUNS.contains(between.substring(0, space))) {
            between = between.substring(space + 1); // "an 8 percent rise, equivalent to $2 billion"
        }
        return RESTATING_LINKS.contains(between);
    }

    /**
     * The freight metric of the level a change is said to reach ("to reach", "atteignant", "достигнув", "до"): the
     * first figure after it in its sentence that is no percentage (the end of a range "35 à 40 %" is skipped), close by.
     */
    private static String cargoLevelReached(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        for (SurfaceFigure next : context.surfaceIn(figure.end(), sentence.end())) {
            if ("percent".equals(next.unit())) {
                continue;
            }
            if (next.start() - figure.end() > LEVEL_REACHED_GAP) {
                return null;
            }
            String gap = " " + Words.fold(context.text().substring(figure.end(), next.start())) + " ";
            boolean reaches = false;
            for (String link : REACH_LINKS) {
                reaches |= gap.contains(link);
            }
            if (!reaches) {
                return null;
            }
            return "TEU".equals(next.unit()) ? "cargo.containers" : "t".equals(next.unit()) ? CARGO_VOLUME : null;
        }
        return null;
    }

    /**
     * A link to the level a change reached and that level's number with its scale word: "to 18.3 million", "до 1,2
     * млрд", "à 2 milliards". The tonne-kilometres after it are checked by {@link Traps#tonneKilometresAt}.
     */
    private static final Pattern LEVEL_IN_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:to|reaching|reached|до|составив|достигнув|à|atteignant)\\s+"
                    + "(?:about |around |some |nearly |almost |около |порядка |почти |environ |près de )?"
                    + "\\d[\\d\\s.,]*?(?:\\s*(?:million|billion|trillion|mln|bln|bn|млн|млрд|трлн|миллион\\p{L}*"
                    + "|миллиард\\p{L}*|триллион\\p{L}*|milliards?|millions?)\\.?)?(?=\\s|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether the level a change reaches, right after it in its sentence ("freight turnover went up 4%, to 90
     * billion tonne-km"), is written in tonne-kilometres: the extractor drops such a level, so no figure of it
     * is there to ask.
     */
    private static boolean reachesTonneKilometres(SurfaceFigure figure, FigureContext context,
                                                  Sentences.Sentence sentence) {
        String text = context.text();
        int end = Math.min(sentence.end(), figure.end() + LEVEL_REACHED_GAP);
        if (end <= figure.end()) {
            return false;
        }
        Matcher level = LEVEL_IN_WORDS.matcher(text).region(figure.end(), end);
        return level.find() && Traps.tonneKilometresAt(text, level.end());
    }

    /**
     * Whether the figure, in tonnes or a change that reaches tonnes, follows a figure of freight in tonnes (or its
     * change) of its own sentence or the one before, with no place named before it in its sentence and no sum of
     * money in it: then a word of exports or imports names a direction of that freight, not a country's trade.
     */
    private static boolean partOfFreightBefore(SurfaceFigure figure, String unitClass, FigureContext context,
                                               Sentences.Sentence sentence, int index, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || !CARGO_VOLUME.equals(before.metric())) {
            return false;
        }
        boolean tonnes = "t".equals(unitClass)
                || ("change".equals(unitClass) && CARGO_VOLUME.equals(cargoLevelReached(figure, context, sentence)));
        if (!tonnes || FigureContext.sentenceOf(context, before.offset()) < index - 1) {
            return false;
        }
        if (countryNamedBefore(figure, context, sentence, before)) {
            return false; // "Kazakhstan exported 2 million tons of grain": a country that exports trades
        }
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if (other.isMoney()) {
                return false; // "4.02 million tons for $946 million": a sale, so trade
            }
        }
        return true;
    }

    /**
     * Whether a country is named before the figure as the one that exports or imports it: anywhere before it in its
     * sentence when the freight figure is in the sentence before; when the freight figure is in the same sentence,
     * only in the part's own clause after it. "KTZ transported 5.2 million tons of grain, including four million tons
     * for export", "1.4m tonnes of Kazakh coal were railed to Russian ports, of which 0.4m tonnes for export": the
     * places said with the total say where it went, and the part split off it after a clause break is still freight.
     */
    private static boolean countryNamedBefore(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence,
                                              ExtractedFigure before) {
        boolean sameSentence = before.offset() >= sentence.start();
        for (Mention mention : context.mentionsIn(sameSentence ? before.offset() : sentence.start(), figure.start())) {
            if (!sameSentence || !TextWalks.crossesClause(context.text(), mention.end(), figure.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a change measures a count of conveyances said before it in its sentence: the nearest figure before it
     * that is no percentage or multiple counts trains, wagons or ships ({@link #countsConveyances}), and no metric cue
     * stands between the last clause break before the change and the change (a clause of its own, "the volume of
     * container transit has increased 20-fold", names what it measures).
     */
    private static boolean changeOfConveyancesCounted(SurfaceFigure figure, FigureContext context,
                                                      Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        SurfaceFigure counted = null;
        for (SurfaceFigure f : context.surfaceIn(sentence.start(), figure.start())) {
            if (f.end() <= figure.start() && !"percent".equals(f.unit()) && !TIMES.equals(f.unit())) {
                counted = f;
            }
        }
        if (counted == null || !"count".equals(counted.unit()) || !countsConveyances(counted, context)) {
            return false;
        }
        String text = context.text();
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.start() >= counted.end() && hit.end() <= figure.start()
                    && !TextWalks.crossesClause(text, hit.end(), figure.start())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cue of container traffic comes before the figure in its clause. */
    private static boolean containersNamedInClause(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.end() > figure.start()) {
                break;
            }
            if (figure.start() - hit.end() <= FigureContext.CUE_WINDOW_BEFORE
                    && !TextWalks.crossesClause(context.text(), hit.end(), figure.start(), true)
                    && hit.value().stream().anyMatch(c -> "cargo.containers".equals(c.metric()) && c.fits("change")
                    && c.weight() >= 1.0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence's freight is containers: it states no tonnes or cubic metres, and it states a level in TEU
     * or names containers anywhere (a cue that speaks of containers alone, not "freight" or "transit").
     */
    private static boolean containersAreTheFlow(FigureContext context, Sentences.Sentence sentence) {
        boolean teu = false;
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if ("t".equals(other.unit()) || "m3".equals(other.unit())) {
                return false;
            }
            teu |= "TEU".equals(other.unit());
        }
        if (teu) {
            return true;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.value().stream().anyMatch(c -> "cargo.containers".equals(c.metric()) && c.fits("change")
                    && c.weight() >= 1.0)) {
                return true;
            }
        }
        return false;
    }

    /** Words right before a country that make it the one a route passes through ("through", "via", "через"). */
    private static final List<String> THROUGH_WORDS = List.of("through ", "via ", "via l'", "via l’", "через ",
            "a travers l'", "a travers l’", "a travers le ", "par l'", "par l’");
    private static final int THROUGH_REACH = 12;

    /**
     * The countries of a named route whose two ends {@code subjects} are and which the sentence says passes through a
     * third country; {@code subjects} when it says none.
     */
    private static List<String> throughNamedRoute(FigureContext context, Sentences.Sentence sentence, List<String> subjects) {
        String text = context.text();
        for (Mention m : context.mentionsIn(sentence.start(), sentence.end())) {
            if (m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            String before = Words.fold(text.substring(Math.max(sentence.start(), m.start() - THROUGH_REACH),
                    m.start()));
            boolean through = false;
            for (String word : THROUGH_WORDS) {
                through |= before.endsWith(word);
            }
            List<String> route = through ? NamedRoutes.through(subjects, m.code()) : null;
            if (route != null) {
                return route;
            }
        }
        return subjects;
    }

    /**
     * Whether a pipeline, port or terminal is named in the figure's clause: before it or just after it, or further on
     * when a preposition of the way opens its phrase (see {@link #WAY_BEFORE_CONDUIT}).
     */
    private static boolean conduitInClause(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"conduit".equals(hit.value())) {
                continue;
            }
            if (FigureContext.nearBefore(hit, figure)
                    && !TextWalks.joinsNextClause(text, hit.end(), figure.start())) {
                return true;
            }
            if (FigureContext.nearAfter(hit, figure, CUE_WINDOW_AFTER)
                    && !TextWalks.crossesClause(text, figure.end(), hit.start())) {
                return true;
            }
            if (hit.start() >= figure.end() && hit.start() - figure.end() <= WAY_REACH
                    && WAY_BEFORE_CONDUIT.matcher(text).region(figure.end(), hit.start()).find()
                    && !TextWalks.crossesClause(text, figure.end(), hit.start())) {
                // "800,000 tons of oil to Poland via the Druzhba pipeline", "shipped through the CPC pipeline": the
                // way the tonnes go, however many words of product and buyer stand between, within the clause.
                return true;
            }
        }
        return false;
    }

    /**
     * A preposition of the way (via, through, par, через) opening the phrase of a conduit after a figure, with at most
     * three words and an elided article between ("via the Druzhba pipeline", "par l'oléoduc Droujba").
     */
    private static final Pattern WAY_BEFORE_CONDUIT = Pattern.compile("(?:\\bvia|\\bthrough|\\bpar|(?<!\\p{L})через)\\s+"
            + "(?:[^\\s,;.]+\\s+){0,3}(?:[ld]['’])?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far after a figure a conduit opened by a preposition of the way is read as its way (characters). */
    private static final int WAY_REACH = 90;

    /**
     * Whether a pipeline is the one that carries the figure, each year: named before it in its clause, with no
     * country between them (the supplier, "Turkmenistan will supply via the pipeline 10 bcm"), and a yearly rate
     * right after the figure.
     */
    private static boolean pipelineCarriesYearly(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        String after = Words.fold(text.substring(figure.end(), Math.min(text.length(), figure.end() + RATE_REACH)));
        boolean yearly = false;
        for (String rate : YEARLY) {
            yearly |= after.contains(rate);
        }
        if (!yearly) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("conduit".equals(hit.value()) && FigureContext.nearBefore(hit, figure)
                    && !TextWalks.joinsNextClause(text, hit.end(), figure.start())
                    && !TextWalks.crossesClause(text, hit.end(), figure.start(), true)
                    && context.mentionsIn(hit.end(), figure.start()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the thing the count counts is a train, wagon or ship: a word of conveyance among the few words after the
     * number (past the other end of a range: "5-6 trains", "from 12 to 60 trains").
     */
    private static boolean countsConveyances(SurfaceFigure figure, FigureContext context) {
        List<Words.Word> words = context.words();
        int i = context.wordStarts().at(figure.numberEnd());
        String text = context.text();
        int seen = 0;
        int from = figure.numberEnd();
        for (; i < words.size() && seen < COUNTED_PHRASE_WORDS + 2; i++, seen++) {
            Words.Word word = words.get(i);
            if (TextWalks.crossesClause(text, from, word.start()) || TextWalks.hasSentenceBreak(text, from, word.start())) {
                return false;
            }
            String folded = word.folded();
            if (CONVEYANCE_NOUNS.contains(folded) || Words.startsWithAny(folded, CONVEYANCE_STEMS)) {
                return true;
            }
            from = word.end();
        }
        return false;
    }

    /** Whole words, folded, that say a bare number counts people: the dead, the wounded, the held, or people. */
    private static final Set<String> PEOPLE_WORDS = Set.of("killed", "injured", "wounded", "dead", "bodies",
            "detained", "arrested", "convicted", "people", "тела", "человек", "человека", "tue", "tues", "tuee",
            "tuees", "mort", "morts", "arrete", "arretes", "arretee", "arretees", "personnes");
    /** Beginnings of such words, for the languages that inflect them. */
    private static final List<String> PEOPLE_STEMS = List.of("погиб", "ранен", "задержан", "blesse");
    private static final int PEOPLE_BEFORE = 2;
    private static final int PEOPLE_AFTER = 3;

    /**
     * "31 were injured", "13 more bodies", "6 were convicted", "задержаны 5", "12 ont été tués": a bare number whose
     * nearest words in its own clause (two before it, three after) kill, wound, hold or name people counts them, as
     * the labels count casualties and arrests ({@code other}).
     */
    private static boolean countsPeople(SurfaceFigure figure, FigureContext context) {
        List<Words.Word> words = context.words();
        String text = context.text();
        int after = context.wordStarts().at(figure.end());
        for (int i = after, from = figure.end(); i < words.size() && i < after + PEOPLE_AFTER; i++) {
            Words.Word word = words.get(i);
            if (TextWalks.crossesClause(text, from, word.start()) || TextWalks.hasSentenceBreak(text, from, word.start())) {
                break;
            }
            if (namesPeople(word.folded())) {
                return true;
            }
            from = word.end();
        }
        int before = context.wordStarts().at(figure.start()) - 1;
        for (int i = before, to = figure.start(); i >= 0 && i > before - PEOPLE_BEFORE; i--) {
            Words.Word word = words.get(i);
            if (TextWalks.crossesClause(text, word.end(), to) || TextWalks.hasSentenceBreak(text, word.end(), to)) {
                break;
            }
            if (namesPeople(word.folded())) {
                return true;
            }
            to = word.start();
        }
        return false;
    }

    private static final Set<String> INHABITANT_WORDS = WordSet.copyOf(Words.foldAll("inhabitants", "habitants"));
    private static final int POPULATION_BEFORE = 4;
    // "a country of 10 million people", "un pays de 7 millions de personnes"
    private static final Set<String> PEOPLE_NOUNS = WordSet.copyOf(Words.foldAll("people", "personnes"));

    /**
     * Whether a count is of the people living somewhere: "7 millions d'habitants", "a population of 35 million people",
     * "с населением 3,4 миллиона человек", "a country of 10 million people" (the word for population, or for a country
     * before people counted, a few words before, in the clause).
     */
    private static boolean countsPopulation(SurfaceFigure figure, FigureContext context) {
        if (!"count".equals(figure.unit())) {
            return false;
        }
        if (figure.noun() != null && INHABITANT_WORDS.contains(figure.noun())) {
            return true;
        }
        List<Words.Word> words = context.words();
        String text = context.text();
        int before = context.wordStarts().at(figure.start()) - 1;
        for (int i = before, to = figure.start(); i >= 0 && i > before - POPULATION_BEFORE; i--) {
            Words.Word word = words.get(i);
            if (TextWalks.crossesClause(text, word.end(), to) || TextWalks.hasSentenceBreak(text, word.end(), to)) {
                break;
            }
            if (Populations.POPULATION_WORDS.contains(word.folded())
                    || figure.noun() != null && PEOPLE_NOUNS.contains(figure.noun())
                    && Populations.COUNTRY_NOUNS.contains(word.folded())) {
                return true;
            }
            to = word.start();
        }
        return false;
    }

    private static List<String> populationOwner(SurfaceFigure figure, FigureContext context,
                                                Sentences.Sentence sentence) {
        return PopulationOwners.owner(figure.start(), figure.numberEnd(), figure.end(), context.text(),
                sentence.start(), context.mentionsIn(sentence.start(), sentence.end()),
                context.mentionsIn(0, figure.start()), context.article().title());
    }

    private static boolean namesPeople(String folded) {
        return PEOPLE_WORDS.contains(folded) || Words.startsWithAny(folded, PEOPLE_STEMS);
    }

    /** "the number of", "le nombre de", "число", "количество", "саны", "soni": a word that names a count. */
    private static final Pattern NUMBER_OF = Pattern.compile(
            "(?<!\\p{L})(?:numbers?|nombre|число|количество|численность|саны|soni|сони)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NUMBER_OF_REACH = 160;

    /**
     * Whether a bare number is the level that the words "the number of" before it in its sentence name: "the number
     * of cargo vehicles has increased sevenfold to exceed 26,000", "общее число жертв ... достигло 45". The counted
     * thing is named before the number instead of after it; the labels count it like any stated count. The noun of
     * number alone names it too, as Russian, Kazakh and Uzbek write it ("это число", "саны", "soni"): "last year this
     * number rose to 30,000", "ce nombre a atteint 50".
     */
    private static boolean countedByNumberOf(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        int from = Math.max(sentence.start(), figure.start() - NUMBER_OF_REACH);
        if (from >= figure.start()) {
            return false;
        }
        String before = context.text().substring(from, figure.start());
        Matcher m = NUMBER_OF.matcher(before);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && before.indexOf(';', last) < 0;
    }

    /** Whether a sum of money stands in the sentence. */
    private static boolean moneyIn(FigureContext context, Sentences.Sentence sentence) {
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if (other.isMoney()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence states tonnes and no sum of money: freight, not the value of trade. */
    private static boolean isInTonnes(FigureContext context, Sentences.Sentence sentence) {
        boolean tonnes = false;
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if (other.isMoney()) {
                return false;
            }
            tonnes |= "t".equals(other.unit());
        }
        return tonnes;
    }

    /**
     * Whether a sentence that tells of a signature gives the figure as the worth of what was signed: agreements,
     * contracts or documents named just before it in its clause, with no metric word between ("contrats
     * commerciaux pour 800 millions de dollars", "соглашения на сумму 2 млрд долларов"), or just after it ("$1bln
     * worth contracts"). A sum in the agreements' own words ("an agreement to boost investments to $2 billion") or
     * in another clause ("under the agreements signed, Beijing will grant $3 billion") is not their worth.
     */
    private static boolean worthOfSignedDeals(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!FigureContext.hasCue(context, sentence, "signing")) {
            return false;
        }
        String text = context.text();
        // "6 milliards de somonis (530 millions d'euros)": the sum in brackets restates the one before it.
        int before = figure.start();
        while (before > sentence.start() && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int to = before > sentence.start() && text.charAt(before - 1) == '(' ? before - 1 : figure.start();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"deal".equals(hit.value())) {
                continue;
            }
            if (hit.end() <= to && to - hit.end() <= DEAL_WORTH_REACH && !TextWalks.crossesClause(text, hit.end(), to)
                    && !metricCueBetween(context, sentence, hit.end() - 1, to)) {
                return true;
            }
            if (FigureContext.nearAfter(hit, figure, CUE_WINDOW_AFTER) && !TextWalks.crossesClause(text, figure.end(), hit.start())
                    && !metricCueBetween(context, sentence, figure.end() - 1, hit.start())) {
                return true;
            }
        }
        return false;
    }

    /** How far before a sum the papers it is the worth of may stand ("accords d'une valeur de plus de 6 milliards"). */
    private static final int DEAL_WORTH_REACH = 60;

    /**
     * A change written right after a figure is that figure's change: "33,6 тыс. TEU – на 33% больше",
     * "1,02 milliard de dollars (+25,8%)". Null when no figure of a known metric comes just before.
     */
    private static String metricOfFigureJustBefore(SurfaceFigure figure, String unitClass, FigureContext context,
                                                   ExtractedFigure before) {
        if (!"change".equals(unitClass) || before == null || before.offset() < 0 || OTHER.equals(before.metric())
                || "percent".equals(before.unit()) || TIMES.equals(before.unit())) {
            return null;
        }
        return rightAfter(before, figure, context.text()) ? before.metric() : null;
    }

    /** How far a change may stand after the sum it describes, with no word of a metric between (see below). */
    private static final int CHANGE_OF_SUM_GAP = 30;

    /**
     * Whether a change follows the sum before it in the same sentence, near ({@link #CHANGE_OF_SUM_GAP} chars) and with
     * no metric cue between: "1.2 million tons of wheat, a rise of 40 percent", "13 millions de tonnes de blé, soit une
     * hausse de 40 %", "1,2 млн тонн пшеницы, что на 40% больше": the change of that sum, whatever metric the
     * sentence's other words name.
     */
    private static boolean changeOfSumBefore(ExtractedFigure before, SurfaceFigure figure, FigureContext context) {
        return follows(before, figure, context.text(), CHANGE_OF_SUM_GAP) && FigureContext.hitsWithin(context.metricHits(),
                before.offset() + before.text().length(), figure.start()).isEmpty();
    }

    /** Whether {@code figure} follows {@code before} within {@link #JUST_AFTER} chars, in the same sentence part. */
    private static boolean rightAfter(ExtractedFigure before, SurfaceFigure figure, String text) {
        return follows(before, figure, text, JUST_AFTER);
    }

    /** Whether {@code figure} follows {@code before} within {@code gap} chars, in the same sentence part. */
    private static boolean follows(ExtractedFigure before, SurfaceFigure figure, String text, int gap) {
        int end = before.offset() + before.text().length();
        if (before.offset() < 0 || end > figure.start() || figure.start() - end > gap) {
            return false;
        }
        for (int i = end; i < figure.start(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb near the figure says its projects are done or only being looked at (see PROJECTS_DONE). */
    private static boolean projectsNotUnderWay(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int first = Math.max(context.wordStarts().at(sentence.start()),
                context.wordStarts().at(figure.start()) - PROJECT_VERB_REACH);
        int last = Math.min(context.wordStarts().at(sentence.end()),
                context.wordStarts().at(figure.end()) + PROJECT_VERB_REACH);
        for (int k = first; k < last; k++) {
            String w = words.get(k).folded();
            if (PROJECTS_LOOKED_AT.contains(w)) {
                return true;
            }
            if (PROJECTS_DONE.contains(w) && !(k > 0 && PROGRESSIVE.contains(words.get(k - 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of delimitation follows the length in its clause and no article or word of wholeness stands
     * right before it: "504 kilometers has been delineated" is a stretch, "the 970 km border has not been
     * demarcated" the whole border.
     */
    private static boolean delimitedStretch(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int previous = context.wordStarts().at(figure.start()) - 1;
        if (previous >= 0 && figure.start() - words.get(previous).end() <= 2
                && WHOLE_WORDS.contains(words.get(previous).folded())) {
            return false;
        }
        String text = context.text();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("delimitation".equals(hit.value()) && FigureContext.nearAfter(hit, figure, DELIMITATION_AFTER)) {
                for (int i = figure.end(); i < hit.start(); i++) {
                    char c = text.charAt(i);
                    if (c == ';' || c == '(' || c == ')' || Character.isDigit(c)) {
                        return false; // another clause, an aside or another figure comes between
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Nouns of a border that a length may qualify: "the 970-kilometer border", "la frontière". */
    private static final List<String> BORDER_NOUN_STEMS = Words.foldAll("border", "boundary", "frontiere", "границ",
            "шекара", "chegara");

    /**
     * "the demarcation of the 970-kilometer border": a length right after an article or a word of wholeness that
     * qualifies the border noun right after it is the whole border's length (decision 46 of round 37: `border.length`
     * is a whole border), though the word of delimitation comes before it; "delineating 12 kilometers of the border"
     * and "описано свыше 81 километра линии границы" stay stretches.
     */
    private static boolean namesTheWholeBorder(FigureContext context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.start());
        if (borderNamedBefore(words, first, figure)) {
            return true;
        }
        if (first <= 0 || figure.start() - words.get(first - 1).end() > 2
                || !WHOLE_WORDS.contains(words.get(first - 1).folded())) {
            return false;
        }
        int next = context.wordStarts().at(figure.end());
        if (next < words.size() && "long".equals(words.get(next).folded())) {
            next++; // "the 970 kilometer-long border"
        }
        return next < words.size() && words.get(next).start() - figure.end() <= 2
                && Words.startsWithAny(words.get(next).folded(), BORDER_NOUN_STEMS);
    }

    /** The link between a border noun and its length after it: "la frontière de", "the border of". */
    private static final Set<String> LENGTH_LINKS = Set.copyOf(Words.foldAll("de", "d", "of"));

    /**
     * "pour délimiter la frontière de 1.000 kilomètres entre les deux pays", "to demarcate the border of 970
     * kilometres": a length linked by "de" or "of" to a border noun that an article or a word of wholeness opens is
     * the border's own length (decision 46 of round 37: `border.length` is the whole border), as "the 970-kilometer
     * border" is; "délimiter 300 kilomètres de la frontière" (the length before the noun) stays a stretch.
     */
    private static boolean borderNamedBefore(List<Words.Word> words, int first, SurfaceFigure figure) {
        if (first < 3) {
            return false;
        }
        Words.Word link = words.get(first - 1);
        Words.Word noun = words.get(first - 2);
        Words.Word article = words.get(first - 3);
        return figure.start() - link.end() <= 2 && LENGTH_LINKS.contains(link.folded())
                && link.start() - noun.end() <= 2 && Words.startsWithAny(noun.folded(), BORDER_NOUN_STEMS)
                && noun.start() - article.end() <= 2 && WHOLE_WORDS.contains(article.folded());
    }

    /** Whether the sentence, or the one before it in its paragraph, names builders working abroad. */
    private static boolean builtByContractors(FigureContext context, Sentences.Sentence sentence,
                                              Sentences.Sentence previous) {
        return FigureContext.hasCue(context, sentence, "contractor") || previous != null
                && previous.paragraph() == sentence.paragraph() && FigureContext.hasCue(context, previous, "contractor");
    }

    /** {@link Subjects#drillContingents} for a figure of {@code sentence}, with the sentence before it. */
    private static List<String> drillContingents(List<String> subjects, FigureContext context,
                                                 Sentences.Sentence sentence, Sentences.Sentence previous) {
        List<Mention> before = previous == null ? List.of() : context.mentionsIn(previous.start(), previous.end());
        return Subjects.drillContingents(subjects, context.text(), context.mentionsIn(sentence.start(), sentence.end()),
                before, previous == null ? 0 : previous.start(),
                previous != null && context.sentenceFinds(FigureMeasures.DRILL_GATE, previous),
                previous == null ? 0 : previous.end(), context.article().title());
    }

    private static List<Mention> paragraphMentions(FigureContext context, Sentences.Sentence sentence) {
        int index = FigureContext.sentenceOf(context, sentence.start());
        if (!context.sentences().get(index).equals(sentence)) {
            return findParagraphMentions(context, sentence);
        }
        List<Mention> known = context.facts().paragraphMentions[index];
        if (known == null) {
            known = findParagraphMentions(context, sentence);
            context.facts().paragraphMentions[index] = known;
        }
        return known;
    }

    /** How many sentences before a figure's may name the owner of the list it stands in. */
    private static final int OWNER_SENTENCES_BEFORE = 2;

    /** The mentions of the sentences right before {@code sentence}, whatever paragraph they stand in. */
    private static List<Mention> mentionsBefore(FigureContext context, Sentences.Sentence sentence) {
        int at = FigureContext.sentenceOf(context, sentence.start());
        int from = context.sentences().get(Math.max(0, at - OWNER_SENTENCES_BEFORE)).start();
        return from < sentence.start() ? context.mentionsIn(from, sentence.start()) : List.of();
    }

    private static List<Mention> findParagraphMentions(FigureContext context, Sentences.Sentence sentence) {
        int first = sentence.start();
        int last = sentence.end();
        // A paragraph's sentences follow one another: its neighbours are all there is to look at, not the whole text.
        List<Sentences.Sentence> sentences = context.sentences();
        int at = FigureContext.sentenceOf(context, sentence.start());
        for (int i = at; i >= 0 && sentences.get(i).paragraph() == sentence.paragraph(); i--) {
            first = Math.min(first, sentences.get(i).start());
        }
        for (int i = at; i < sentences.size() && sentences.get(i).paragraph() == sentence.paragraph(); i++) {
            last = Math.max(last, sentences.get(i).end());
        }
        return context.mentionsIn(first, last);
    }

    /**
     * Whether the figure stands in a parenthesis that opens right after the figure before it, or that also holds the
     * figure before it: "$900 million (imports of $858 million, exports of $42 million)".
     */
    private static boolean partOfASumBefore(SurfaceFigure figure, FigureContext context, ExtractedFigure before) {
        Sentences.Sentence sentence = context.sentences().get(FigureContext.sentenceOf(context, figure.start()));
        if (before.offset() < sentence.start() || before.offset() >= figure.start()) {
            return false; // the figure before is in another sentence, or is the headline's
        }
        String text = context.text();
        int open = -1;
        for (int i = figure.start() - 1; i >= sentence.start() && open < 0; i--) {
            if (text.charAt(i) == ')') {
                return false; // the parenthesis closes before the figure
            }
            open = text.charAt(i) == '(' ? i : -1;
        }
        int close = figure.end();
        while (close < Math.min(sentence.end(), text.length()) && text.charAt(close) != ')') {
            close++;
        }
        if (open < 0 || close >= Math.min(sentence.end(), text.length())) {
            return false;
        }
        // The figure before stands in the same parenthesis (the parts go on), or right before it (the sum).
        return open < before.offset() || partOfASumBefore(before, context, open);
    }

    /** Whether only blanks stand between the end of the figure before and the parenthesis at {@code open}. */
    private static boolean partOfASumBefore(ExtractedFigure before, FigureContext context, int open) {
        int end = before.offset() + before.text().length();
        return end <= open && context.text().substring(end, open).isBlank();
    }

    /**
     * "10 million soums ($800) at the end of 2023", "3 млрд рублей ($40 млн)": a figure in parentheses right
     * after another one restates it in another unit, for the same period.
     */
    private static boolean conversionOf(SurfaceFigure figure, FigureContext context, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || !figure.isMoney() || figure.unit().equals(before.unit())) {
            return false; // "$96 million ($71 million for the same period in 2023)": another sum, no conversion
        }
        String text = context.text();
        int open = figure.start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return false;
        }
        int end = before.offset() + before.text().length();
        if (end > open) {
            return false;
        }
        for (int i = end; i < open; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Unit classes whose figures can restate one another: money, lengths, and each other unit with itself. */
    private static String dimension(String unit) {
        return UnitLexicon.unit(unit).isCurrency() ? "money" : LENGTH_UNITS.contains(unit) ? "length" : unit;
    }

    /**
     * Whether the figure opens a parenthesis right after the figure before it and states the same kind of quantity:
     * "1,350-kilometre (839-mile)", "3.8 billion soms ($54.4 million)". A percentage in brackets after a sum ("$2
     * billion (+12%)") is its change, not a restatement.
     */
    private static boolean restatesInParentheses(SurfaceFigure figure, FigureContext context, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || "percent".equals(figure.unit()) || TIMES.equals(figure.unit())
                || !dimension(figure.unit()).equals(dimension(before.unit()))) {
            return false;
        }
        String text = context.text();
        int open = figure.start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        int end = before.offset() + before.text().length();
        if (open < end || text.charAt(open) != '(') {
            return false;
        }
        for (int i = end; i < open; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Beginnings of words that say companies were set up: "new", "created", "established", "созданы", "créées". */
    private static final List<String> CREATION_STEMS = Stems.copyOf(Words.foldAll("new", "creat", "establish",
            "founded", "нов", "создан", "создано", "созданы", "учрежд", "nouvel", "nouveaux", "cree", "creee", "creees",
            "crees"));
    /** How many words after a count of companies may say they were set up; before it, a third of that. */
    private static final int CREATION_REACH = 8;

    /** Whether a count of companies counts ones set up (a word of creation right around it in its sentence). */
    private static boolean countsNewCompanies(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.indexedWords();
        int at = Subjects.indexAt(words, figure.numberEnd());
        for (int i = Math.max(0, at - CREATION_REACH / 3 - 1); i < Math.min(words.size(), at + CREATION_REACH); i++) {
            Words.Word word = words.get(i);
            if (word.start() < sentence.start() || word.start() >= sentence.end()) {
                continue;
            }
            if (Words.startsWithAny(word.folded(), CREATION_STEMS) && !describesOperatingCompanies(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Words after a word of creation that make it describe companies at work, not ones set up in a span. */
    private static final List<List<String>> OPERATING_AFTER_CREATION = List.of(Words.foldAll("with", "participation"),
            Words.foldAll("with", "the", "participation"), Words.foldAll("с", "участием"),
            Words.foldAll("avec", "la", "participation"), Words.foldAll("avec", "participation"),
            Words.foldAll("operations"), Words.foldAll("a", "presence"), Words.foldAll("presence"));

    /**
     * Decision 60 of round 38: "enterprises established with participation of Tajik capital", "companies have
     * established operations in Kazakhstan" name companies with the partner's participation operating in the host,
     * the stock the metric counts; the creation word describes them and counts no companies set up in a span.
     */
    private static boolean describesOperatingCompanies(List<Words.Word> words, int creation) {
        for (List<String> phrase : OPERATING_AFTER_CREATION) {
            if (creation + phrase.size() >= words.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < phrase.size() && same; k++) {
                same = words.get(creation + 1 + k).folded().equals(phrase.get(k));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Whether an "event" cue (servicemen, vehicles, people) is what the count counts: right after its number. */
    static boolean countsEventParticipants(SurfaceFigure figure, FigureContext context) {
        return countsCueRightAfter(figure, context, "event");
    }

    /** Whether a cue of the given kind stands right after the figure's number, as the noun of what it counts. */
    static boolean countsCueRightAfter(SurfaceFigure figure, FigureContext context, String kind) {
        for (CueLexicon.Hit<String> hit : TextWalks.within(context.cueHits(), CueLexicon.Hit::start, figure.numberEnd(),
                Math.max(figure.end(), figure.numberEnd() + EVENT_NOUN_REACH))) {
            if (kind.equals(hit.value())) {
                return true;
            }
        }
        return false;
    }

    /** "совместных узбекско-российских предприятий", "совместные казахстанские предприятия": joint, parties, enterprises. */
    private static final Pattern JOINT_WITH_PARTIES = Pattern.compile(
            "(?iU)\\bсовместн\\w*\\s+(?:\\w+-)?\\w+(?:ск|цк)\\w*\\s+предприят");

    /** The funds right after a percentage: "51% of the funds", "51% средств", "51% des fonds". */
    private static final Pattern FUNDS_RIGHT_AFTER = Pattern.compile(
            "(?iU)\\s*(?:of\\s+(?:the\\s+|its\\s+)?|des\\s+|du\\s+)?(?:funds|funding|financing|средств|финансировани|fonds|financement)");

    /** "with", "с", "avec" and an article, right before a party: the partner of a joint undertaking. */
    private static final Pattern WITH_BEFORE = Pattern.compile(
            "(?iU)\\b(?:with|с|со|avec)(?:\\s+(?:the|le|la|les))?\\s*(?:l['’])?\\s*$");

    /** The one of the figure's subjects that its sentence names right after "with"; null when there is none. */
    private static String partnerAfterWith(FigureContext context, Sentences.Sentence sentence, List<String> subjects) {
        for (Mention m : context.mentionsIn(sentence.start(), sentence.end())) {
            if (subjects.contains(m.code()) && WITH_BEFORE.matcher(
                    context.text().substring(Math.max(sentence.start(), m.start() - 12), m.start())).find()) {
                return m.code();
            }
        }
        return null;
    }

    /**
     * The text between {@code from} and {@code to}, with the conjunction of a pair of parties ("between Iran and
     * Uzbekistan", "entre la Chine et le Kazakhstan", "между Ираном и Узбекистаном", and a conjunction between two
     * names, "Ирана и Узбекистана", "l'Iran et l'Ouzbékistan") blanked: it joins two names, not two clauses, so "Oil
     * trade between Iran and Uzbekistan reached $450 million" is still the trade of the product. The result has the
     * span's length, so offsets into it stay those of the span.
     */
    static String pairless(String text, int from, int to) {
        String span = text.substring(from, to);
        String folded = " " + span.toLowerCase(java.util.Locale.ROOT) + " ";
        char[] chars = null;
        for (String pair : PAIR_WORDS) {
            int at = folded.indexOf(pair);
            if (at < 0) {
                continue;
            }
            for (String conjunction : PAIR_CONJUNCTIONS) {
                int joined = folded.indexOf(conjunction, at + pair.length() - 1);
                if (joined >= 0) {
                    chars = span.toCharArray();
                    blank(chars, joined, conjunction);
                    return new String(chars);
                }
            }
        }
        for (String conjunction : PAIR_CONJUNCTIONS) {
            for (int joined = folded.indexOf(conjunction); joined >= 0; joined = folded.indexOf(conjunction, joined + 1)) {
                // folded's index of the conjunction's leading space is span's index of the conjunction's word
                if (joined > 0 && capitalisedBefore(span, joined - 1)
                        && capitalisedAfter(span, joined + conjunction.length() - 1)) {
                    chars = chars == null ? span.toCharArray() : chars;
                    blank(chars, joined, conjunction);
                }
            }
        }
        return chars == null ? span : new String(chars);
    }

    /** Blanks the word of {@code conjunction} (its spaces excluded) that starts at {@code at} of the span. */
    private static void blank(char[] chars, int at, String conjunction) {
        for (int i = at; i < at + conjunction.length() - 2 && i < chars.length; i++) {
            chars[i] = ' ';
        }
    }

    /** Whether the word ending just before {@code end} (a space) starts with a capital: a name. */
    private static boolean capitalisedBefore(String span, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(span.charAt(i - 1))) {
            i--;
        }
        return i < end && Character.isUpperCase(afterElision(span, i, end));
    }

    /** Whether the word starting at {@code start} (after a space) starts with a capital, past "l'" or "d'". */
    private static boolean capitalisedAfter(String span, int start) {
        return start < span.length() && Character.isUpperCase(afterElision(span, start, span.length()));
    }

    /** The first letter of a word at {@code from}, past an elided article ("l'Iran", "d’Ouzbékistan"). */
    private static char afterElision(String span, int from, int to) {
        if (from + 2 < to && (span.charAt(from + 1) == '\'' || span.charAt(from + 1) == '\u2019')
                && "lLdD".indexOf(span.charAt(from)) >= 0) {
            return span.charAt(from + 2);
        }
        return span.charAt(from);
    }

    /** The period a headline sets ("Trade up 20% in January-June"), for body sentences that state none; or null. */
    public static String periodOf(String title, Publication publication) {
        return FigurePeriods.periodOf(title, publication);
    }
}
