package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Decides the metric of a figure: the cue words around it (fitting its unit's class), the noun it counts, the
 * phrase it heads, a list's or the headline's metric when its sentence names none. Holds the article-independent
 * {@link CueLexicon}; the rest comes from the article's {@link FigureContext}.
 */
final class FigureMetrics {

    private static final double AFTER_PENALTY = 1.5;
    /** How much farther a cue counts when it completes an earlier figure of the sentence (see namesFigureBefore). */
    private static final double TAKEN_CUE_PENALTY = 4;
    /** How many sentences of the body's first paragraph continue the headline (see leads). */
    private static final int LEAD_SENTENCES = 2;
    /** How many words around a length may say it is a distance from a place. */
    private static final int DISTANCE_REACH = 4;
    private static final int ROUTE_END_REACH = 8;
    private static final Set<String> DISTANCE_NOUNS = Set.of("distance", "расстоянии");
    private static final Set<String> FRENCH_FROM = Set.of("de", "d", "du", "des");
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
    private static final Set<String> ROUTE_ENDS = Set.of("to", "until", "through", "via");
    /** The unit words of an occurrence count ("visited Astana 4 times", "s'est rendu deux fois", "5 раз"). */
    private static final Set<String> OCCURRENCES = Set.copyOf(Words.foldAll("fois", "times", "раз", "раза"));
    private static final List<String> VISIT_STEMS = List.of("visit", "rendu", "посет", "побыва");
    /** Nouns that count anything: what they count comes from the context ("2 тыс. человек", "106 goods"). */
    private static final Set<String> GENERIC_COUNTERS = Set.copyOf(Words.foldAll("people", "persons", "personnes",
            "человек", "людей", "goods", "items", "products", "produits", "articles", "types", "kinds", "categories",
            "видов", "вида", "товаров", "товара", "наименований", "позиций", "единиц", "units", "unites", "positions",
            "odam", "kishi", "turdagi", "adam", "товарах", "товарам", "видах", "thousand", "thousands", "million",
            "millions", "milliers", "тысяч", "тысячи", "тысяча", "тыс", "миллион", "миллиона", "миллионов", "млн"));

    /**
     * Counters of people and of pieces of equipment ("3 700 personnes", "500 единиц техники"): what they count is
     * never a company, so a companies cue elsewhere in the sentence ("организации", "entreprises") does not make
     * them a count of companies.
     */
    private static final Set<String> NOT_COMPANY_COUNTERS = Set.copyOf(Words.foldAll("people", "persons",
            "personnes", "человек", "людей", "odam", "kishi", "adam", "единиц", "units", "unites"));

    /**
     * Plants and making ("two plants for deep processing of corn", "deux usines de traitement de gaz", "expected to
     * produce one million tons of hydrogen"), and the other works that make or hold rather than carry: power stations
     * and their turbines, dams and reservoirs, mines ("мощность ветряной электростанции", a reservoir's capacity in
     * cubic meters, "expand the mines", "l'offre minière", "электр стансасы", "тўғон"). The capacity a
     * sentence naming one states is what the works can make, produce or hold, not freight a corridor, line, port or
     * terminal can carry (the standard's `cargo.capacity`), in each of the five languages.
     */
    private static final Set<String> PLANT_WORDS = Set.copyOf(Words.foldAll("plant", "plants", "factory",
            "factories", "usine", "usines", "refinery", "refineries", "raffinerie", "raffineries", "smelter",
            "smelters", "produce", "produces", "produced", "producing", "production", "produire",
            "dam", "dams", "reservoir", "reservoirs", "réservoir", "réservoirs", "barrage", "barrages", "turbine",
            "turbines", "hydropower", "hydroelectric", "hydroélectrique", "hydroélectriques", "mine", "mines",
            "mining", "minière", "minières", "minier", "miniers", "гэс", "тэс", "тэц", "аэс", "ges", "шахта", "шахты",
            "шахт", "кеніш", "кеніші", "бөген", "бөгені", "shaxta", "shaxtasi"));
    private static final List<String> PLANT_STEMS = Words.foldAll("завод", "фабрик", "комбинат", "производств",
            "производит", "электростанц", "водохранилищ", "плотин", "рудник", "турбин", "ветроэлектр", "гидроэлектр",
            "электрстанц", "стансас", "тўғон");
    private static final WordStems PLANT = wordsOrStems(PLANT_WORDS, PLANT_STEMS);

    /**
     * Spaceflight: a craft, its launcher, the orbit or the station it flies to ("The payload will weigh over 6.5 tons",
     * "Elle transporte 521 kg de matériel pour l'ISS", "шаттл ... может выводить на орбиту до 20 тонн полезных
     * грузов"). What a rocket or a spacecraft lifts or brings back is a payload, not freight carried along a corridor
     * nor what a line, port or terminal can carry, so a sentence naming one gives no `cargo.*` metric. "Shuttle" and
     * "navette" are left out: freight trains and ferries are called so too.
     */
    private static final Set<String> SPACE_WORDS = Set.copyOf(Words.foldAll("payload", "payloads", "orbit",
            "orbital", "spacecraft", "rocket", "rockets", "iss", "orbite", "orbitale", "fusee", "fusees", "мкс",
            "шаттл", "шаттла", "шаттлы", "шаттлов"));
    private static final List<String> SPACE_STEMS = Words.foldAll("орбит", "космическ", "ракет");
    private static final WordStems SPACE = wordsOrStems(SPACE_WORDS, SPACE_STEMS);

    /**
     * A meeting, a delegation or an association ("All 24 companies attending the General Assembly", "60 entreprises qui
     * ont fait le déplacement", "иқтисодий ҳамжамиятга ... 20 дан зиёд компания"): companies counted there are
     * participants or members, not companies operating with a partner's capital.
     */
    private static final Set<String> GATHERING_WORDS = Set.copyOf(Words.foldAll("attending", "attended", "attend",
            "delegation", "delegations", "assembly", "association", "délégation", "délégations", "déplacement"));
    private static final List<String> GATHERING_STEMS = Words.foldAll("делегаци", "ассоциаци", "ҳамжамият",
            "hamjamiyat");
    private static final WordStems GATHERING = wordsOrStems(GATHERING_WORDS, GATHERING_STEMS);

    /**
     * Works done on a stretch of a line ("60 km of the route made ready for the pipe", "over 100 km of
     * track panels assembled, ready to be laid", "2 km of rail ... have been installed", "groundwork
     * finished on a 60-kilometer stretch"): a length so worked on is the progress of the works, `other`
     * (gold-c, gold-s, gold-t), not the length of the route or border. Words that come after the length in its clause;
     * the few that come before it ("preparing 91 kilometers") are apart, as "laying of a 300-km gas pipeline" states
     * the whole pipeline.
     */
    private static final Set<String> WORKS_AFTER = Set.copyOf(Words.foldAll("prepared", "ready", "installed",
            "installation", "laying", "assembled", "prêt", "prêts", "prête", "prêtes", "préparé", "préparés",
            "préparée", "préparées", "installé", "installés", "installée", "installées"));
    private static final List<String> WORKS_AFTER_STEMS = Words.foldAll("готов", "подготовлен", "уложен", "укладк",
            "смонтирован");
    private static final Set<String> WORKS_BEFORE = Set.copyOf(Words.foldAll("preparing", "preparatory",
            "préparatoires", "préparatoire"));
    private static final List<String> WORKS_BEFORE_STEMS = Words.foldAll("подготовительн");
    /**
     * Works on an existing road or still to do, on a length said as a noun, not as an adjective ("will restore 48 km of
     * the road", "paved ... along more than 9 kilometers", "270 km restent à construire", "two kilometers of road will
     * be improved"): the length is the part worked on, `other` (README "kilometres of works on a line still being
     * built"; gold-zb, zd, ze), not the route's length. A length written as an adjective ("repair the 90-kilometer
     * road") names the whole line. "completed", "built" and "build" are left out: the labels of whole sections so
     * described are `route.length` ("a 150-kilometer section inside one country is already completed").
     */
    private static final Set<String> DONE_AFTER = Set.copyOf(Words.foldAll("improved", "repaired", "restored",
            "rebuilt", "construire"));
    private static final Set<String> DONE_BEFORE = Set.copyOf(Words.foldAll("restore", "restoring", "repair",
            "repairing", "paved"));
    /** How far before and after a length a word of works still speaks of it, in its clause. */
    private static final int WORKS_BEFORE_REACH = 50;
    private static final int WORKS_AFTER_REACH = 60;

    /**
     * A gap between two sources' figures ("The data differ by $144.5 million", the largest "discrepancy" being
     * in one side's imports, "the EU and Kazakh figures differ by $1 billion of trade",
     * "l'écart entre les chiffres", "расхождение в данных"): what the statistics disagree by is no trade itself (audit
     * row 193: a discrepancy between two countries' statistics is `other`).
     */
    private static final Set<String> DISCREPANCY_WORDS = Set.copyOf(Words.foldAll("discrepancy", "discrepancies",
            "differ", "differs", "difference", "gap", "ecart", "ecarts", "disparite", "disparites", "расходятся"));
    private static final List<String> DISCREPANCY_STEMS = Words.foldAll("расхожден", "разниц", "несоответстви");
    private static final WordStems DISCREPANCY = wordsOrStems(DISCREPANCY_WORDS, DISCREPANCY_STEMS);

    /**
     * A group with no code of its own as the other side of trade ("trade between Tajikistan and the countries of the
     * Commonwealth of Independent States", "Tajikistan-CIS nations trade", "торговли между странами Таможенного союза",
     * "les échanges avec la CEI", "export supplies from Europe to Kyrgyzstan", "d'Europe et de Turquie", "trade with the
     * Turkic states", "Түркі елдерімен", "страны Содружества в целом"): an aggregate over
     * the group, `other` with the Central Asian country alone (team a's convention on the CIS and "European countries";
     * audit rows 304 and 308). "Among the CIS countries, ... with Kazakhstan" only ranks one partner. Not the Russian "из
     * Европы": read so, a holdout trade figure labelled with its metric lost it.
     */
    private static final Pattern GROUP_AS_PARTNER = Pattern.compile("(?:\\bbetween\\s+\\S+(?:\\s+\\S+)?\\s+and|\\bwith|"
            + "\\bbetween|между(?:\\s+\\S+\\s+и)?|\\sи|\\sс|\\sсо|entre(?:\\s+\\S+\\s+et)?|\\savec)\\s+(?:the\\s+|les\\s+)?"
            + "(?:other\\s+)?(?:countries\\s+of\\s+the\\s+|member\\s+states\\s+of\\s+the\\s+|странами\\s+|государствами\\s+|"
            + "pays\\s+de\\s+(?:la\\s+|l')?)?(?:cis\\b|commonwealth\\s+of\\s+independent|customs\\s+union|снг|содружеств|"
            + "таможенн\\S*\\s+союз|cei\\b|union\\s+douaniere|turkic\\s+states|тюркск\\S*\\s+государств|etats\\s+turciques)"
            + "|-cis\\b|(?:\\bfrom|d')\\s*europ|\\beuropean\\s+countries|"
            + "европейск\\S*\\s+стран|pays\\s+europeens"
            // the group as a whole ("страны Содружества в целом"), Kazakh "with" glued to the Turkic countries
            + "|содружеств\\S*\\s+в\\s+целом|түркі\\s+(?:елдер|мемлекеттер)\\S*мен\\b");
    /**
     * {@link #GROUP_AS_PARTNER} gated by literal words of the groups (folded: the pattern reads the folded sentence),
     * and answered once per sentence: every trade figure of a sentence asks the same of the whole sentence.
     */
    private static final SentenceGate GROUP_GATE = SentenceGate.onFolded(GROUP_AS_PARTNER, List.of("cis",
            "commonwealth", "customs union", "снг", "содружеств", "таможенн", "cei", "union douaniere", "europ",
            "европ", "turkic", "тюркск", "turciques", "түркі"));

    /**
     * What a route costs or how long it takes ("reduce transport costs by at least 40 percent", "the cost of carrying
     * one container could fall 2 times", "сократить сроки перевозки в 2 раза",
     * "transport xarajatlarini esa kamida 40 foizga qisqartiradi"; and so a fee or a price of carriage cut by a
     * share, in any of the languages): a change of it, however near a word of freight
     * stands, is a saving in money or time, `other` (gold-f, r, v), not a change of the freight, containers or
     * capacity. Words before the change in its clause; "times faster" ("deux fois plus rapide") after it. The same for
     * trade, and for a share as what changes (round 27): "время прохождения импортных товаров ... сокращено на 70%",
     * "Доля импорта выросла в 4,2 раза" name a time and a share, and the noun of trade only says whose (w-ru-008,
     * y-ru-011, y-en-025: `other`); a change of a time or a share is no change of the flow the metric measures.
     */
    private static final Set<String> COST_WORDS = Set.copyOf(Words.foldAll("cost", "costs", "tariff", "tariffs",
            "expenses", "fares", "fee", "fees", "charges", "price", "prices", "prix", "cout", "couts", "tarif",
            "tarifs", "frais", "delai", "delais", "temps", "срок", "сроки", "сроков", "время", "времени", "share",
            "доля", "доли", "долю", "долей"));
    /** Words before "время" that make it an idiom of time ("в то же время", "в последнее время"), not a duration. */
    private static final Set<String> TIME_IDIOM_BEFORE = Set.copyOf(Words.foldAll("то", "же", "это", "настоящее",
            "последнее", "одно", "данное", "ближайшее"));
    private static final Set<String> TIME_NOUNS = Set.copyOf(Words.foldAll("время", "времени"));
    private static final List<String> COST_STEMS = Words.foldAll("стоимост", "затрат", "тариф", "расход", "xarajat",
            "narx", "muddat", "шығын", "мерзім");
    private static final Set<String> SPEED_WORDS = Set.copyOf(Words.foldAll("faster", "quicker", "rapide", "rapides",
            "быстрее", "tezroq"));
    private static final WordStems COST = wordsOrStems(COST_WORDS, COST_STEMS);
    private static final WordStems SPEED = WordStems.asking(SPEED_WORDS::contains);
    /** How far after a multiple a word of speed says it is one ("deux fois plus rapide"). */
    private static final int SPEED_REACH = 12;

    /**
     * A sum one side lost ("a $7 million loss in trade between the two", "losses of two million dollars to traders",
     * exports of one country worth $1 billion "lost" in another's statistics, "des pertes de 3 millions de dollars",
     * "ущерб в $4 млн"): what trade or a closure cost someone is no trade itself, `other` with the trade's parties (gold-a, g,
     * s). Words of loss in the figure's clause, a few words before or after it.
     */
    private static final Set<String> LOSS_WORDS = Set.copyOf(Words.foldAll("loss", "losses", "lost",
            "perte", "pertes", "perdu", "perdus", "perdue", "perdues", "убыток", "убытки", "убытков", "убытках"));
    private static final List<String> LOSS_STEMS = Words.foldAll("потер", "ущерб", "недополуч", "zarar", "ziyon");
    private static final WordStems LOSS = wordsOrStems(LOSS_WORDS, LOSS_STEMS);
    private static final int LOSS_BEFORE_REACH = 40;
    private static final int LOSS_AFTER_REACH = 40;

    /**
     * The cost of a project ("ce projet coûterait près de 40 millions de dollars", "le coût du projet atteint 3
     * milliards de dollars", "le financement du projet ferroviaire ..., estimé à 4,7 milliards", "Qiymati 6 milliard
     * dollargacha bo‘lgan loyiha"): what one project costs is no trade, investment or joint-project portfolio, `other`
     * with the countries it is about (the labels: a project "cost" of some billions of dollars and its kind are `other`
     * in gold-a, b, c, f, o, t). A word of cost in the sum's clause, a word of project in its sentence; "worth" and
     * "d'une valeur de" are no cost words, as "38 projects worth $2.2bln" is a joint-project portfolio.
     */
    private static final Set<String> PROJECT_COST_WORDS = Set.copyOf(Words.foldAll("cost", "costs", "costing", "coût",
            "coûts", "coûtera", "coûterait", "coûteront", "estimé", "estimée", "évalué", "évaluée", "qiymati",
            "обойдется", "оценивается"));
    private static final List<String> PROJECT_COST_STEMS = Words.foldAll("стоимост");
    private static final Set<String> PROJECT_WORDS = Set.copyOf(Words.foldAll("project", "projet"));
    private static final List<String> PROJECT_STEMS = Words.foldAll("проект", "loyiha", "лойиҳа", "жоба");
    private static final WordStems PROJECT_COST = wordsOrStems(PROJECT_COST_WORDS, PROJECT_COST_STEMS);
    private static final WordStems PROJECT = wordsOrStems(PROJECT_WORDS, PROJECT_STEMS);
    /** How far before a sum, and after it, a word of cost still speaks of it. */
    private static final int PROJECT_COST_REACH = 40;

    /**
     * Output: tonnes or cubic metres produced, extracted, mined, harvested or dug out ("fields have already produced
     * 40,000 tons", "ont permis d'extraire 40.000 tonnes", "ground excavation in the amount of 4.3 million m3",
     * "producing 10.8 million tons of grain"), told by a word of making right before the figure in its clause, are what
     * a mine, field, farm or site yields, `other` (README: output, production and need of a product are `other`;
     * gold-y, zb, ze), not freight or trade, whatever route or exports the sentences around speak of. A word of flow
     * between the two ("produced and exported 5 million tons") leaves the figure to its own cues.
     */
    private static final Set<String> OUTPUT_WORDS = Set.copyOf(Words.foldAll("produced", "producing", "produce",
            "extracted", "extracting", "extract", "extraction", "mined", "mining", "harvested", "excavation",
            "excavated", "produire", "extraire", "extrait", "extraits", "extraites", "récolté", "récoltés",
            "добыто", "добыли", "добыла", "добыл", "произведено", "произвели", "произвела", "произвел",
            "собрано", "собрали"));
    private static final Set<String> FLOW_WORDS = Set.copyOf(Words.foldAll("exported", "export", "exports",
            "imported", "import", "imports", "shipped", "transported", "delivered", "supplied", "sold", "exporté",
            "exportés", "exportées", "importé", "importés", "livré", "livrés", "expédié", "expédiés", "vendu", "vendus",
            "экспортировано", "экспортировали", "экспорт", "импорт", "поставлено", "отгружено", "перевезено"));
    private static final Set<String> OUTPUT_UNITS = Set.of("t", "m3");
    /** How far before a figure a word of making still speaks of it. */
    private static final int OUTPUT_REACH = 32;

    /**
     * Water, soil and stone by name ("922 million cubic meters of water", "3.9 mln m3 of soil", "400 thousand tons of
     * rubble stone", "м3 воды", "mètres cubes d'eau"): a volume or weight of them is what a canal releases, a reservoir
     * holds or works move, never freight a line carries or goods traded (README: "water released by one country to
     * another ... is `m3`, metric `other`"; LABEL-FIXES: "meters of water per day ... is water, not freight, `m3`
     * `other`"; gold-zb's soil and stone, gold-zf's reservoir). Read right after the unit, past "of", "de" and one
     * word that qualifies the substance.
     */
    private static final Set<String> NO_FREIGHT_SUBSTANCES = Set.copyOf(Words.foldAll("water", "soil", "stone",
            "stones", "sand", "rock", "gravel", "earth", "воды", "вода", "грунта", "грунт", "камня", "камней", "песка",
            "щебня", "eau", "eaux", "terre", "pierre", "pierres", "sable", "suv", "сув", "су", "тупроқ", "tuproq"));
    private static final Set<String> SUBSTANCE_LINKS = Set.copyOf(Words.foldAll("of", "de", "d", "du", "des"));
    /** How many words after a unit its substance may stand ("of rubble stone": three). */
    private static final int SUBSTANCE_REACH = 3;
    /**
     * Water as what a capacity holds or takes in ("average water intake capacity ... dropping from 80% to 65%",
     * "water capacity of the reservoir"): a word of water at most {@link #WATER_BEFORE_CAPACITY} words before a word of
     * capacity names a river's, canal's or reservoir's water, no freight capacity.
     */
    private static final Set<String> WATER_WORDS = Set.copyOf(Words.foldAll("water", "воды", "водо", "eau", "suv"));
    private static final List<String> CAPACITY_STEMS = Words.foldAll("capacit", "способност", "мощност", "quvvat");
    private static final int WATER_BEFORE_CAPACITY = 2;
    /** Counters of people ("16,400 people per day" through a checkpoint): people are no freight a capacity carries. */
    private static final Set<String> PEOPLE_COUNTERS = Set.copyOf(Words.foldAll("people", "persons", "personnes",
            "passengers", "passagers", "человек", "людей", "пассажиров", "odam", "kishi", "adam", "yo'lovchi"));

    private static final String CAPACITY = "cargo.capacity";
    private static final String ROUTE_LENGTH = "route.length";
    private static final String BORDER_LENGTH = "border.length";
    private static final String AGRIFOOD = "trade.agrifood_turnover";
    private final CueLexicon cues;

    FigureMetrics(CueLexicon cues) {
        this.cues = cues;
    }

    String metric(SurfaceFigure figure, String unitClass, FigureContext context, Sentences.Sentence sentence,
                  Sentences.Sentence previous, boolean continues) {
        if (FigureAnnotator.UNDATED_UNITS.contains(figure.unit()) && isDistanceToAPlace(figure, context)) {
            return FigureAnnotator.OTHER;
        }
        if (FigureAnnotator.LENGTH_UNITS.contains(figure.unit()) && partOfALengthAfter(figure, context)) {
            return FigureAnnotator.OTHER;
        }
        String counted = countedNounMetric(figure, unitClass, context);
        String metric = FigureAnnotator.OTHER.equals(counted) ? FigureAnnotator.OTHER : contextMetric(figure, unitClass, context, sentence, previous,
                continues, counted);
        if (FigureAnnotator.COMPANIES.equals(metric) && figure.noun() != null
                && NOT_COMPANY_COUNTERS.contains(figure.noun())) {
            return FigureAnnotator.OTHER;
        }
        if (FigureAnnotator.COMPANIES.equals(metric) && names(context, sentence, GATHERING)) {
            return FigureAnnotator.OTHER;
        }
        if (CAPACITY.equals(metric) && namesAPlant(context, sentence)) {
            return FigureAnnotator.OTHER;
        }
        if (metric.startsWith("cargo.") && names(context, sentence, SPACE)) {
            return FigureAnnotator.OTHER; // a payload lifted to orbit or to a station (see SPACE_WORDS)
        }
        if ((metric.startsWith("cargo.") || metric.startsWith(FigureAnnotator.TRADE))
                && OUTPUT_UNITS.contains(figure.unit()) && substanceAfterUnit(figure, context)) {
            return FigureAnnotator.OTHER; // "922 million cubic meters of water" (see NO_FREIGHT_SUBSTANCES)
        }
        if (CAPACITY.equals(metric) && figure.noun() != null && "count".equals(figure.unit())
                && PEOPLE_COUNTERS.contains(figure.noun())) {
            // "its throughput capacity ... is 16,400 people per day": `cargo.capacity` is freight a line, port or
            // terminal can carry (the standard); people, like vehicles (round 26), are a count `other`.
            return FigureAnnotator.OTHER;
        }
        if (CAPACITY.equals(metric) && waterCapacity(context, sentence)) {
            return FigureAnnotator.OTHER;
        }
        if (FigureAnnotator.OTHER.equals(metric) && FigureAnnotator.LENGTH_UNITS.contains(figure.unit())) {
            String head = headOfLengthAdjective(figure, unitClass, context);
            metric = head != null ? head : metric;
        }
        if (FigureAnnotator.OTHER.equals(metric) && FigureAnnotator.LENGTH_UNITS.contains(figure.unit())
                && JourneyVerbs.journeyLength(figure, context, sentence, previous)) {
            metric = ROUTE_LENGTH; // "the trucks ... covering 4,900 kilometers in 20 days" (round 46)
        }
        if ((ROUTE_LENGTH.equals(metric) || BORDER_LENGTH.equals(metric))
                && FigureAnnotator.LENGTH_UNITS.contains(figure.unit()) && worksOnAStretch(figure, context, sentence)) {
            return FigureAnnotator.OTHER;
        }
        if ((ROUTE_LENGTH.equals(metric) || BORDER_LENGTH.equals(metric))
                && FigureAnnotator.LENGTH_UNITS.contains(figure.unit()) && !saidAsAdjective(figure.text(context.text()))
                && WorksProgress.partReached(figure, context, sentence, BORDER_LENGTH.equals(metric))) {
            return FigureAnnotator.OTHER; // the stretch the works have reached or add (decision 14 of round 33)
        }
        if ((ROUTE_LENGTH.equals(metric) || BORDER_LENGTH.equals(metric))
                && FigureAnnotator.LENGTH_UNITS.contains(figure.unit())
                && PartOfAWhole.partOfAWhole(figure, context, sentence)) {
            return FigureAnnotator.OTHER; // a part of a whole length the sentence gives (decision 14 of round 33)
        }
        if ((ROUTE_LENGTH.equals(metric) || BORDER_LENGTH.equals(metric))
                && FigureAnnotator.LENGTH_UNITS.contains(figure.unit())
                && PowerLines.measuresAPowerLine(figure, context, sentence)) {
            return FigureAnnotator.OTHER; // "the 260-km power transmission line" (decision 22 of round 34), a canal
        }
        if ((metric.startsWith("cargo.") || metric.startsWith(FigureAnnotator.TRADE)) && "change".equals(unitClass)
                && costOrTimeChanges(figure, context, sentence)) {
            return FigureAnnotator.OTHER;
        }
        if (figure.isMoney() && (metric.startsWith(FigureAnnotator.TRADE) || metric.startsWith("investment."))
                && costOfAProject(figure, context, sentence)) {
            return FigureAnnotator.OTHER;
        }
        if (figure.isMoney() && (metric.startsWith(FigureAnnotator.TRADE) || metric.startsWith("investment."))
                && FinancialStocks.stockBefore(figure, context, sentence)) {
            return FigureAnnotator.OTHER; // a debt, a firm's capital or capitalization: a stock, no flow
        }
        if ((metric.startsWith("cargo.") || metric.startsWith(FigureAnnotator.TRADE))
                && OUTPUT_UNITS.contains(figure.unit()) && !"change".equals(unitClass)
                && madeRightBefore(figure, context, sentence)) {
            return FigureAnnotator.OTHER;
        }
        if ("t".equals(figure.unit()) && !FigureAnnotator.OTHER.equals(metric)
                && FigureContext.hasCue(context, sentence, "seizure")) {
            // A weight in a sentence with a seizure cue (drugs, seized, smuggled, ammunition: the "seizure" row of
            // cues.tsv) is no freight and no trade (team a's convention: seized drugs are `other`), whatever route or
            // delivery the sentences before name.
            return FigureAnnotator.OTHER;
        }
        return metric;
    }

    /** Whether a sum is the cost of a project (see {@link #PROJECT_COST_WORDS}). */
    private static boolean costOfAProject(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        // The few words around the sum first; the sentence is read for a project only when one of them is a cost.
        return wordInClause(figure, context, sentence, PROJECT_COST, PROJECT_COST_REACH, PROJECT_COST_REACH)
                && names(context, sentence, PROJECT);
    }

    /** Whether a change names a cost, a time or a share as what changes, in its clause (see {@link #COST_WORDS}). */
    private static boolean costOrTimeChanges(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        String text = context.text();
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(sentence.start()); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end() || word.start() > figure.end() + SPEED_REACH) {
                break;
            }
            String folded = word.folded();
            if (word.end() <= figure.start()) {
                if (COST.startsAny(word)
                        && !(TIME_NOUNS.contains(folded) && i > 0 && TIME_IDIOM_BEFORE.contains(words.get(i - 1).folded()))
                        && !TextWalks.crossesClause(text, word.end(), figure.start())
                        && !TextWalks.joinsNextClause(text, word.end(), figure.start())) {
                    return true;
                }
            } else if (word.start() >= figure.end() && SPEED.startsAny(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure said again further on with no cue of its own ("these 3 million tonnes look large", "to reach
     * the $5 billion mark, the two sides plan", "задача - выйти на отметку в $7 млрд"): the same
     * value in the same unit (a percentage of the same kind) and of the same parties, stated earlier in the text with a
     * metric, is the same quantity and measures what that one measured (a figure stated twice is labelled twice,
     * alike: gold-q, t, u).
     * {@code annotated} itself when it has a metric, a cue that fits it, or no earlier twin.
     */
    ExtractedFigure restated(ExtractedFigure annotated, SurfaceFigure figure, List<ExtractedFigure> earlier,
                             FigureContext context) {
        if (!FigureAnnotator.OTHER.equals(annotated.metric()) || annotated.offset() < 0) {
            return annotated;
        }
        ExtractedFigure twin = null;
        Set<String> parties = Set.copyOf(annotated.subjects());
        boolean share = annotated.measure() == Measure.SHARE;
        for (int i = earlier.size() - 1; i >= 0 && twin == null; i--) {
            ExtractedFigure e = earlier.get(i);
            if (e.value() == annotated.value() && e.unit().equals(annotated.unit()) && e.offset() >= 0
                    && !FigureAnnotator.OTHER.equals(e.metric()) && Set.copyOf(e.subjects()).equals(parties)
                    && (!"percent".equals(e.unit()) || (e.measure() == Measure.SHARE) == share)) {
                twin = e;
            }
        }
        if (twin == null) {
            return annotated;
        }
        String unitClass = figure.isMoney() ? "money" : "percent".equals(figure.unit())
                ? (annotated.measure() == Measure.SHARE ? "share" : "change")
                : "times".equals(figure.unit()) ? "change" : figure.unit();
        Sentences.Sentence sentence = context.sentences().get(FigureContext.sentenceOf(context, figure.start()));
        if (hasFittingCue(context, sentence, unitClass)) {
            return annotated; // its own words name what it measures, or a rule read them as no metric
        }
        return new ExtractedFigure(annotated.value(), annotated.unit(), annotated.measure(), twin.metric(),
                annotated.subjects(), annotated.period(), annotated.text(), annotated.sentence(), annotated.offset(),
                twin.metric());
    }

    /** Whether water, soil or stone is named right after the figure's unit (see {@link #NO_FREIGHT_SUBSTANCES}). */
    private static boolean substanceAfterUnit(SurfaceFigure figure, FigureContext context) {
        List<Words.Word> words = context.words();
        String text = context.text();
        int first = context.wordStarts().at(figure.end());
        int from = figure.end();
        for (int i = first; i < words.size() && i < first + SUBSTANCE_REACH; i++) {
            Words.Word word = words.get(i);
            if (TextWalks.crossesClause(text, from, word.start()) || TextWalks.hasSentenceBreak(text, from, word.start())) {
                return false;
            }
            if (NO_FREIGHT_SUBSTANCES.contains(word.folded())) {
                return true;
            }
            from = word.end();
        }
        return false;
    }

    /** Whether a word of water stands right before a word of capacity in the sentence (see {@link #WATER_WORDS}). */
    private static boolean waterCapacity(FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.wordsOf(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (!WATER_WORDS.contains(words.get(i).folded())) {
                continue;
            }
            for (int j = i + 1; j < words.size() && j <= i + WATER_BEFORE_CAPACITY + 1; j++) {
                if (Words.startsWithAny(words.get(j).folded(), CAPACITY_STEMS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of making comes right before the figure, in its clause (see {@link #OUTPUT_WORDS}). */
    private static boolean madeRightBefore(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(Math.max(sentence.start(), figure.start() - OUTPUT_REACH));
        for (int i = context.wordStarts().at(figure.start()) - 1; i >= first && i >= 0; i--) {
            Words.Word word = words.get(i);
            if (word.end() > figure.start()) {
                continue;
            }
            if (FLOW_WORDS.contains(word.folded())) {
                return false; // "produced and exported 5 million tons": the flow speaks of the figure
            }
            if (OUTPUT_WORDS.contains(word.folded())) {
                return !TextWalks.crossesClause(context.text(), word.end(), figure.start());
            }
        }
        return false;
    }

    /** Whether a word of works on a line speaks of the length in its clause (see {@link #WORKS_AFTER}). */
    private static boolean worksOnAStretch(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null || partOfAWhole(figure, context)) {
            return false;
        }
        String text = context.text();
        boolean noun = !saidAsAdjective(figure.text(text));
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(Math.max(sentence.start(), figure.start() - WORKS_BEFORE_REACH));
             i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end() || word.start() > figure.end() + WORKS_AFTER_REACH) {
                break;
            }
            String folded = word.folded();
            if (word.end() <= figure.start()) {
                if ((WORKS_BEFORE.contains(folded) || Words.startsWithAny(folded, WORKS_BEFORE_STEMS)
                        || (noun && DONE_BEFORE.contains(folded)))
                        && !TextWalks.crossesClause(text, word.end(), figure.start())) {
                    return true;
                }
            } else if (word.start() >= figure.end()
                    && (WORKS_AFTER.contains(folded) || Words.startsWithAny(folded, WORKS_AFTER_STEMS)
                        || (noun && DONE_AFTER.contains(folded)))
                    && !TextWalks.crossesClause(text, figure.end(), word.start())) {
                return true;
            }
        }
        return false;
    }

    /** "92-kilometer", "300-km": a length joined to its unit by a hyphen qualifies a noun. */
    private static boolean saidAsAdjective(String own) {
        int hyphen = own.lastIndexOf('-');
        return hyphen >= 0 && hyphen + 1 < own.length() && Character.isLetter(own.charAt(hyphen + 1));
    }

    /**
     * "90 des 500 kilomètres du tracé sont prêts", "of the 1,000-kilometer border": the whole length a part is taken
     * from, right after that part, is the route's length whatever is said of the part.
     */
    private static boolean partOfAWhole(SurfaceFigure figure, FigureContext context) {
        int at = context.surfaceStarts().at(figure.start()) - 1;
        if (at < 0) {
            return false;
        }
        SurfaceFigure part = context.surface().get(at);
        if (part.end() > figure.start() || figure.start() - part.end() > PART_GAP) {
            return false;
        }
        String gap = Words.fold(context.text().substring(part.end(), figure.start())).trim();
        return PART_LINKS.contains(gap);
    }

    private static final int PART_GAP = 12;
    private static final Set<String> PART_LINKS = Set.copyOf(Words.foldAll("des", "sur", "of", "of the", "из", "от"));

    /** The most words of names between a length written as an adjective and the noun it qualifies. */
    private static final int NAMES_BEFORE_HEAD = 12;
    private static final Set<String> NAME_JOINERS = Set.of("and", "et", "и");

    /**
     * "the 1,800-kilometre TAPI pipeline", "the 500-km
     * China–Kyrgyzstan–Uzbekistan railway": a length written as an adjective qualifies the noun its phrase ends on,
     * past the names that qualify it too (with no name between, the cue windows read the noun already). The metric of
     * that noun when it names one, else null.
     */
    private String headOfLengthAdjective(SurfaceFigure figure, String unitClass, FigureContext context) {
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
                if (cue.fits(unitClass) && !FigureAnnotator.OTHER.equals(cue.metric())) {
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
    private static boolean namesBothDirections(FigureContext context, Sentences.Sentence sentence, String unitClass) {
        boolean exports = false;
        boolean imports = false;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
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
    String contextMetric(SurfaceFigure figure, String unitClass, FigureContext context, Sentences.Sentence sentence,
                         Sentences.Sentence previous, boolean continues, String metric) {
        return cued(figure, unitClass, context, sentence, previous, continues, metric).metric();
    }

    /**
     * Whether a figure's trade metric comes from a sentence before it that names a product ("textiles worth $40 mn
     * went to Turkey. Next is Kyrgyzstan with $20 mn, ..."): the figure goes on with that
     * product's flow, which the labels file as `other`, like the product's own figure. Gas is no product here: its
     * cubic metres are traded in any sentence.
     */
    boolean carriedFromAProduct(SurfaceFigure figure, String unitClass, FigureContext context,
                                Sentences.Sentence sentence, Sentences.Sentence previous, boolean continues) {
        if ("m3".equals(figure.unit()) || countedNounMetric(figure, unitClass, context) != null) {
            return false;
        }
        Cued cued = cued(figure, unitClass, context, sentence, previous, continues, null);
        return cued.ofAProduct() && cued.metric().startsWith(FigureAnnotator.TRADE);
    }

    /**
     * The metric the cues around a figure name, and whether the cue it was taken from, a sentence before the figure's
     * or a list's opening, stands where a product is named (that sentence or the figure's own): a trade metric
     * handed on so is that product's flow (see {@link #carriedFromAProduct}). One reading gives both answers.
     */
    private record Cued(String metric, boolean ofAProduct) {
    }

    private Cued cued(SurfaceFigure figure, String unitClass, FigureContext context, Sentences.Sentence sentence,
                      Sentences.Sentence previous, boolean continues, String metric) {
        boolean product = false;
        if (metric == null) {
            metric = nearestMetric(figure, unitClass, context, sentence);
        }
        // The sentence before speaks for this one only when this one names no metric at all ("Une proportion qui
        // culminerait à 75%") or continues it ("cette hausse", "dans ce domaine").
        // A count's sentence whose cues fit no count ("106 goods ... previously re-exported") names no metric for it.
        if (metric == null && previous != null && (continues || !hasMetricCue(context, sentence)
                || ("count".equals(unitClass) && !hasFittingCue(context, sentence, unitClass)))) {
            metric = nearestMetric(figure, unitClass, context, previous);
            product = ofAProduct(metric, context, previous, sentence);
            if (metric != null && metric.startsWith(FigureAnnotator.TRADE) && namesBothDirections(context, previous, unitClass)) {
                // "Exports amounted to $20 billion and imports to $30 billion. China accounted for $10 billion, ...": a
                // sentence naming both directions hands on the trade they make up, not the last direction it named.
                metric = "trade.turnover";
            }
            // A sentence that names no metric continues the text before it ("Growth was 10 percent."): look a
            // few sentences back, within the paragraph and the one before. So does a part, in the total's own unit,
            // of a total it points back at ("Из данного объема 2,6 млн тонн ...") past a sentence of source ("Такие
            // данные приводит газета"); a percentage there is a share, which the share rules read.
            int index = FigureContext.sentenceOf(context, sentence.start());
            boolean pointsBack = !hasMetricCue(context, sentence) || (continues && !"percent".equals(figure.unit()));
            for (int k = index - 2; metric == null && pointsBack && k >= 0
                    && k >= index - FigureAnnotator.CARRY_SENTENCES; k--) {
                Sentences.Sentence earlier = context.sentences().get(k);
                if (earlier.paragraph() < sentence.paragraph() - 1) {
                    break;
                }
                metric = lastMetric(unitClass, context, earlier);
                product = ofAProduct(metric, context, earlier, sentence);
                if (metric != null && metric.startsWith(FigureAnnotator.TRADE) && namesBothDirections(context, earlier, unitClass)) {
                    metric = "trade.turnover";
                }
            }
        }
        if (metric == null && !hasFittingCue(context, sentence, unitClass)) {
            // An item line that names a product ("Copper ores and concentrates – $68.9 million;") is that product's
            // flow, whatever trade the list's opening names. A cue that fits no such figure names no metric of the
            // item ("— Иранға қарай Хаф-Герат теміржол дәлізімен — 12 300 тонна" under a freight opening: the corridor
            // word fits lengths and containers, not tonnes).
            metric = listMetric(unitClass, context, FigureContext.sentenceOf(context, sentence.start()));
            product = ofAProduct(metric, context, sentence, sentence);
        }
        if (metric == null && !hasMetricCue(context, sentence) && leads(sentence, context)) {
            metric = lastFitting(unitClass, context.headline());
            if (metric != null && metric.startsWith(FigureAnnotator.TRADE) && bothDirections(context.headline(), unitClass)) {
                metric = "trade.turnover"; // "Exports up, imports down: ..." over a lead that names no metric
            }
        }
        if (metric == null && "rank".equals(unitClass) && !hasMetricCue(context, sentence)) {
            // A ranking article names its ranking once and then lists places ("Sweden (6th), the Netherlands
            // (7th)"): a place that names no ranking is in the last one named before it.
            int index = FigureContext.sentenceOf(context, sentence.start());
            for (int k = index - 1; metric == null && k >= 0; k--) {
                metric = lastMetric(unitClass, context, context.sentences().get(k));
            }
        }
        if (metric == null) {
            return new Cued(FigureAnnotator.OTHER, false);
        }
        String refined = refinement(metric, figure, context, sentence);
        if (refined == null && continues) {
            refined = refinement(metric, null, context, previous);
        }
        return new Cued(refined != null ? refined : metric, product);
    }

    /**
     * Whether a trade metric carried from sentence {@code from} is a product's flow: that sentence or the figure's
     * own ({@code own}) names a product (a `commodity` cue). Agri-food trade names its products on purpose.
     */
    private static boolean ofAProduct(String metric, FigureContext context, Sentences.Sentence from,
                                      Sentences.Sentence own) {
        return metric != null && metric.startsWith(FigureAnnotator.TRADE) && !AGRIFOOD.equals(metric)
                && (FigureContext.hasCue(context, from, "commodity") || FigureContext.hasCue(context, own, "commodity"));
    }

    /**
     * The metric of a list written one item a line ("the rest of the trade is split among:" then "-
     * Uzbekistan: $5 billion", "✅ Turquie — 1 milliard de dollars ;"): an item that names none measures what
     * the line opening the list names, else what the few sentences before that line do, however long the list. Null
     * when the sentence at {@code index} is no such item.
     */
    private static String listMetric(String unitClass, FigureContext context, int index) {
        int intro = FigureContext.listIntro(context, index);
        if (intro < 0) {
            return null;
        }
        Sentences.Sentence opening = context.sentences().get(intro);
        for (int k = intro; k >= 0 && k >= intro - FigureAnnotator.CARRY_SENTENCES; k--) {
            Sentences.Sentence earlier = context.sentences().get(k);
            if (earlier.paragraph() < opening.paragraph() - 1) {
                break;
            }
            String metric = lastMetric(unitClass, context, earlier);
            if (metric != null && metric.startsWith(FigureAnnotator.TRADE) && FigureContext.hasCue(context, earlier, "commodity")) {
                return FigureAnnotator.OTHER; // "Uzbekistan sent most fruit to these countries:": a product's trade, item by item
            }
            if (metric != null) {
                return metric.startsWith(FigureAnnotator.TRADE) && namesBothDirections(context, earlier, unitClass)
                        ? "trade.turnover" : metric;
            }
        }
        return null;
    }

    /**
     * "900 kilometres of the 1,357-kilometer border", "300 km sur 1 370 km", "500 км из 970 км": a length taken out
     * of a whole length stated right after it is a part (a stretch controlled, built, disputed), not the length of
     * the border or route itself.
     */
    private static boolean partOfALengthAfter(SurfaceFigure figure, FigureContext context) {
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (next + 1 >= words.size() || words.get(next).start() - figure.end() > 2) {
            return false;
        }
        String after = words.get(next).folded();
        int number = "of".equals(after) && FigureAnnotator.WHOLE_WORDS.contains(words.get(next + 1).folded()) ? next + 2
                : "des".equals(after) || "sur".equals(after) || "из".equals(after) ? next + 1 : -1;
        return number > 0 && number < words.size() && Character.isDigit(words.get(number).raw().charAt(0));
    }

    /**
     * "à 58 kilomètres de la frontière", "в 20 километрах от границы", "3 kilometers from the disputed area",
     * "at a distance of 5 km": how far something lies from a place, not the length of a border or a route.
     * "stretches 523 km from Kashgar to Andijan" runs from one place to another: a length.
     */
    private static boolean isDistanceToAPlace(SurfaceFigure figure, FigureContext context) {
        List<Words.Word> words = context.words();
        // "400 miles (644 kilometres) south of": the words after a restatement in brackets say what the length is
        int end = DistancesFromTowns.asideEnd(figure.end(), context.text());
        int next = context.wordStarts().at(end);
        int previous = context.wordStarts().at(figure.start()) - 1;
        for (int k = previous; k >= 0 && k > previous - DISTANCE_REACH; k--) {
            if (DISTANCE_NOUNS.contains(words.get(k).folded())) {
                return true;
            }
        }
        if (next >= words.size() || words.get(next).start() - end > 2) {
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
            return true; // "à seulement 30 km de la frontière", "à à peine 2 km de"
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
     * Whether the sentence speaks of a gap between two sources' figures (see {@link #DISCREPANCY_WORDS}): a trade metric
     * its figures would take is what the statistics disagree by, `other`, with the trade's parties.
     */
    static boolean namesADiscrepancy(FigureContext context, Sentences.Sentence sentence) {
        return names(context, sentence, DISCREPANCY);
    }

    /** How far after a product's flow a change in a clause of its own may still describe it. */
    private static final int OWN_CLAUSE_REACH = 120;

    /**
     * Whether a change stands in a clause of its own right after {@code before}, in the same part of the sentence,
     * and that clause names no metric before it ("2 million tons of wheat were exported since January, which
     * is 30 percent more", "2 millions de tonnes ..., soit une hausse de 25 %", "600 тысяч тонн ... (+30% к
     * 2023 году)"): such a change says how the figure before it moved, whatever a word of the clause before says.
     */
    static boolean changeInClauseAfter(ExtractedFigure before, SurfaceFigure figure, FigureContext context) {
        if (before == null || before.offset() < 0) {
            return false;
        }
        int end = before.offset() + before.text().length();
        if (end > figure.start() || figure.start() - end > OWN_CLAUSE_REACH) {
            return false;
        }
        String text = context.text();
        int clause = -1;
        for (int i = figure.start() - 1; i >= end && clause < 0; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == '(' || c == '\u2013' || c == '\u2014') {
                clause = i;
            }
        }
        if (clause < 0) {
            return false;
        }
        for (int i = end; i < figure.start(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            if (c == ';' || c == '\n' || stop) {
                return false;
            }
        }
        return FigureContext.hitsWithin(context.metricHits(), clause, figure.start()).isEmpty();
    }

    /**
     * Whether a percentage is stated in points ("3 percentage points", "2 points de pourcentage"): such a figure is the
     * gap between two rates or shares (a growth rate against another, a share this year against last year's), which
     * the labels give `other` whatever metric its sentence names (gold-a, gold-x); a percentage change of a level is
     * written in percent.
     */
    static boolean inPercentagePoints(SurfaceFigure figure, FigureContext context) {
        return context.text().substring(figure.start(), figure.end()).toLowerCase(Locale.ROOT)
                .contains("point");
    }

    /** Whether a word of loss speaks of the figure in its clause (see {@link #LOSS_WORDS}). */
    static boolean namesALoss(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        return wordInClause(figure, context, sentence, LOSS, LOSS_BEFORE_REACH, LOSS_AFTER_REACH);
    }

    /**
     * Russian nouns of exports and imports ("экспорт", "поставки", "ввоз"), folded, in the forms that take the goods
     * as a genitive right after them: "экспорт капусты", "поставки вишни", "импорт текстиля".
     */
    private static final Set<String> TRADE_NOUNS = Set.copyOf(Words.foldAll("экспорт", "экспорта", "экспорту",
            "экспортом", "экспорте", "импорт", "импорта", "импорту", "импортом", "импорте", "поставки", "поставок",
            "поставкам", "поставками", "поставках", "ввоз", "ввоза", "вывоз", "вывоза"));
    /** Folded endings of adjectives in the genitive that may stand before the goods ("казахстанского", "свежих"). */
    private static final List<String> GENITIVE_ADJECTIVE_ENDINGS = Words.foldAll("ого", "его", "ой", "ей", "ых", "их");
    /** Folded endings of nouns in the genitive, singular and plural ("капусты", "вишни", "перца", "огурцов"). */
    private static final List<String> GENITIVE_NOUN_ENDINGS = Words.foldAll("ы", "и", "а", "я", "ов", "ев", "ей");
    /** Folded endings of adjectives in the genitive plural ("растительных", "свежих"). */
    private static final List<String> PLURAL_ADJECTIVE_ENDINGS = Words.foldAll("ых", "их");
    /** Folded ends of genitive plurals with no ending of their own: "масел", "яблок", "семян", "машин", "удобрений". */
    private static final List<String> ZERO_PLURAL_ENDINGS = Words.foldAll("ий", "ел", "ок", "ек", "ин", "ян");
    /** Folded endings of verbs and short participles, which a genitive ending would otherwise let through. */
    private static final List<String> VERB_ENDINGS = Words.foldAll("ла", "ли", "ло", "ет", "ют", "ит", "ят", "на",
            "но", "ны", "ся", "сь");
    /** Stems of goods in general and of the trade's parties: "экспорт товаров", "импорт стран ЕАЭС". */
    private static final List<String> NO_ONE_PRODUCT = Words.foldAll("товар", "продукц", "услуг", "груз", "сырь",
            "стран", "государств", "республик", "сторон", "партнер", "компани", "предприят");
    /** Prepositions and conjunctions right after the noun of trade: "экспорт из", "поставки в", "экспорт и". */
    private static final Set<String> PHRASE_OPENERS = Set.copyOf(Words.foldAll("из", "в", "во", "на", "по", "с",
            "со", "за", "и", "к", "от", "до", "для", "через", "а", "но", "что", "как"));
    /** How many adjectives may stand between the noun of trade and the goods it names. */
    private static final int GOODS_ADJECTIVES = 3;

    /** English nouns of exports and imports, which take the goods after "of": "the export of microchips". */
    private static final Set<String> ENGLISH_TRADE_NOUNS = Set.of("export", "exports", "import", "imports");
    /**
     * Words right after "of" that name no one product: goods in general and the trade's parties ("imports of goods",
     * "exports of the country"), and the determiners and words of degree that open the figure itself or its owner
     * ("exports of about $5 million", "imports of its partners"). Goods in general after a word that narrows them
     * ("exports of textile products") are one kind of goods (see {@link #ENGLISH_GOODS_HEADS}).
     */
    private static final Set<String> ENGLISH_NO_ONE_PRODUCT = Set.of("goods", "products", "product", "commodities",
            "commodity", "merchandise", "services", "service", "cargo", "cargoes", "freight", "country", "countries",
            "nation", "nations", "state", "states", "republic", "partner", "partners", "side", "sides", "region",
            "regions", "company", "companies", "enterprises", "the", "a", "an", "its", "their", "his", "her", "our",
            "this", "these", "those", "that", "such", "all", "both", "each", "total", "about", "around", "over", "more",
            "nearly", "almost", "some", "up", "less", "only", "roughly", "approximately", "just", "under", "below",
            "above", "close", "at", "estimated", "usd", "us");

    /** Words of goods in general that a word before them narrows to one kind ("milling products", "dual-use goods"). */
    private static final Set<String> ENGLISH_GOODS_HEADS = Set.of("goods", "products", "product", "commodities",
            "commodity", "merchandise");

    /** Prepositions, conjunctions and verbs that end the goods' phrase after "of" ("of cotton to the EU"). */
    private static final Set<String> ENGLISH_PHRASE_ENDS = Set.of("from", "to", "in", "into", "by", "for", "with",
            "between", "via", "through", "and", "or", "which", "worth", "was", "were", "is", "are", "has", "have",
            "rose", "fell", "grew", "increased", "decreased", "reached", "amounted", "totaled", "totalled", "more");

    /**
     * Whether the English noun of trade at word {@code at} is followed by "of" and the goods, in lower case and other
     * than goods in general ("the export of lenses rose to", "the import of sewing machines grew by", "re-exports of
     * scarce parts rose by"): after "of", English names what is traded, so the trade in one product needs no list of
     * products either. So do goods in general narrowed by a lower-case word before them, a product category ("exports
     * of textile products", "imports of Tajik printing products": team a's convention, product-category flows of a
     * country are `other`); a capitalized word first may say whose goods they are.
     */
    private static boolean goodsAfterOf(SurfaceFigure figure, FigureContext context, int at, int limit) {
        List<Words.Word> words = context.words();
        if (at + 2 >= words.size() || !"of".equals(words.get(at + 1).folded())) {
            return false;
        }
        String text = context.text();
        boolean goods = false;
        boolean named = false;
        for (int i = at + 2; i < words.size() && i <= at + 2 + GOODS_ADJECTIVES; i++) {
            Words.Word word = words.get(i);
            if (word.end() > limit || TextWalks.crossesClause(text, words.get(i - 1).end(), word.start())) {
                break;
            }
            if (!Character.isLowerCase(word.raw().charAt(0))) {
                if (i > at + 2 || !Character.isUpperCase(word.raw().charAt(0))) {
                    break;
                }
                named = true; // "imports of Kazakhstani milling products": whose goods, before what goods
                continue;
            }
            if (goods && ENGLISH_PHRASE_ENDS.contains(word.folded())) {
                break; // "the export of microchips from Kazakhstan to the ...": the goods' phrase has ended
            }
            if (ENGLISH_NO_ONE_PRODUCT.contains(word.folded())) {
                // "exports of regrind products", "imports of milling products": goods in general narrowed by a word
                // before them are one kind of goods; "exports of goods", "exports of Kyrgyz goods" are not
                return goods && ENGLISH_GOODS_HEADS.contains(word.folded());
            }
            goods = true;
        }
        return goods && !named;
    }

    /**
     * Whether, after the count of "exports of 130", goods in general narrowed by a word before them follow ("exports
     * of 130 non-commodity goods", "imports of 40 agricultural products"): the kinds of goods of one group, not goods in
     * general ("exports of 5 billion cubic meters" names no goods head; decision 57).
     */
    /** Whether the stretch between two words is a bare count: " 130 ". */
    static boolean countBetween(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        return !between.isEmpty() && between.chars().allMatch(Character::isDigit);
    }

    static boolean narrowedGoodsCounted(FigureContext context, int from, int limit) {
        List<Words.Word> words = context.words();
        boolean narrowed = false;
        for (int i = from; i < words.size() && i <= from + GOODS_ADJECTIVES; i++) {
            Words.Word word = words.get(i);
            if (word.end() > limit || !Character.isLowerCase(word.raw().charAt(0))
                    || TextWalks.crossesClause(context.text(), words.get(i - 1).end(), word.start())) {
                return false;
            }
            if (ENGLISH_GOODS_HEADS.contains(word.folded())) {
                return narrowed;
            }
            if (ENGLISH_NO_ONE_PRODUCT.contains(word.folded())) {
                return false;
            }
            narrowed = true;
        }
        return false;
    }

    /**
     * Whether the sentence names goods in general, trade in physical terms (cue {@code trade-in-tonnes}) or gas (cue
     * {@code gas}): the trade the labels keep between two countries in any unit, tonnes included.
     */
    static boolean tradeInAnyUnit(FigureContext context, Sentences.Sentence sentence) {
        return FigureContext.hasCue(context, sentence, "trade-in-tonnes")
                || FigureContext.hasCue(context, sentence, "gas");
    }

    /**
     * Whether tonnes read as {@code metric}, a trade metric, are trade between countries: the sentence names goods in
     * general, trade in physical terms or gas ({@link #tradeInAnyUnit}), products with no one product among them
     * ("13,6 тысячи тонн продукции", the cue kind `goods`), or, for a turnover, the turnover itself ("товарооборот ...
     * составил около 205 тысяч тонн": a country pair's turnover in tonnes is their trade in physical terms). Else the
     * tonnes are one product's flow, whichever product it is: the README's "total trade stated in tonnes keeps its
     * `trade.*` metric" and round 26's "a commodity in tonnes shipped abroad ... is a product flow, `other`".
     */
    static boolean tradeInTonnes(String metric, FigureContext context, Sentences.Sentence sentence) {
        if (tradeInAnyUnit(context, sentence)) {
            return true;
        }
        if (FigureContext.hasCue(context, sentence, "goods") && !FigureContext.hasCue(context, sentence, "commodity")) {
            return true;
        }
        if (!"trade.turnover".equals(metric)) {
            return false;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if ("trade.turnover".equals(cue.metric())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the figure's own cue (the last metric cue before it in its sentence) is a Russian noun of exports or
     * imports followed by the goods in the genitive, in lower case and other than goods in general ("экспорт капусты
     * вырос вдвое, до 20 млн долларов", "поставки огурцов упали на 10%", "импорт текстиля
     * ... составил 90 миллионов долларов"): the trade in one product, whatever product it is, not the trade between
     * the countries. The grammar says it, so no list of products is needed for it; "экспорт из Узбекистана",
     * "экспорт в Китай", "экспорт товаров" and "экспорт Казахстана" name no product. An English noun of trade reads
     * the goods after "of" (see {@link #goodsAfterOf}).
     */
    static boolean goodsAfterTradeNoun(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        // "страна в 3 раза сократила экспорт электроэнергии": where no cue stands before the figure, the
        // noun of trade its clause goes on to name is the figure's own, and so are the goods that noun names.
        CueLexicon.Hit<List<CueLexicon.MetricCue>> own = ProductTradeNouns.ownCue(figure, context, sentence);
        int limit = own != null && own.start() >= figure.end() ? sentence.end() : figure.start();
        if (own == null || own.value().stream().noneMatch(c -> "trade.exports".equals(c.metric())
                || "trade.imports".equals(c.metric())) || tradeInAnyUnit(context, sentence)) {
            return false; // gas, like goods in general, keeps its trade in any unit (the labels' convention)
        }
        List<Words.Word> words = context.words();
        int at = context.wordStarts().at(own.start());
        if (at >= words.size() || words.get(at).end() != own.end()) {
            return false;
        }
        return goodsGovernedBy(figure, context, sentence, at, limit);
    }

    /** Whether the word at {@code at} is a noun of exports or imports of English, French or Russian. */
    static boolean isTradeNoun(String folded) {
        return isEnglishTradeNoun(folded) || FRENCH_TRADE_NOUNS.contains(folded) || TRADE_NOUNS.contains(folded);
    }

    /** Whether the word is an English noun of exports or imports. */
    static boolean isEnglishTradeNoun(String folded) {
        return ENGLISH_TRADE_NOUNS.contains(folded);
    }

    /**
     * Whether the noun of exports or imports at word {@code at} governs one product (ending before {@code limit}):
     * the English goods after "of", the French after "de", the Russian in the genitive (see
     * {@link #goodsAfterTradeNoun}).
     */
    static boolean goodsGovernedBy(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence, int at,
                                   int limit) {
        List<Words.Word> words = context.words();
        if (ENGLISH_TRADE_NOUNS.contains(words.get(at).folded())) {
            return goodsAfterOf(figure, context, at, limit);
        }
        if (FRENCH_TRADE_NOUNS.contains(words.get(at).folded())) {
            return goodsAfterDe(context, at, limit);
        }
        if (!TRADE_NOUNS.contains(words.get(at).folded()) || kazakhOrUzbekLetters(context.text(), sentence)) {
            return false;
        }
        boolean plural = false;
        for (int i = at + 1; i < words.size() && i <= at + 1 + GOODS_ADJECTIVES; i++) {
            Words.Word word = words.get(i);
            if (word.end() > limit || !Character.isLowerCase(word.raw().charAt(0))
                    || TextWalks.crossesClause(context.text(), words.get(i - 1).end(), word.start())) {
                return false;
            }
            String folded = word.folded();
            if (PHRASE_OPENERS.contains(folded) || Words.startsWithAny(folded, NO_ONE_PRODUCT)
                    || !russianLetters(folded)) {
                return false; // Kazakh and Uzbek put the goods before the noun ("маҳсулот импорт қилди")
            }
            if (Words.endsWithAny(folded, GENITIVE_ADJECTIVE_ENDINGS)) {
                plural = Words.endsWithAny(folded, PLURAL_ADJECTIVE_ENDINGS);
                continue;
            }
            // "поставок растительных масел": after an adjective in the genitive plural the noun agrees with it,
            // and many such plurals have no ending ("масел", "яблок", "удобрений")
            return (Words.endsWithAny(folded, GENITIVE_NOUN_ENDINGS)
                    || plural && Words.endsWithAny(folded, ZERO_PLURAL_ENDINGS))
                    && !Words.endsWithAny(folded, VERB_ENDINGS);
        }
        return false;
    }

    /** Letters of the Kazakh and Uzbek Cyrillic alphabets that Russian lacks. */
    private static final String KAZAKH_UZBEK_LETTERS = "ўқғҳәөүұіңһЎҚҒҲӘӨҮҰІҢҺ";

    /**
     * Whether the sentence is Kazakh or Uzbek, by the letters Russian lacks: those languages put the goods before the
     * noun of trade, so the word after it is no product in the genitive, whatever its ending ("импорт эса 2 фоизга
     * камайди": the particle "эса", "while", ends like a Russian genitive). Decision 57 of round 38: a change of one
     * country's imports or exports whose sentence names no goods stays `trade.*`.
     */
    private static boolean kazakhOrUzbekLetters(String text, Sentences.Sentence sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (KAZAKH_UZBEK_LETTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is written in the Russian alphabet alone: the genitive endings are Russian grammar. */
    private static boolean russianLetters(String folded) {
        return folded.chars().allMatch(c -> c >= 'а' && c <= 'я' || c == 'ё');
    }

    /** French nouns of exports, imports and deliveries, which take the goods after "de": "exportations de coton". */
    private static final Set<String> FRENCH_TRADE_NOUNS = Set.copyOf(Words.foldAll("exportation", "exportations",
            "importation", "importations", "livraisons"));
    /**
     * Words right after the French "de" that name no one product: goods in general, the trade's parties, the
     * articles and determiners that open a party ("exportations de la Russie", "des pays"), and the words that open
     * the figure or its measure ("exportations de plus de 3 milliards", "d'un montant de").
     */
    private static final Set<String> FRENCH_NO_ONE_PRODUCT = Set.copyOf(Words.foldAll("marchandises", "biens",
            "produits", "produit", "services", "fret", "pays", "etats", "la", "le", "les", "l", "un", "une", "ce", "cette",
            "ces", "ses", "son", "sa", "leurs", "leur", "nos", "notre", "plus", "moins", "pres", "environ", "quelque",
            "quelques", "montant", "valeur", "ordre", "total", "volume"));

    /**
     * Whether the French noun of trade at word {@code at} is followed by "de" (or "d'") and a lower-case noun other
     * than goods in general or a party ("les exportations de textile", "les importations de céréales"): after "de",
     * French names what is traded, as English does after "of"; a capital ("de Chine") or an article ("de la
     * Russie") names where the goods come from instead.
     */
    private static boolean goodsAfterDe(FigureContext context, int at, int limit) {
        List<Words.Word> words = context.words();
        if (at + 2 >= words.size()) {
            return false;
        }
        String of = words.get(at + 1).folded();
        if (!"de".equals(of) && !"d".equals(of)) {
            return false;
        }
        Words.Word goods = words.get(at + 2);
        if (goods.end() > limit || !Character.isLowerCase(goods.raw().charAt(0))
                || TextWalks.crossesClause(context.text(), words.get(at).end(), goods.start())) {
            return false;
        }
        if (FRENCH_GOODS_HEADS.contains(goods.folded())) {
            return narrowedAfter(context, at + 3, limit);
        }
        return goods.folded().chars().allMatch(Character::isLetter) && !FRENCH_NO_ONE_PRODUCT.contains(goods.folded());
    }

    /** French words of goods in general, which an adjective after them narrows to one group ("produits finis"). */
    private static final Set<String> FRENCH_GOODS_HEADS = Set.copyOf(Words.foldAll("produits", "produit", "biens",
            "marchandises"));
    /** Words after French goods in general that open a phrase rather than narrow them. */
    private static final Set<String> FRENCH_PHRASE_WORDS = Set.copyOf(Words.foldAll("de", "d", "du", "des", "la",
            "le", "les", "l", "vers", "en", "a", "au", "aux", "et", "ou", "pour", "par", "sur", "dans", "avec", "entre",
            "depuis", "qui", "que", "ont", "a", "sont", "est", "ont", "ete", "se", "s"));

    /**
     * Whether the word at {@code at}, right after goods in general, is a lower-case adjective that narrows them to
     * one group ("exportations de produits finis vers l'Asie", "de produits agricoles"), not a country's
     * adjective ("produits kazakhs": the country's goods in general) nor a word that opens another phrase.
     */
    private static boolean narrowedAfter(FigureContext context, int at, int limit) {
        List<Words.Word> words = context.words();
        if (at >= words.size()) {
            return false;
        }
        Words.Word word = words.get(at);
        return word.end() <= limit && Character.isLowerCase(word.raw().charAt(0))
                && word.folded().chars().allMatch(Character::isLetter) && word.folded().length() > 3
                && !FRENCH_PHRASE_WORDS.contains(word.folded())
                && !TextWalks.crossesClause(context.text(), words.get(at - 1).end(), word.start())
                && context.mentionsIn(word.start(), word.end()).isEmpty();
    }

    /**
     * Whether a word that {@code wordsOrStems} answers yes for (see {@link #wordsOrStems}) stands within {@code before}
     * characters before the figure or {@code after} characters after it, in its sentence, with no clause break between.
     */
    private static boolean wordInClause(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence,
                                        WordStems wordsOrStems, int before, int after) {
        String text = context.text();
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(Math.max(sentence.start(), figure.start() - before)); i < words.size();
             i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end() || word.start() > figure.end() + after) {
                break;
            }
            if (!wordsOrStems.startsAny(word)) {
                continue;
            }
            if (word.end() <= figure.start() ? !TextWalks.crossesClause(text, word.end(), figure.start())
                    : word.start() >= figure.end() && !TextWalks.crossesClause(text, figure.end(), word.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a group with no code as the other side of trade (see {@link #GROUP_AS_PARTNER}). */
    static boolean namesAGroupAsPartner(FigureContext context, Sentences.Sentence sentence) {
        return context.sentenceFinds(GROUP_GATE, sentence);
    }

    /** Whether the sentence names a plant or making (see {@link #PLANT_WORDS}). */
    private static boolean namesAPlant(FigureContext context, Sentences.Sentence sentence) {
        return names(context, sentence, PLANT);
    }

    /**
     * Whether a word of the sentence is one of a list's words or starts with one of its stems ({@link #wordsOrStems});
     * for a sentence of the text, decided once for all its figures.
     */
    static boolean names(FigureContext context, Sentences.Sentence sentence, WordStems words) {
        if (sentence == null) {
            return false;
        }
        int index = FigureContext.sentenceOf(context, sentence.start());
        if (!context.sentences().get(index).equals(sentence)) {
            return readNames(context, sentence, words);
        }
        byte[] known = context.facts().named.computeIfAbsent(words, w -> new byte[context.sentences().size()]);
        if (known[index] == FigureContext.SentenceFacts.UNKNOWN) {
            known[index] = readNames(context, sentence, words)
                    ? FigureContext.SentenceFacts.YES : FigureContext.SentenceFacts.NO;
        }
        return known[index] == FigureContext.SentenceFacts.YES;
    }

    /**
     * Whether a folded word is one of {@code words} or starts with one of {@code stems}, answered once per word number
     * ({@link WordStems}): the sentence readers above ask it of every word of a sentence or a clause.
     */
    static WordStems wordsOrStems(Set<String> words, List<String> stems) {
        Stems grouped = Stems.copyOf(stems); // a word with digits is asked afresh each time: only its first char's stems
        WordSet set = WordSet.copyOf(words); // and only if a word starts with its first char, its hash (see WordSet)
        return WordStems.asking(folded -> set.contains(folded) || Words.startsWithAny(folded, grouped));
    }

    private static boolean readNames(FigureContext context, Sentences.Sentence sentence, WordStems words) {
        List<Words.Word> all = context.words();
        for (int i = context.wordStarts().at(sentence.start()); i < all.size(); i++) {
            Words.Word word = all.get(i);
            if (word.start() >= sentence.end()) {
                break;
            }
            if (word.start() >= sentence.start() && words.startsAny(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "8 000 entreprises", "8,8 milliards d’exportations", "60 крупных совместных проектов": the noun phrase the
     * number counts names the metric. A count of something no metric counts ("2,500 troops", "20 accords",
     * "193 страны") is no figure of the vocabulary, whatever cue stands nearby; a generic counter ("100
     * people", "106 видов") leaves the metric to the context.
     */
    private String countedNounMetric(SurfaceFigure figure, String unitClass, FigureContext context) {
        if (figure.noun() == null) {
            return null;
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.numberEnd());
        if (OCCURRENCES.contains(figure.noun())) {
            return visitedBefore(words, context.wordStarts().at(figure.start()))
                    ? "visits.count" : FigureAnnotator.OTHER;
        }
        for (int i = first; i < words.size() && words.get(i).start() < figure.end(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= figure.numberEnd() && word.end() <= figure.end()
                    && word.folded().equals(figure.noun())) {
                return phraseMetric(words, i, unitClass, context.text(), "count".equals(figure.unit()));
            }
        }
        return null;
    }

    /**
     * Whether a verb of visiting stands among the three words before word {@code number}: "visited Kazakhstan four
     * times", "s'est rendu deux fois", "дважды посетил" aside. Decision 62: a count of official trips is
     * {@code visits.count}; how often meetings or drills took place ("ont eu lieu quatre fois") stays {@code other}.
     */
    private static boolean visitedBefore(List<Words.Word> words, int number) {
        for (int i = Math.max(0, number - 3); i < number && i < words.size(); i++) {
            if (Words.startsWithAny(words.get(i).folded(), VISIT_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** The metric the noun phrase starting at word {@code first} names; see {@link #countedNounMetric}. */
    private String phraseMetric(List<Words.Word> words, int first, String unitClass, String text, boolean count) {
        boolean generic = false;
        for (int i = first; i < words.size() && i < first + FigureAnnotator.COUNTED_PHRASE_WORDS; i++) {
            Words.Word word = words.get(i);
            if (i > first && (!joinedInPhrase(text, words.get(i - 1).end(), word.start())
                    || Noun.isFunctionWord(word.folded()))) {
                break;
            }
            for (CueLexicon.MetricCue cue : cues.metricAt(words, i)) {
                if (cue.fits(unitClass)) {
                    // "400 joint Kazakh-Uzbek companies", "170 совместных кыргызско-китайских предприятий": joint
                    // companies are joint ventures, whatever names the partners between the two words.
                    return FigureAnnotator.COMPANIES.equals(cue.metric()) && TextWalks.jointBefore(words, first, i)
                            ? "jointventures.count" : cue.metric();
                }
            }
            generic |= GENERIC_COUNTERS.contains(word.folded());
            if (i == first && !count) {
                return null; // an amount's noun ("8,8 milliards d’exportations") is one word
            }
        }
        return count && !generic ? FigureAnnotator.OTHER : null;
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

    private static boolean hasFittingCue(FigureContext context, Sentences.Sentence sentence, String unitClass) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasMetricCue(FigureContext context, Sentences.Sentence sentence) {
        return !FigureContext.metricsIn(context, sentence).isEmpty();
    }

    /** Whether a sentence is the lead of the body: its first paragraph, first or second sentence. */
    private static boolean leads(Sentences.Sentence sentence, FigureContext context) {
        return sentence.paragraph() == context.sentences().get(0).paragraph()
                && FigureContext.sentenceOf(context, sentence.start()) <= LEAD_SENTENCES - 1;
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
    private static String lastMetric(String unitClass, FigureContext context, Sentences.Sentence sentence) {
        String last = null;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass)) {
                    last = cue.metric();
                    break;
                }
            }
        }
        return last;
    }

    private static String nearestMetric(SurfaceFigure figure, String unitClass, FigureContext context,
                                        Sentences.Sentence sentence) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
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
                // The conjunction of a pair of parties joins two names, not two clauses: "97% of mutual trade between
                // Russia and Kyrgyzstan is settled in national currencies" (as the product rule reads it).
                int from = endOfOwnBrackets(context.text(), figure);
                if (TextWalks.crossesClause(context.text(), from, hit.start(), true)
                        || (TextWalks.joinsNextClause(context.text(), from, hit.start())
                                && TextWalks.joinsNextClause(FigureAnnotator.pairless(context.text(), from, hit.start()),
                                        0, hit.start() - from)
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
     * clauses: the cue stands a few words after the figure and has no figure of its own in its clause. "1 million
     * tons of dry and liquid goods were transshipped", "800 000 tonnes de blé et de farine expédiées", "2 млн тонн
     * нефти и нефтепродуктов перевезено"; but "imports totaled $600.7 mln and exports amounted to $36.1 mln", where the
     * cue names the next figure.
     */
    private static boolean phraseOfTheFigure(int from, CueLexicon.Hit<?> hit, FigureContext context) {
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
    private static boolean namesFigureBefore(CueLexicon.Hit<?> hit, SurfaceFigure figure, FigureContext context) {
        // The cheap test first: most cues follow no figure at all.
        List<SurfaceFigure> surface = context.surface();
        int at = context.surfaceStarts().at(hit.start()) - 1;
        if (at < 0) {
            return false;
        }
        SurfaceFigure earlier = surface.get(at);
        String text = context.text();
        return earlier.end() <= hit.start() && hit.start() - earlier.end() <= FigureAnnotator.CUE_WINDOW_AFTER
                && !TextWalks.crossesClause(text, earlier.end(), hit.start()) && !TextWalks.hasSentenceBreak(text, earlier.end(),
                hit.start())
                && (TextWalks.crossesClause(text, hit.end(), figure.start()) || TextWalks.joinsNextClause(text, hit.end(), figure.start()));
    }

    /**
     * The narrower metric a cue near the figure makes of it ("agri-food trade", "capacity" of a corridor); near
     * means as near as a measure cue ({@code figure} null: anywhere in the sentence).
     */
    private static String refinement(String metric, SurfaceFigure figure, FigureContext context,
                                     Sentences.Sentence sentence) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (figure != null && !FigureContext.nearBefore(hit, figure) && !FigureContext.nearAfter(hit, figure, FigureAnnotator.CUE_WINDOW_AFTER)) {
                continue;
            }
            if (figure != null && hit.start() >= figure.end()
                    && TextWalks.crossesClause(context.text(), endOfOwnBrackets(context.text(), figure), hit.start(), true)) {
                continue; // the clause rule nearestMetric applies to a cue after the figure
            }
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (metric.equals(cue.refines())) {
                    return cue.metric();
                }
            }
        }
        return null;
    }
}
