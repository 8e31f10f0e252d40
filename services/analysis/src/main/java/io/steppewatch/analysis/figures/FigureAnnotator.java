package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    private static final String TIMES = "times";
    private static final String RANK = "rank";
    private static final int CUE_WINDOW_BEFORE = 80;
    private static final int CUE_WINDOW_AFTER = 25;
    private static final double AFTER_PENALTY = 1.5;
    /** How much farther a cue counts when it completes an earlier figure of the sentence (see namesFigureBefore). */
    private static final double TAKEN_CUE_PENALTY = 4;
    /** How far after a figure a period still belongs to it ("$94.82 billion in 2024"). */
    private static final int RIGHT_AFTER = 12;
    /** How far before a period a word of comparison may set it on a compared figure ("compared to 11 for the whole of"). */
    private static final int COMPARED_REACH = 60;
    /** How close after a figure a change of it is written ("$13.2 billion (+34.7%)"). */
    private static final int JUST_AFTER = 12;
    /** How many sentences back a period carries to a sentence that states none. */
    private static final int CARRY_SENTENCES = 3;
    /** How many paragraphs back a period carries (news often writes one sentence a paragraph). */
    private static final int CARRY_PARAGRAPHS = 3;
    /** How many sentences of the body's first paragraph continue the headline (see leads). */
    private static final int LEAD_SENTENCES = 2;
    private static final String EXPORT_BAN = "exportban.items";
    private static final String ROUTE_LENGTH = "route.length";
    private static final String CAPACITY = "cargo.capacity";
    private static final String TRADE = "trade.";
    private static final String AGRIFOOD = "trade.agrifood_turnover";
    private static final String COMPANIES = "companies.count";
    private static final String CARGO_VOLUME = "cargo.volume";
    /**
     * Metrics of one party in another whose one-country form is a different quantity: all the investment a country
     * received, all its foreign students. (Joint ventures or jobs counted in one country are still the partner's,
     * named elsewhere in the article.)
     */
    private static final Set<String> BETWEEN_TWO_PARTIES = Set.of("investment.total",
            "students.count", "scholarships.count");
    private static final String BORDER_LENGTH = "border.length";
    private static final String INVESTMENT = "investment.total";
    private static final String JOINT_PROJECTS_COUNT = "jointprojects.count";
    private static final String JOINT_PROJECTS_VALUE = "jointprojects.value";
    private static final Set<String> CONVEYANCE_METRICS = Set.of("cargo.volume", "cargo.containers", "cargo.capacity");
    private static final Set<String> CONVEYANCE_UNITS = Set.of("t", "TEU", "count");
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
    private static final int RATE_REACH = 40;
    private static final List<String> YEARLY = List.of("per year", "a year", "per annum", "annually", "/year", "в год",
            "ежегодно", "par an", "yiliga", "йилига", "жылына");
    private static final int LEVEL_REACHED_GAP = 60;
    private static final List<String> REACH_LINKS = List.of(" to reach ", " reaching ", " reached ", " atteignant ",
            " pour atteindre ", " pour s etablir a ", " достигнув ", " достигли ", " составив ", " до ");
    /** Words joining a change and the same change in money or tonnes: "25.2 percent, equivalent to $10.25 billion". */
    private static final Set<String> RESTATING_LINKS = Set.of("or", "ou", "soit", "equivalent to", "equal to",
            "или", "that is", "i.e.", "c est a dire", "or by", "или на", "немесе", "yoki");
    /** Units besides money in which an absolute change may restate the change before it ("or by 10.5 million tons"). */
    private static final Set<String> RESTATED_UNITS = Set.of("t", "TEU", "m3");
    private static final int RESTATE_GAP = 30;
    /** The word after a comparison that names what it is compared with: "more than", "de plus qu'en", "больше, чем". */
    private static final Set<String> THAN = WordSet.of("than", "que", "qu", "чем");
    /** "больше на $200 миллионов", "more by $2 billion": a comparison, then "by" the sum. */
    private static final Set<String> COMPARISONS_BEFORE_BY = WordSet.of("more", "less", "больше", "меньше");
    private static final Set<String> CHANGE_LINKS_OF_COMPARISON = WordSet.of("by", "на");
    /** Words of a counted phrase that make its companies joint ventures ("400 joint Kazakh-Uzbek companies"). */
    private static final List<String> JOINT_WORDS = Words.foldAll("joint", "совместн", "qo'shma", "qoshma", "кўшма",
            "қўшма", "бірлескен", "mixte", "commune");
    /** Words between a word of change and the sum it moved by: "increased by", "an increase of", "вырос на". */
    private static final Set<String> CHANGE_LINKS = WordSet.of("by", "of", "на", "de");
    private static final Set<String> APPROXIMATIONS = WordSet.of("almost", "nearly", "about",
            "around", "some", "over", "roughly", "approximately", "почти", "около", "порядка", "pres", "environ",
            "plus", "more", "than", "более", "свыше", "d", "only", "just", "лишь", "всего");
    /** Nouns of change that may follow the sum they name ("a $2.2 billion rise"). */
    private static final Set<String> CHANGE_NOUNS = Set.of("rise", "increase", "decrease", "drop",
            "decline", "gain", "jump", "growth", "fall", "reduction", "hike", "surge", "contraction");
    /** Nouns of change that a verb of amounting gives a sum to ("the increase amounted to $2 billion"). */
    private static final Set<String> CHANGE_SUBJECTS = WordSet.of("rise", "increase", "decrease", "drop", "decline",
            "gain", "growth", "fall", "reduction", "surge", "hausse", "augmentation", "baisse", "croissance",
            "diminution", "рост", "прирост", "увеличение", "снижение", "сокращение", "падение");
    /**
     * Verbs of amounting, as folded word sequences ending right before the sum. Not "reached": "the growth of trade
     * reached $5 billion" names the level the growth took trade to.
     */
    private static final Set<String> AMOUNTING = Set.of("amounted to", "amount to", "amounts to", "totaled",
            "totalled", "was",
            "stood at", "came to", "made up", "составил", "составила", "составило",
            "s est elevee a", "s est eleve a", "etait de", "est de");
    private static final int AMOUNTING_WORDS = 4;
    private static final Set<String> AMOUNTING_LAST_WORDS = AMOUNTING.stream()
            .map(p -> p.substring(p.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int CHANGE_SUBJECT_REACH = 4;
    /** Words that lead to the level a share moved to: "rose to 80%", "до 80%", "passée à 80 %". */
    private static final Set<String> LEVEL_LINKS = WordSet.of("to", "до", "a");
    /** Verbs right before the level a named share stands at: "is currently approaching 70-75%", "составляет 55%". */
    private static final Set<String> SHARE_LEVEL_VERBS = WordSet.of("approaching", "approaches", "reached", "reaches",
            "reaching", "составляет", "составила", "достигла", "достигает", "atteint", "atteignant", "avoisine");
    /** Verbs after "на N%" that make the percentage a part of a whole: "на 95% зависит", "на 80% состоит из". */
    private static final List<String> PART_OF_WHOLE_STEMS = Stems.copyOf(Words.foldAll("завис", "состоит", "состоят",
            "состоял", "обеспечива", "покрыва", "формируется", "формируются"));
    /** Verbs of raising a level, not in the past: "boost trade to", "porter le volume à", "довести до". */
    private static final Set<String> RAISING_VERBS = WordSet.of("boost", "boosting", "expand", "expanding", "bring",
            "bringing", "raise", "raising", "lift", "elevate", "elevating", "ramping", "porter", "amener", "augmenter",
            "accroitre", "etendre", "doubler", "довести", "доведение", "доведения", "увеличить", "нарастить", "поднять",
            // The future of raising, which cannot be a move made: "porteront leurs échanges à", "увеличат объем
            // перевозок до 60 млн тонн" (the perfective present is a future)
            "porteront", "augmentera", "augmenteront", "accroitront", "увеличит", "увеличат", "нарастит", "нарастят",
            "доведет", "доведут",
            // Gerunds and nouns of raising, which name a plan, not a move made ("increasing the port's container capacity
            // to 250 thousand TEUs", "увеличение товарооборота до 5 млрд")
            "increasing", "doubling", "tripling", "увеличение", "увеличения", "наращивание", "наращивания");
    /** Words that may stand between "to" and the level: "to at least $2 billion", "до почти 5 млрд". */
    private static final Set<String> LEVEL_FILLERS = WordSet.of("at", "least", "about", "almost", "nearly", "around",
            "approximately", "over", "more", "than", "environ", "pres", "de", "plus", "около", "почти", "более",
            "свыше", "порядка");
    private static final int LEVEL_FILLER_REACH = 3;
    private static final int RAISING_REACH = 8;
    /** The percent word with a dative ending: Uzbek "foizga", "фоизга", Kazakh "пайызға" ("by ... percent"). */
    private static final Pattern DATIVE_PERCENT = Pattern.compile(
            "(?iu)(?:foiz|фоиз|пайыз)(?:ga|га|ға)$");
    /** Kazakh and Uzbek dative endings written after a percent sign ("3%-ға өсті": grew by 3%). */
    private static final Set<String> DATIVE_SUFFIXES = Set.of("ға", "ге", "қа", "ке", "га", "ga",
            "ka");
    private static final Set<String> CHANGE_NOUN_LINKS = Set.of("of", "de");
    /** Uzbek and Kazakh dative endings of a unit word ("долларга", "dollarga", "тоннаға", "долларға"). */
    private static final List<String> DATIVE_ENDINGS = Words.foldAll("ga", "га", "ға", "ge", "ге", "ка", "қа", "ке");
    /** Uzbek and Kazakh words of more, less and moving after a dative sum: "кўп", "ko'p", "oshdi", "өсті", "азайды". */
    private static final List<String> MOVE_STEMS = Words.foldAll("кўп", "ko'p", "kop", "ko‘p", "ортиқ", "ortiq", "ошди",
            "oshdi", "oshgan", "ошган", "ўсди", "o'sdi", "o‘sdi", "осди", "kamay", "камай", "kamroq", "камроқ", "көп", "артық",
            "өсті", "артты", "азай", "қысқар", "артып", "өсіп", "ұлғай", "oshib", "ошиб", "o'sib", "o‘sib", "ўсиб");
    /** "or" between a dative sum and the same change in percent: "1,3 млрд долларига ёки 29,2 фоизга ошган". */
    private static final Set<String> TURKIC_OR = Set.copyOf(Words.foldAll("ёки", "yoki", "немесе"));
    /** The most words from a dative sum, past "or" and the percentage, to the verb of moving. */
    private static final int TURKIC_OR_REACH = 5;
    /** Uzbek and Kazakh verbs of raising something to a level, not in the past ("oshirish", "ошириш", "арттыру"). */
    private static final List<String> TURKIC_RAISING = Words.foldAll("oshir", "ошир", "oshish", "ошиш", "yetkaz", "етказ",
            "кўпайтир", "арттыр", "жеткіз", "ұлғайт", "көбейт");
    /** Uzbek and Kazakh stems of "reach" ("yetdi", "етди", "жетті"). */
    private static final List<String> REACH_VERBS = List.of("yet", "ет", "жет");
    /** How far before "of" / "de" a noun of change may end ("une croissance sans précédent de 30 %"). */
    private static final int CHANGE_NOUN_REACH = 20;
    /** How far before "by" / "of" / "на" the word of change may end ("increase in trade turnover of"). */
    private static final int CHANGE_LINK_REACH = 2;
    private static final Set<String> BASE_POSTPOSITIONS = Set.of("nisbatan", "нисбатан",
            "қарағанда", "салыстырғанда", "karaganda");
    /** Nouns between a base year and its own sum: "compared to the 2022 figures ($770 million)". */
    private static final Set<String> BASE_NOUNS = Set.of("figure", "figures", "level", "levels",
            "indicator", "indicators", "niveau", "показателем", "показателями", "уровнем");
    /**
     * "That" or "corresponding" before "period" in a Turkic base: "шу даврига", "shu davriga", "осы кезеңге",
     * "mos davriga", "сәйкес кезеңімен".
     */
    private static final Set<String> SAME_PERIOD_WORDS = Set.of("шу", "shu", "осы", "mos", "мос", "сәйкес");
    private static final Set<String> YEAR_WORDS = Set.of("году", "года", "год", "г", "year",
            "yilda", "yil", "jyly");
    /** How many words around a length may say it is a distance from a place. */
    private static final int DISTANCE_REACH = 4;
    private static final int ROUTE_END_REACH = 8;
    private static final Set<String> DISTANCE_NOUNS = Set.of("distance", "расстоянии");
    private static final Set<String> FRENCH_FROM = Set.of("de", "d", "du", "des");
    /**
     * Projects done ("19 projects worth $2 billion have been implemented", "реализовано 20 проектов", "projets
     * réalisés") or only looked at ("21 projects worth $1 billion are being explored") are no joint projects under
     * way, which is what the vocabulary's jointprojects metrics count and value.
     */
    private static final Set<String> PROJECTS_DONE = Set.copyOf(Words.foldAll("implemented", "completed",
            "commissioned", "realised", "realized", "реализовано", "реализованы", "реализован", "завершено",
            "завершены", "realises", "acheves", "amalga"));
    private static final Set<String> PROJECTS_LOOKED_AT = Set.copyOf(Words.foldAll("explored", "studied",
            "considered", "discussed", "examined", "рассматриваются", "прорабатываются", "etudies", "examines"));
    private static final Set<String> PROGRESSIVE = Set.of("being", "are", "is");
    /** How many words either side of a project figure its verb may stand. */
    private static final int PROJECT_VERB_REACH = 8;
    /** Words of degree between "à" and a distance ("à seulement 20 km de la frontière", "à environ 60 km de"). */
    private static final Set<String> FRENCH_DISTANCE_FILLERS = Set.of("seulement", "environ", "quelque", "peine");
    /** Points of the compass after a distance ("60 km south of", "312 km à l'est de", "в 20 км к югу от"). */
    private static final Set<String> COMPASS_BEFORE_OF = Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest");
    private static final Set<String> COMPASS_ALONE = Set.copyOf(Words.foldAll("севернее", "южнее", "восточнее",
            "западнее"));
    /** French and Russian points of the compass, after "à l'", "au" or "к" ("à l'est de", "к югу от"). */
    private static final Set<String> COMPASS_LINKED = Set.copyOf(Words.foldAll("nord", "sud", "est", "ouest",
            "северу", "югу", "востоку", "западу", "северо", "юго"));
    private static final Set<String> COMPASS_LINKS = Set.of("a", "au", "l", "к");
    /** Words before a length that make it the whole of what it measures ("the 970 km border", "total length"). */
    private static final Set<String> WHOLE_WORDS = Set.copyOf(Words.foldAll("the", "its", "their", "total", "totale",
            "entire", "whole", "all", "la", "le", "les", "des", "общей", "общая", "всей", "вся", "всего"));
    /** How far after a length a word of delimitation may stand in its clause ("504 kilometers has been delineated"). */
    private static final int DELIMITATION_AFTER = 60;
    private static final Set<String> ROUTE_ENDS = Set.of("to", "until", "through", "via");
    /** How many words the noun phrase a count counts may have ("600 Uzbek economic entities"). */
    private static final int COUNTED_PHRASE_WORDS = 4;
    /** Nouns that count anything: what they count comes from the context ("2 тыс. человек", "106 goods"). */
    private static final Set<String> GENERIC_COUNTERS = Set.copyOf(Words.foldAll("people", "persons", "personnes",
            "человек", "людей", "goods", "items", "products", "produits", "articles", "types", "kinds", "categories",
            "видов", "вида", "товаров", "товара", "наименований", "позиций", "единиц", "units", "unites", "positions",
            "odam", "kishi", "turdagi", "adam", "товарах", "товарам", "видах", "thousand", "thousands", "million",
            "millions", "milliers", "тысяч", "тысячи", "тысяча", "тыс", "миллион", "миллиона", "миллионов", "млн"));
    /** How far after a count's number the noun it counts may start ("800 pieces of military hardware"). */
    private static final int EVENT_NOUN_REACH = 24;
    private static final String DAYS = "days";
    private static final Set<String> TIMELESS_UNITS = Set.of("km", "mi", "nmi", "m", "ft", "years",
            "days", "m/s", "km/h", "mph");
    /** Units whose figures have no period even when their sentence names one ("in 2014, 48 km of the road"). */
    private static final Set<String> UNDATED_UNITS = Set.of("km", "mi", "nmi", "m", "ft", "years",
            "m/s", "km/h", "mph");
    private static final List<String> COMPARED = List.of("contre", "against", "versus", "vs", "vs.", "compared to",
            "compared with", "против", "par rapport a", "up from", "down from", "in contrast to");
    /** Articles that may stand between a word of comparison and its figure ("in contrast to the $186.6 million"). */
    private static final List<String> COMPARED_ARTICLES = List.of(" the", " les", " le", " la");
    /** Words that open a "from ... to" range when they end the text before a figure ({@link #endsWithWord}). */
    private static final List<String> RANGE_START = List.of("from", "from the current", "с", "de", "du", "от");
    private static final List<String> RANGE_END = List.of("to", "до", "a", "au", "jusqu'a");
    /** Words of aim that, after a change, only say where it took the level (see reachedAfterAChange). */
    private static final Set<String> REACH = Set.of("to reach", "atteindre", "достичь");
    private static final Set<String> LENGTH_UNITS = Set.of("km", "mi", "nmi", "ft", "m");
    /** Units of the flows and stocks whose future level is a forecast ("will carry 5 million tons"). */
    private static final Set<String> FORECAST_UNITS = Set.of("t", "m3", "TEU", "kWh", "bbl", "days");
    private static final Set<String> ENERGY_UNITS = Set.of("kWh", "MW", "GW", "bbl");
    /** Currencies read (so their numbers are no counts) that the labelling standard's unit list does not have. */
    private static final Set<String> UNLISTED_CURRENCIES = Set.of("KGS", "TJS", "TMT", "GBP", "JPY", "CHF");
    /** How far after a figure a word of aim or of the future still speaks of it, in its clause. */
    private static final int GOAL_AFTER = 40;
    /** What stands between the two ends of a range ("7-8", "3 to 5", "de 7 à 8"), once folded and trimmed. */
    private static final Set<String> RANGE_JOINTS = Set.of("-", "\u2013", "\u2014", "to", "a",
            "до", "or", "ou", "или", "and", "et", "и", "va");
    private static final int RANGE_JOINT_LENGTH = 5;
    /** How far apart two items of a list of parties and figures may be ("7.5 percent, Uzbekistan - 6.5 percent"). */
    private static final int LIST_GAP = 40;
    /** How far the end of a "from ... to" range may be from its start (an aside such as "(TEU)" may come between). */
    private static final int RANGE_GAP = 40;
    // Matched against folded text, where "й" is "и": the cues are folded the same way.
    private static final List<String> BASE_CUES = Stream.of("compared to", "compared with", "than", "than in",
            "than the", "versus", "vs", "vs.", "against", "over", "по сравнению с", "по сравнению со", "против",
            "чем", "чем в", "чем за", "относительно", "par rapport a", "par rapport au", "contre", "qu en", "que",
            "qu'en", "par rapport a l'annee", "par rapport aux", "par rapport", "compared to the", "compared with the",
            "% from", "percent from", "per cent from", "up from", "down from", "compare a", "comparativement a", "since", "depuis", "с", "с момента",
            "between", "entre", "между", "relative to", "relative to the", "same period in", "same time in",
            "same period of", "the figure in", "в сравнении с", "a la meme periode de", "аналогичным периодом",
            "аналогичный период", "соответствующим периодом", "like period of", "like period in", "same time in",
            "a la meme periode", "meme periode de", "meme periode en", "same period", "from the same time in", "periode precedente",
            "the previous period", "предыдущим периодом", "предыдущий период", "above", "above the", "below",
            "below the", "qu'", "к уровню", "к показателям", "к показателю", "corresponding period in",
            "corresponding period of", "same months of", "same months in", "same timeframe in", "same timeframe of",
            "comparable period of", "comparable period in", "compared to in", "compared with in",
            // "a $5.4 billion increase from 2023", "growth from 2022": the year a change is counted from
            "increase from", "rise from", "growth from", "decrease from", "decline from", "drop from", "jump from",
            "fall from",
            // "остался на уровне прошлого года", "at the level of 2023", "au niveau de 2023": the level compared with
            "на уровне", "at the level of", "at last year's level", "au niveau de", "au niveau d'",
            "au meme niveau qu'",
            // "на 7,2% выше уровня 2024 года": the level a change is measured from
            "выше уровня", "ниже уровня",
            // "22,9 процента от уровня 2014 года": the share of a level a year before (gold-p)
            "от уровня").map(c -> c.replace('й', 'и')).toList();
    /** Base cues that count a change from a year; a span after them is the change's own ("growth from 2017 to 2023"). */
    private static final Set<String> CHANGE_FROM_CUES = Set.of("increase from", "rise from", "growth from",
            "decrease from", "decline from", "drop from", "jump from", "fall from");
    /**
     * Nouns for the figures of a period that may stand between a base cue and the period, with the words that link
     * them: "par rapport aux données des trois premiers trimestres de 2024", "compared to the figures of 2023",
     * "по сравнению с показателями 2023 года".
     */
    private static final Set<String> BASE_DATA_NOUNS = Set.of("donnees", "chiffres", "indicateurs", "resultats",
            "niveau", "data", "figures", "indicators", "results", "level", "levels", "показателями", "показателем",
            "данными", "уровнем", "итогами");
    private static final Set<String> BASE_DATA_LINKS = Set.of("des", "de", "du", "of", "the", "for", "за");

    /** Base cues that also open a span written after them ("с января по август"). */
    private static final Set<String> SPAN_OPENING_CUES = Set.of("с", "since", "depuis");

    /** Relative words that count from a year the text narrates rather than from the day it was written. */
    private static final List<String> BEFORE_ANOTHER_YEAR = List.of("previous", "earlier", "before", "precedente",
            "предыдущ", "ранее", "plus tot", "auparavant", "a year ago", "год назад", "il y a un an");
    /** Words of a year-on-year comparison after its base year (Uzbek, Kazakh): "шу даврига", "shu davriga", "осы кезең". */
    // Folded as the text they are looked for in is: "сәйкес" is "сәикес" there.
    private static final List<String> SAME_PERIOD_AFTER = Words.foldAll("шу давр", "shu davr", "осы кезең", "mos davr",
            "мос давр", "сәйкес кезең");
    /** Words of a year-on-year comparison, before its base year. */
    private static final List<String> SAME_PERIOD_CUES = List.of("same period", "same time", "like period",
            "corresponding period", "meme periode", "аналогичн", "соответствующ", "same months", "comparable period");

    private static final List<String> COMPARATIVES = List.of("plus", "moins", "davantage", "autant", "superieur",
            "inferieur", "hausse", "baisse", "contre");

    private static final List<String> CONJUNCTIONS = List.of(" and ", " while ", " whereas ", " et ", " alors que ",
            " tandis que ", " и ", " а ", " тогда как ", " в то время как ");

    /** Words that open a pair of parties, whose conjunction joins two names (see {@link #pairless}). */
    private static final List<String> PAIR_WORDS = List.of(" between ", " entre ", " между ");
    private static final List<String> PAIR_CONJUNCTIONS = List.of(" and ", " et ", " и ");

    private final FigureExtractor extractor;
    private final CueLexicon cues;

    public FigureAnnotator(FigureExtractor extractor, CueLexicon cues) {
        this.extractor = extractor;
        this.cues = cues;
    }

    /**
     * The hits of the sentence last asked about: the rules ask again and again for the cues of the sentence of the
     * figure at hand, and the figures come sentence by sentence. One per article, like its Context.
     */
    private static final class LastHits<H extends CueLexicon.Hit<?>> {
        private Sentences.Sentence sentence;
        private List<H> hits;

        List<H> of(Sentences.Sentence asked, List<H> all) {
            if (!asked.equals(sentence)) {
                hits = hitsWithin(all, asked.start(), asked.end());
                sentence = asked;
            }
            return hits;
        }
    }

    /**
     * What the rules decide of a sentence alone, decided once per sentence: every figure of a sentence asks the same
     * of it. Indexed by the sentence's index; one per text, like its Context.
     */
    private static final class SentenceFacts {
        static final byte UNKNOWN = 0;
        static final byte NO = 1;
        static final byte YES = 2;

        /** {@link #pointsBackAtPeriod} of each sentence, or UNKNOWN. */
        final byte[] pointsBack;
        /** {@link #paragraphMentions} of each sentence, or null until asked. */
        final List<Mention>[] paragraphMentions;
        /** {@link #carried} of each sentence by how it was asked, or null until asked (see {@link CarriedKey}). */
        final Map<CarriedKey, String>[] carried;
        /** {@link #lastPeriodBefore}'s walk over the text's periods, taken once for all its figures. */
        final PeriodWalk lastPeriods = new PeriodWalk();
        /** {@link #isBase} of the period expression starting at each offset of the text, or UNKNOWN. */
        final byte[] bases;
        /** {@link #lastPeriodOf} of each sentence (null for none), once {@link #periodOfKnown} says so. */
        final String[] periodOf;
        final boolean[] periodOfKnown;

        @SuppressWarnings("unchecked")
        SentenceFacts(int sentences, int textLength) {
            bases = new byte[textLength + 1];
            pointsBack = new byte[sentences];
            paragraphMentions = (List<Mention>[]) new List<?>[sentences];
            carried = (Map<CarriedKey, String>[]) new Map<?, ?>[sentences];
            periodOf = new String[sentences];
            periodOfKnown = new boolean[sentences];
        }
    }

    /**
     * What {@link #carried} depends on besides its sentence: every figure of a sentence in one unit asks the same
     * question (the sentence's previous sentence and whether it continues are the sentence's own).
     */
    private record CarriedKey(boolean previous, boolean continues, int paragraphs, String unit) {
    }

    /** What the annotator needs to know of the text it reads. */
    private record Context(String text, List<Words.Word> words, List<Sentences.Sentence> sentences,
                           List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metricHits,
                           List<CueLexicon.Hit<String>> cueHits, List<PeriodResolver.Expression> periods,
                           List<Mention> mentions, ArticleFrame article, String presentPeriod,
                           List<SurfaceFigure> surface, boolean undated,
                           List<List<CueLexicon.MetricCue>> headline, String[] sentenceTexts,
                           LastHits<CueLexicon.Hit<String>> lastCues,
                           LastHits<CueLexicon.Hit<List<CueLexicon.MetricCue>>> lastMetrics,
                           StartIndex<Words.Word> wordStarts, StartIndex<Sentences.Sentence> sentenceStarts,
                           StartIndex<Mention> mentionStarts, StartIndex<SurfaceFigure> surfaceStarts,
                           StartIndex<PeriodResolver.Expression> periodStarts, IndexedWords indexedWords,
                           boolean productHeadline, boolean railHeadline, SentenceFacts facts) {
        /** The text of sentence {@code index}, copied once for all the figures it holds. */
        String sentenceText(int index) {
            String copy = sentenceTexts[index];
            if (copy == null) {
                copy = sentences.get(index).text(text);
                sentenceTexts[index] = copy;
            }
            return copy;
        }
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
        List<Sentences.Sentence> sentences = Sentences.split(text);
        // Cues and periods matter only around figures: look for them in the sentences that hold a figure and the
        // sentence before each, not in the whole article.
        List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metricHits = new ArrayList<>();
        List<CueLexicon.Hit<String>> cueHits = new ArrayList<>();
        List<PeriodResolver.Expression> periods = new ArrayList<>();
        // Cues are looked for in the figure's sentence and the one before; periods a few sentences further back,
        // where a period the figure's sentence leaves out may be set.
        for (int[] span : spansAround(sentences, surface, 1)) {
            List<Words.Word> inSpan = wordsIn(words, span[0], span[1]);
            metricHits.addAll(cues.metricsIn(inSpan));
            cueHits.addAll(cues.cuesIn(inSpan));
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
        Context context = new Context(text, words, sentences, metricHits, cueHits, periods, mentions, article, publication != null && publication.knowsMonth()
                        && !publication.stated() ? Periods.month(publication.date()) : null, surface,
                publication == null,
                headline.isEmpty() ? List.of() : cues.metricsIn(headline).stream().map(CueLexicon.Hit::value).toList(),
                new String[sentences.size()], new LastHits<>(), new LastHits<>(),
                wordStarts, new StartIndex<>(sentences, Sentences.Sentence::start, text.length()),
                new StartIndex<>(mentions, Mention::start, text.length()),
                new StartIndex<>(surface, SurfaceFigure::start, text.length()),
                new StartIndex<>(periods, PeriodResolver.Expression::start, text.length()),
                new IndexedWords(words, wordStarts, text),
                headlineCues.stream().anyMatch(hit -> "commodity".equals(hit.value())),
                headlineCues.stream().anyMatch(hit -> "rail-network".equals(hit.value())),
                new SentenceFacts(sentences.size(), text.length()));
        List<ExtractedFigure> figures = new ArrayList<>();
        ExtractedFigure before = null;
        SurfaceFigure beforeSurface = null;
        int projectsCountedIn = -1;
        for (SurfaceFigure figure : surface) {
            ExtractedFigure annotated = annotate(figure, context, title, before);
            if (annotated != null) {
                int sentenceIndex = sentenceOf(context, figure.start());
                if (JOINT_PROJECTS_COUNT.equals(annotated.metric())) {
                    projectsCountedIn = sentenceIndex;
                } else if (sentenceIndex == projectsCountedIn && INVESTMENT.equals(annotated.metric())
                        && figure.isMoney()) {
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
                    // measures what that figure does (its parties and period may be its own).
                    annotated = new ExtractedFigure(annotated.value(), annotated.unit(), before.measure(),
                            before.metric(), annotated.subjects(), annotated.period(), annotated.text(),
                            annotated.sentence(), annotated.offset(), before.relation());
                }
                figures.add(annotated);
                before = annotated;
                beforeSurface = figure;
            }
        }
        return figures;
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
        return !endsWithWord(opening, List.of("from", "from the current", "с"));
    }

    /**
     * Whether {@code second} follows {@code first} as the next item of a list of parties: the same unit, and between
     * them (at most {@link #LIST_GAP} characters, in one sentence) a party's name and nothing the lexicons read.
     */
    private static boolean nextItemOfAList(ExtractedFigure first, SurfaceFigure second, Context context) {
        int end = first.offset() + first.text().length();
        if (first.offset() < 0 || !first.unit().equals(second.unit()) || end > second.start()
                || second.start() - end > LIST_GAP || hasSentenceBreak(context.text(), end, second.start())) {
            return false;
        }
        return !within(context.mentions(), context.mentionStarts(), end, second.start()).isEmpty()
                && hitsWithin(context.cueHits(), end, second.start()).isEmpty()
                && hitsWithin(context.metricHits(), end, second.start()).isEmpty();
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
                f.sentence(), f.offset(), f.relation());
    }

    /** Merged spans of the sentences holding a figure, each with {@code before} sentences before it. */
    private static List<int[]> spansAround(List<Sentences.Sentence> sentences, List<SurfaceFigure> figures,
                                           int before) {
        List<int[]> spans = new ArrayList<>();
        for (SurfaceFigure figure : figures) {
            int index = sentenceOf(sentences, figure.start());
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

    private ExtractedFigure annotate(SurfaceFigure figure, Context context, boolean title, ExtractedFigure before) {
        if (ENERGY_UNITS.contains(figure.unit()) || UNLISTED_CURRENCIES.contains(figure.unit())) {
            // "62 million kWh", "a 50 MW plant", "2 million barrels", "3.8 billion soms": read, so that their numbers
            // are no counts, but not reported: the labelling standard has no energy unit and lists the currencies
            // it measures (USD, EUR, RUB, KZT, CNY, UZS); a sum in soms or manats comes with its dollars or not at all.
            return null;
        }
        int index = sentenceOf(context, figure.start());
        Sentences.Sentence sentence = context.sentences().get(index);
        Sentences.Sentence previous = index > 0 && context.sentences().get(index - 1).paragraph()
                >= sentence.paragraph() - 1 ? context.sentences().get(index - 1) : null;
        boolean continues = previous != null && hasCue(context, sentence, "anaphora");
        Measure measure = measure(figure, context, sentence);
        if (measure == Measure.AMOUNT && (figure.isMoney() || RESTATED_UNITS.contains(figure.unit()))
                && restatesChangeBefore(before, figure, context.text())) {
            // "a 25.2 percent rise, equivalent to $10.25 billion", "une augmentation de 21,5 % (ou 11,7 milliards)":
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
        // A percentage describes a metric as a change or as a share of something; a share of trade is not trade.
        // A multiple ("в 2 раза", "threefold") is a change of its metric too.
        String unitClass = figure.isMoney() ? "money"
                : "percent".equals(figure.unit()) ? (measure == Measure.SHARE ? "share" : "change")
                : TIMES.equals(figure.unit()) ? "change" : figure.unit();

        String metric = metric(figure, unitClass, context, sentence, previous, continues);
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
        if (followed == null && metric.startsWith(TRADE) && "change".equals(unitClass) && before != null
                && OTHER.equals(before.metric()) && ("t".equals(before.unit()) || UnitLexicon.unit(before.unit()).isCurrency())
                && (rightAfter(before, figure, context.text()) || changeOfSumBefore(before, figure, context))) {
            // "exported electronics to Russia for over $575 million, 18 times more than a year before": the change
            // right after a sum of no series of the vocabulary (one product's trade) is that sum's change.
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
            // "jumping by 10.7% year-on-year to reach 66,100 TEUs", "a augmenté de 35 à 40 %, atteignant 3,2 millions
            // de tonnes": a change of freight measures the level it reached, whose unit says containers or tonnes,
            // whatever word of containers or freight stands near.
            String reached = cargoLevelReached(figure, context, sentence);
            if (reached != null) {
                metric = reached;
            }
        }
        if (CARGO_VOLUME.equals(metric) && "change".equals(unitClass) && hasCue(context, sentence, "freight-turnover")
                && hasCue(context, sentence, "rail-network") && !hasCue(context, sentence, "conduit")) {
            // "Грузооборот кыргызской железной дороги вырос на 8,5%", "Freight turnover on the KTZ network has
            // increased ... 7.7 percent": a railway counts its freight turnover in tonne-kilometres, which the
            // vocabulary does not measure (gold-h), whether or not the sentence names the unit.
            metric = OTHER;
        }
        if (OTHER.equals(metric) && before != null && !OTHER.equals(before.metric())
                && nextItemOfAList(before, figure, context)) {
            // "economic growth of 7.5 percent, Uzbekistan - 6.5 percent, ... and Kyrgyzstan 4.6 percent": the next
            // item of a list of parties and figures measures what the item before it does.
            metric = before.metric();
            measure = before.measure();
        }
        if (OTHER.equals(metric) && "TEU".equals(figure.unit())) {
            // "Le port a traité 50 000 EVP": the unit itself counts containers; no word needs to say so.
            metric = "cargo.containers";
        }
        if (CONVEYANCE_METRICS.contains(metric) && CONVEYANCE_UNITS.contains(figure.unit())
                && oneConveyanceHolds(context, sentence, figure)) {
            // "two vessels with a capacity of 700 containers", "un train composé de 20 conteneurs", "tankers are
            // loaded with 10,000 tons": what one train or ship carries is no flow or capacity of a route or port.
            metric = OTHER;
        }
        if (ROUTE_LENGTH.equals(metric) && measure == Measure.CHANGE) {
            metric = OTHER; // "the route will be shortened by 900 km": a saving in length, not a route's length
        }
        if ("m3".equals(figure.unit()) && measure == Measure.TARGET && !"cargo.capacity".equals(metric)
                && pipelineCarriesYearly(context, sentence, figure)) {
            // "the TAPI gas pipeline would deliver up to 33 billion cubic metres of gas annually", "ce gazoduc va
            // acheminer 30 milliards de m3 de gaz par an": what a pipeline is to carry each year is its design
            // throughput, whatever the verb (a country that is to supply gas through it stays its exporter).
            metric = "cargo.capacity";
        }
        if (followed == null && ("trade.exports".equals(metric) || "trade.imports".equals(metric))
                && partOfFreightBefore(figure, unitClass, context, sentence, index, before)) {
            // "More than 69 million tons of coal were transported by rail. Of these, 48 million tons were shipped
            // throughout the republic, and 20.8 million tons were exported", "Total freight volume hit 32.3 million
            // tons. Exports rose by 8.5% to reach 13 million tons": tonnes exported or imported right after a freight
            // figure are the outbound or inbound part of that freight (a railway's export shipments), not trade.
            metric = CARGO_VOLUME;
        }
        // The parties of a figure the vocabulary does not measure are still those its sentence's metric relates:
        // "Xinjiang's trade with Kazakhstan" is about China and Kazakhstan, "20 accords" of a visit about both sides.
        String partiesMetric = metric;
        boolean stretch = false;
        // "Turkish contractors have secured new projects worth $216 million in 2024. A total of 25 ongoing projects
        // totaling $4 billion are underway": what one side's builders carry out in another country are their
        // contracts, not a joint-project portfolio (gold-e, gold-i, gold-l: `other`), in the sentence that names them
        // or the next one of its paragraph.
        boolean contracted = metric.startsWith("jointprojects.") && builtByContractors(context, sentence, previous);
        if (contracted) {
            metric = OTHER;
        }
        if (metric.startsWith(TRADE) && hasCue(context, sentence, "subregion")) {
            metric = OTHER; // "Xinjiang's foreign trade with Kazakhstan": a province trades, not a country
        } else if (metric.startsWith(TRADE) && ("t".equals(figure.unit()) || "percent".equals(figure.unit()))
                && conduitInClause(context, sentence, figure)) {
            // "exports of Kazakh oil via the Baku–Tbilisi–Ceyhan pipeline exceeded 1.5 million tonnes": tonnes through
            // a pipeline or a port are freight carried, whatever the trade word (the labels' convention), and so is
            // their change ("reduce oil exports through the CPC system by 70 percent", though oil is a product).
            metric = CARGO_VOLUME;
            partiesMetric = metric;
        } else if (metric.startsWith(TRADE) && ("t".equals(figure.unit()) || "change".equals(unitClass))
                && (context.railHeadline() || hasCue(context, sentence, "rail-network"))
                && ((context.railHeadline() ? isInTonnes(context, sentence) : "t".equals(figure.unit()))
                        || (hasCue(context, sentence, "border-crossing") && !moneyIn(context, sentence)))
                && !context.productHeadline() && !hasCue(context, sentence, "commodity")
                && !tradeOfAProduct(context, sentence, figure)) {
            // "Қытаймен арадағы теміржолмен жүк тасымалы ..." then "экспорт көлемі ... 13,7 миллион тоннаны құрады",
            // "the total foreign trade at the Sarakhs railway border": exports, imports or trade in tonnes that a
            // railway carries are its freight (the labels' convention for KTZ's export shipments and a rail border
            // crossing), and so is their change; a product's flow stays a product's (coal, grain: `other`). The
            // parties stay the trade's: freight between two countries' railways is of both. Rail trade at a border
            // crossing ("rail trade up by a third at a border crossing") is freight even
            // where its sentence writes no tonnes, unless it is a sum of money (audit row 73).
            metric = CARGO_VOLUME;
        } else if (OTHER.equals(metric) && "t".equals(figure.unit()) && conduitInClause(context, sentence, figure)
                && !oneConveyanceHolds(context, sentence, figure)) {
            // "the Caspian Pipeline Consortium shipped a record 63.5 million tonnes of oil from its terminal", "через
            // нефтепроводную систему было поставлено 888 млн тонн нефти": tonnes that a pipeline, port or terminal
            // passes on are its freight, whatever product they are (not what one tanker holds at a terminal).
            metric = CARGO_VOLUME;
            partiesMetric = metric;
        } else if ("trade.exports".equals(metric) && exportedByManyParties(context, sentence, figure)) {
            // "exports from the EU, the UK and the US to Kazakhstan rose by 80 percent", "экспорт из ЕС и США в
            // Киргизию": what several exporters sell together is an aggregate, no one party's exports (gold-f's
            // decision: `other` with every party named; gold-a and gold-j label it so too). The parties stay.
            metric = OTHER;
        } else if (metric.startsWith(TRADE) && !AGRIFOOD.equals(metric)
                && ("money".equals(unitClass) || "change".equals(unitClass) || "t".equals(unitClass))
                && tradeOfAProduct(context, sentence, figure)) {
            // "exported honey for $776,000", "grain exports surged to 615,000 tons": the trade in one product, not
            // between the countries (tonnes of goods in general stay trade).
            metric = OTHER;
        } else if (("trade.exports".equals(metric) || "trade.imports".equals(metric)) && "t".equals(figure.unit())
                && (context.productHeadline() || hasCue(context, sentence, "commodity"))
                && !hasCue(context, sentence, "trade-in-tonnes")) {
            // "Vers l'Ouzbékistan, les livraisons ont atteint 4,34 millions de tonnes" under a headline on wheat,
            // "Россия — 29,3 тыс. тонн" in a list of buyers under one on tomatoes: tonnes exported where the headline
            // or the sentence names a product are that product's flow (the labels: `other`), unless the sentence
            // says goods in general, trade in physical terms, or gas, whose trade the labels keep in any unit.
            metric = OTHER;
        } else if (!title && CARGO_VOLUME.equals(metric) && ("t".equals(figure.unit()) || "change".equals(unitClass))
                && (context.productHeadline() || hasCue(context, sentence, "commodity")) && !context.railHeadline()
                && !hasCue(context, sentence, "rail-network") && !hasCue(context, sentence, "conduit")
                && !hasCue(context, sentence, "border-crossing") && !headlineNamesFreight(context)
                && destinationNamed(context, sentence)) {
            // "700 tonnes of wheat were sent on to Iran", "50 000 tonnes de blé expédiées vers l'Iran" under a
            // headline on grain exports: a product sent to a buyer country is that product's trade by destination
            // (`other`: gold-d, gold-e, gold-g, gold-i, gold-m), not freight of a route; a railway, pipeline, port or
            // border crossing named in the sentence, or a headline on freight ("grain transportation to Uzbekistan"),
            // keeps it freight (gold-h: a railway's grain carried to its neighbour); a headline speaks for itself.
            metric = OTHER;
        } else if ((INVESTMENT.equals(metric) || metric.startsWith("jointprojects.")) && figure.isMoney()
                && worthOfSignedDeals(context, sentence, figure)) {
            // "we have already signed $1bln worth contracts", "ont signé des accords d'une valeur de plus de 6
            // milliards de somonis (530 millions d'euros)": what the papers signed are worth (the labels: `other`,
            // with both sides), not a portfolio of joint projects or one side's investment.
            metric = OTHER;
        } else if (INVESTMENT.equals(metric) && costInClause(context, sentence, figure)) {
            // "with the total investment estimated at $4.7 billion", "la section nécessitera un investissement de 4,7
            // milliards": what a project costs, not one party's investment in another.
            metric = OTHER;
        } else if (metric.startsWith("jointprojects.") && projectsNotUnderWay(context, sentence, figure)) {
            metric = OTHER;
        } else if (COMPANIES.equals(metric) && hasCue(context, sentence, "sanctions")) {
            metric = OTHER; // "20 companies from Kyrgyzstan have been sanctioned": targets of a measure, not a stock
        } else if (BORDER_LENGTH.equals(metric) && delimitedStretch(context, sentence, figure)) {
            // "only 504 kilometers has been properly delineated", "300 kilomètres de frontières ne sont toujours pas
            // délimitées", "1000 kilomètres de frontières ont pu être stabilisés": a stretch of the border the
            // clause goes on to call (not) delimited is a part of it, not its length (gold-g); "the 970 km border
            // has not been demarcated" still states the whole.
            metric = OTHER;
            stretch = true;
        } else if (BORDER_LENGTH.equals(metric) && hasCue(context, sentence, "queue")) {
            // "the queue of trucks at the Kazakh-Uzbek border crossing stretches for 5-6 kilometres": the length of a
            // queue at the border, not of the border (gold-n)
            metric = OTHER;
        } else if (BORDER_LENGTH.equals(metric) && cueBefore(context, sentence, figure, "delimitation")) {
            // "описано свыше 81 километра линии границы": the part of a border agreed, not its length ("half of the
            // 970 km border has not been demarcated" still states the length: the word comes after it).
            metric = OTHER;
            stretch = true;
        } else if (OTHER.equals(metric) && ((figure.noun() != null && "count".equals(figure.unit()))
                || UNDATED_UNITS.contains(figure.unit()))) {
            partiesMetric = contextMetric(figure, unitClass, context, sentence, previous, continues, null);
        }
        if (measure == Measure.AMOUNT && "count".equals(figure.unit()) && !OTHER.equals(metric)
                && futureWordInClause(context, sentence, figure)) {
            // "20 тысяч рабочих мест будет создано": a count of the vocabulary in the future is a goal (a count of
            // anything else, "500 vehicles will be involved", is a planned event).
            measure = Measure.TARGET;
        }
        if (countsAnUnknownName(figure, context)) {
            return null; // "3 Kevin", "1 Red": a number before a name is a jersey, a list item, not a count
        }
        boolean bare = figure.noun() == null && "count".equals(figure.unit()) && !figure.spelled()
                && !countedByNumberOf(figure, context, sentence);
        if (bare && OTHER.equals(metric) && !countsPeople(figure, context)) {
            return null; // a bare number that counts nothing the vocabulary knows: page furniture, a code
        }
        // After the test for bare numbers: "5" in "5-6 trains" is a count of trains, not page furniture.
        if ("count".equals(figure.unit()) && metric.startsWith("cargo.") && countsConveyances(figure, context)) {
            // "10 container trains per day", "from 12 to 60 trains per day", "3044 грузовых поезда": trains, wagons and
            // ships counted are no containers, capacity or freight, whatever cue stands near (the labels: other). A
            // metric of the user's own lexicon that counts them ("rail.wagons") stays.
            metric = OTHER;
        }
        List<String> subjects = Subjects.of(partiesMetric, figure.start(), figure.end(), context.text(),
                context.indexedWords(),
                within(context.mentions(), context.mentionStarts(), sentence.start(), sentence.end()),
                paragraphMentions(context, sentence), context.article(),
                within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end()));
        if (pointedAt && metric.equals(before.metric())) {
            subjects = before.subjects();
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
        if (COMPANIES.equals(metric) && JOINT_WITH_PARTIES.matcher(sentenceText(context, sentence)).find()) {
            // "совместных узбекско-российских предприятий": the parties' adjective between "joint" and "enterprises"
            // hides the joint-venture phrase from the lexicon (audit row 19).
            metric = "jointventures.count";
        }
        if (measure == Measure.SHARE && subjects.size() == 2 && hasCue(context, sentence, "funding")) {
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
            // "more than 500 new joint ventures have been established", "создано 150 совместных предприятий": companies
            // set up over a span are a flow, not the stock the metric counts (gold-d and NOTES-b: other)
            metric = OTHER;
        }
        if (subjects.size() == 1 && BETWEEN_TWO_PARTIES.contains(metric)) {
            // "Объем инвестиций в экономику Узбекистана превысил $130 млрд", "the number of foreign students reached
            // 16.8 thousand": all the investment a country received, all its foreign students, are no figure of one
            // party in another, which is what these metrics measure (the labels always give two parties).
            metric = OTHER;
        }
        String period = conversionOf(figure, context, before)
                ? before.period() : period(figure, measure, context, sentence, previous, continues, metric);
        String stated = period;
        period = endOfYearSpan(period, figure, context, sentence);
        period = startOfAChange(period, stated, figure, measure, context, sentence);
        if (title && period != null && period.equals(context.presentPeriod())
                && within(context.periods(), context.periodStarts(), sentence.start(), sentence.end()).isEmpty()
                && ("count".equals(figure.unit()) && (countsEventParticipants(figure, context)
                || hasCue(context, sentence, "signing")) || hasCue(context, sentence, "seizure"))) {
            // "Plus de 1.000 soldats afghans fuient au Tadjikistan": a headline states its count with no time of its
            // own; the body says when, and the headline takes no period from the publication date.
            period = null;
        }
        if (measure == Measure.AMOUNT && period != null && context.presentPeriod() != null
                && period.substring(0, 4).compareTo(context.presentPeriod().substring(0, 4)) > 0
                && !opensRange(context, sentence, figure)) {
            // a haulage volume "agreed for 2014" at 21.9 million tonnes, written in October 2013: a level
            // for a year not yet begun is a plan, whatever the verb (gold-l; every such label of the corpus is a
            // target). The start of a range ("from the current 18 million tons to 33 million in 2020") is today's.
            measure = Measure.TARGET;
        }
        if (TIMES.equals(figure.unit()) && measure == Measure.CHANGE) {
            period = multipleOverYears(period, figure, context, sentence);
        }
        if (contracted && !statesOwnPeriod(context, sentence)) {
            // "a thousand projects worth $50 billion carried out there": a total built up over the
            // years, of no period unless its sentence names one ("new projects worth $216 million in 2024").
            period = null;
        }
        if (stretch && !title && period == null) {
            period = stretchAgreedPeriod(figure, context, sentence);
        }
        if (period == null && (LENGTH_UNITS.contains(figure.unit()) || DAYS.equals(figure.unit()))
                && OTHER.equals(metric) && hasCue(context, sentence, "queue")
                && within(context.periods(), context.periodStarts(), sentence.start(), sentence.end()).isEmpty()) {
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
            String owner = placeBefore(figure, context, sentence);
            if (owner != null) {
                subjects = List.of(owner);
            }
        }
        if (period == null && before != null && before.period() != null && partOfASumBefore(figure, context, before)) {
            // "trade neared $900 million (Russian imports $858 million, Tajik exports $42 million) in January–May":
            // the parts a parenthesis lists right after a sum are of the sum's period.
            period = before.period();
        }
        return new ExtractedFigure(figure.value(), figure.unit(), measure, metric, subjects, period,
                figure.text(context.text()), context.sentenceText(index), title ? -1 : figure.start(), partiesMetric);
    }

    /**
     * Whether a product is named in the figure's clause, before it (within the cue window) or just after it:
     * "Kyrgyzstan exported honey for $ 776,000", "l’Ouzbékistan a exporté du coton pour 2 millions de dollars",
     * "$575 million of electronics". A product in another clause ("trade reached $5bn, mostly oil") is not.
     */
    private static boolean tradeOfAProduct(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (!"commodity".equals(hit.value())) {
                continue;
            }
            // Past a comma too when no word of another metric comes between: "1,3 млн тонн плодоовощной продукции на
            // сумму, превышающую $1 млрд" is the product's value. Tonnes of a product stay its tonnes wherever the
            // sentence goes on ("exports of oil to Germany to 2.5 million tonnes ..., against 2.146 million tonnes").
            boolean tonnes = "t".equals(figure.unit()) && hit.end() <= figure.start();
            if ((nearBefore(hit, figure) || tonnes)
                    && (!crossesClause(text, hit.end(), figure.start()) || !metricCueBetween(context, sentence,
                    hit.end(), figure.start()))
                    && !joinsNextClause(pairless(text, hit.end(), figure.start()), 0, figure.start() - hit.end())) {
                return true;
            }
            if (nearAfter(hit, figure, CUE_WINDOW_AFTER)
                    && !crossesClause(text, figure.end(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /** Words before a country it is sent to: "to Iran", "vers l'Iran", "в Узбекистан". */
    private static final Set<String> TOWARDS = Set.of("to", "into", "vers", "в", "во", "au", "aux");
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "l", "les");

    /** Whether a cue of the headline speaks of freight (carrying, transit, a corridor), whatever the product. */
    private static boolean headlineNamesFreight(Context context) {
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
    private static boolean destinationNamed(Context context, Sentences.Sentence sentence) {
        for (Mention mention : within(context.mentions(), context.mentionStarts(), sentence.start(), sentence.end())) {
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

    /** Words that open the exporters a word of exports names: "exports from", "экспорт из", "exportations de". */
    private static final Set<String> EXPORTED_FROM = Set.of("from", "из", "de", "des", "du", "d");
    /** Words that may stand between the word of exports and "from": "exports of goods from". */
    private static final int EXPORTED_FROM_REACH = 3;
    /** Words that may stand between two exporters of one list: "the EU, the UK and the US", "de l'UE et des États-Unis". */
    private static final Set<String> EXPORTER_JOINERS = Set.of("and", "the", "et", "de", "des", "du", "d", "l", "la",
            "le", "les", "и", "из");

    /**
     * Whether the last word of exports before the figure, in its sentence, names two or more exporters right after
     * its "from" ("exports from the EU, the UK and the US to Kazakhstan", "les exportations de l'UE et des
     * États-Unis"): parties listed one after another, with nothing but commas, "and" and articles between them.
     */
    private static boolean exportedByManyParties(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        CueLexicon.Hit<List<CueLexicon.MetricCue>> exports = null;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            if (hit.end() > figure.start()) {
                break;
            }
            if (hit.value().stream().anyMatch(c -> "trade.exports".equals(c.metric()))) {
                exports = hit;
            }
        }
        if (exports == null) {
            return false;
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(exports.end());
        for (int i = first; i < words.size() && i < first + EXPORTED_FROM_REACH
                && words.get(i).end() <= figure.start(); i++) {
            if (EXPORTED_FROM.contains(words.get(i).folded())) {
                return partiesListedAfter(context, words.get(i).end(), figure.start()) >= 2;
            }
        }
        return false;
    }

    /** How many different parties are listed one after another from {@code from}, before {@code to}. */
    private static int partiesListedAfter(Context context, int from, int to) {
        Set<String> codes = new HashSet<>();
        int at = from;
        for (Mention mention : within(context.mentions(), context.mentionStarts(), from, to)) {
            if (!onlyJoinersBetween(context.text(), at, mention.start())) {
                break;
            }
            codes.add(mention.code());
            at = mention.end();
        }
        return codes.size();
    }

    private static boolean onlyJoinersBetween(String text, int from, int to) {
        for (String token : Words.fold(text.substring(from, to)).split("[^\\p{L}]+")) {
            if (!token.isEmpty() && !EXPORTER_JOINERS.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a metric cue lies between a product and a figure, other than the product's own ("oil exports"). */
    private static boolean metricCueBetween(Context context, Sentences.Sentence sentence, int from, int to) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
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
    private static boolean pointsBackAtFigure(SurfaceFigure figure, String unitClass, Context context,
                                              Sentences.Sentence sentence, int index, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || "percent".equals(before.unit()) || TIMES.equals(before.unit())
                || OTHER.equals(before.metric()) && !countOfConveyances(before, context)) {
            // "3044 грузовых поезда ..., что на 83,82% больше", "234 trains ..., which is almost three times more": a
            // change pointing back at a count of trains or trucks measures that count (the labels: other), whatever
            // freight word stands near; any other figure outside the vocabulary says nothing of the change.
            return false;
        }
        int beforeSentence = sentenceOf(context, before.offset());
        if (beforeSentence != index - 1 && beforeSentence != index) {
            return false;
        }
        String text = context.text();
        int pointer = -1;
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.start() >= figure.start()) {
                break;
            }
            // "..., which is 33 percent more": in the figure's own sentence, the pointer follows the figure it means.
            if (("pointer".equals(hit.value()) || "anaphora".equals(hit.value()))
                    && (beforeSentence < index || hit.start() >= before.offset() + before.text().length())
                    && opensClause(text, sentence.start(), hit.start())
                    && !crossesClause(text, hit.end(), figure.start())) {
                pointer = hit.end();
            }
        }
        if (pointer < 0) {
            return false;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            if (hit.start() >= pointer && hit.start() < figure.start()
                    && hit.value().stream().anyMatch(c -> c.fits(unitClass))) {
                return false; // "This is why exports rose by 20%": the clause names its own metric
            }
        }
        return true;
    }

    /** Whether a figure already read is a count of trains, wagons, ships or trucks (see countsConveyances). */
    private static boolean countOfConveyances(ExtractedFigure figure, Context context) {
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
    private static boolean oneConveyanceHolds(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        boolean held = false;
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("conveyance".equals(hit.value()) && nearBefore(hit, figure)
                    && !crossesClause(text, hit.end(), figure.start(), true)) {
                held = true;
            }
        }
        if (!held) {
            return false;
        }
        String after = Words.fold(text.substring(figure.end(), Math.min(text.length(), figure.end() + RATE_REACH)));
        for (String rate : RATES) {
            if (after.contains(rate)) {
                return false;
            }
        }
        return true;
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
            between = between.substring(space + 1); // "a 25.2 percent rise, equivalent to $10.25 billion"
        }
        return RESTATING_LINKS.contains(between);
    }

    /**
     * The freight metric of the level a change is said to reach ("to reach", "atteignant", "достигнув", "до"): the
     * first figure after it in its sentence that is no percentage (the end of a range "35 à 40 %" is skipped), close by.
     */
    private static String cargoLevelReached(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
        for (SurfaceFigure next : within(context.surface(), context.surfaceStarts(), figure.end(), sentence.end())) {
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
     * Whether the figure, in tonnes or a change that reaches tonnes, follows a figure of freight in tonnes (or its
     * change) of its own sentence or the one before, with no place named before it in its sentence and no sum of
     * money in it: then a word of exports or imports names a direction of that freight, not a country's trade.
     */
    private static boolean partOfFreightBefore(SurfaceFigure figure, String unitClass, Context context,
                                               Sentences.Sentence sentence, int index, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || !CARGO_VOLUME.equals(before.metric())) {
            return false;
        }
        boolean tonnes = "t".equals(unitClass)
                || ("change".equals(unitClass) && CARGO_VOLUME.equals(cargoLevelReached(figure, context, sentence)));
        if (!tonnes || sentenceOf(context, before.offset()) < index - 1) {
            return false;
        }
        if (!within(context.mentions(), context.mentionStarts(), sentence.start(), figure.start()).isEmpty()) {
            return false; // "Kazakhstan exported 2 million tons of grain": a country that exports trades
        }
        for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end())) {
            if (other.isMoney()) {
                return false; // "4.02 million tons for $946 million": a sale, so trade
            }
        }
        return true;
    }

    /** Whether a cue of container traffic comes before the figure in its clause. */
    private static boolean containersNamedInClause(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            if (hit.end() > figure.start()) {
                break;
            }
            if (figure.start() - hit.end() <= CUE_WINDOW_BEFORE
                    && !crossesClause(context.text(), hit.end(), figure.start(), true)
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
    private static boolean containersAreTheFlow(Context context, Sentences.Sentence sentence) {
        boolean teu = false;
        for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end())) {
            if ("t".equals(other.unit()) || "m3".equals(other.unit())) {
                return false;
            }
            teu |= "TEU".equals(other.unit());
        }
        if (teu) {
            return true;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
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
    private static List<String> throughNamedRoute(Context context, Sentences.Sentence sentence, List<String> subjects) {
        String text = context.text();
        for (Mention m : within(context.mentions(), context.mentionStarts(), sentence.start(), sentence.end())) {
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

    /** Whether a pipeline, port or terminal is named in the figure's clause (before it or just after it). */
    private static boolean conduitInClause(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (!"conduit".equals(hit.value())) {
                continue;
            }
            if (nearBefore(hit, figure)
                    && !joinsNextClause(text, hit.end(), figure.start())) {
                return true;
            }
            if (nearAfter(hit, figure, CUE_WINDOW_AFTER)
                    && !crossesClause(text, figure.end(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a level is the one a change since a year reached: the period is a span from a start in an earlier year to
     * the publication month ("Since 2020,", "С 2020 года", "2020 жылдан бері"), and a percentage or a multiple stands
     * between it and the level ("grew by 70 percent to 718,000 TEU"). A total carried since then, with no change before
     * it ("Since 1990, 400 million tonnes have been carried"), is of the whole span.
     */
    private static boolean levelReachedSince(PeriodResolver.Expression since, SurfaceFigure figure, Context context) {
        String present = context.presentPeriod();
        if (present == null || since.kind() != PeriodResolver.Kind.PERIOD || since.period() == null
                || !since.period().endsWith("/" + present) || since.end() > figure.start()
                || since.period().substring(0, 4).compareTo(present.substring(0, 4)) >= 0) {
            return false; // "since January ... totaling 7.2 million tons": the months of this year, a level to date
        }
        for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), since.end(), figure.start())) {
            if ("percent".equals(other.unit()) || TIMES.equals(other.unit())) {
                return true;
            }
        }
        return false;
    }

    /** Words after "a year" that make it a point in time ("a year earlier", "a year-on-year rise"), not a rate. */
    private static final List<String> NOT_A_RATE_AFTER = List.of("earlier", "ago", "before", "later", "-on", " on year",
            "-over", " over year", "-to-", " to date");
    /** How much of the text after "a year" those words are looked for in. */
    private static final int NOT_A_RATE_REACH = 12;
    /** Words before "a year" that make it a length of time ("in a year", "within a year"), not a rate. */
    private static final List<String> NOT_A_RATE_BEFORE = List.of(" in ", " within ", " for ", " over ", " than ",
            " from ", " of ", "half ");

    /**
     * Whether a figure is stated for every year: a yearly rate right after it in its clause ("82 million tons a year",
     * "par an", "в год"), or a word of recurrence in its sentence ("Every year", "Chaque année", "Ежегодно").
     */
    private static boolean statedPerYear(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (hasCue(context, sentence, "yearly")) {
            return true;
        }
        String text = context.text();
        int end = Math.min(sentence.end(), figure.end() + RATE_REACH);
        String after = Words.foldKeepingOffsets(text, figure.end(), end);
        for (String rate : YEARLY) {
            int at = after.indexOf(rate);
            if (at < 0 || crossesClause(text, figure.end(), figure.end() + at)) {
                continue;
            }
            String next = after.substring(at + rate.length(),
                    Math.min(after.length(), at + rate.length() + NOT_A_RATE_REACH));
            String before = after.substring(Math.max(0, at - 7), at + 1);
            if (!Words.containsAny(next + " ", NOT_A_RATE_AFTER) && !Words.containsAny(" " + before, NOT_A_RATE_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a yearly rate ("a year", "par an", "в год") follows the figure closely, within its sentence. */
    private static boolean yearlyRateAfter(String text, int figureEnd, int sentenceEnd) {
        String after = Words.fold(text.substring(figureEnd, Math.min(sentenceEnd, figureEnd + RATE_REACH)));
        for (String rate : YEARLY) {
            if (after.contains(rate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pipeline is the one that carries the figure, each year: named before it in its clause, with no
     * country between them (the supplier, "Turkmenistan will supply via the pipeline 10 bcm"), and a yearly rate
     * right after the figure.
     */
    private static boolean pipelineCarriesYearly(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        String after = Words.fold(text.substring(figure.end(), Math.min(text.length(), figure.end() + RATE_REACH)));
        boolean yearly = false;
        for (String rate : YEARLY) {
            yearly |= after.contains(rate);
        }
        if (!yearly) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("conduit".equals(hit.value()) && nearBefore(hit, figure)
                    && !joinsNextClause(text, hit.end(), figure.start())
                    && !crossesClause(text, hit.end(), figure.start(), true)
                    && within(context.mentions(), context.mentionStarts(), hit.end(), figure.start()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the thing the count counts is a train, wagon or ship: a word of conveyance among the few words after the
     * number (past the other end of a range: "5-6 trains", "from 12 to 60 trains").
     */
    private static boolean countsConveyances(SurfaceFigure figure, Context context) {
        List<Words.Word> words = context.words();
        int i = context.wordStarts().at(figure.numberEnd());
        String text = context.text();
        int seen = 0;
        int from = figure.numberEnd();
        for (; i < words.size() && seen < COUNTED_PHRASE_WORDS + 2; i++, seen++) {
            Words.Word word = words.get(i);
            if (crossesClause(text, from, word.start()) || hasSentenceBreak(text, from, word.start())) {
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
    private static boolean countsPeople(SurfaceFigure figure, Context context) {
        List<Words.Word> words = context.words();
        String text = context.text();
        int after = context.wordStarts().at(figure.end());
        for (int i = after, from = figure.end(); i < words.size() && i < after + PEOPLE_AFTER; i++) {
            Words.Word word = words.get(i);
            if (crossesClause(text, from, word.start()) || hasSentenceBreak(text, from, word.start())) {
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
            if (crossesClause(text, word.end(), to) || hasSentenceBreak(text, word.end(), to)) {
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
    private static final Set<String> POPULATION_WORDS = WordSet.copyOf(Words.foldAll("population", "populations",
            "население", "населения", "населением", "населении"));
    private static final int POPULATION_BEFORE = 4;
    // "a country of 10 million people", "un pays de 7 millions de personnes"
    private static final Set<String> PEOPLE_NOUNS = WordSet.copyOf(Words.foldAll("people", "personnes"));
    private static final Set<String> COUNTRY_NOUNS = WordSet.copyOf(Words.foldAll("country", "nation", "pays"));

    /**
     * Whether a count is of the people living somewhere: "7 millions d'habitants", "a population of 35 million people",
     * "с населением 3,4 миллиона человек", "a country of 10 million people" (the word for population, or for a country
     * before people counted, a few words before, in the clause).
     */
    private static boolean countsPopulation(SurfaceFigure figure, Context context) {
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
            if (crossesClause(text, word.end(), to) || hasSentenceBreak(text, word.end(), to)) {
                break;
            }
            if (POPULATION_WORDS.contains(word.folded())
                    || figure.noun() != null && PEOPLE_NOUNS.contains(figure.noun())
                    && COUNTRY_NOUNS.contains(word.folded())) {
                return true;
            }
            to = word.start();
        }
        return false;
    }

    /** The country of the place named last before the figure in its sentence ("Le Kirghizistan, un pays de"), or null. */
    private static String placeBefore(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
        String code = null;
        for (Mention m : within(context.mentions(), context.mentionStarts(), sentence.start(), sentence.end())) {
            if (m.end() > figure.start()) {
                break;
            }
            if (m.kind() == PlaceKind.COUNTRY || m.kind() == PlaceKind.CITY) {
                code = m.code();
            }
        }
        return code;
    }

    private static boolean namesPeople(String folded) {
        return PEOPLE_WORDS.contains(folded) || Words.startsWithAny(folded, PEOPLE_STEMS);
    }

    /** "the number of", "le nombre de", "число", "количество", "саны", "soni": a word that names a count. */
    private static final Pattern NUMBER_OF = Pattern.compile(
            "(?<!\\p{L})(?:(?:numbers? of|nombre de|число|количество|численность|саны|soni|сони)(?!\\p{L})|nombre d['’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NUMBER_OF_REACH = 160;

    /**
     * Whether a bare number is the level that the words "the number of" before it in its sentence name: "the number
     * of cargo vehicles has increased sevenfold to exceed 26,000", "общее число жертв ... достигло 45". The counted
     * thing is named before the number instead of after it; the labels count it like any stated count.
     */
    private static boolean countedByNumberOf(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
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

    /**
     * A count whose noun is a capitalised word the gazetteer does not know. Demonyms are counted ("61 000
     * Kazakhs"): the gazetteer knows them.
     */
    private static boolean countsAnUnknownName(SurfaceFigure figure, Context context) {
        if (!"count".equals(figure.unit()) || figure.noun() == null || figure.spelled()) {
            return false;
        }
        List<Words.Word> words = context.words();
        int i = context.wordStarts().at(figure.numberEnd());
        if (i >= words.size() || words.get(i).start() >= figure.end()) {
            return false;
        }
        String raw = words.get(i).raw();
        boolean capitalised = Character.isUpperCase(raw.charAt(0)) && raw.chars().skip(1).anyMatch(Character::isLowerCase);
        if (!capitalised) {
            return false;
        }
        int start = words.get(i).start();
        return within(context.mentions(), context.mentionStarts(), start, start + 1).isEmpty();
    }

    private static int sentenceOf(List<Sentences.Sentence> sentences, int offset) {
        int after = StartIndex.lowerBound(sentences, Sentences.Sentence::start, offset + 1);
        return Math.max(0, after - 1);
    }

    private static int sentenceOf(Context context, int offset) {
        return Math.max(0, context.sentenceStarts().at(offset + 1) - 1);
    }

    /** {@link #within} read from the list's {@link StartIndex}. */
    private static <T> List<T> within(List<T> items, StartIndex<T> starts, int from, int to) {
        return items.subList(starts.at(from), starts.at(to));
    }

    /** Whether a sum of money stands in the sentence. */
    private static boolean moneyIn(Context context, Sentences.Sentence sentence) {
        for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end())) {
            if (other.isMoney()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence states tonnes and no sum of money: freight, not the value of trade. */
    private static boolean isInTonnes(Context context, Sentences.Sentence sentence) {
        boolean tonnes = false;
        for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end())) {
            if (other.isMoney()) {
                return false;
            }
            tonnes |= "t".equals(other.unit());
        }
        return tonnes;
    }

    /** The items (sorted by start) that start within {@code [from, to)}. */
    private static <T> List<T> within(List<T> items, ToIntFunction<T> startOf, int from, int to) {
        return items.subList(StartIndex.lowerBound(items, startOf, from), StartIndex.lowerBound(items, startOf, to));
    }

    private static List<CueLexicon.Hit<String>> cuesIn(Context context, Sentences.Sentence sentence) {
        return context.lastCues().of(sentence, context.cueHits());
    }

    private static List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metricsIn(Context context,
                                                                            Sentences.Sentence sentence) {
        return context.lastMetrics().of(sentence, context.metricHits());
    }

    /**
     * {@link #within} for cue hits, the lists asked most often (for every figure, of its sentence): with the
     * start read directly, the search is not slowed by a key function shared with five other kinds of item.
     */
    private static <H extends CueLexicon.Hit<?>> List<H> hitsWithin(List<H> hits, int from, int to) {
        return hits.subList(hitLowerBound(hits, from), hitLowerBound(hits, to));
    }

    private static int hitLowerBound(List<? extends CueLexicon.Hit<?>> hits, int key) {
        int low = 0;
        int high = hits.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hits.get(mid).start() < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * "Over the same ten-month period, 322,000 tons were delivered", "За тот же период", "Sur la même période": a
     * sentence opening on the same period, with no other year after it, goes on with the period the text set.
     */
    private static final Pattern SAME_PERIOD_OPENING = Pattern.compile("^\\W*(?:(?:over|during|in|for)\\s+the\\s+same"
            + "(?:\\s+[\\w-]+)?\\s+period|за\\s+(?:тот\\s+же|этот\\s+же|этот)\\s+период|(?:sur|pendant|durant|au\\s+cours\\s+de)"
            + "\\s+la\\s+meme\\s+periode)(?!\\s+(?:of|in|de|last|a\\s+year|прошлого|\\d))",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Whether the sentence refers back to a period set before it: "during this period", "за этот период". */
    private static boolean pointsBackAtPeriod(Context context, Sentences.Sentence sentence) {
        int index = sentenceOf(context, sentence.start());
        if (!context.sentences().get(index).equals(sentence)) {
            return decidePointsBackAtPeriod(context, sentence);
        }
        byte known = context.facts().pointsBack[index];
        if (known == SentenceFacts.UNKNOWN) {
            known = decidePointsBackAtPeriod(context, sentence) ? SentenceFacts.YES : SentenceFacts.NO;
            context.facts().pointsBack[index] = known;
        }
        return known == SentenceFacts.YES;
    }

    private static boolean decidePointsBackAtPeriod(Context context, Sentences.Sentence sentence) {
        String opening = Words.fold(context.text().substring(sentence.start(),
                Math.min(sentence.end(), sentence.start() + 60)));
        if (SAME_PERIOD_OPENING.matcher(opening).find()) {
            return true;
        }
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals("anaphora")) {
                String words = Words.fold(context.text().substring(hit.start(), hit.end()));
                if (words.contains("period") || words.contains("период") || words.contains("давр") || words.contains("davr")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCue(Context context, Sentences.Sentence sentence, String kind) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private Measure measure(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
        if (TIMES.equals(figure.unit())) {
            // "intend to increase mutual trade by 2.5 times", "prévoit de doubler": a multiple aimed at is a goal.
            return cueBefore(context, sentence, figure, "target") && !reachedAfterAChange(context, sentence, figure)
                    ? Measure.TARGET : Measure.CHANGE;
        }
        if ("percent".equals(figure.unit()) && (isMinus(context.text().charAt(figure.start()))
                || (figure.start() > 0 && context.text().charAt(figure.start() - 1) == '+'))) {
            return Measure.CHANGE; // "+25,8%", "-3 %": a signed percentage is a change
        }
        String after = kindRightAfter(context, figure.end());
        if ("percent".equals(figure.unit()) && DATIVE_PERCENT.matcher(figure.text(context.text())).find()
                && !reachVerbAfter(context.text(), figure.end())) {
            return Measure.CHANGE; // "15 foizga ko'p", "20 пайызға өсті": Uzbek and Kazakh write "by 15%" as a dative
        }
        if ("percent".equals(figure.unit())) {
            // "the reduction would amount to 70 percent of the usual volumes": the size of a change, not a share.
            if ("change-after".equals(after) || dativeAfter(context.text(), figure.end())
                    || changeAmountedTo(context, figure)) {
                return Measure.CHANGE; // "6,8 % de plus"; Kazakh and Uzbek "3%-ға өсті", "15%ga oshdi"
            }
            // "and with Kyrgyzstan by 21.7 percent", "на 9%", "by 23.4% of textiles", "на 10000%, из Финляндии": a
            // percentage "by" which something moved is a change, however far the verb is and whatever noun follows.
            if (byWordBefore(context.text(), figure.start())) {
                // "Таджикистан на 95% зависит от гидроэнергетики", "на 80% состоит из": the part of a whole that
                // depends on or is made of something is a share, not a move (gold-o: "`dépend à 95 % de
                // l'hydroélectricité` is `share`").
                return Words.startsWithAny(wordAfter(context.text(), figure.end()), PART_OF_WHOLE_STEMS)
                        ? Measure.SHARE : Measure.CHANGE;
            }
            // "the share of national currencies rose to 90%", "доля ... выросла до 90%", "the share of settlements in
            // U.S. dollars has decreased from 26% to 11%": the levels of a share named earlier in the sentence, not the
            // move (a growth rate "accelerated to 6%" names no share).
            if ((LEVEL_LINKS.contains(wordBefore(context.text(), figure.start()))
                    || SHARE_LEVEL_VERBS.contains(wordBefore(context.text(), figure.start()))
                    || opensRange(context, sentence, figure)) && shareNamedBefore(context, sentence, figure)) {
                // "plans to raise the share of national currencies to 90%": the level a share is to reach is a goal.
                return aimedAt(context, sentence, figure) && !opensRange(context, sentence, figure)
                        ? Measure.TARGET : Measure.SHARE;
            }
            if ("share-after".equals(after)) {
                // "une croissance de 30 % du commerce bilatéral", "an increase of 30% of exports": the percentage
                // a named change amounts to, not a share of the noun after it.
                return changeNounOf(context, sentence, figure) ? Measure.CHANGE : Measure.SHARE;
            }
            // "the share of national currencies ... continues to grow and is close to 75%": a share named before the
            // figure, nearer than any word of change, makes it a share.
            int share = distanceBefore(context, sentence, figure, "share");
            if (share >= 0 && (share < distanceBefore(context, sentence, figure, "change")
                    || distanceBefore(context, sentence, figure, "change") < 0)) {
                return aimedAt(context, sentence, figure) ? Measure.TARGET : Measure.SHARE;
            }
            if (nearCue(context, sentence, figure, "change")) {
                return Measure.CHANGE;
            }
            return nearCue(context, sentence, figure, "target") ? Measure.TARGET : Measure.SHARE;
        }
        // "increased by $2.2 billion", "increase capacity by 10 mln tons", "shortened by about 900 km": a sum
        // something moved by, in the figure's own unit.
        if (dativeThenMove(context, figure)) {
            return Measure.CHANGE; // "42,6 миллион долларга кўпдир", "1 mln tonnaga oshdi": Uzbek and Kazakh "by"
        }
        if (moneyChange(context, sentence, figure) || changeNounAfter(context, figure)
                || changeNounOfSum(context, sentence, figure) || changeAmountedTo(context, figure)
                || sumByWhichLevelsDiffer(context, figure)) {
            return Measure.CHANGE;
        }
        SurfaceFigure rangeStart = rangeStartBefore(context, sentence, figure);
        boolean goal = !(figure.isMoney() && costInClause(context, sentence, figure))
                && ((cueBefore(context, sentence, figure, "target") && !reachedAfterAChange(context, sentence, figure))
                || (deadlineInClause(context, sentence, figure) && !cueBefore(context, sentence, figure, "cost"))
                || futureInClause(context, sentence, figure) || goalRightAfter(context, sentence, figure)
                || (rangeStart != null && (cueBefore(context, sentence, rangeStart, "target")
                        || futureInClause(context, sentence, rangeStart))));
        if (!goal && (raisedTo(context, figure) || raisedToInTurkic(context, figure))) {
            goal = true;
        }
        // "will increase capacity from 6 million to 10 million tons": the start of a range a goal moves from is the
        // level it starts at, not the goal.
        if (goal && opensRange(context, sentence, figure)) {
            return Measure.AMOUNT;
        }
        // No length in the labels is a goal: a route or border "of 760 km" is its length, planned or built. A height
        // or depth still to be reached is one ("the dam will be 335 metres high", "une digue de 2 mètres de haut sera
        // construite": gold-o; "plans to achieve a depth of 7.7 meters": team a), in the future tense as well.
        if (LENGTH_UNITS.contains(figure.unit())) {
            return (goal || futureWordInClause(context, sentence, figure)) && nearCue(context, sentence, figure, "height")
                    ? Measure.TARGET : Measure.AMOUNT;
        }
        return goal ? Measure.TARGET : Measure.AMOUNT;
    }

    /**
     * "steps to further boost mutual trade to at least $2 billion", "towards expanding their trade volume to $5
     * billion", "pour porter leur volume à 1 milliard", "довести товарооборот до 5 млрд": a verb of raising, not in
     * the past, and "to" before the level it raises the figure to: the level is a goal. The verb stands in the
     * figure's clause, a few words before it; past forms ("boosted", "a porté", "довели") are other words.
     */
    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    private static boolean raisedTo(Context context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int i = context.wordStarts().at(figure.start()) - 1;
        int skipped = 0;
        while (i >= 0 && skipped < LEVEL_FILLER_REACH && LEVEL_FILLERS.contains(words.get(i).folded())) {
            i--;
            skipped++;
        }
        if (i < 0 || !LEVEL_LINKS.contains(words.get(i).folded())
                || crossesClause(context.text(), words.get(i).end(), figure.start())) {
            return false;
        }
        int link = i;
        for (int k = link - 1; k >= 0 && k >= link - RAISING_REACH; k--) {
            if (crossesClause(context.text(), words.get(k).end(), words.get(k + 1).start())
                    || hasSentenceBreak(context.text(), words.get(k).end(), words.get(k + 1).start())) {
                return false;
            }
            if (RAISING_VERBS.contains(words.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** A word of aim before the figure or the future tense in its clause (see {@link #futureWordInClause}). */
    private static boolean aimedAt(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return (cueBefore(context, sentence, figure, "target") && !reachedAfterAChange(context, sentence, figure))
                || futureWordInClause(context, sentence, figure);
    }

    /**
     * "The annual capacity of the port will be 17 million tons", "ce gazoduc va acheminer 30 milliards de m3",
     * "20 тысяч рабочих мест будет создано": a level stated in the future tense, in the figure's own clause, is a
     * goal or a forecast. The future word may come before the figure or just after it.
     */
    private static boolean futureInClause(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!FORECAST_UNITS.contains(figure.unit()) && !figure.isMoney()) {
            return false; // "500 vehicles will be involved", "will last six years": planned events, not goals
        }
        return futureWordInClause(context, sentence, figure);
    }

    private static boolean futureWordInClause(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (!"future".equals(hit.value())) {
                continue;
            }
            if (nearBefore(hit, figure)
                    && !crossesClause(text, hit.end(), figure.start())) {
                return true;
            }
            if (nearAfter(hit, figure, GOAL_AFTER)
                    && !crossesClause(text, figure.end(), hit.start()) && !joinsNextClause(text, figure.end(),
                    hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "has doubled ... to reach USD 103.7 per ton", "a augmenté de 22 % pour atteindre près de 30 millions de tonnes":
     * "to reach" after a change says where the change took the level, not a goal. Only when the nearest word of aim
     * before the figure is that "to reach" and a word of change comes before it in the sentence, with no other word
     * of aim ("is expected to grow 5% to reach $10 billion" stays a goal).
     */
    private static boolean reachedAfterAChange(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        CueLexicon.Hit<String> reach = null;
        int aims = 0;
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.end() > figure.start()) {
                break;
            }
            if ("target".equals(hit.value()) || "future".equals(hit.value())) {
                aims++;
                reach = hit;
            }
        }
        if (aims != 1 || figure.start() - reach.end() > CUE_WINDOW_BEFORE
                || !REACH.contains(Words.fold(text.substring(reach.start(), reach.end())))) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= reach.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "our $5 billion target", "12 миллиард доллар даражасида кутилмоқда", "50 мың ЖФЭ дейін жетеді деп
     * жоспарланып отыр": a word of aim right after the figure, in its clause (Uzbek and Kazakh put the verb last).
     */
    private static boolean goalRightAfter(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("target".equals(hit.value()) && nearAfter(hit, figure, GOAL_AFTER)
                    && !crossesClause(context.text(), figure.end(), hit.start())
                    && !joinsNextClause(context.text(), figure.end(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence that tells of a signature gives the figure as the worth of what was signed: agreements,
     * contracts or documents named just before it in its clause, with no metric word between ("contrats
     * commerciaux pour 800 millions de dollars", "соглашения на сумму 2 млрд долларов"), or just after it ("$1bln
     * worth contracts"). A sum in the agreements' own words ("an agreement to boost investments to $2 billion") or
     * in another clause ("under the agreements signed, Beijing will grant $3 billion") is not their worth.
     */
    private static boolean worthOfSignedDeals(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!hasCue(context, sentence, "signing")) {
            return false;
        }
        String text = context.text();
        // "6 milliards de somonis (530 millions d'euros)": the sum in brackets restates the one before it.
        int before = figure.start();
        while (before > sentence.start() && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int to = before > sentence.start() && text.charAt(before - 1) == '(' ? before - 1 : figure.start();
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (!"deal".equals(hit.value())) {
                continue;
            }
            if (hit.end() <= to && to - hit.end() <= DEAL_WORTH_REACH && !crossesClause(text, hit.end(), to)
                    && !metricCueBetween(context, sentence, hit.end() - 1, to)) {
                return true;
            }
            if (nearAfter(hit, figure, CUE_WINDOW_AFTER) && !crossesClause(text, figure.end(), hit.start())
                    && !metricCueBetween(context, sentence, figure.end() - 1, hit.start())) {
                return true;
            }
        }
        return false;
    }

    /** How far before a sum the papers it is the worth of may stand ("accords d'une valeur de plus de 6 milliards"). */
    private static final int DEAL_WORTH_REACH = 60;

    /**
     * Whether a word of cost comes before the figure in its clause: "is expected to cost about $4 billion", "le
     * coût total du projet pourrait atteindre 8 milliards", "is estimated at $2 billion": what a project costs is
     * an estimate of a sum, stated as a level even when it is still to be spent.
     */
    private static boolean costInClause(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("cost".equals(hit.value()) && nearBefore(hit, figure)
                    && !crossesClause(context.text(), hit.end(), figure.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure opens a "from ... to" range that a later figure of its sentence closes. */
    private static boolean opensRange(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!startOfARange(context.text(), figure.start())) {
            return false;
        }
        List<SurfaceFigure> surface = context.surface();
        int next = context.surfaceStarts().at(figure.end());
        return next < surface.size() && surface.get(next).start() < sentence.end()
                && rangeStartBefore(context, sentence, surface.get(next)) == figure;
    }

    /**
     * The figure that opens the "from ... to" range this figure closes ("from 140,000 TEU to 240,000 TEU"), or
     * null: a goal stated before the range is the goal of its end too, however long the range.
     */
    private static SurfaceFigure rangeStartBefore(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<SurfaceFigure> surface = context.surface();
        int at = context.surfaceStarts().at(figure.start()) - 1;
        if (at < 0) {
            return null;
        }
        SurfaceFigure start = surface.get(at);
        String text = context.text();
        if (start.start() < sentence.start() || figure.start() - start.end() > RANGE_GAP
                || !startOfARange(text, start.start())) {
            return null;
        }
        return endsWithWord(Words.fold(text.substring(start.end(), figure.start())), RANGE_END) ? start : null;
    }

    /** "capacity to 10 million tons per year by 2027", "к 2030 году": a level with a deadline is a goal. */
    private static boolean deadlineInClause(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(), figure.end(),
                sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE && !crossesClause(context.text(), figure.end(), e.start(), true)
                    && !startOfARange(context.text(), figure.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sum by which something moved is a change, as a percentage is: "increased by almost $3 billion", "an
     * increase of $5.4 billion", "(+$2.8 billion)", "вырос на $1 млрд", "en hausse de 2 milliards de dollars".
     * ("contrats d'une valeur de", "на сумму" name no change: a word of change must come right before.)
     */
    private static boolean moneyChange(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        int i = figure.start();
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '+') {
            return true;
        }
        // The word before the figure, past words of approximation ("by almost $3 billion").
        List<Words.Word> words = context.words();
        int k = context.wordStarts().at(figure.start()) - 1;
        while (k >= 0 && APPROXIMATIONS.contains(words.get(k).folded())) {
            k--;
        }
        if (k < 0 || !CHANGE_LINKS.contains(words.get(k).folded())) {
            return false;
        }
        int link = words.get(k).start();
        String linkWord = words.get(k).folded();
        boolean by = "by".equals(linkWord) || "на".equals(linkWord);
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= link && (link - hit.end() <= CHANGE_LINK_REACH
                    || (by && !crossesClause(text, hit.end(), link)))) {
                // "will reduce the time of cargo delivery to Pakistan by about five days": "by" after a word of
                // change in its clause, however far, as for a percentage.
                return true;
            }
            // "почти на 1,4 млн тонн ... больше": "на" and a comparative after the figure.
            if ("на".equals(linkWord) && "change-after".equals(hit.value()) && hit.start() >= figure.end()
                    && hit.start() - figure.end() <= CUE_WINDOW_BEFORE && !crossesClause(text, figure.end(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a decrease in trade volumes of almost $260 million", "une hausse des échanges de 2 milliards de dollars": a
     * noun of change, the thing that changed, then "of"/"de" and the sum (past words of approximation).
     */
    private static boolean changeNounOfSum(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int k = context.wordStarts().at(figure.start()) - 1;
        while (k >= 0 && APPROXIMATIONS.contains(words.get(k).folded())) {
            k--;
        }
        if (k < 0 || !CHANGE_NOUN_LINKS.contains(words.get(k).folded())) {
            return false;
        }
        int link = words.get(k).start();
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= link && link - hit.end() <= CHANGE_NOUN_REACH
                    && !crossesClause(context.text(), hit.end(), link) && !levelLinkBetween(words, hit.end(), link)) {
                return true;
            }
        }
        return false;
    }

    /** "decreased to the level of 10 bcm", "выросла до уровня": the change led to a level, which the sum is. */
    private static boolean levelLinkBetween(List<Words.Word> words, int from, int to) {
        for (int i = StartIndex.lowerBound(words, Words.Word::start, from); i < words.size() && words.get(i).start() < to; i++) {
            if (LEVEL_LINKS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the growth rate amounted to almost US $170 million", "рост составил 170 млн долларов", "la hausse s'est élevée
     * à 2 milliards": a noun of change, a few words before, is what the verb of amounting says the sum is.
     */
    private static boolean changeAmountedTo(Context context, SurfaceFigure figure) {
        if (TIMES.equals(figure.unit())) {
            return false;
        }
        List<Words.Word> words = context.words();
        int k = context.wordStarts().at(figure.start()) - 1;
        while (k >= 0 && APPROXIMATIONS.contains(words.get(k).folded())) {
            k--;
        }
        if (k < 0 || !AMOUNTING_LAST_WORDS.contains(words.get(k).folded())) {
            return false; // the cheap test first: most sums follow no verb of amounting
        }
        int verb = -1;
        for (int n = 1; n <= AMOUNTING_WORDS && k - n + 1 >= 0; n++) {
            StringBuilder phrase = new StringBuilder();
            for (int w = k - n + 1; w <= k; w++) {
                phrase.append(w > k - n + 1 ? " " : "").append(words.get(w).folded());
            }
            if (AMOUNTING.contains(phrase.toString())) {
                verb = k - n + 1;
            }
        }
        if (verb < 0) {
            return false;
        }
        String text = context.text();
        for (int w = verb - 1; w >= 0 && w >= verb - CHANGE_SUBJECT_REACH; w--) {
            if (crossesClause(text, words.get(w).end(), words.get(w + 1).start())
                    || hasSentenceBreak(text, words.get(w).end(), words.get(w + 1).start())) {
                return false;
            }
            if (CHANGE_SUBJECTS.contains(words.get(w).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "a $2.2 billion rise over the same period", "a 3 million ton increase": a change noun right after the sum. */
    private static boolean changeNounAfter(Context context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        return next < words.size() && words.get(next).start() - figure.end() <= 1
                && CHANGE_NOUNS.contains(words.get(next).folded());
    }

    /**
     * Whether the figure follows a word of change and "of"/"de" ("a growth of 30 %", "une hausse sans précédent
     * de 30 %"), the change cue ending at most {@link #CHANGE_NOUN_REACH} characters before that word.
     */
    private static boolean changeNounOf(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        int end = figure.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String word = Words.fold(text.substring(begin, end));
        if (begin == end || !CHANGE_NOUN_LINKS.contains(word)) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= begin && begin - hit.end() <= CHANGE_NOUN_REACH
                    && !crossesClause(text, hit.end(), begin)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a share is named before the figure in its sentence ("the share of ...", "доля ..."). */
    private static boolean shareNamedBefore(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("share".equals(hit.value()) && hit.end() <= figure.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sum or a quantity ends in a dative ("долларга", "dollarga", "тоннаға") and the next word says more,
     * less or a move ("кўп", "ko'p", "oshdi", "өсті", "kamaydi"): the Uzbek and Kazakh way to write "by".
     */
    private static boolean dativeThenMove(Context context, SurfaceFigure figure) {
        String text = context.text();
        String last = Words.fold(text.substring(Math.max(figure.start(), figure.end() - 3), figure.end()));
        boolean dative = false;
        for (String suffix : DATIVE_ENDINGS) {
            if (last.endsWith(suffix)) {
                dative = true;
                break;
            }
        }
        if (!dative || "percent".equals(figure.unit())) {
            return false;
        }
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (next >= words.size() || words.get(next).start() - figure.end() > 2) {
            return false;
        }
        String word = words.get(next).folded();
        if (TURKIC_OR.contains(word)) {
            // "1,3 млрд АҚШ долларига ёки 29,2 фоизга ошган": the sum and the percentage it restates share the verb
            for (int k = next + 1; k < words.size() && k <= next + TURKIC_OR_REACH; k++) {
                if (hasSentenceBreak(text, words.get(k - 1).end(), words.get(k).start())) {
                    return false;
                }
                if (Words.startsWithAny(words.get(k).folded(), MOVE_STEMS)) {
                    return true;
                }
            }
            return false;
        }
        return Words.startsWithAny(word, MOVE_STEMS);
    }

    /**
     * "yuk tashish hajmi 60 million tonnagacha oshishiga erishiladi", "60 миллион тоннагача ошириш", "60 млн тоннаға дейін
     * арттыру": the Uzbek "-gacha" or the Kazakh "дейін" (up to) after the level and a verb of raising, not in the past,
     * right after it: the level is a goal, as "raise trade to $2 billion" is.
     */
    private static boolean raisedToInTurkic(Context context, SurfaceFigure figure) {
        String text = context.text();
        String last = Words.fold(text.substring(Math.max(figure.start(), figure.end() - 5), figure.end()));
        boolean upTo = last.endsWith("gacha") || last.endsWith("гача") || last.endsWith("ғача") || last.endsWith("қача");
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (!upTo && next < words.size() && words.get(next).start() - figure.end() <= 2
                && "деиін".equals(words.get(next).folded())) {
            upTo = true;
            next++;
        }
        if (!upTo || next >= words.size() || words.get(next).start() - figure.end() > 12) {
            return false;
        }
        return Words.startsWithAny(words.get(next).folded(), TURKIC_RAISING);
    }

    /** Whether the next word is an Uzbek or Kazakh "reach" ("90 foizga yetdi", "90 пайызға жетті"): a level, not a move. */
    private static boolean reachVerbAfter(String text, int end) {
        int i = end;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        String next = Words.fold(text.substring(i, Math.min(text.length(), i + 4)));
        return Words.startsWithAny(next, REACH_VERBS);
    }

    /** Whether a dative suffix follows a percent sign: Kazakh "3%-ға", "84%-ке", Uzbek "15%ga", "20 %-га". */
    private static boolean dativeAfter(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (from == end && (end == 0 || text.charAt(end - 1) != '%')) {
            return false; // a suffix glued to a word ("15 percentga") is read by DATIVE_PERCENT
        }
        return DATIVE_SUFFIXES.contains(text.substring(from, i).toLowerCase(java.util.Locale.ROOT));
    }

    /** The folded word just after {@code end} (spaces between), or "". */
    private static String wordAfter(String text, int end) {
        return Words.fold(lettersAfter(text, end));
    }

    /** The run of letters just after {@code at} and the blanks after it, as written, or "". */
    private static String lettersAfter(String text, int at) {
        int begin = at;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int stop = begin;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.substring(begin, stop);
    }

    /** The folded word just before {@code start} (spaces between), or "". */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end < start ? Words.fold(text.substring(begin, end)) : "";
    }

    private static boolean byWordBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String word = text.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
        return end < start && (word.equals("by") || word.equals("на"));
    }

    /**
     * "950,000 tons more than the same period last year", "or 438.4 million U.S. dollars, less than in January-June",
     * "1,2 milliard de dollars de plus qu'en 2022", "больше на $200 миллионов": the sum by which one level passes
     * another, in the figure's own unit, is a change (team a: an absolute increase is {@code change} in the figure's
     * unit). The comparison follows the figure and leads to "than" (a comma may come between only when "or" restates
     * a change before the figure: "$5 billion, more than in 2022" is a level), or it comes before "by" the sum.
     */
    private static boolean sumByWhichLevelsDiffer(Context context, SurfaceFigure figure) {
        String text = context.text();
        String before = wordBefore(text, figure.start());
        if (CHANGE_LINKS_OF_COMPARISON.contains(before)) {
            int at = figure.start();
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            return COMPARISONS_BEFORE_BY.contains(wordBefore(text, at - before.length()));
        }
        List<CueLexicon.Hit<String>> after = within(context.cueHits(), CueLexicon.Hit::start, figure.end(), text.length());
        if (after.isEmpty() || !"change-after".equals(after.get(0).value())) {
            return false;
        }
        CueLexicon.Hit<String> hit = after.get(0);
        boolean restating = RESTATING_LINKS.contains(before);
        for (int i = figure.end(); i < hit.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !(c == ',' && restating)) {
                return false;
            }
        }
        int start = hit.end();
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return THAN.contains(Words.fold(text.substring(start, end)));
    }

    /** The cue kind of the first words after {@code end}, if they start right there (a comma may come between). */
    private static String kindRightAfter(Context context, int end) {
        List<CueLexicon.Hit<String>> after = within(context.cueHits(), CueLexicon.Hit::start, end,
                context.text().length());
        if (after.isEmpty()) {
            return null;
        }
        CueLexicon.Hit<String> hit = after.get(0);
        int commas = 0;
        for (int i = end; i < hit.start(); i++) {
            char c = context.text().charAt(i);
            if (c == ',') {
                commas++;
            } else if (!Character.isWhitespace(c) || commas > 1) {
                return null;
            }
        }
        return commas <= 1 ? hit.value() : null;
    }

    /** Whether the cue ends before the figure, within the cue window. */
    private static boolean nearBefore(CueLexicon.Hit<?> hit, SurfaceFigure figure) {
        return hit.end() <= figure.start() && figure.start() - hit.end() <= CUE_WINDOW_BEFORE;
    }

    /** Whether the cue starts after the figure, at most {@code window} chars after it. */
    private static boolean nearAfter(CueLexicon.Hit<?> hit, SurfaceFigure figure, int window) {
        return hit.start() >= figure.end() && hit.start() - figure.end() <= window;
    }

    private static boolean nearCue(Context context, Sentences.Sentence sentence, SurfaceFigure figure, String kind) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (!hit.value().equals(kind)) {
                continue;
            }
            if (nearBefore(hit, figure)) {
                return true;
            }
            if (nearAfter(hit, figure, CUE_WINDOW_AFTER)) {
                return true;
            }
        }
        return false;
    }

    /** Chars between the nearest cue of a kind before the figure (within the window) and the figure, or -1. */
    private static int distanceBefore(Context context, Sentences.Sentence sentence, SurfaceFigure figure, String kind) {
        int best = -1;
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals(kind) && nearBefore(hit, figure)) {
                int d = figure.start() - hit.end();
                if (best < 0 || d < best) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** Whether a cue lies within a period already read ("to date" in "year-to-date" is not "now"). */
    private static boolean insideExpression(List<PeriodResolver.Expression> expressions, CueLexicon.Hit<String> hit) {
        for (PeriodResolver.Expression e : expressions) {
            if (e.start() <= hit.start() && hit.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** Stems of a multiple or of a level reached, which the change cues do not all hold ("tripled", "в три раза"). */
    private static final List<String> CHANGED_OR_REACHED = Words.foldAll("reach", "tripl", "doubl", "quadrupl", "fold",
            " times", "достиг", " раз", "вдвое", "втрое", "atteign", "atteint", " fois", "multipli");

    private static boolean changedOrReachedBetween(String text, int from, int to) {
        String between = Words.fold(text.substring(from, Math.max(from, to)));
        for (String stem : CHANGED_OR_REACHED) {
            if (between.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of change lies between two offsets of the sentence. */
    private static boolean changeCueBetween(Context context, Sentences.Sentence sentence, int from, int to) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals("change") && hit.start() >= from && hit.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueBefore(Context context, Sentences.Sentence sentence, SurfaceFigure figure, String kind) {
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if (hit.value().equals(kind) && nearBefore(hit, figure)) {
                return true;
            }
        }
        return false;
    }

    private String metric(SurfaceFigure figure, String unitClass, Context context, Sentences.Sentence sentence,
                          Sentences.Sentence previous, boolean continues) {
        if (UNDATED_UNITS.contains(figure.unit()) && isDistanceToAPlace(figure, context)) {
            return OTHER;
        }
        if (LENGTH_UNITS.contains(figure.unit()) && partOfALengthAfter(figure, context)) {
            return OTHER;
        }
        String counted = countedNounMetric(figure, unitClass, context);
        String metric = OTHER.equals(counted) ? OTHER : contextMetric(figure, unitClass, context, sentence, previous,
                continues, counted);
        if (OTHER.equals(metric) && LENGTH_UNITS.contains(figure.unit())) {
            String head = headOfLengthAdjective(figure, unitClass, context);
            return head != null ? head : metric;
        }
        return metric;
    }

    /** The most words of names between a length written as an adjective and the noun it qualifies. */
    private static final int NAMES_BEFORE_HEAD = 12;
    private static final Set<String> NAME_JOINERS = Set.of("and", "et", "и");

    /**
     * "The 1,735-kilometre Turkmenistan, Afghanistan, Pakistan and India (TAPI) pipeline", "the 523-km
     * China–Kyrgyzstan–Uzbekistan railway": a length written as an adjective qualifies the noun its phrase ends on,
     * past the names that qualify it too (with no name between, the cue windows read the noun already). The metric of
     * that noun when it names one, else null.
     */
    private String headOfLengthAdjective(SurfaceFigure figure, String unitClass, Context context) {
        String text = context.text();
        String own = figure.text(text);
        int hyphen = own.lastIndexOf('-');
        if (hyphen < 0 || hyphen + 1 >= own.length() || !Character.isLetter(own.charAt(hyphen + 1))) {
            return null; // not "1,735-kilometre": a length said as a noun phrase has its own words
        }
        List<Words.Word> words = context.words();
        int from = figure.end();
        boolean names = false;
        int first = context.wordStarts().at(figure.end());
        for (int i = first; i < words.size() && i < first + NAMES_BEFORE_HEAD; i++) {
            Words.Word word = words.get(i);
            for (int c = from; c < word.start(); c++) {
                char ch = text.charAt(c);
                if (ch == '.' || ch == ';' || ch == ':' || ch == '\n' || ch == '!' || ch == '?') {
                    return null;
                }
            }
            from = word.end();
            if (Character.isUpperCase(text.charAt(word.start())) || NAME_JOINERS.contains(word.folded())) {
                names = true;
                continue; // a name, or "and" between names
            }
            if (!names) {
                return null; // "a 700-kilometer section": the words right after the figure were read already
            }
            for (CueLexicon.MetricCue cue : cues.metricAt(words, i)) {
                if (cue.fits(unitClass) && !OTHER.equals(cue.metric())) {
                    return cue.metric();
                }
            }
            return null; // the first common word is the head: it names no length
        }
        return null;
    }

    private static boolean bothDirections(List<List<CueLexicon.MetricCue>> hits, String unitClass) {
        boolean exports = false;
        boolean imports = false;
        for (List<CueLexicon.MetricCue> hit : hits) {
            for (CueLexicon.MetricCue cue : hit) {
                if (cue.fits(unitClass)) {
                    exports |= "trade.exports".equals(cue.metric());
                    imports |= "trade.imports".equals(cue.metric());
                }
            }
        }
        return exports && imports;
    }

    /** Whether a sentence has cues of both exports and imports that fit the figure's class. */
    private static boolean namesBothDirections(Context context, Sentences.Sentence sentence, String unitClass) {
        boolean exports = false;
        boolean imports = false;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass)) {
                    exports |= "trade.exports".equals(cue.metric());
                    imports |= "trade.imports".equals(cue.metric());
                }
            }
        }
        return exports && imports;
    }

    /** The metric the cues around a figure name, unless {@code metric} (its counted noun's) is already known. */
    private String contextMetric(SurfaceFigure figure, String unitClass, Context context, Sentences.Sentence sentence,
                                 Sentences.Sentence previous, boolean continues, String metric) {
        if (metric == null) {
            metric = nearestMetric(figure, unitClass, context, sentence);
        }
        // The sentence before speaks for this one only when this one names no metric at all ("Une proportion qui
        // culminerait à 75%") or continues it ("cette hausse", "dans ce domaine").
        // A count's sentence whose cues fit no count ("106 goods ... previously re-exported") names no metric for it.
        if (metric == null && previous != null && (continues || !hasMetricCue(context, sentence)
                || ("count".equals(unitClass) && !hasFittingCue(context, sentence, unitClass)))) {
            metric = nearestMetric(figure, unitClass, context, previous);
            if (metric != null && metric.startsWith(TRADE) && namesBothDirections(context, previous, unitClass)) {
                // "Exports amounted to $20 billion and imports to $30 billion. China accounted for $10 billion, ...": a
                // sentence naming both directions hands on the trade they make up, not the last direction it named.
                metric = "trade.turnover";
            }
            // A sentence that names no metric continues the text before it ("Growth was 10 percent."): look a
            // few sentences back, within the paragraph and the one before. So does a part, in the total's own unit,
            // of a total it points back at ("Из данного объема 2,6 млн тонн ...") past a sentence of source ("Такие
            // данные приводит газета"); a percentage there is a share, which the share rules read.
            int index = sentenceOf(context, sentence.start());
            boolean pointsBack = !hasMetricCue(context, sentence) || (continues && !"percent".equals(figure.unit()));
            for (int k = index - 2; metric == null && pointsBack && k >= 0
                    && k >= index - CARRY_SENTENCES; k--) {
                Sentences.Sentence earlier = context.sentences().get(k);
                if (earlier.paragraph() < sentence.paragraph() - 1) {
                    break;
                }
                metric = lastMetric(unitClass, context, earlier);
                if (metric != null && metric.startsWith(TRADE) && namesBothDirections(context, earlier, unitClass)) {
                    metric = "trade.turnover";
                }
            }
        }
        if (metric == null && !hasMetricCue(context, sentence)) {
            metric = listMetric(unitClass, context, sentenceOf(context, sentence.start()));
        }
        if (metric == null && !hasMetricCue(context, sentence) && leads(sentence, context)) {
            metric = lastFitting(unitClass, context.headline());
            if (metric != null && metric.startsWith(TRADE) && bothDirections(context.headline(), unitClass)) {
                metric = "trade.turnover"; // "Exports up, imports down: ..." over a lead that names no metric
            }
        }
        if (metric == null && "rank".equals(unitClass) && !hasMetricCue(context, sentence)) {
            // A ranking article names its ranking once and then lists places ("Sweden (6th), the Netherlands
            // (7th)"): a place that names no ranking is in the last one named before it.
            int index = sentenceOf(context, sentence.start());
            for (int k = index - 1; metric == null && k >= 0; k--) {
                metric = lastMetric(unitClass, context, context.sentences().get(k));
            }
        }
        if (metric == null) {
            return OTHER;
        }
        String refined = refinement(metric, figure, context, sentence);
        if (refined == null && continues) {
            refined = refinement(metric, null, context, previous);
        }
        return refined != null ? refined : metric;
    }

    /**
     * The metric of a list written one item a line ("The remaining trade volume is distributed among:" then "-
     * Uzbekistan: $13.7 billion", "✅ Turquie — 2,1 milliards de dollars US ;"): an item that names none measures what
     * the line opening the list names, else what the few sentences before that line do, however long the list. Null
     * when the sentence at {@code index} is no such item.
     */
    private static String listMetric(String unitClass, Context context, int index) {
        int intro = listIntro(context, index);
        if (intro < 0) {
            return null;
        }
        Sentences.Sentence opening = context.sentences().get(intro);
        for (int k = intro; k >= 0 && k >= intro - CARRY_SENTENCES; k--) {
            Sentences.Sentence earlier = context.sentences().get(k);
            if (earlier.paragraph() < opening.paragraph() - 1) {
                break;
            }
            String metric = lastMetric(unitClass, context, earlier);
            if (metric != null && metric.startsWith(TRADE) && hasCue(context, earlier, "commodity")) {
                return OTHER; // "Uzbekistan sent most fruit to these countries:": a product's trade, item by item
            }
            if (metric != null) {
                return metric.startsWith(TRADE) && namesBothDirections(context, earlier, unitClass)
                        ? "trade.turnover" : metric;
            }
        }
        return null;
    }

    /**
     * A change written right after a figure is that figure's change: "33,6 тыс. TEU – на 33% больше",
     * "1,02 milliard de dollars (+25,8%)". Null when no figure of a known metric comes just before.
     */
    private static String metricOfFigureJustBefore(SurfaceFigure figure, String unitClass, Context context,
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
    private static boolean changeOfSumBefore(ExtractedFigure before, SurfaceFigure figure, Context context) {
        return follows(before, figure, context.text(), CHANGE_OF_SUM_GAP) && hitsWithin(context.metricHits(),
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
    private static boolean projectsNotUnderWay(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int first = Math.max(context.wordStarts().at(sentence.start()),
                context.wordStarts().at(figure.start()) - PROJECT_VERB_REACH);
        int last = Math.min(context.wordStarts().at(sentence.end()),
                context.wordStarts().at(figure.end()) + PROJECT_VERB_REACH);
        if (jointBefore(words, first, last) || pairAdjective(context.text(), words.get(first).start(),
                words.get(Math.max(first, last - 1)).end())) {
            // "we have implemented 93 joint projects", "реализовано 15 казахстанско-китайских проектов": projects
            // the text calls joint are the portfolio, done or not (the labels).
            return false;
        }
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

    /** Two names of parties joined by a hyphen into one adjective ("Kazakh-Chinese", "казахстанско-китайских"). */
    private static boolean pairAdjective(String text, int from, int to) {
        for (int i = Math.max(from + 1, 1); i < to - 1 && i < text.length() - 1; i++) {
            if (text.charAt(i) == '-' && Character.isLetter(text.charAt(i - 1))
                    && (Character.isUpperCase(text.charAt(i + 1)) || text.startsWith("ско-", i - 3))) {
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
    private static boolean delimitedStretch(Context context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int previous = context.wordStarts().at(figure.start()) - 1;
        if (previous >= 0 && figure.start() - words.get(previous).end() <= 2
                && WHOLE_WORDS.contains(words.get(previous).folded())) {
            return false;
        }
        String text = context.text();
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("delimitation".equals(hit.value()) && nearAfter(hit, figure, DELIMITATION_AFTER)) {
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

    /**
     * "a 226-fold rise, from $47.5 million (1992) to $1.7 billion (2021)": a multiple between two levels dated
     * years apart covers the whole span, from the first month of the one to the last of the other (gold-l; gold-f
     * labels "fivefold from 2017 through 2023" so). Two years in a row are left to the rules of a change over a
     * year.
     */
    private static String multipleOverYears(String period, SurfaceFigure figure, Context context,
                                            Sentences.Sentence sentence) {
        String first = null;
        int firstStart = -1;
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(), figure.end(),
                sentence.end())) {
            if (e.kind() != PeriodResolver.Kind.PERIOD || e.period() == null || e.period().length() != 4) {
                continue;
            }
            if (first == null) {
                first = e.period();
                firstStart = e.start();
            } else if (Integer.parseInt(e.period()) - Integer.parseInt(first) >= 2
                    && (period == null || period.equals(first))
                    && RANGE_FROM.matcher(context.text()).region(figure.end(), firstStart).find()) {
                return first + "-01/" + e.period() + "-12";
            }
        }
        return period;
    }

    /** The word that opens a span of two levels: "from", "с", "de" (the level comes between it and its year). */
    private static final Pattern RANGE_FROM = Pattern.compile("(?iU)\\b(from|с|de)\\b");

    /** Whether the sentence, or the one before it in its paragraph, names builders working abroad. */
    private static boolean builtByContractors(Context context, Sentences.Sentence sentence,
                                              Sentences.Sentence previous) {
        return hasCue(context, sentence, "contractor") || previous != null
                && previous.paragraph() == sentence.paragraph() && hasCue(context, previous, "contractor");
    }

    /** Whether the sentence names a period of its own (a year, a month, a span), not only "now" or "so far". */
    private static boolean statesOwnPeriod(Context context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(), sentence.start(),
                sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The month a stretch of a border was agreed or reported in: "reported in February that around 200 kilometers
     * had been delineated" takes the month its sentence names; "have agreed on 28 kilometers of the border", with no
     * time word, the month of the dated article, as news reports a meeting's result when it ends (gold-l: "an
     * agreed stretch of the Kyrgyz–Tajik border takes the month of the meeting that agreed it"). What still remains
     * to be agreed ("290 kilometers yet to be described") is a standing, and takes no month of its own.
     */
    private static String stretchAgreedPeriod(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
        List<PeriodResolver.Expression> inSentence = within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end());
        for (int i = 0; i < inSentence.size(); i++) {
            String resolved = inSentence.get(i).kind() == PeriodResolver.Kind.PERIOD
                    ? resolve(inSentence, i, context) : null;
            if (resolved != null && resolved.length() == MONTH_LENGTH
                    && (context.presentPeriod() == null || resolved.compareTo(context.presentPeriod()) <= 0)) {
                return resolved;
            }
        }
        if (!inSentence.isEmpty() || STILL_TO_DO.matcher(sentenceText(context, sentence)).find()) {
            return null;
        }
        for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end())) {
            if (other.unit().equals(figure.unit()) && other.value() > figure.value()) {
                // "a 976 km border, 504 km of it delimited": the part of
                // the whole stated beside it, as it stands, not what a meeting agreed.
                return null;
            }
        }
        return context.presentPeriod();
    }

    /**
     * Words saying a part of a border is still to be agreed ("yet to be described", "остаются спорными"), or was
     * agreed over a span the text does not date ("За последнее время республики согласовали"): no month of one meeting.
     */
    private static final Pattern STILL_TO_DO = Pattern.compile("(?iU)\\b(still|yet|remain\\w*|остают\\w*|ещё не|еще не"
            + "|пока не|toujours|rest\\w+ à|in recent (?:months|years)|за последнее время|за последние годы"
            + "|ces derniers (?:mois|temps)|ces dernières années)\\b");

    /**
     * "900 kilometres of the 1,357-kilometer border", "300 km sur 1 370 km", "500 км из 970 км": a length taken out
     * of a whole length stated right after it is a part (a stretch controlled, built, disputed), not the length of
     * the border or route itself.
     */
    private static boolean partOfALengthAfter(SurfaceFigure figure, Context context) {
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (next + 1 >= words.size() || words.get(next).start() - figure.end() > 2) {
            return false;
        }
        String after = words.get(next).folded();
        int number = "of".equals(after) && WHOLE_WORDS.contains(words.get(next + 1).folded()) ? next + 2
                : "des".equals(after) || "sur".equals(after) || "из".equals(after) ? next + 1 : -1;
        return number > 0 && number < words.size() && Character.isDigit(words.get(number).raw().charAt(0));
    }

    /**
     * "à 58 kilomètres de la frontière", "в 20 километрах от границы", "3 kilometers from the disputed area",
     * "at a distance of 5 km": how far something lies from a place, not the length of a border or a route.
     * "stretches 523 km from Kashgar to Andijan" runs from one place to another: a length.
     */
    private static boolean isDistanceToAPlace(SurfaceFigure figure, Context context) {
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        int previous = context.wordStarts().at(figure.start()) - 1;
        for (int k = previous; k >= 0 && k > previous - DISTANCE_REACH; k--) {
            if (DISTANCE_NOUNS.contains(words.get(k).folded())) {
                return true;
            }
        }
        if (next >= words.size() || words.get(next).start() - figure.end() > 2) {
            return false;
        }
        String after = words.get(next).folded();
        String before = previous >= 0 && figure.start() - words.get(previous).end() <= 2
                ? words.get(previous).folded() : "";
        if ("away".equals(after) || ("от".equals(after) && "в".equals(before))
                || (FRENCH_FROM.contains(after) && "a".equals(before))) {
            return true;
        }
        if (FRENCH_FROM.contains(after) && FRENCH_DISTANCE_FILLERS.contains(before) && previous >= 1
                && ("a".equals(words.get(previous - 1).folded())
                    || (previous >= 2 && "a".equals(words.get(previous - 2).folded())))) {
            return true; // "à seulement 20 km de la frontière afghane", "à à peine 5 km de"
        }
        // "60 km south of Mazar-i-Sharif", "312 km à l'est de Bichkek", "в 20 км к югу от границы": a point of the
        // compass after a length places something away from a place.
        if (COMPASS_ALONE.contains(after) || (COMPASS_BEFORE_OF.contains(after) && next + 1 < words.size()
                && "of".equals(words.get(next + 1).folded()))) {
            return true;
        }
        for (int k = next; k < words.size() && k <= next + 2 && COMPASS_LINKS.contains(words.get(k).folded()); k++) {
            if (k + 1 < words.size() && COMPASS_LINKED.contains(words.get(k + 1).folded())) {
                return true;
            }
        }
        if (!"from".equals(after)) {
            return false;
        }
        // The place a route runs from may take several words ("from Kazakhstan's Tengiz oil field to the port").
        for (int k = next + 1; k < words.size() && k <= next + ROUTE_END_REACH; k++) {
            if (ROUTE_ENDS.contains(words.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "8 000 entreprises", "8,8 milliards d’exportations", "60 крупных совместных проектов": the noun phrase the
     * number counts names the metric. A count of something no metric counts ("2,500 troops", "20 accords",
     * "193 страны") is no figure of the vocabulary, whatever cue stands nearby; a generic counter ("100
     * people", "106 видов") leaves the metric to the context.
     */
    private String countedNounMetric(SurfaceFigure figure, String unitClass, Context context) {
        if (figure.noun() == null) {
            return null;
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.numberEnd());
        for (int i = first; i < words.size() && words.get(i).start() < figure.end(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= figure.numberEnd() && word.end() <= figure.end()
                    && word.folded().equals(figure.noun())) {
                return phraseMetric(words, i, unitClass, context.text(), "count".equals(figure.unit()));
            }
        }
        return null;
    }

    /** The metric the noun phrase starting at word {@code first} names; see {@link #countedNounMetric}. */
    private String phraseMetric(List<Words.Word> words, int first, String unitClass, String text, boolean count) {
        boolean generic = false;
        for (int i = first; i < words.size() && i < first + COUNTED_PHRASE_WORDS; i++) {
            Words.Word word = words.get(i);
            if (i > first && (!joinedInPhrase(text, words.get(i - 1).end(), word.start())
                    || Noun.isFunctionWord(word.folded()))) {
                break;
            }
            for (CueLexicon.MetricCue cue : cues.metricAt(words, i)) {
                if (cue.fits(unitClass)) {
                    // "400 joint Kazakh-Uzbek companies", "170 совместных кыргызско-китайских предприятий": joint
                    // companies are joint ventures, whatever names the partners between the two words.
                    return COMPANIES.equals(cue.metric()) && jointBefore(words, first, i)
                            ? "jointventures.count" : cue.metric();
                }
            }
            generic |= GENERIC_COUNTERS.contains(word.folded());
            if (i == first && !count) {
                return null; // an amount's noun ("8,8 milliards d’exportations") is one word
            }
        }
        return count && !generic ? OTHER : null;
    }

    private static boolean jointBefore(List<Words.Word> words, int first, int at) {
        for (int k = first; k < at; k++) {
            if (Words.startsWithAny(words.get(k).folded(), JOINT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Words of one noun phrase are joined by spaces or hyphens only ("170 Kyrgyz-Chinese joint ventures"). */
    private static boolean joinedInPhrase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '\u2011' && !NumberScanner.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasFittingCue(Context context, Sentences.Sentence sentence, String unitClass) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasMetricCue(Context context, Sentences.Sentence sentence) {
        return !metricsIn(context, sentence).isEmpty();
    }

    /** Whether a sentence is the lead of the body: its first paragraph, first or second sentence. */
    private static boolean leads(Sentences.Sentence sentence, Context context) {
        return sentence.paragraph() == context.sentences().get(0).paragraph()
                && sentenceOf(context, sentence.start()) <= LEAD_SENTENCES - 1;
    }

    /** The metric of the last of {@code hits} that fits the figure's class, or null. */
    private static String lastFitting(String unitClass, List<List<CueLexicon.MetricCue>> hits) {
        String last = null;
        for (List<CueLexicon.MetricCue> hit : hits) {
            for (CueLexicon.MetricCue cue : hit) {
                if (cue.fits(unitClass)) {
                    last = cue.metric();
                    break;
                }
            }
        }
        return last;
    }

    /** The metric of the last cue of a sentence that fits the figure's class, or null. */
    private static String lastMetric(String unitClass, Context context, Sentences.Sentence sentence) {
        String last = null;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass)) {
                    last = cue.metric();
                    break;
                }
            }
        }
        return last;
    }

    private static String nearestMetric(SurfaceFigure figure, String unitClass, Context context,
                                        Sentences.Sentence sentence) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            if (!anyFits(hit.value(), unitClass)) {
                continue; // the cheap test first: a cue none of whose metrics fits counts at no distance
            }
            double distance;
            if (hit.end() <= figure.start()) {
                distance = figure.start() - hit.end() + 1;
                if (namesFigureBefore(hit, figure, context)) {
                    distance *= TAKEN_CUE_PENALTY;
                }
            } else if (hit.start() >= figure.end()) {
                // An aside in brackets does not end the clause: "the 1,350-kilometre (839-mile) mountainous border".
                // A figure ending on an abbreviated scale and a dot before a capitalised word ends its sentence:
                // "составил $50 млрд. Экспорт составил ..." (the sentence splitter keeps "млрд." inside one).
                // A figure alone in brackets restates the one before it: "19,7 % (13,1 milliards de dollars) du
                // commerce total", "19.7% ($13.1 billion) of its total trade": its own closing bracket ends no clause.
                int from = endOfOwnBrackets(context.text(), figure);
                if (crossesClause(context.text(), from, hit.start(), true)
                        || (joinsNextClause(context.text(), from, hit.start())
                                && !phraseOfTheFigure(from, hit, context))
                        || endsOnScaleDot(context.text(), from, hit.start())) {
                    continue; // "exports fell to $9.1bn, while imports rose": the next clause has its own figure
                }
                distance = (hit.start() - figure.end() + 1) * AFTER_PENALTY;
            } else {
                distance = 1;
            }
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass) && distance / cue.weight() < bestDistance) {
                    bestDistance = distance / cue.weight();
                    best = cue.metric();
                }
            }
        }
        return best;
    }

    /** The most words that the figure's own noun phrase puts between its number and a cue ("tons of dry and oil cargo"). */
    private static final int PHRASE_WORDS = 4;

    /**
     * Whether a conjunction between a figure and a cue after it joins words of the figure's own noun phrase, not two
     * clauses: the cue stands a few words after the figure and has no figure of its own in its clause. "2.6 million
     * tons of dry and oil cargo were transshipped", "1,2 million de tonnes de blé et de farine expédiées", "4 млн тонн
     * нефти и нефтепродуктов перевезено"; but "imports totaled $600.7 mln and exports amounted to $36.1 mln", where the
     * cue names the next figure.
     */
    private static boolean phraseOfTheFigure(int from, CueLexicon.Hit<?> hit, Context context) {
        int first = context.wordStarts().at(from);
        int cue = context.wordStarts().at(hit.start());
        if (cue - first > PHRASE_WORDS) {
            return false;
        }
        String text = context.text();
        int at = context.surfaceStarts().at(hit.end());
        int stop = at < context.surface().size() ? context.surface().get(at).start() : text.length();
        for (int i = hit.end(); i < stop; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == '\n') {
                return true; // the cue's clause ends before any figure: it has none of its own
            }
        }
        return stop == text.length();
    }

    private static boolean anyFits(List<CueLexicon.MetricCue> cues, String unitClass) {
        for (CueLexicon.MetricCue cue : cues) {
            if (cue.fits(unitClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Just past the closing bracket when the figure stands alone in brackets ("($13.1 billion)"), else the figure's
     * end.
     */
    private static int endOfOwnBrackets(String text, SurfaceFigure figure) {
        int open = figure.start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return figure.end();
        }
        int close = figure.end();
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
            close++;
        }
        return close < text.length() && text.charAt(close) == ')' ? close + 1 : figure.end();
    }

    private static boolean endsOnScaleDot(String text, int end, int next) {
        if (end == 0 || text.charAt(end - 1) != '.' || next + 1 >= text.length()) {
            return false;
        }
        for (int i = end; i < next; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(next + 1));
    }

    /**
     * Whether a cue before {@code figure} completes an earlier figure of its clause and a new clause starts
     * between the cue and {@code figure}: "$1.9 billion accounted for imports, and $61.2 million for exports",
     * "1,5 milliard d'exportations, et 2 milliards ...". Such a cue names that earlier figure; the later one
     * takes it only when no other cue fits.
     */
    private static boolean namesFigureBefore(CueLexicon.Hit<?> hit, SurfaceFigure figure, Context context) {
        // The cheap test first: most cues follow no figure at all.
        List<SurfaceFigure> surface = context.surface();
        int at = context.surfaceStarts().at(hit.start()) - 1;
        if (at < 0) {
            return false;
        }
        SurfaceFigure earlier = surface.get(at);
        String text = context.text();
        return earlier.end() <= hit.start() && hit.start() - earlier.end() <= CUE_WINDOW_AFTER
                && !crossesClause(text, earlier.end(), hit.start()) && !hasSentenceBreak(text, earlier.end(),
                hit.start())
                && (crossesClause(text, hit.end(), figure.start()) || joinsNextClause(text, hit.end(), figure.start()));
    }

    private static boolean hasSentenceBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The narrower metric a cue near the figure makes of it ("agri-food trade", "capacity" of a corridor); near
     * means as near as a measure cue ({@code figure} null: anywhere in the sentence).
     */
    private static String refinement(String metric, SurfaceFigure figure, Context context,
                                     Sentences.Sentence sentence) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            if (figure != null && !nearBefore(hit, figure) && !nearAfter(hit, figure, CUE_WINDOW_AFTER)) {
                continue;
            }
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (metric.equals(cue.refines())) {
                    return cue.metric();
                }
            }
        }
        return null;
    }

    private static List<Mention> paragraphMentions(Context context, Sentences.Sentence sentence) {
        int index = sentenceOf(context, sentence.start());
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

    private static List<Mention> findParagraphMentions(Context context, Sentences.Sentence sentence) {
        int first = sentence.start();
        int last = sentence.end();
        // A paragraph's sentences follow one another: its neighbours are all there is to look at, not the whole text.
        List<Sentences.Sentence> sentences = context.sentences();
        int at = sentenceOf(context, sentence.start());
        for (int i = at; i >= 0 && sentences.get(i).paragraph() == sentence.paragraph(); i--) {
            first = Math.min(first, sentences.get(i).start());
        }
        for (int i = at; i < sentences.size() && sentences.get(i).paragraph() == sentence.paragraph(); i++) {
            last = Math.max(last, sentences.get(i).end());
        }
        return within(context.mentions(), context.mentionStarts(), first, last);
    }

    private static String period(SurfaceFigure figure, Measure measure, Context context, Sentences.Sentence sentence,
                                 Sentences.Sentence previous, boolean continues, String metric) {
        if (UNDATED_UNITS.contains(figure.unit())) {
            // "The Rogun dam currently stands at only 75 metres", "сейчас достигает лишь 75 метров": a height a
            // structure has now, on its way to more, is of the publication month (gold-o: "a height stated as now
            // takes the publication month"); any other length or number of years is not dated by the year its
            // sentence names.
            return "m".equals(figure.unit()) && measure == Measure.AMOUNT && context.presentPeriod() != null
                    && cueBefore(context, sentence, figure, "present") ? context.presentPeriod() : null;
        }
        List<PeriodResolver.Expression> inSentence = new ArrayList<>();
        // "will grow by 30 percent by 2030": a change in the future tense is a forecast, dated by its deadline (team a).
        boolean forecast = measure == Measure.CHANGE && (hasCue(context, sentence, "target")
                || cueBefore(context, sentence, figure, "future"));
        byte compared = SentenceFacts.UNKNOWN;
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            // "qu'à la même période l'année précédente (22,1 milliards)": the amount of the base period right after
            // it; further on ("against the like period of the last year and reaching $636.8 mln") it is a base.
            boolean sameBefore = e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR && e.end() <= figure.start()
                    && context.text().substring(e.end(), figure.start()).strip().length() <= 1;
            // "compared to the corresponding period last year, which stood at $835.7 million": a clause that opens on
            // the base tells the base's own figure.
            sameBefore |= e.end() <= figure.start() && figure.start() - e.end() <= BASE_CLAUSE_REACH
                    && baseClause(context.text(), e.end(), figure.start()) && isBase(context, e);
            // "In the same period last year, exports stood at $4 billion", "За аналогичный период прошлого года
            // экспорт составил": a sentence that opens on the base is about the base.
            sameBefore |= e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR && e.end() <= figure.start()
                    && opensOn(context.text(), sentence.start(), e.start());
            // "up 14.2% from the same time in 2022 ($463.3 million)", "compared to 2023 ($89.4 billion)": the sum in
            // parentheses right after a base is the base's own.
            boolean restatesBase = e.end() <= figure.start()
                    && endsWithParenthesis(context.text(), e.end(), figure.start())
                    && restatesBefore(context.text().substring(e.end(), figure.start()));
            // "$4bn, compared to $3bn in 2022": the figure compared is the base's own (whether the figure is one
            // compared is asked once, not for each period after it).
            if (e.start() >= figure.end() && compared == SentenceFacts.UNKNOWN) {
                compared = comparedFigure(context.text(), figure.start()) ? SentenceFacts.YES : SentenceFacts.NO;
            }
            boolean comparedOwn = e.start() >= figure.end() && compared == SentenceFacts.YES
                    && !crossesClause(context.text(), figure.end(), e.start(), true);
            // "by 2030" dates a target, or a change the sentence forecasts ("expected to grow 30% by 2030").
            PeriodResolver.Expression since = measure == Measure.AMOUNT ? sinceYearAfter(context, figure, e) : null;
            if (since != null) {
                inSentence.add(since);
                continue;
            }
            // "the Sarahs terminal, which reopened in June 2022, handles 200 rail cars per day", "Lancé en octobre 2016,
            // ce projet de 4 milliards d'euros": the date of an act before the figure is the act's, not the figure's
            // (the worth of papers signed is counted at the signing: see below).
            if (e.end() <= figure.start() && datesAnAct(context.text(), e.start())
                    && !(figure.isMoney() && hasCue(context, sentence, "signing"))) {
                continue;
            }
            // "29.5 percent higher than the figure recorded in January-June 2023", "58% increase compared to the same
            // period in the previous 2023-2024 season": a period a comparison word opens in its clause, further back
            // than isBase looks, is what the change is measured against; the change has the period of the figure it
            // describes (the standard: "a change against the same period last year has the period of the figure").
            // (A base isBase knows is left out below anyway: its decision is cached, the fold of the clause is not.)
            if (measure == Measure.CHANGE && !sameBefore && !restatesBase && !comparedOwn && !isBase(context, e)
                    && containsCue(clauseBefore(context.text(), sentence.start(), e.start()), COMPARISON_CUES)) {
                continue;
            }
            if ((e.kind() != PeriodResolver.Kind.DEADLINE || measure == Measure.TARGET || forecast)
                    && !(e.start() >= figure.start() && e.end() <= figure.end())
                    && (sameBefore || restatesBase || comparedOwn || !isBase(context, e))) {
                inSentence.add(e);
            }
        }
        for (CueLexicon.Hit<String> hit : cuesIn(context, sentence)) {
            if ("present".equals(hit.value()) && !insideExpression(inSentence, hit)) {
                inSentence.add(new PeriodResolver.Expression(hit.start(), hit.end(), PeriodResolver.Kind.PRESENT, null));
            }
        }
        inSentence.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // "reached $5bn in 2022": a period right after the figure, in its clause, is its own; so is one anywhere
        // in its clause after a figure of comparison ("contre 6,79 milliards de dollars pour l'ensemble de 2021").
        for (int i = 0; i < inSentence.size(); i++) {
            PeriodResolver.Expression e = inSentence.get(i);
            // "in 2020 it amounted to $120 million and in 2021 it reached $180 million": a conjunction before the
            // period opens the next member of the sentence, which that period dates.
            if (e.start() >= figure.end() && !crossesClause(context.text(), figure.end(), e.start(), true)
                    && (e.start() - figure.end() <= RIGHT_AFTER || comparedFigure(context.text(), figure.start()))
                    && !joinsNextClause(context.text(), figure.end(), e.start())) {
                return resolve(inSentence, i, context);
            }
        }
        int chosen = -1;
        for (int i = 0; i < inSentence.size(); i++) {
            PeriodResolver.Expression e = inSentence.get(i);
            // "$952 million in 2021 (in 2020 – $907.2 million), including exports – $791.1 million": an aside
            // closed before the figure dates what it holds, not what follows it.
            if (e.end() <= figure.start() && !asideClosedBefore(context.text(), sentence.start(), e, figure.start())) {
                chosen = i;
            }
        }
        if (chosen >= 0 && contrastBefore(context.text(), inSentence.get(chosen).end(), figure.start())) {
            // "Last year trade reached $28.5 billion, while Russian companies have invested $13 billion to date": a
            // clause of contrast that dates its own figure after it is not dated by the clause before.
            for (int i = chosen + 1; i < inSentence.size(); i++) {
                PeriodResolver.Expression next = inSentence.get(i);
                if (next.start() >= figure.end() && !crossesClause(context.text(), figure.end(), next.start(), true)) {
                    return resolve(inSentence, i, context);
                }
            }
        }
        if (chosen >= 0) {
            // "this year, with a 30 percent increase recorded in the first three months": a part of the year named
            // after the figure, in its clause, narrows the year named before it.
            String year = resolve(inSentence, chosen, context);
            for (int i = chosen + 1; year != null && year.length() == 4 && i < inSentence.size(); i++) {
                PeriodResolver.Expression next = inSentence.get(i);
                if (next.start() >= figure.end() && next.kind() == PeriodResolver.Kind.PERIOD
                        && next.period() != null && next.period().startsWith(year + "-")
                        && !crossesClause(context.text(), figure.end(), next.start(), true)) {
                    chosen = i;
                    break;
                }
            }
        }
        if (chosen < 0) {
            // Only a period after the figure: it must be in the same clause ("reached $5bn in 2022"), not past a
            // comma that opens another one ("35 visits, the last one this year"); an aside that restates the figure
            // in another unit is no other clause ("2.5 million tonnes, or about 50,000 barrels a day, in 2026").
            for (int i = 0; i < inSentence.size(); i++) {
                PeriodResolver.Expression next = inSentence.get(i);
                if (next.start() >= figure.end() && (!crossesClause(context.text(), figure.end(), next.start(), true)
                        || restatingAside(context.text(), figure.end(), next.start())
                        || measure == Measure.CHANGE && next.end() <= sentence.end()
                        && CHANGE_TO_LEVEL.matcher(context.text()).region(figure.end(), next.start()).matches())) {
                    chosen = i;
                    break;
                }
            }
        }
        if (chosen < 0 && !inSentence.isEmpty()) {
            // "stood at $8bn, rising by 26.8%, in 2023.": a period set off by a comma at the very end of the
            // sentence dates the whole sentence.
            int last = inSentence.size() - 1;
            PeriodResolver.Expression closing = inSentence.get(last);
            if (closing.start() >= figure.end() && closing.kind() == PeriodResolver.Kind.PERIOD
                    && closesSentence(context.text(), closing.end(), sentence.end())
                    && setOffByComma(context.text(), figure.end(), closing.start())) {
                chosen = last;
            }
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.DEADLINE
                && startOfARange(context.text(), figure.start())) {
            return null; // "by 2027 ... increased from 6 million to 10 million tons": the start is today's level
        }
        if (chosen >= 0 && measure == Measure.TARGET && inSentence.get(chosen).end() <= figure.start()
                && datesTheStatement(inSentence.get(chosen), resolve(inSentence, chosen, context), context)) {
            // "Back in November 2021, Erdogan said they aim to increase trade to $5 billion", "Currently, both
            // countries are working on reaching $1 billion in the coming years": the time of the words, not of the
            // goal, which has no year of its own.
            return goalYearBefore(context, sentence);
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT && DAYS.equals(figure.unit())) {
            // "cargo delivery time along the corridor is now 18-23 days", "срок доставки ... составляет сейчас 18–23
            // дня": how long a route takes, said as it stands now, is a property of the route, as its length is, not
            // a figure of the month (gold-m: "transit times of a corridor are `days`, `other`, ... `null`"; gold-b).
            return null;
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT
                && !CAPACITY.equals(metric) && yearlyRateAfter(context.text(), figure.end(), sentence.end())) {
            // "Actuellement, la France utilise environ 8 000 tonnes d'uranium par an": a yearly flow stated as now is
            // of no month (NOTES-b: flows stated as "now" have no period; gold-j); a capacity per year is a stock
            // and keeps the month (team a: "Currently, the terminal ... 200.000 TEU per year")
            return null;
        }
        if (chosen >= 0 && (TIMES.equals(figure.unit()) || measure == Measure.CHANGE
                && (figure.isMoney() || RESTATED_UNITS.contains(figure.unit())))
                && inSentence.get(chosen).kind() == PeriodResolver.Kind.CUMULATIVE) {
            // "За последние семь лет ... вырос в пять раз" in an article of March 2026: a multiple over the past
            // years counts the whole years before the year of writing, 2019-01/2025-12 (gold-e's `for the past ten
            // years`, gold-j's multiple over seven years); the levels it goes from and to keep none. So does an
            // absolute change over those years ("1.5 times, or by 10.5 million tons", "Соңғы 5 жылда ... 10,5 млн
            // тоннаға": gold-m); not a percentage, which the labels read as a yearly rate ("over the last three
            // years, growth has been cruising at about nine percent": `null`), nor places in a ranking.
            PeriodResolver.Expression past = inSentence.get(chosen);
            String span = PeriodResolver.pastWholeYears(Words.fold(context.text().substring(past.start(), past.end())),
                    context.presentPeriod());
            if (span != null) {
                return span;
            }
        }
        if (chosen >= 0 && measure == Measure.AMOUNT && !"percent".equals(figure.unit())
                && inSentence.get(chosen).kind() == PeriodResolver.Kind.CUMULATIVE
                && !changeCueBetween(context, sentence, inSentence.get(chosen).end(), figure.start())
                && !changedOrReachedBetween(context.text(), inSentence.get(chosen).end(), figure.start())
                && !startOfARange(context.text(), figure.start()) && rangeStartBefore(context, sentence, figure) == null) {
            // "на протяжении последних двух лет ... стабильно превышает $500 млн", "For the past ten years, ... handling
            // over 500,000 TEU": a level held or a total reached over the past years, with no change between them,
            // covers the whole years before the year of writing, as a multiple over them does (gold-o, gold-e). A
            // level a change over those years goes from or reaches ("has grown from $5.7bn to $11bn", "est passé de
            // 0,8 million de tonnes à 4,5", "has tripled ... and reached more than one million TEUs") keeps none.
            PeriodResolver.Expression past = inSentence.get(chosen);
            String span = PeriodResolver.pastWholeYears(Words.fold(context.text().substring(past.start(), past.end())),
                    context.presentPeriod());
            if (span != null) {
                return span;
            }
        }
        if (chosen >= 0 && measure == Measure.AMOUNT && levelReachedSince(inSentence.get(chosen), figure, context)) {
            // "2020 жылдан бері контейнерлік тасымал көлемі 70 пайыз артып, 718 мың ЖФЭ құраған", "Since 2020, traffic
            // grew by 70 percent to 718,000 TEU" in January 2025: the growth runs since 2020, but the level it reached
            // is a year's, the last whole one (gold-m: "a container level reached `since 2020` ... takes the last
            // whole year (2024), its growth the span to the publication month").
            return String.valueOf(Integer.parseInt(context.presentPeriod().substring(0, 4)) - 1);
        }
        if (chosen >= 0) {
            String resolved = resolve(inSentence, chosen, context);
            // "Сейчас страна находится на 29-м месте": a ranking comes out once a year; a place held now is of
            // this year's ranking, not of a month.
            return RANK.equals(figure.unit()) && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT
                    && resolved != null ? resolved.substring(0, 4) : resolved;
        }
        // The parties a sanction lists, the word of the sanction right before them ("the Treasury sanctioned 200
        // firms and people"; not "a score of banks keep working so as to stay clear of sanctions"), are counted at the
        // action, which the text dates before them, often a paragraph earlier ("On May 3, 2025, Washington announced new
        // sanctions"): the last month it names, when that month is not after the publication (gold-k,
        // audit row 112: "counts of sanctioned parties take ... the month of the action").
        if ("count".equals(figure.unit()) && measure == Measure.AMOUNT
                && cueBefore(context, sentence, figure, "sanctions")) {
            String action = lastPeriodBefore(context, sentence.start());
            if (action != null && action.length() == MONTH_LENGTH
                    && (context.presentPeriod() == null || action.compareTo(context.presentPeriod()) <= 0)) {
                return action;
            }
        }
        // People and equipment counted at an event (troops in a drill, casualties) are dated by the event, which
        // news reports when it happens: the publication month. So is the list of goods a ban covers.
        // Without a publication month, the period its paragraph sets, as for any count ("In 2023 ... 61.3 thousand
        // people underwent treatment").
        // The men of a military base are a standing force, at no event: "Russia has two military bases in
        // Tajikistan, with some 7,500 men in all" takes no period (gold-n).
        if ("count".equals(figure.unit()) && measure != Measure.TARGET && context.presentPeriod() != null
                && (countsEventParticipants(figure, context) && !hasCue(context, sentence, "garrison")
                || EXPORT_BAN.equals(metric))) {
            return context.presentPeriod();
        }
        // "The flour train of more than 50 railcars left Kazakhstan", "Мучной поезд из более чем 50 вагонов
        // отправился": the wagons of one train that sets off or arrives are counted when it goes, which news reports
        // then, the publication month (gold-o: "the train's wagons and load the countries it travels ... with the
        // month"). A fleet's wagons are no train's, and a train described ("Un train de 39 wagons mesure environ 900
        // mètres") goes nowhere.
        if ("count".equals(figure.unit()) && measure == Measure.AMOUNT && context.presentPeriod() != null
                && countsWagons(figure, context) && oneConveyanceHolds(context, sentence, figure)
                && setsOffOrArrives(context, sentence)) {
            return context.presentPeriod();
        }
        // "Kazakh and Tajik entrepreneurs signed contracts worth $1.3 billion ... at the Business Forum on May 3",
        // "des contrats d'une valeur de 1,3 milliard": the worth of papers signed is counted at the signing, an
        // event, as a count of the documents is: the month of a day or month its sentence names, else the period
        // its paragraph sets, else the publication month, when news reports it (gold-m: "contracts signed at a
        // dated business forum are `other` with both parties and the month of the forum").
        if (figure.isMoney() && measure == Measure.AMOUNT && !continues && context.presentPeriod() != null
                && hasCue(context, sentence, "signing") && cueBefore(context, sentence, figure, "deal")) {
            for (int i = 0; i < inSentence.size(); i++) {
                String when = inSentence.get(i).kind() == PeriodResolver.Kind.PERIOD ? resolve(inSentence, i, context)
                        : null;
                if (when != null && when.length() >= MONTH_LENGTH && when.indexOf('/') < 0
                        && when.compareTo(context.presentPeriod()) <= 0) {
                    return when.substring(0, MONTH_LENGTH);
                }
            }
            if (!ownPeriodElsewhere(inSentence, context.text(), sentence.start())) {
                String set = carried(context, sentence, previous, false, CARRY_PARAGRAPHS, figure.unit());
                return set != null ? set : context.presentPeriod();
            }
        }
        if (!continues && ownPeriodElsewhere(inSentence, context.text(), sentence.start())) {
            // The sentence has a period of its own, for another clause; unless it is the one the text set before
            // ("In January-June 2021 ... The deficit stood at $2.4 billion, 39.2% of the turnover in January-June
            // 2021"): then the sentence goes on with it.
            String set = carried(context, sentence, previous, true, "count".equals(figure.unit()) ? 0 : CARRY_PARAGRAPHS,
                    figure.unit());
            return set != null && restates(inSentence, set, context) ? set : null;
        }
        // "Until 2009, Gazprom was buying up to 40 bcm a year": a sentence bounded by a year of its own speaks of
        // its own time, not of the period the sentences before set.
        if (!continues && hasDeadline(context, sentence)) {
            return null;
        }
        // A cost or a valuation ("estimated at $4.6 bln", "стоимостью 91 млрд тенге") holds for the project, not
        // for a period the text sets around it.
        // (A trade flow its sentence names, "estimated at", is still the flow of its period.)
        if (figure.isMoney() && !namesTrade(context, sentence, metric) && cueBefore(context, sentence, figure, "cost")) {
            return null;
        }
        // Nor has a total accumulated over time that its sentence does not date ("Les investissements accumulés").
        if (cueBefore(context, sentence, figure, "cumulative")) {
            return null;
        }
        // Nor has a sum one party has invested in another that its sentence does not date ("The total amount of
        // Korean investments surpassed $8 billion", "Россия ... вложив в нее более 26 миллиардов долларов"): a stock
        // built over the years, as a count of joint ventures is, not a flow of the period set around it (every such
        // label on the dev set is null). A sentence going on from the one before ("Of this, ...") still carries.
        if (INVESTMENT.equals(metric) && measure == Measure.AMOUNT && !continues) {
            return null;
        }
        // Nor has a holding in a company ("The main shareholders are Transneft (24%), KazMunayGas (19%)"): who owns
        // what stays so until it is sold, whatever period the sentences before set for their figures.
        if (measure == Measure.SHARE && hasCue(context, sentence, "stake")) {
            return null;
        }
        // Nor has a share of the world's output or reserves, or of a country's exports that a pipeline or a port
        // carries ("Kazakhstan produces 40 percent of the world's uranium", "Le CPC traite 80 % des exportations"):
        // a standing the sentence states with no time word, as a stock is, not a figure of the period set before.
        if (measure == Measure.SHARE && (hasCue(context, sentence, "standing") || hasCue(context, sentence, "conduit"))) {
            return null;
        }
        // Nor has a share its sentence says holds, in the present tense and with no time word ("Kazakhstan makes up
        // 83 percent of Germany's trade with the region", "Les importations représentent 60 %"): team a's rule for
        // stocks, which gold-k and gold-l apply to shares; a sentence going on from the one before, or pointing back
        // at its period, still carries it. (Russian statistics state a period's shares in the present tense, so
        // "приходится" is no such verb: gold-d.)
        if (measure == Measure.SHARE && !continues && hasCue(context, sentence, "holds")
                && !pointsBackAtPeriod(context, sentence)) {
            return null;
        }
        // A target with no year of its own has none ("the goal is $10bn"), nor has a length, a speed or a duration;
        // unless the sentence before sets the year the plan is for ("... until 2027. This will bring the capacity to
        // 10 million tons a year"; "by 2030 ... It is expected to boost traffic by 30 percent").
        if (!TIMELESS_UNITS.contains(figure.unit()) && (measure == Measure.TARGET || forecast)) {
            String goal = goalYearBefore(context, sentence);
            if (goal == null && measure == Measure.TARGET && opensWithAPart(context, sentence)) {
                // "Freight should reach 5 million tons in 2026. Of this, 2 million tons will be grain": a
                // part of the forecast the sentence before makes for a year is of that year (gold-k; gold-e
                // labels "by late 2015. Of that amount, Turkmenistan will supply ..." so)
                goal = forecastYearBefore(context, sentence);
            }
            if (goal != null || measure == Measure.TARGET) {
                return goal;
            }
        }
        if (TIMELESS_UNITS.contains(figure.unit())) {
            return null;
        }
        // What a line, port or terminal can carry is a property of it, as a length is: a period set for the figures
        // around it ("In the first half of 2023 the port handled 1.8 million tons. It can handle 12 million tons.")
        // is not its own.
        if (CAPACITY.equals(metric)) {
            return null;
        }
        // "South Korea is among the top 10 largest investors in Kazakhstan": a place among the largest of a kind is a
        // standing the sentence claims, not a place in a ranking the text dated before.
        if (RANK.equals(figure.unit()) && amongTheLargest(context.text().substring(figure.start(),
                Math.min(sentence.end(), Math.max(figure.end(), figure.numberEnd() + LARGEST_REACH))))) {
            return null;
        }
        // "Chaque année, le Kazakhstan produit 82 millions de tonnes de pétrole", "produces 150 million tons of
        // agricultural products a year": a level stated for every year, with no period in its own sentence, is a
        // yearly rate, not a figure of the period the sentences before set (gold-m: "a level stated per year
        // (`4.5 million tons annually`) is `null`"; team a and NOTES-b: a volume stated as yearly has no period).
        // A sentence going on from the one before, or pointing back at its period, still carries it.
        if (measure != Measure.TARGET && !continues && statedPerYear(context, sentence, figure)
                && !pointsBackAtPeriod(context, sentence)) {
            return null;
        }
        // A count is a stock unless its paragraph dates it ("In 2023 ... Of these, 5.6 million visited relatives").
        String carried = carried(context, sentence, previous, continues,
                "count".equals(figure.unit()) && !countsFreight(figure, metric, context, sentence) ? 0 : CARRY_PARAGRAPHS,
                figure.unit());
        if (carried != null && baseOfSentence(context, sentence, carried)) {
            return null; // "compared with 2018, the index grew by 10%" is not of 2018, whatever the sentence before says
        }
        if (carried != null && measure != Measure.TARGET && context.presentPeriod() != null
                && carried.substring(0, 4).compareTo(context.presentPeriod().substring(0, 4)) > 0) {
            // "The board approved the strategy for 2025. Kazakhstan holds 14 percent of the world's reserves": a year
            // still to come is a plan's, and a figure stated as a fact in the sentences after it is not of it.
            return null;
        }
        // Drugs found at a seizure ("17 kilograms of heroin", "46 пакетов гашиша"), and the documents a visit signs
        // ("the parties signed 27 documents"), are counted at an event, as the people at a clash are: with nothing
        // dating them, the publication month, when news reports it.
        if (carried == null && measure == Measure.AMOUNT && context.presentPeriod() != null
                && (hasCue(context, sentence, "seizure") || "count".equals(figure.unit())
                && hasCue(context, sentence, "signing"))) {
            return context.presentPeriod();
        }
        // The places of one ranking, listed over several paragraphs, are all of the edition the text names first
        // ("the Global E-Government Survey 2016 ... the Netherlands (7th) and Denmark (9th)").
        // So is a sentence that points back at its period ("during this period", "за этот период").
        return carried == null && (RANK.equals(figure.unit()) || pointsBackAtPeriod(context, sentence))
                ? lastPeriodBefore(context, sentence.start()) : carried;
    }

    /** Beginnings of the nouns of what freight moves in, counted: trains, wagons, containers. */
    private static final List<String> FREIGHT_UNITS = Stems.copyOf(Words.foldAll("train", "container", "wagon",
            "поезд", "контейнер", "вагон", "conteneur"));
    /** Words of a daily rate ("5-6 trains per day", "400 wagons ... quotidian"): a flow stated now has no period. */
    private static final List<String> DAILY = Words.foldAll("per day", "a day", "daily", "quotidian", "each day",
            "в сутки", "в день", "ежедневно", "ежесуточно", "par jour", "quotidien");
    /** How many words after a count's number may name what it counts ("144 container trains", "13 thousand containers"). */
    private static final int FREIGHT_UNIT_REACH = 2;

    /**
     * Whether a count counts freight moved (containers, trains, wagons): a flow, carried from the paragraphs before
     * as tonnes are ("the port handled 142,000 tons of grain ... and over 13,000 containers" under "January-July
     * 2023"), not a stock, which only its own paragraph dates. A daily rate is no total of a period.
     */
    private static boolean countsFreight(SurfaceFigure figure, String metric, Context context,
                                         Sentences.Sentence sentence) {
        List<Words.Word> words = context.indexedWords();
        int at = Subjects.indexAt(words, figure.numberEnd());
        boolean freight = "cargo.containers".equals(metric);
        for (int i = at; !freight && i < Math.min(words.size(), at + FREIGHT_UNIT_REACH); i++) {
            Words.Word word = words.get(i);
            freight = word.start() >= figure.numberEnd() && word.start() < sentence.end()
                    && Words.startsWithAny(word.folded(), FREIGHT_UNITS);
        }
        return freight && !Words.containsAny(Words.fold(context.text().substring(sentence.start(), sentence.end())),
                DAILY);
    }

    /** Words that make a place in a "top N" a class of the largest of a kind ("top 10 largest investors"). */
    private static final List<String> LARGEST = List.of("largest", "biggest", "main ", "leading", "major", Words.fold("крупнейш"),
            "ведущ", "основн", "principa", "plus grands", "plus importants");

    /** How far after a rank's number the words naming the largest of a kind may stand ("top 10 main foreign"). */
    private static final int LARGEST_REACH = 20;

    /** Whether a rank's own words name the largest of a kind: "top 10 largest investors", "10 крупнейших инвесторов". */
    private static boolean amongTheLargest(String figureText) {
        return Words.containsAny(Words.fold(figureText), LARGEST);
    }

    /**
     * Whether a period written before a goal dates when the goal was set rather than the goal: "now", a period
     * over before the publication month (a deadline, "by 2030", is the goal's own), or a day of the publication month
     * or before ("Speaking at a meeting on September 7", "В ходе встреч, прошедших 6–8 сентября"): a goal is set for
     * a year, never for a day, so the day is the meeting's.
     */
    private static boolean datesTheStatement(PeriodResolver.Expression e, String resolved, Context context) {
        if (e.kind() == PeriodResolver.Kind.PRESENT) {
            return true;
        }
        String now = context.presentPeriod();
        if (e.kind() != PeriodResolver.Kind.PERIOD || resolved == null || now == null) {
            return false;
        }
        String end = resolved.substring(resolved.indexOf('/') + 1);
        int against = (end.length() == 4 ? end + "-12" : end).compareTo(now);
        return against < 0 || against == 0 && end.length() == MONTH_LENGTH && dayDate(context.text(), e);
    }

    /**
     * Whether the figure stands in a parenthesis that opens right after the figure before it, or that also holds the
     * figure before it: "$900 million (imports of $858 million, exports of $42 million)".
     */
    private static boolean partOfASumBefore(SurfaceFigure figure, Context context, ExtractedFigure before) {
        Sentences.Sentence sentence = context.sentences().get(sentenceOf(context, figure.start()));
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
    private static boolean partOfASumBefore(ExtractedFigure before, Context context, int open) {
        int end = before.offset() + before.text().length();
        return end <= open && context.text().substring(end, open).isBlank();
    }

    /** Words that may open a sentence before the period it is about: "In the", "Sur la", "За", "Durante el". */
    private static final Set<String> OPENING_WORDS = Set.of("in", "during", "for", "at", "the", "sur", "au",
            "durant", "pendant", "pour", "la", "le", "l", "de", "dans", "a", "за", "в", "на", "и", "and", "et");

    /** Whether only words of {@link #OPENING_WORDS} stand between the sentence's start and {@code at}. */
    private static boolean opensOn(String text, int from, int at) {
        int i = from;
        while (i < at) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i;
                while (end < at && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (!OPENING_WORDS.contains(Words.fold(text.substring(i, end)))) {
                    return false;
                }
                i = end;
            } else if (Character.isWhitespace(c) || c == '\'' || c == '’' || c == '«' || c == '"' || c == '“') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** How far after a base a clause about it may state its figure ("..., when it amounted to $649.1 million"). */
    private static final int BASE_CLAUSE_REACH = 40;
    /** Words that open a clause about the noun before them: "which stood at", "when it amounted to", "qui était de". */
    private static final Set<String> BASE_CLAUSE_WORDS = Set.of("which", "when", "qui", "lorsqu", "lorsque", "quand",
            "où", "когда", "который", "которая", "которое", "которые");
    /** The Russian word "year" after a base year's number, in the cases a base takes. */
    private static final Set<String> BASE_YEAR_WORDS = Set.of("года", "годом", "году", "г");
    /**
     * Words of time that open a clause about the base before them with no comma ("in 2022 when", "en 2023 où", "в
     * 2022 году когда").
     */
    private static final Set<String> BASE_TIME_WORDS = Set.of("when", "lorsqu", "lorsque", "quand", "où", "когда");

    /**
     * Whether {@code text[from, to)} is the opening of a clause about what comes right before it: a comma, a relative
     * word, then words only (", which stood at", ", when it amounted to", ", когда он составлял").
     */
    private static boolean baseClause(String text, int from, int to) {
        int i = PeriodResolver.skipBlanks(text, from);
        int yearWord = i;
        while (yearWord < to && Character.isLetter(text.charAt(yearWord))) {
            yearWord++;
        }
        if (BASE_YEAR_WORDS.contains(text.substring(i, yearWord))) {
            // "по сравнению с 2023 годом, когда": the word "year" after the number is still the base's
            i = PeriodResolver.skipBlanks(text, yearWord);
        }
        if (i >= to) {
            return false;
        }
        // "compared to the same period in 2022 when 2.435 million tons were produced": a word of time opens the
        // clause about the base without a comma too; "which" needs one, or it may be the subject of another clause.
        boolean comma = text.charAt(i) == ',';
        if (comma) {
            i = PeriodResolver.skipBlanks(text, i + 1);
        }
        int end = i;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        if (!(comma ? BASE_CLAUSE_WORDS : BASE_TIME_WORDS).contains(word)) {
            return false;
        }
        for (int k = end; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || c == ',' || c == '.' || c == ';' || c == '(' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** Whether the figure is of a trade metric that a word of its own sentence names ("imports ... estimated at"). */
    private static boolean namesTrade(Context context, Sentences.Sentence sentence, String metric) {
        if (metric == null || !metric.startsWith("trade.")) {
            return false;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.metric().startsWith("trade.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "29.2 million soums ($2,338) at the end of 2023", "4,2 млрд рублей ($61,5 млн)": a figure in parentheses right
     * after another one restates it in another unit, for the same period.
     */
    private static boolean conversionOf(SurfaceFigure figure, Context context, ExtractedFigure before) {
        if (before == null || before.offset() < 0 || !figure.isMoney()) {
            return false;
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
    private static boolean restatesInParentheses(SurfaceFigure figure, Context context, ExtractedFigure before) {
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

    /**
     * Whether the period dates the figure a comparison sets against another: "compared to 11 for the whole of
     * 2023", "contre 6,79 milliards de dollars en 2021", "против 2 млрд в 2022 году". It is a base for the rest of
     * the sentence.
     */
    private static boolean datesComparedFigure(String text, int at) {
        // Back to the clause's start: the compared figure and its word must be in the period's own clause.
        int from = at;
        boolean number = false;
        while (from > 0 && at - from < COMPARED_REACH) {
            char c = text.charAt(from - 1);
            boolean decimal = c == ',' && from > 1 && from < text.length() && Character.isDigit(text.charAt(from - 2))
                    && Character.isDigit(text.charAt(from));
            // The end of a sentence closes the clause too ("compared to 2024. Last year ..."), not a decimal point.
            boolean stop = (c == '.' || c == '!' || c == '?') && from < text.length()
                    && Character.isWhitespace(text.charAt(from));
            if ((c == ',' && !decimal) || c == ';' || c == ':' || c == '(' || c == ')' || stop) {
                break;
            }
            number |= Character.isDigit(c);
            from--;
        }
        if (!number) {
            return false;
        }
        String before = Words.fold(text.substring(from, at));
        for (String word : COMPARED) {
            for (int k = before.indexOf(word); k >= 0; k = before.indexOf(word, k + 1)) {
                int end = k + word.length();
                if ((k == 0 || !Character.isLetter(before.charAt(k - 1)))
                        && (end == before.length() || !Character.isLetter(before.charAt(end)))
                        && Words.hasDigit(before, end, before.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} ends with "(" past blanks: restatesBefore's first test, with no substring. */
    private static boolean endsWithParenthesis(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > from && text.charAt(i - 1) == '(';
    }

    /** Whether only an opening parenthesis, after the word "year" at most, comes between a period and a figure. */
    private static boolean restatesBefore(String between) {
        String t = between.strip();
        if (!t.endsWith("(")) {
            return false;
        }
        String word = t.substring(0, t.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
        return word.isEmpty() || YEAR_WORDS.contains(word) || word.equals("годом") || BASE_NOUNS.contains(word);
    }

    /** Whether a word of comparison comes right before the figure: "contre", "against", "против". */
    private static boolean comparedFigure(String text, int start) {
        String before = Words.fold(text.substring(Math.max(0, start - 24), start))
                .stripTrailing();
        for (String article : COMPARED_ARTICLES) {
            if (before.endsWith(article)) {
                before = before.substring(0, before.length() - article.length()).stripTrailing();
                break;
            }
        }
        for (String word : COMPARED) {
            if (before.endsWith(word) && (before.length() == word.length()
                    || !Character.isLetter(before.charAt(before.length() - word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "За 1991-2014 гг. товарооборот с $90 млн увеличился до $4 млрд", "between 2014 and 2020 exports rose from $1bn
     * to $3bn": over a span of years, the level a change starts from is of the first year and the level it reaches
     * of the last. Any other figure keeps the span.
     */
    private static String endOfYearSpan(String period, SurfaceFigure figure, Context context,
                                        Sentences.Sentence sentence) {
        if (period == null || period.length() != 9 || period.charAt(4) != '/') {
            return period;
        }
        if (startOfARange(context.text(), figure.start())) {
            return period.substring(0, 4);
        }
        String before = Words.fold(context.text().substring(Math.max(sentence.start(), figure.start() - 8),
                figure.start()));
        if (endsWithWord(before, RANGE_END)) {
            for (SurfaceFigure other : within(context.surface(), context.surfaceStarts(), sentence.start(), figure.start())) {
                if (startOfARange(context.text(), other.start())) {
                    return period.substring(5);
                }
            }
        }
        return period;
    }

    /**
     * "...compared to 2014. The share of dollars has decreased from 26% to 11%": the level a change starts from is
     * that of the comparison base the text last set (the same period a year before, a base year), when its own
     * sentence names no period. With no base set, a change within a year or part of one starts from the same months
     * a year before ("En 2023, les exportations ont bondi de 56,9 %, passant de 2 milliards à 3,1": 2022; "grew
     * eight times, from 125,000 to 950,000 tons" after January–October 2022: January–October 2021), as gold-m and
     * gold-n decided. The level it reaches keeps the figure's period.
     */
    private static String startOfAChange(String period, String stated, SurfaceFigure figure, Measure measure,
                                         Context context, Sentences.Sentence sentence) {
        if (!startOfARange(context.text(), figure.start()) || !rangeEndAfter(figure, context, sentence)) {
            return period;
        }
        boolean dated = false;
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && !isBase(context, e)) {
                if (e.end() > figure.start() || measure == Measure.TARGET) {
                    return period; // "from $1bn in 2020 to $3bn in 2023": its own sentence dates it
                }
                dated = true; // "In 2023, exports rose from $2bn to $3.1bn": the period of the change
            }
        }
        int index = sentenceOf(context, sentence.start());
        int first = dated ? index : index - CARRY_SENTENCES;
        for (int k = index; k >= 0 && k >= first; k--) {
            Sentences.Sentence s = context.sentences().get(k);
            List<PeriodResolver.Expression> in = within(context.periods(), context.periodStarts(),
                    s.start(), s.end());
            for (int i = in.size() - 1; i >= 0; i--) {
                PeriodResolver.Expression e = in.get(i);
                if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR) {
                    return period == null ? null : Periods.minusOneYear(period);
                }
                if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && isBase(context, e)) {
                    return e.period();
                }
            }
        }
        // "bondi de 56,9 %" and "un total de 77 liaisons ... à 45 villes" open no change: only a level after "from",
        // "с", "passant de" does; a span of years already gave it its first year (endOfYearSpan).
        boolean level = measure == Measure.AMOUNT || measure == Measure.SHARE;
        return level && withinOneYear(stated) && withinOneYear(period) && fromALevel(context.text(), figure.start())
                ? Periods.minusOneYear(period) : period;
    }

    /** Words before the level a change starts from: "from", "с", "от", "passant de", "est passé de". */
    private static final List<String> FROM_LEVEL = Words.foldAll("from", "from the current", "с", "со", "от",
            "passant de", "passe de", "passee de", "passes de", "passees de");

    private static boolean fromALevel(String text, int start) {
        String before = Words.fold(text.substring(Math.max(0, start - 24), start)).stripTrailing();
        for (String word : FROM_LEVEL) {
            int at = before.length() - word.length();
            // "вырос 5%" ends in "с" too: the word must start after a non-letter
            if (at >= 0 && before.endsWith(word) && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a period is a year or months of one year ("2023", "2023-05", "2022-01/2022-10"). */
    private static boolean withinOneYear(String period) {
        return period != null && (period.length() == 4 || period.length() == MONTH_LENGTH
                || period.length() == 15 && period.charAt(7) == '/' && period.regionMatches(0, period, 8, 4));
    }

    /** Whether a figure after this one in its sentence closes the range it opens ("from 26% to 11%"). */
    private static boolean rangeEndAfter(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
        List<SurfaceFigure> after = within(context.surface(), context.surfaceStarts(), figure.end(), sentence.end());
        if (after.isEmpty()) {
            return false;
        }
        int next = after.get(0).start();
        String before = Words.fold(context.text().substring(Math.max(figure.end(), next - 8), next));
        return endsWithWord(before, RANGE_END);
    }

    /** Whether the figure opens a "from ... to" range: "from 6 million", "from the current 17", "с 10 млн". */
    private static boolean startOfARange(String text, int start) {
        String before = Words.fold(text.substring(Math.max(0, start - 20), start));
        return endsWithWord(before, RANGE_START);
    }

    /**
     * Whether {@code text} ends with one of {@code words} after the start or a character outside [A-Za-z0-9_], then
     * white space: what the pattern {@code (?:^|\W)(?:word|...)\s+$} finds, without a regular expression (it ran
     * for every figure). Like {@code $}, the end may also be just before a line terminator that ends the text.
     */
    static boolean endsWithWord(String text, List<String> words) {
        int length = text.length();
        if (endsWithWordAt(text, length, words)) {
            return true;
        }
        if (length > 0 && isLineTerminator(text.charAt(length - 1))) {
            if (endsWithWordAt(text, length - 1, words)) {
                return true;
            }
            return length > 1 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\r'
                    && endsWithWordAt(text, length - 2, words);
        }
        return false;
    }

    private static boolean endsWithWordAt(String text, int end, List<String> words) {
        int k = end;
        while (k > 0 && isRegexSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k == end) {
            return false;
        }
        for (String word : words) {
            int from = k - word.length();
            if (from >= 0 && text.startsWith(word, from) && (from == 0 || !isAsciiWordChar(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Beginnings of words that say companies were set up: "new", "created", "established", "созданы", "créées". */
    private static final List<String> CREATION_STEMS = Stems.copyOf(Words.foldAll("new", "creat", "establish",
            "founded", "нов", "создан", "создано", "созданы", "учрежд", "nouvel", "nouveaux", "cree", "creee", "creees",
            "crees"));
    /** How many words after a count of companies may say they were set up; before it, a third of that. */
    private static final int CREATION_REACH = 8;
    /** The length of a one-month period, "2024-10". */
    private static final int MONTH_LENGTH = 7;

    /** Whether a count of companies counts ones set up (a word of creation right around it in its sentence). */
    private static boolean countsNewCompanies(SurfaceFigure figure, Context context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.indexedWords();
        int at = Subjects.indexAt(words, figure.numberEnd());
        for (int i = Math.max(0, at - CREATION_REACH / 3 - 1); i < Math.min(words.size(), at + CREATION_REACH); i++) {
            Words.Word word = words.get(i);
            if (word.start() < sentence.start() || word.start() >= sentence.end()) {
                continue;
            }
            if (Words.startsWithAny(word.folded(), CREATION_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a train setting off or arriving: "left", "отправился", "est parti", "arrived", "прибыл". */
    private static final Set<String> SETTING_OFF = WordSet.of("left", "leaves", "departed", "arrived", "arrives",
            "dispatched", "sent", "отправился", "отправлен", "отправили", "прибыл", "вышел", "parti",
            "partira", "arrive", "expedie");

    /** Whether a word of the sentence says a train set off or arrived (asked only of one train's wagons). */
    private static boolean setsOffOrArrives(Context context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(sentence.start()); i < words.size()
                && words.get(i).start() < sentence.end(); i++) {
            if (SETTING_OFF.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a count counts wagons: a "wagons" cue right after its number ("50 railcars", "50 вагонов"). */
    private static boolean countsWagons(SurfaceFigure figure, Context context) {
        return countsCueRightAfter(figure, context, "wagons");
    }

    /** Whether an "event" cue (servicemen, vehicles, people) is what the count counts: right after its number. */
    private static boolean countsEventParticipants(SurfaceFigure figure, Context context) {
        return countsCueRightAfter(figure, context, "event");
    }

    /** Whether a cue of the given kind stands right after the figure's number, as the noun of what it counts. */
    private static boolean countsCueRightAfter(SurfaceFigure figure, Context context, String kind) {
        for (CueLexicon.Hit<String> hit : within(context.cueHits(), CueLexicon.Hit::start, figure.numberEnd(),
                Math.max(figure.end(), figure.numberEnd() + EVENT_NOUN_REACH))) {
            if (kind.equals(hit.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The period a sentence that states none takes from the text before it: the last one set by one of the few
     * sentences before it (in its paragraph or the one before), else the headline's.
     */
    private static String carried(Context context, Sentences.Sentence sentence, Sentences.Sentence previous,
                                  boolean continues, int paragraphs, String unit) {
        int index = sentenceOf(context, sentence.start());
        Map<CarriedKey, String>[] known = context.facts().carried;
        if (known[index] == null) {
            known[index] = new HashMap<>();
        }
        CarriedKey key = new CarriedKey(previous != null, continues, paragraphs, unit);
        String found = known[index].get(key);
        if (found == null && !known[index].containsKey(key)) {
            found = carriedAfresh(context, sentence, index, previous, continues, paragraphs, unit);
            known[index].put(key, found);
        }
        return found;
    }

    private static String carriedAfresh(Context context, Sentences.Sentence sentence, int index,
                                        Sentences.Sentence previous, boolean continues, int paragraphs, String unit) {
        int intro = listIntro(context, index);
        if (intro >= 0) {
            // "Exports from January to October went to: — Kazakhstan – 538 thousand tons — Russia – 341 thousand
            // tons ...": every item of a list a sentence opens with a colon is of the period that sentence sets,
            // however long the list.
            String set = lastPeriodOf(context, intro);
            if (set != null) {
                return set;
            }
        }
        // A run of sentences that go on giving figures in the same unit ("Uzbekistan – 1.976 million tons. Tajikistan
        // is second with 404,000 tons. Turkmenistan is third – 230,000 tons.") goes on with one period: such
        // sentences do not count towards the reach.
        int sentencesBack = 0;
        int paragraphsBack = 0;
        int lastParagraph = sentence.paragraph();
        // whether the sentence after `before` holds a figure in the unit: what the step before found for its own
        boolean laterHolds = paragraphs > 0 && holdsUnit(context, context.sentences().get(index), unit);
        for (int k = index - 1; k >= 0; k--) {
            Sentences.Sentence before = context.sentences().get(k);
            boolean beforeHolds = paragraphs > 0 && holdsUnit(context, before, unit);
            boolean sameUnit = laterHolds && beforeHolds;
            laterHolds = beforeHolds;
            if (!sameUnit) {
                sentencesBack++;
            }
            if (before.paragraph() != lastParagraph) {
                if (!sameUnit) {
                    paragraphsBack += lastParagraph - before.paragraph();
                }
                lastParagraph = before.paragraph();
            }
            // Within the paragraph; for a figure of a known metric also from the few paragraphs before (news often
            // writes one sentence a paragraph), never for the figures the vocabulary does not know.
            if (sentencesBack > CARRY_SENTENCES || paragraphsBack > paragraphs) {
                break;
            }
            String last = lastPeriodOf(context, k);
            if (last != null && last.indexOf('/') < 0 && narratesAnAct(context, before)) {
                // "In June 2022, officials of both countries met in Tehran. ... Rail transit has grown by 50%": a
                // sentence with no figure that dates a one-off act (a meeting, a signing, a launch) tells when that
                // happened, not what period the figures after it cover; they take none from it or from before it,
                // nor the one period of a short note (which would be that date), only a period the headline states.
                return paragraphs == 0 ? null : context.article().titlePeriod();
            }
            if (last != null) {
                // "In January-October 2023 exports reached 3.9 million tons. In January-October 2022 they were 3.1
                // million. Of this amount, ...": the same months a year before the period the text set restate the
                // base, and so does a year with "the same period" after it ("В 2022 году за аналогичный период"):
                // the text goes on with its own period.
                boolean sameMonths = last.length() > 4 && mayBeAYearAfter(context, before.start(), last);
                boolean samePeriod = statesSamePeriodOfYear(context, before);
                String set = sameMonths || samePeriod ? lastPeriodBefore(context, before.start()) : null;
                if (samePeriod) {
                    if (set != null) {
                        return set;
                    }
                    continue;
                }
                return set != null && Periods.minusOneYear(set).equals(last) ? set : last;
            }
            if (namesSamePeriodBase(context, before)) {
                // "За аналогичный период прошлого года было перевезено 141 млн тонн. ... Транзит составил 22,4 млн
                // тонн": a sentence about the base of the period the text set goes on with that period.
                String set = lastPeriodBefore(context, before.start());
                if (set != null) {
                    return set;
                }
            }
            if (!continues && k == index - 1 && previous == null) {
                break;
            }
        }
        if (paragraphs == 0) {
            return null;
        }
        String titled = context.article().titlePeriod();
        // Past the reach, or before the period is stated, a short statistical note's one period.
        return titled != null ? titled : notePeriod(context, sentence);
    }

    /** How many sentences a short statistical note has at most, its headline included (see notePeriod). */
    private static final int NOTE_SENTENCES = 18;
    /** In how many of its first sentences a note states its period (see notePeriod). */
    private static final int NOTE_TOP = 4;
    /**
     * Cues of figures that are no statistic of a period (a target, a standing share, a stake, funding):
     * a text that holds one is no statistical note, whatever its length.
     */
    private static final List<String> NOT_NOTE_CUES = List.of("target", "standing", "stake", "funding");

    /**
     * The one period a short statistical note states, which covers every figure of it, before it or far after it
     * ("Поставки ... выросли на 10,4%. ... За первые пять месяцев объем экспорта превысил 420 миллионов", the
     * labels' convention); or null. A text is such a note when it is short, states no deadline, no total over
     * undated years and no target, stake, standing share or funding, sets its period in its first sentences (not
     * in the figure's own, which was weighed already), and sets no other (the same months a year before are its
     * base).
     */
    private static String notePeriod(Context context, Sentences.Sentence sentence) {
        if (context.sentences().size() > NOTE_SENTENCES) {
            return null;
        }
        for (Sentences.Sentence any : context.sentences()) {
            for (String kind : NOT_NOTE_CUES) {
                if (hasCue(context, any, kind)) {
                    return null;
                }
            }
        }
        String set = null;
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE || e.kind() == PeriodResolver.Kind.CUMULATIVE) {
                return null;
            }
            if (e.kind() != PeriodResolver.Kind.PERIOD || isBase(context, e)
                    || inParentheses(context.text(), sentenceAt(context, e.start()), e.start())
                    || datesAnAct(context.text(), e.start())
                    || contrastBefore(context.text(), sentenceAt(context, e.start()), e.start())
                    || startOrBase(context.text(), sentenceAt(context, e.start()), e)) {
                continue;
            }
            String period = e.period() != null ? e.period() : anchored(e, context);
            if (period == null) {
                return null; // "за первый квартал" in an undated text: a period of its own, of no known year
            }
            // The same months a year before restate the base; two years ("в 2023 г." ... "в нынешнем году") are two
            // periods.
            boolean months = period.length() > 4;
            if (period.equals(set) || months && set != null && period.equals(Periods.minusOneYear(set))) {
                continue;
            }
            if (months && set != null && set.equals(Periods.minusOneYear(period))) {
                set = period;
                continue;
            }
            // Set at the top of the note: a year named only in its last lines is for the figures there.
            // And in a sentence after the figure's: what its own sentence dates, the figure's sentence has weighed.
            if (set != null || sentenceOf(context, e.start()) >= NOTE_TOP
                    || e.start() >= sentence.start() && e.start() < sentence.end()) {
                return null;
            }
            set = period;
        }
        return set;
    }

    /**
     * Whether the sentence states the figure of the same period in a year of its own, with "the same period" written
     * after the year: "В 2022 году за аналогичный период поставлено 69,4 кг", "In 2022, over the same period, ...".
     */
    private static boolean statesSamePeriodOfYear(Context context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().length() == 4
                    && samePeriodJustAfter(context.text(), e.end(), sentence.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure in {@code unit} stands in the sentence. */
    private static boolean holdsUnit(Context context, Sentences.Sentence sentence, String unit) {
        for (SurfaceFigure f : within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end())) {
            if (f.unit().equals(unit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of a one-off act, folded: a meeting, a signing, a launch, an opening, a founding, an accession. Whole
     * words (English "met" is no stem of "metal"); see {@link #ACT_STEMS} for the inflected ones. Not "became":
     * "Last year China became the largest partner" sets the year of the figures after it.
     */
    private static final Set<String> ACT_WORDS = Set.of("met", "signed", "launched", "opened", "reopened",
            "inaugurated", "founded", "established", "joined", "signe", "signee", "signes", "signees",
            "lance", "lancee", "lances", "lancees", "inaugure", "inauguree", "fonde", "fondee", "rencontre",
            "rencontres", "adhere", "rejoint");
    /** Beginnings of inflected verbs of a one-off act (Russian): "подписали", "запущена", "открыт", "вступил". */
    private static final List<String> ACT_STEMS = Stems.copyOf(Words.foldAll("подписал", "подписан", "запущен",
            "запустил", "открыт", "открыл", "встретил", "основан", "создан", "вступил"));

    /**
     * Whether a sentence holds no figure and tells a one-off act ("In June 2022, officials met in Tehran", "On April
     * 10, 2021, Uzbekistan joined the scheme", "в 2014 была запущена дорога"): its date is the act's.
     */
    private static boolean narratesAnAct(Context context, Sentences.Sentence sentence) {
        if (!within(context.surface(), context.surfaceStarts(), sentence.start(), sentence.end()).isEmpty()) {
            return false;
        }
        List<Words.Word> words = context.indexedWords();
        for (int i = Subjects.indexAt(words, sentence.start()); i < words.size()
                && words.get(i).start() < sentence.end(); i++) {
            String word = words.get(i).folded();
            if (ACT_WORDS.contains(word) || Words.startsWithAny(word, ACT_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names "the same period last year" ("За аналогичный период прошлого года"). */
    private static boolean namesSamePeriodBase(Context context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR) {
                return true;
            }
            // "compared with the same period of 2024", "ўтган йилнинг мос даврига нисбатан": a base of the same months
            if (e.kind() == PeriodResolver.Kind.PERIOD && isBase(context, e)
                    && (samePeriodBase(context, e) || samePeriodAfter(context.text(), e.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Signs that open an item of a list written one item a line: "— Казахстан – 538 тыс. тонн", "• China: 12%". */
    private static final String LIST_MARKS = "—–-•·*";

    /**
     * The index of the sentence that opens, with a colon, the list whose item the sentence at {@code index} is
     * (each item a line of its own that starts with a dash or a bullet); -1 when it is no such item.
     */
    private static int listIntro(Context context, int index) {
        int k = index;
        while (k >= 0 && listItem(context, context.sentences().get(k))) {
            k--;
        }
        if (k == index || k < 0) {
            return -1;
        }
        Sentences.Sentence intro = context.sentences().get(k);
        String text = context.text();
        int end = Math.min(intro.end(), text.length());
        while (end > intro.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > intro.start() && text.charAt(end - 1) == ':' ? k : -1;
    }

    private static boolean listItem(Context context, Sentences.Sentence sentence) {
        String text = context.text();
        int i = sentence.start();
        while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= sentence.end()
                || LIST_MARKS.indexOf(text.charAt(i)) < 0 && !isSymbol(text.codePointAt(i)) && !yearRow(text, i)) {
            return false;
        }
        int line = i; // the mark opens its line
        while (line > 0 && (text.charAt(line - 1) == ' ' || text.charAt(line - 1) == '\u00A0')) {
            line--;
        }
        return line == 0 || text.charAt(line - 1) == '\n';
    }

    /**
     * A row of a table written as prose, a year then a dash or a colon ("2013 - 18.2 million tons", "2024: 5,1 млн
     * тонн"): an item of the list its opening line announces, as a bulleted one is.
     */
    private static boolean yearRow(String text, int i) {
        if (i + 4 >= text.length() || !(text.startsWith("19", i) || text.startsWith("20", i))) {
            return false;
        }
        for (int k = i + 2; k < i + 4; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int k = i + 4;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == ':' || LIST_MARKS.indexOf(text.charAt(k)) >= 0);
    }

    /** A pictograph used as a bullet ("✅ Kazakhstan — 3,4 milliards", "🔹 China: 12%"). */
    private static boolean isSymbol(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /** "совместных узбекско-российских предприятий", "совместные казахстанские предприятия": joint, parties, enterprises. */
    private static final Pattern JOINT_WITH_PARTIES = Pattern.compile(
            "(?iU)\\bсовместн\\w*\\s+(?:\\w+-)?\\w+(?:ск|цк)\\w*\\s+предприят");

    private static String sentenceText(Context context, Sentences.Sentence sentence) {
        return context.text().substring(sentence.start(), sentence.end());
    }

    /** The funds right after a percentage: "51% of the funds", "51% средств", "51% des fonds". */
    private static final Pattern FUNDS_RIGHT_AFTER = Pattern.compile(
            "(?iU)\\s*(?:of\\s+(?:the\\s+|its\\s+)?|des\\s+|du\\s+)?(?:funds|funding|financing|средств|финансировани|fonds|financement)");

    /** "with", "с", "avec" and an article, right before a party: the partner of a joint undertaking. */
    private static final Pattern WITH_BEFORE = Pattern.compile(
            "(?iU)\\b(?:with|с|со|avec)(?:\\s+(?:the|le|la|les))?\\s*(?:l['’])?\\s*$");

    /** The one of the figure's subjects that its sentence names right after "with"; null when there is none. */
    private static String partnerAfterWith(Context context, Sentences.Sentence sentence, List<String> subjects) {
        for (Mention m : within(context.mentions(), context.mentionStarts(), sentence.start(), sentence.end())) {
            if (subjects.contains(m.code()) && WITH_BEFORE.matcher(
                    context.text().substring(Math.max(sentence.start(), m.start() - 12), m.start())).find()) {
                return m.code();
            }
        }
        return null;
    }

    private static final List<String> SINCE_CUES = List.of("since", "depuis", "с", "со");
    private static final List<String> COMPARED_WITH = List.of("сравнению с", "сравнении с", "сравнению со");

    /**
     * "has invested $20 billion in Kazakhstan since 2014", "20 млрд долларов начиная с 2014 года": a level before a
     * bare "since" year is the total from that January to the publication month (audit row 58), where a change
     * before it ("up 20% since 2019") takes the year as its base. A total whose end the text does not date when the
     * publication month is unknown; null when the expression is no such year.
     */
    private static PeriodResolver.Expression sinceYearAfter(Context context, SurfaceFigure figure,
                                                           PeriodResolver.Expression e) {
        if (e.kind() != PeriodResolver.Kind.PERIOD || e.start() < figure.end() || e.period() == null
                || e.period().length() != 4) {
            return null;
        }
        String before = Words.fold(context.text().substring(Math.max(0, e.start() - 24), e.start())).strip();
        if (SINCE_CUES.stream().noneMatch(cue -> endsWithCue(before, cue))
                || COMPARED_WITH.stream().anyMatch(before::endsWith)) {
            return null;
        }
        String now = context.presentPeriod();
        if (now == null) {
            return new PeriodResolver.Expression(e.start(), e.end(), PeriodResolver.Kind.CUMULATIVE, null);
        }
        if (now.substring(0, 4).compareTo(e.period()) <= 0) {
            return null;
        }
        return new PeriodResolver.Expression(e.start(), e.end(), PeriodResolver.Kind.PERIOD,
                e.period() + "-01/" + now.substring(0, 7));
    }

    /**
     * Whether "level" follows a period at once ("22.9 percent of the 2014 level", "at the 2023 levels"): the period
     * names the level a figure is measured against, not the figure's own time (gold-p).
     */
    private static boolean levelAfter(String text, int end) {
        int at = end;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')) {
            at++;
        }
        return at > end && text.regionMatches(true, at, "level", 0, 5);
    }

    /**
     * A comparison base is not the figure's period: "up 65% compared to 2022", "по сравнению с 2021 годом",
     * "par rapport à la même période de l'année dernière". (The amount of that same period, after it, takes it:
     * "6,8 % de plus qu'à la même période l'année précédente (22,1 milliards)".)
     */
    private static boolean isBase(Context context, PeriodResolver.Expression e) {
        // Every figure of a sentence asks about the same expressions: decide each once.
        byte known = context.facts().bases[e.start()];
        if (known == SentenceFacts.UNKNOWN) {
            known = decideBase(context.text(), e) ? SentenceFacts.YES : SentenceFacts.NO;
            context.facts().bases[e.start()] = known;
        }
        return known == SentenceFacts.YES;
    }

    private static boolean decideBase(String text, PeriodResolver.Expression e) {
        if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR || datesComparedFigure(text, e.start())
                || levelAfter(text, e.end())) {
            return true;
        }
        int from = Math.max(0, e.start() - 32);
        String before = withoutYearWord(Words.fold(text.substring(from, e.start()))
                .replace('’', '\'').strip());
        boolean span = e.period() != null && e.period().indexOf('/') > 0;
        // "33 percent more than in the first quarter of 2023": an article may stand between "than" and the period
        // (not after "over" or "since": "over the year" is the period itself).
        String bare = before;
        for (String article : COMPARED_ARTICLES) {
            if (bare.endsWith(article)) {
                bare = bare.substring(0, bare.length() - article.length()).strip();
                break;
            }
        }
        // A cue the text ends with ends with the text's last char: the others (most) are passed over at once.
        char last = before.isEmpty() ? 0 : before.charAt(before.length() - 1);
        char bareLast = bare == before || bare.isEmpty() ? 0 : bare.charAt(bare.length() - 1);
        for (String cue : BASE_CUES) {
            char cueLast = cue.charAt(cue.length() - 1);
            if (cueLast != last && cueLast != bareLast) {
                continue;
            }
            // A whole word: "turnover in 2023" does not end with the cue "over".
            boolean here = endsWithCue(before, cue);
            if (here || (bare != before && cue.startsWith("than") && endsWithCue(bare, cue))) {
                if (SPAN_OPENING_CUES.contains(cue) && span) {
                    return false; // "с января по август": the span "с" opens, not a base
                }
                if ((OVER.equals(cue) || CHANGE_FROM_CUES.contains(cue)) && span) {
                    return false; // "amounted to $258.6 million over H1 2022": the span it covers, not a base
                }
                if (OVER.equals(cue) && PAST_YEAR.equals(Words.fold(text.substring(e.start(),
                        Math.min(e.end(), e.start() + PAST_YEAR.length()))))) {
                    return false; // "over the past year, trade amounted to $1.09 billion": the year it covers
                }
                // "que" / "qu'en" make a base only after a comparison ("plus qu'en 2022"), not after a verb of
                // saying ("a rappelé qu'en 2024").
                return !cue.startsWith("qu") || comparativeBefore(text, e.start());
            }
        }
        return followedByBasePostposition(text, e.end()) || afterVerbOfExceeding(before)
                || afterBaseData(before);
    }

    /**
     * Whether the text before a period ends with a comparison and the figures it compares with: "par rapport aux
     * données des", "compared to the figures of", "по сравнению с показателями".
     */
    private static boolean afterBaseData(String before) {
        int end = before.length();
        boolean noun = false;
        for (int seen = 0; seen < 4; seen++) {
            int start = end;
            while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
                start--;
            }
            String word = before.substring(start, end);
            if (BASE_DATA_NOUNS.contains(word)) {
                noun = true;
            } else if (!BASE_DATA_LINKS.contains(word)) {
                break;
            }
            end = start;
            while (end > 0 && (before.charAt(end - 1) == ' ' || before.charAt(end - 1) == '\'')) {
                end--;
            }
        }
        if (!noun) {
            return false;
        }
        String rest = before.substring(0, end);
        for (String cue : DATA_BASE_CUES) {
            if (endsWithCue(rest, cue)) {
                return true;
            }
        }
        return false;
    }

    /** The comparisons that may name the figures they compare with before the period. */
    private static final List<String> DATA_BASE_CUES = List.of("compared to", "compared with", "par rapport aux",
            "par rapport a", "par rapport au", "contre", "по сравнению с", "по сравнению со", "against", "versus",
            "than", "than the", "relative to", "с", "к");

    private static final String OVER = "over";
    private static final String PAST_YEAR = "the past year";

    private static boolean endsWithCue(String before, String cue) {
        return before.endsWith(cue) && (before.length() == cue.length()
                || !Character.isLetter(before.charAt(before.length() - cue.length() - 1)));
    }

    /** Verbs that set a figure above another period's: "surpassed the indicators of 2020", "превысил показатели 2020 года". */
    private static final List<String> EXCEEDING = List.of("surpass", "exceed", "outstrip", "outpac", "превыс", "превыш",
            "превзо", "depass");
    /** Words that may stand between such a verb and the period it surpasses. */
    private static final Set<String> EXCEEDED_NOUNS = Set.of("the", "of", "its", "indicators",
            "indicator", "figure", "figures", "level", "levels", "record", "показатели", "показатель", "уровень",
            "уровни", "le", "la", "les", "de", "du", "des", "niveau", "chiffre", "chiffres", "в", "за");

    /** Whether the text before a period ends with a verb of exceeding and at most three words of what it exceeds. */
    private static boolean afterVerbOfExceeding(String before) {
        // The last four runs of letters, read backwards without a regular expression (decideBase asks this of every
        // period before a figure).
        int end = before.length();
        for (int seen = 0; seen < 4; seen++) {
            while (end > 0 && !Character.isLetter(before.codePointBefore(end))) {
                end -= Character.charCount(before.codePointBefore(end));
            }
            if (end == 0) {
                return false;
            }
            int start = end;
            while (start > 0 && Character.isLetter(before.codePointBefore(start))) {
                start -= Character.charCount(before.codePointBefore(start));
            }
            String word = before.substring(start, end);
            end = start;
            for (String verb : EXCEEDING) {
                if (word.startsWith(verb)) {
                    return true;
                }
            }
            if (!EXCEEDED_NOUNS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Words that name the year before its number: "la même période de l'année 2020", "the same period of the year 2020". */
    private static final List<String> YEAR_NOUNS = List.of(" l'annee", " the year");

    /** The text before a year without a last word that only says "year", so that the cue before it shows. */
    private static String withoutYearWord(String before) {
        for (String noun : YEAR_NOUNS) {
            if (before.endsWith(noun)) {
                return before.substring(0, before.length() - noun.length()).strip();
            }
        }
        return before;
    }

    /** Kazakh and Uzbek stems of "level" and "indicator", the figures of a year a base may name before "from". */
    private static final List<String> BASE_NOUN_STEMS = Stems.of("деңгей", "көрсеткіш", "кўрсаткич", "курсаткич",
            "даража", "daraja");
    /** Kazakh and Uzbek endings of the ablative ("from"), after a vowel or a consonant, hard or soft. */
    private static final List<String> ABLATIVE_ENDINGS = List.of("ден", "дан", "тен", "тан", "нен", "нан",
            "dan", "tan", "nan");

    /**
     * Whether a word is "level" or "indicator" in the ablative: "2024 жылғы деңгейден 7,2%-ға асты", "өткен жылғы
     * көрсеткіштен 5,5%-ға артық", "2024 yilgi darajadan": the year before it is the base the figure is
     * measured from (in English, Russian and French "from the 2024 level" is a comparison cue before the year).
     */
    private static boolean baseNounFrom(String word) {
        String folded = Words.fold(word);
        if (!Words.startsWithAny(folded, BASE_NOUN_STEMS) && !Words.startsWithAny(word, BASE_NOUN_STEMS)) {
            return false;
        }
        for (String ending : ABLATIVE_ENDINGS) {
            if (folded.endsWith(ending) || word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "Corresponding" in Uzbek and Kazakh: with "period" after it, a base ("mos davr", "сәйкес кезең"). */
    private static final Set<String> CORRESPONDING_WORDS = Set.of("mos", "мос", "сәйкес");
    private static final List<String> PERIOD_STEMS = Stems.copyOf(Stream.of("давр", "davr", "кезең")
            .flatMap(w -> Stream.of(w, Words.fold(w))).distinct().toList());

    /** Whether the word after the blanks from {@code at} starts with a stem of "period". */
    private static boolean periodWordAt(String text, int at) {
        String word = lettersAfter(text, at).toLowerCase(java.util.Locale.ROOT);
        return Words.startsWithAny(word, PERIOD_STEMS) || Words.startsWithAny(Words.fold(word), PERIOD_STEMS);
    }

    /** Uzbek and Kazakh stems of "year" and "period", as written and as folded ("йил" folds to "иил"). */
    private static final List<String> YEAR_OR_PERIOD_STEMS = Stems.copyOf(Stream.of("жыл", "yil", "йил", "давр",
            "davr", "кезең").flatMap(w -> Stream.of(w, Words.fold(w))).distinct().toList());

    /**
     * Uzbek and Kazakh put "compared to" after the base: "2021 yilga nisbatan", "өткен жылға қарағанда". The
     * period's word may carry a case ending before the postposition.
     */
    private static boolean followedByBasePostposition(String text, int end) {
        int i = end;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-'
                || text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == 'ʻ')) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (int words = 0; words < 4; words++) {
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
            if (BASE_POSTPOSITIONS.contains(word) || baseNounFrom(word)) {
                return true;
            }
            if (CORRESPONDING_WORDS.contains(word) && periodWordAt(text, j)) {
                // "өткен жылдың сәйкес кезеңіндегі көрсеткішке тең", "o'tgan yilning mos davrida": the corresponding
                // period of a year is the base of a comparison, as "аналогичный период прошлого года" is, whatever
                // verb follows.
                return true;
            }
            if (!(Words.startsWithAny(word, YEAR_OR_PERIOD_STEMS) || Words.startsWithAny(Words.fold(word), YEAR_OR_PERIOD_STEMS)
                    || SAME_PERIOD_WORDS.contains(word))) {
                return false; // only "year" and "(that) period" may come between: "2021 жылға қарағанда", "йилнинг шу даврига нисбатан"
            }
            i = j;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /**
     * The text between {@code from} and {@code to}, with the conjunction of a pair of parties ("between Iran and
     * Uzbekistan", "entre la Chine et le Kazakhstan", "между Ираном и Узбекистаном", and a conjunction between two
     * names, "Ирана и Узбекистана", "l'Iran et l'Ouzbékistan") blanked: it joins two names, not two clauses, so "Oil
     * trade between Iran and Uzbekistan reached $450 million" is still the trade of the product. The result has the
     * span's length, so offsets into it stay those of the span.
     */
    private static String pairless(String text, int from, int to) {
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

    /**
     * "imports totaled $600.7 mln and exports amounted to $36.1 mln": a conjunction between a figure and a cue after
     * it starts the next figure's clause.
     */
    private static boolean joinsNextClause(String text, int from, int to) {
        String between = " " + text.substring(from, to).toLowerCase(java.util.Locale.ROOT) + " ";
        for (String conjunction : CONJUNCTIONS) {
            if (between.contains(conjunction)) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparativeBefore(String text, int at) {
        String before = Words.fold(text.substring(Math.max(0, at - 60), at));
        for (String word : COMPARATIVES) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossesClause(String text, int from, int to) {
        return crossesClause(text, from, to, false);
    }

    private static boolean crossesClause(String text, int from, int to, boolean skipAsides) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (skipAsides && c == '(') {
                // A parenthesis closed before the period is an aside, not a new clause: "transported along the
                // route (TITR, or Middle Corridor) in 2023".
                int close = text.indexOf(')', i);
                if (close > i && close < to) {
                    i = close;
                    continue;
                }
            }
            if (c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                continue; // "43% or 21,227 tons in 2022": a comma inside a number ends no clause
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /**
     * What may stand between a change and the period of the level it reached: "increased by $9.7 billion, or 66%, to
     * $24.3 billion in 2022", "a augmenté de 12 %, à 3 milliards de dollars en", "вырос на 12%, до 3 млрд долларов
     * в": the change is of that level's period.
     */
    private static final Pattern CHANGE_TO_LEVEL = Pattern.compile(
            "(?:,\\s*(?:or|ou|soit|или)\\s+[^,;:()]{1,30},)?\\s*,?\\s*(?:to|reaching|à|a|до|составив|достигнув"
                    + "|pour atteindre|atteignant)\\s+(?:[^,;:()]|(?<=\\d),(?=\\d))*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that open an aside restating a figure: ", soit environ 50 000 barils", ", or about", ", что составляет". */
    private static final List<String> RESTATING = List.of("soit", "or about", "or around", "or some", "i.e.",
            "that is", "что составляет", "что эквивалентно", "или около", "или порядка");

    /**
     * Whether {@code [from, to)} is one aside set off by two commas that restates the figure before it: ", soit
     * environ 50 000 barils par jour, ".
     */
    private static boolean restatingAside(String text, int from, int to) {
        String between = text.substring(from, to);
        int first = -1;
        int last = -1;
        int commas = 0;
        for (int i = 0; i < between.length(); i++) {
            boolean inNumber = i > 0 && i + 1 < between.length() && Character.isDigit(between.charAt(i - 1))
                    && Character.isDigit(between.charAt(i + 1)); // "50,000"
            if (between.charAt(i) == ',' && !inNumber) {
                first = first < 0 ? i : first;
                last = i;
                commas++;
            }
        }
        if (commas != 2 || !between.substring(0, first).isBlank()) {
            return false;
        }
        String tail = between.substring(last + 1).strip(); // at most a preposition: ", en 2026", ", in 2026"
        if (tail.length() > 4 || !tail.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String aside = between.substring(first + 1, last).strip().toLowerCase(java.util.Locale.ROOT);
        for (String word : RESTATING) {
            if (aside.startsWith(word) && aside.length() > word.length() && aside.charAt(word.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether only closing punctuation (and the word "year": "в 2023 году.") follows {@code from} to the end. */
    private static boolean closesSentence(String text, int from, int end) {
        int stop = Math.min(end, text.length());
        StringBuilder word = new StringBuilder();
        for (int i = from; i < stop; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!Character.isWhitespace(c) && ".!?\"”»)'’".indexOf(c) < 0) {
                return false;
            }
        }
        return word.isEmpty() || YEAR_WORDS.contains(word.toString());
    }

    /** Whether a comma comes right before {@code at}, or a comma and one preposition ("rising 5%, in 2023"). */
    private static boolean setOffByComma(String text, int from, int at) {
        int comma = text.lastIndexOf(',', at - 1);
        if (comma < from) {
            return false;
        }
        String between = text.substring(comma + 1, at).strip();
        return between.isEmpty() || (between.length() <= 6 && between.chars().allMatch(Character::isLetter));
    }

    private static String resolve(List<PeriodResolver.Expression> expressions, int chosen, Context context) {
        PeriodResolver.Expression e = expressions.get(chosen);
        switch (e.kind()) {
            case SAME_PERIOD_LAST_YEAR -> {
                for (int k = chosen - 1; k >= 0; k--) {
                    if (expressions.get(k).kind() == PeriodResolver.Kind.PERIOD && expressions.get(k).period() != null) {
                        return Periods.minusOneYear(expressions.get(k).period());
                    }
                }
                // "Exports reached $362.7 million during the period, up from $350.4 million in the same period last
                // year": the period the text set before, a year earlier.
                String set = lastPeriodBefore(context, e.start());
                return set == null ? null : Periods.minusOneYear(set);
            }
            case PRESENT -> {
                return context.presentPeriod();
            }
            default -> {
                // "$10 billion in 2023, compared with $8 billion a year earlier": a year before the period the
                // sentence set, not before the publication.
                if (e.period() != null && e.period().length() == 4 && beforeAnotherYear(context.text(), e)) {
                    for (int k = chosen - 1; k >= 0; k--) {
                        PeriodResolver.Expression named = expressions.get(k);
                        if (named.kind() == PeriodResolver.Kind.PERIOD && named.period() != null) {
                            return Periods.minusOneYear(named.period());
                        }
                    }
                }
                if (e.period() != null && e.period().length() == 4 && samePeriodBase(context, e)) {
                    return sameMonthsIn(expressions, chosen, context, Integer.parseInt(e.period()));
                }
                return e.period() != null ? e.period() : anchored(e, context);
            }
        }
    }

    /**
     * "compared to $519 million during the same months of 2021", "contre 1,8 milliard au cours de la même période de
     * 2023": the figure of the base covers the months the sentence (else the text before it) set, in the base's
     * year; the year alone when no months were set.
     */
    private static String sameMonthsIn(List<PeriodResolver.Expression> expressions, int chosen, Context context,
                                       int year) {
        String set = null;
        for (int k = chosen - 1; k >= 0 && set == null; k--) {
            PeriodResolver.Expression named = expressions.get(k);
            if (named.kind() == PeriodResolver.Kind.PERIOD && named.period() != null) {
                set = named.period();
            }
        }
        if (set == null) {
            set = lastPeriodBefore(context, expressions.get(chosen).start());
        }
        return set != null && set.length() > 4 && set.charAt(4) == '-' ? Periods.movedTo(set, year)
                : String.valueOf(year);
    }

    /**
     * The period of a relative expression ("last year", "the first half of this year") in an article with no date:
     * the year its paragraph, or the one before, names (the latest one, not a comparison base), as in "In 2023, 6.6
     * million visited. Last year, students numbered 16.8 thousand."; else the year after a "same period of"
     * base in its sentence ("в январе-октябре этого года ... по сравнению с аналогичным периодом 2021 года").
     * Null when the text names neither.
     */
    private static String anchored(PeriodResolver.Expression e, Context context) {
        if (!context.undated() || e.kind() != PeriodResolver.Kind.PERIOD) {
            return null;
        }
        String folded = Words.foldKeepingOffsets(context.text().substring(e.start(), e.end()));
        for (String word : BEFORE_ANOTHER_YEAR) {
            if (folded.contains(word)) {
                return null; // "the previous year", "годом ранее": before a year the text narrates, not before today
            }
        }
        List<Sentences.Sentence> sentences = context.sentences();
        Sentences.Sentence own = sentences.get(sentenceOf(context, e.start()));
        int from = own.start();
        int to = own.end();
        for (Sentences.Sentence s : sentences) {
            if (s.paragraph() == own.paragraph() || s.paragraph() == own.paragraph() - 1) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        int year = 0;
        int base = 0;
        for (PeriodResolver.Expression named : within(context.periods(), context.periodStarts(), from, to)) {
            if (named.kind() != PeriodResolver.Kind.PERIOD || named.period() == null) {
                continue;
            }
            int end = Integer.parseInt(named.period().substring(named.period().lastIndexOf('/') + 1).substring(0, 4));
            boolean inOwnSentence = named.start() >= own.start() && named.end() <= own.end();
            if (!isBase(context, named)) {
                // A year named beside "this year" in one sentence is another year ("64 bn in 2022 and +22% in the
                // first quarter of this year"); nor is a year inside parentheses the text's own ("(TIF 2024)").
                if (inOwnSentence && !inParentheses(context.text(), own.start(), named.start())) {
                    return null; // the sentence sets the relative period against a year it names: it is not that one
                }
                if (inParentheses(context.text(), from, named.start())) {
                    continue;
                }
                year = Math.max(year, end);
            } else if (inOwnSentence && (samePeriodBase(context, named) || sameMonths(named.period(), folded))) {
                // "de janvier à octobre de cette année ... par rapport aux dix premiers mois de 2024": the same
                // months a year before, so this year is the one after
                base = Math.max(base, end + 1);
            }
        }
        String titled = context.article().titlePeriod();
        int anchor = base > 0 ? base : year > 0 ? year
                : titled != null ? Integer.parseInt(titled.substring(titled.lastIndexOf('/') + 1).substring(0, 4))
                : 0;
        if (anchor == 0) {
            // The year of writing, as the text's own comparison implies it: "last year" is the one before.
            int written = yearAfterSamePeriodBase(context);
            if (written == 0) {
                written = yearOfWriting(context);
            }
            anchor = written == 0 ? 0 : written - PeriodResolver.yearsBack(folded);
        }
        return anchor == 0 ? null : PeriodResolver.inYear(folded, anchor);
    }

    /** How far after "over the past five years" its span of years may be written ("Over the past five years (2018-2023)"). */
    private static final int SPAN_AFTER_REACH = 3;

    /**
     * The year an undated text is written in, as the text itself shows it anywhere: the year after a span it calls the
     * past years ("Over the past five years (2018-2023)" is written in 2024), or the year of a part-year period it
     * states ("In January-April 2024"), the latest of them; 0 when it shows none. Whole years ("in 2021") do not say
     * when the text was written, nor do bases of a comparison.
     */
    private static int yearOfWriting(Context context) {
        int year = 0;
        int pastEnd = -1;
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() == PeriodResolver.Kind.CUMULATIVE) {
                pastEnd = e.end();
                continue;
            }
            String period = e.period();
            if (e.kind() != PeriodResolver.Kind.PERIOD || period == null || isBase(context, e)) {
                continue;
            }
            if (period.length() == 9 && pastEnd >= 0 && e.start() - pastEnd <= SPAN_AFTER_REACH
                    && e.start() >= pastEnd) {
                year = Math.max(year, Integer.parseInt(period.substring(5, 9)) + 1);
            } else if (period.length() == 15 && period.regionMatches(0, period, 8, 4)
                    && !(period.startsWith("-01", 4) && period.endsWith("-12"))) {
                year = Math.max(year, Integer.parseInt(period.substring(0, 4)));
            }
        }
        return year;
    }

    /** Whether a base period covers the months a relative expression names ("2024-01/2024-10", "janvier à octobre"). */
    private static boolean sameMonths(String base, String relative) {
        if (base.length() != 15) {
            return false; // only a span of months says which months it compares
        }
        String own = PeriodResolver.inYear(relative, Integer.parseInt(base.substring(0, 4)));
        return base.equals(own);
    }

    /**
     * The year an undated text speaks of when it compares with "the same period of 2024" or with the same months of
     * 2024 anywhere ("Бу 2024 йилнинг шу даврига нисбатан", "compared to January-October 2024"): the year after that
     * base; 0 when it does not.
     */
    private static int yearAfterSamePeriodBase(Context context) {
        int year = 0;
        for (PeriodResolver.Expression e : context.periods()) {
            // A base of whole months ("par rapport aux dix premiers mois de 2024") compares the same months too.
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && isBase(context, e)
                    && (e.period().length() == 15 || (e.period().length() == 4 && (samePeriodBase(context, e)
                    || samePeriodAfter(context.text(), e.end()))))) {
                year = Math.max(year, Integer.parseInt(e.period().substring(0, 4)) + 1);
            }
        }
        return year;
    }

    /** How far after a year "the same period" may follow it and still be that year's ("2022 году за аналогичный период"). */
    private static final int SAME_PERIOD_AFTER_REACH = 30;

    /** Whether a "same period" cue starts within a few words after {@code end}, before the sentence ends. */
    private static boolean samePeriodJustAfter(String text, int end, int sentenceEnd) {
        return Words.containsAny(Words.fold(text.substring(end, Math.min(sentenceEnd, Math.min(text.length(),
                end + SAME_PERIOD_AFTER_REACH)))), SAME_PERIOD_CUES);
    }

    /** Turkic writes "the same period" after the year: "2024 йилнинг шу даврига", "2024 yilning shu davriga". */
    private static boolean samePeriodAfter(String text, int end) {
        return Words.containsAny(Words.fold(text.substring(end, Math.min(text.length(), end + 30))),
                SAME_PERIOD_AFTER);
    }

    /** Whether a base period is that of a year-on-year comparison: "the same period of 2021", "аналогичным периодом". */
    private static boolean samePeriodBase(Context context, PeriodResolver.Expression e) {
        // Only within the period's own sentence: "... than over the same period last year. In 2022, 1.5 million tons
        // were carried" dates the next sentence by the whole year it names, not by the months compared before it.
        int from = Math.max(sentenceAt(context, e.start()), e.start() - 30);
        return Words.containsAny(Words.fold(context.text().substring(from, e.start())), SAME_PERIOD_CUES);
    }

    /** The last period the text sets before {@code at} (not a base, not in an aside), however far back; or null. */
    private static String lastPeriodBefore(Context context, int at) {
        // The periods before "at" are always the first ones of the list: the walk over them is a prefix of one
        // walk over all, which every figure near a sanction cue, a base or a set period would otherwise take anew.
        return context.facts().lastPeriods.over(context, context.periodStarts().at(at));
    }

    /**
     * {@link #lastPeriodBefore}'s walk over a text's periods, in order, taken once: the period it has found after
     * each prefix of the list. One per text, like its Context.
     */
    private static final class PeriodWalk {
        /** {@code found[k]}: the period found among the first {@code k} periods, or null; null until walked. */
        private String[] found;
        private int walked;

        /** The period found among the first {@code count} periods of the text. */
        String over(Context context, int count) {
            if (found == null) {
                found = new String[context.periods().size() + 1];
            }
            while (walked < count) {
                found[walked + 1] = step(context, found[walked], context.periods().get(walked));
                walked++;
            }
            return found[count];
        }

        /** The walk's period once it has read {@code e}, having found {@code last} before it. */
        private static String step(Context context, String last, PeriodResolver.Expression e) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && !isBase(context, e)
                    && !inParentheses(context.text(), sentenceAt(context, e.start()), e.start())
                    && !datesAnAct(context.text(), e.start())
                    && !contrastBefore(context.text(), sentenceAt(context, e.start()), e.start())
                    && !startOrBase(context.text(), sentenceAt(context, e.start()), e)) {
                // In an undated text, a relative period the text's own years anchor ("de janvier à octobre de
                // cette année" ... "sur la période examinée").
                String period = e.period() != null ? e.period() : anchored(e, context);
                // The same months a year before the period set ("In January-October last year, it exported 3.1
                // million tons") restate its base: the text's period stays the one set.
                if (period != null && !(last != null && period.length() > 4
                        && period.equals(Periods.minusOneYear(last)))) {
                    return period;
                }
            }
            return last;
        }
    }

    /**
     * Whether some period written before {@code at} could be the one {@code last} restates a year earlier: one a year
     * after it, or one whose period only the text's own years fix. A cheap test that spares most figures
     * lastPeriodBefore's checks on every period before them; when it fails, no period lastPeriodBefore could
     * return is a year after {@code last}.
     */
    private static boolean mayBeAYearAfter(Context context, int at, String last) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(), 0, at)) {
            if (e.kind() == PeriodResolver.Kind.PERIOD
                    && (e.period() == null || last.equals(Periods.minusOneYear(e.period())))) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceAt(Context context, int offset) {
        return context.sentences().get(sentenceOf(context, offset)).start();
    }

    private static String lastPeriodOf(Context context, int index) {
        // Every figure whose sentence states no period walks back over the same sentences: read each once.
        SentenceFacts facts = context.facts();
        if (!facts.periodOfKnown[index]) {
            facts.periodOf[index] = lastPeriodIn(context, context.sentences().get(index));
            facts.periodOfKnown[index] = true;
        }
        return facts.periodOf[index];
    }

    /** The last period a sentence sets for the figures after it: no base, none in brackets or of an act; or null. */
    private static String lastPeriodIn(Context context, Sentences.Sentence sentence) {
        String last = null;
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && !isBase(context, e)
                    && !inParentheses(context.text(), sentence.start(), e.start())
                    && !datesAnAct(context.text(), e.start())
                    && !contrastBefore(context.text(), sentence.start(), e.start())
                    && !startOrBase(context.text(), sentence.start(), e)) {
                String period = e.period() != null ? e.period() : anchored(e, context);
                // "in the first half of 2021 ..., according to data released on July 13": the day names when
                // something was said, the span before it what the figures cover.
                if (period != null && (last == null || !dayDate(context.text(), e))) {
                    last = period;
                }
            }
        }
        return last;
    }

    /**
     * Words that set a point in time from which something holds ("Starting in 2023, Kazakhstan announced ...",
     * "since at least the summer of 2024", "à partir de 2023", "начиная с 2023 года"): no period of figures.
     */
    private static final List<String> START_CUES = List.of("starting in", "starting from", "beginning in",
            "beginning from", "since", "a partir de", "a partir d'", "a compter de", "a compter d'", "начиная с");
    /**
     * Words of a comparison that may stand further before its base than {@link #BASE_CUES} look ("compared to
     * the same period in the previous 2023-2024 season", "comparée à celle de l'année précédente",
     * "в сравнении с аналогичным периодом прошлого – 2022 года").
     */
    private static final List<String> COMPARISON_CUES = List.of("compared to", "compared with", "than",
            "relative to", "versus", "по сравнению", "в сравнении", "par rapport", "compare a", "comparee a",
            "compares a", "comparees a", "comparativement");
    /** How far before a period a start or comparison word may stand ("since at least the summer of 2024"). */
    private static final int CLAUSE_REACH = 48;

    /**
     * Whether a period is no period of figures the next sentences could go on with: a year or month that starts
     * something (after a start word in its clause, or before "onwards": "From this year onwards, gold is sent
     * there"), or a period a comparison word before it in its clause makes a base. A span after a start word
     * ("since January") is what its figures cover and may carry on.
     */
    private static boolean startOrBase(String text, int sentenceStart, PeriodResolver.Expression e) {
        String before = clauseBefore(text, sentenceStart, e.start());
        if (containsCue(before, COMPARISON_CUES)) {
            return true;
        }
        if (e.period() == null || e.period().indexOf('/') > 0) {
            return false;
        }
        return containsCue(before, START_CUES) || Words.fold(text.substring(e.end(),
                Math.min(text.length(), e.end() + 10))).stripLeading().startsWith("onward");
    }

    /** The folded text of the clause before {@code at}, back to a comma, a colon or a figure, within a reach. */
    private static String clauseBefore(String text, int sentenceStart, int at) {
        String before = Words.fold(text.substring(Math.max(sentenceStart, at - CLAUSE_REACH), at))
                .replace('\u2019', '\'');
        for (int k = before.length() - 1; k >= 0; k--) {
            char c = before.charAt(k);
            if (c == ',' || c == ';' || c == ':' || Character.isDigit(c)) {
                return before.substring(k + 1);
            }
        }
        return before;
    }

    /** Whether one of {@code cues} starts a word of {@code folded}. */
    private static boolean containsCue(String folded, List<String> cues) {
        for (String cue : cues) {
            for (int at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
                if (at == 0 || !Character.isLetter(folded.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Conjunctions that open a clause set against the one before: what it dates is a point of comparison. Each starts
     * with a space, which {@link #contrastBefore} looks for first.
     */
    private static final List<String> CONTRAST = List.of(" alors qu", " tandis qu", " while ", " whereas ",
            " тогда как ", " в то время как ");

    /**
     * Whether a clause of contrast opens before {@code at} in its sentence: "8,5 milliards, alors que l'année
     * dernière ce chiffre était de 9,4": the next sentences go on with the period set before it, not this one.
     */
    private static boolean contrastBefore(String text, int from, int at) {
        // The conjunctions have no accent and stand inside the sentence, in lower case: no folding needed. Each opens
        // with a space, so only the spaces before "at" are tried (a search for each conjunction read on to the end
        // of the text whenever the sentence had none).
        for (int k = text.indexOf(' ', from); k >= 0 && k < at; k = text.indexOf(' ', k + 1)) {
            for (String conjunction : CONTRAST) {
                if (text.startsWith(conjunction, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence compares with {@code period}: it is then the base, not the period, of its figures. */
    private static boolean baseOfSentence(Context context, Sentences.Sentence sentence, String period) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            // "..., 11% more than a year earlier" counts back from the year the text narrates, not from the
            // publication: it is the year before the carried one, whatever its date against today.
            if (e.kind() == PeriodResolver.Kind.PERIOD && period.equals(e.period()) && isBase(context, e)
                    && !beforeAnotherYear(context.text(), e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative year counts from a year the text narrates: "a year earlier", "the previous year", "годом ранее". */
    private static boolean beforeAnotherYear(String text, PeriodResolver.Expression e) {
        String folded = Words.fold(text.substring(e.start(), e.end()));
        for (String word : BEFORE_ANOTHER_YEAR) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expression is a day of a month with no year written: "on July 13", "19 октября". */
    private static boolean dayDate(String text, PeriodResolver.Expression e) {
        boolean digit = false;
        int run = 0;
        for (int i = e.start(); i < e.end(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digit = true;
                if (++run > 2) {
                    return false; // a year is written
                }
            } else {
                run = 0;
            }
        }
        return digit;
    }

    /**
     * Whether the sentence dates another clause than the figure's: a period outside parentheses ("($2.9 billion in
     * January–April 2023)" dates the aside only).
     */
    private static boolean hasDeadline(Context context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deadline the sentence right before sets ("by 2030", "jusqu'en 2027"), in its paragraph or the one before;
     * null when it sets none.
     */
    private static String goalYearBefore(Context context, Sentences.Sentence sentence) {
        Sentences.Sentence before = sentenceJustBefore(context, sentence);
        if (before == null) {
            return null;
        }
        String goal = null;
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                before.start(), before.end())) {
            // "... would have increased 226 times by 2021" in 2022 tells where a series got to, not a goal.
            if (e.kind() == PeriodResolver.Kind.DEADLINE && e.period() != null
                    && !datesTheStatement(new PeriodResolver.Expression(e.start(), e.end(), PeriodResolver.Kind.PERIOD,
                            e.period()), e.period(), context)) {
                goal = e.period();
            }
        }
        return goal;
    }

    /** "Of this, ...", "Из них ...", "Dont ...": the first words of a sentence that splits the one before. */
    private static final List<List<String>> PART_OPENERS = List.of(List.of("of", "this"), List.of("of", "that"),
            List.of("of", "these"), List.of("of", "which"), List.of("из", "них"), List.of("из", "которых"),
            List.of("из", "этого"), List.of("из", "этих"), List.of("dont"), List.of("sur", "ce"), List.of("de", "ce"));

    /** Whether {@code sentence} opens with the words of one of {@link #PART_OPENERS}. */
    private static boolean opensWithAPart(Context context, Sentences.Sentence sentence) {
        int first = context.wordStarts().at(sentence.start());
        for (List<String> opener : PART_OPENERS) {
            boolean all = first + opener.size() <= context.words().size();
            for (int k = 0; all && k < opener.size(); k++) {
                Words.Word word = context.words().get(first + k);
                all = word.start() < sentence.end() && word.folded().equals(opener.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence right before {@code sentence}, when it stands in the same paragraph or the one before; else null.
     */
    private static Sentences.Sentence sentenceJustBefore(Context context, Sentences.Sentence sentence) {
        int index = sentenceOf(context, sentence.start());
        if (index == 0) {
            return null;
        }
        Sentences.Sentence before = context.sentences().get(index - 1);
        return before.paragraph() < sentence.paragraph() - 1 ? null : before;
    }

    /**
     * The year the sentence just before {@code sentence} makes a forecast for ("Freight should reach 5 million tons
     * in 2026"): its one period, a whole year not before the publication's, when it says the future; or null.
     */
    private static String forecastYearBefore(Context context, Sentences.Sentence sentence) {
        Sentences.Sentence before = sentenceJustBefore(context, sentence);
        if (before == null
                || !hasCue(context, before, "target") && !hasCue(context, before, "future")) {
            return null;
        }
        String year = null;
        for (PeriodResolver.Expression e : within(context.periods(), context.periodStarts(),
                before.start(), before.end())) {
            if (year != null || e.kind() != PeriodResolver.Kind.PERIOD || e.period() == null
                    || e.period().length() != 4) {
                return null;
            }
            year = e.period();
        }
        String now = context.presentPeriod();
        return year != null && (now == null || year.compareTo(now.substring(0, 4)) >= 0) ? year : null;
    }

    /** Whether one of the sentence's own periods is {@code period}. */
    private static boolean restates(List<PeriodResolver.Expression> inSentence, String period,
                                    Context context) {
        for (int i = 0; i < inSentence.size(); i++) {
            if (inSentence.get(i).kind() == PeriodResolver.Kind.PERIOD && period.equals(resolve(inSentence, i, context))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownPeriodElsewhere(List<PeriodResolver.Expression> inSentence, String text, int from) {
        for (PeriodResolver.Expression e : inSentence) {
            if (!inParentheses(text, from, e.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is inside a parenthesis (opened after {@code from}) that closes before {@code figure}. */
    private static boolean asideClosedBefore(String text, int from, PeriodResolver.Expression e, int figure) {
        if (!inParentheses(text, from, e.start())) {
            return false;
        }
        int close = text.indexOf(')', e.end());
        return close >= 0 && close < figure;
    }

    /** Words before a year that date an act rather than a span of figures: "signed in 2013", "signé en 2013". */
    private static final List<String> ACT_DATES = List.of("signed in", "signe en", "signee en", "signes en",
            "signees en", "подписан в", "подписана в", "подписано в", "подписанного в", "подписанный в",
            "подписанным в", "подписанном в", "подписанному в", "founded in", "established in", "fonde en",
            "fondee en", "основан в", "основана в", "создан в", "создана в", "создано в", "launched in",
            "reopened in", "lance en", "lancee en", "relance en", "запущен в", "запущена в", "запущено в",
            "открыт в", "открыта в", "открыто в");

    /**
     * Whether the period at {@code at} dates an act ("the treaty signed in 2013", "основан в 1992 году"): the
     * sentences after it do not go on with that year, whose only event is the act.
     */
    private static boolean datesAnAct(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // Every phrase ends on "in", "en" or "в": only then is the text before worth folding (this runs for every
        // period the sentences before a figure hold).
        if (!(text.regionMatches(true, end - 2, "in", 0, 2) || text.regionMatches(true, end - 2, "en", 0, 2)
                || end > 0 && Character.toLowerCase(text.charAt(end - 1)) == 'в')) {
            return false;
        }
        String before = Words.fold(text.substring(Math.max(0, at - 20), at)).stripTrailing();
        for (String words : ACT_DATES) {
            if (endsWithCue(before, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} is inside a parenthesis opened after {@code from}: "(in 2020 – $907 million)" is an aside. */
    private static boolean inParentheses(String text, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The period a headline sets ("Trade up 20% in January-June"), for body sentences that state none; or null. */
    public static String periodOf(String title, Publication publication) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String last = null;
        for (PeriodResolver.Expression e : PeriodResolver.find(Words.foldKeepingOffsets(title), publication)) {
            // "... soit une augmentation de 21,5 % par rapport aux dix premiers mois de 2024": the period compared
            // with is the base of the title's figures, not the period it sets for the article.
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && !decideBase(title, e)) {
                last = e.period();
            }
        }
        return last;
    }
}
