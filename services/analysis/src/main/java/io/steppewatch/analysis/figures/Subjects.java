package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Chooses a figure's subjects by what its metric is about, not by every country its sentence names:
 * <ul>
 *   <li>bilateral metrics (trade, investment, joint ventures, ...) take two parties: both when the sentence names
 *       two, else the one nearest the figure and a partner from the headline or the article;</li>
 *   <li>corridor metrics (cargo, route length) take the corridor alone, from the sentence or else the article,
 *       and the countries only when no corridor is named anywhere;</li>
 *   <li>national metrics (growth, rankings) take one country.</li>
 * </ul>
 * A country named only as a speaker or a source ("Uzbekistan's president said", "the Ministry of Transport of
 * Kazakhstan reports") is not a party by itself; it fills in only when the sentence names no other. A figure that is
 * one item of a list of parties and figures takes its own party ({@link ListItems}); a figure of no known metric
 * takes what its sentence names. Immutable and stateless.
 */
final class Subjects {

    static final String REGION = "REGION";
    private static final double AFTER_PENALTY = 1.5;
    private static final int SPEAKER_REACH = 2;
    /** How many words before a figure may say what it is about ("China's foreign trade reached"). */
    private static final int LOOK_BEHIND = 12;

    /** Words that make a country next to them a speaker or a source, not a party. */
    private static final Set<String> SPEAKER_WORDS = WordSet.copyOf(List.of(
            "president", "presidents", "minister", "ministers", "ministry", "deputy", "governor", "ambassador",
            "spokesman", "spokesperson", "spokeswoman", "envoy", "agency", "bureau", "premier", "presidency", "leader",
            "chairman",
            "ministre", "ministere", "ambassadeur", "porte", "parole", "gouverneur", "agence", "presidence", "dirigeant",
            "президент", "президента", "президентом", "министр", "министра", "министерство", "министерства",
            "министерством", "посол", "посла", "губернатор", "глава", "главы", "ведомство", "ведомства", "бюро",
            "агентство", "агентства", "пресс", "премьер", "председатель", "председателя", "лидер", "лидера"));

    private Subjects() {
    }

    /** What a metric's subjects are, by its definition. */
    enum Kind {
        BILATERAL, CORRIDOR, NATIONAL, UNKNOWN;

        static Kind of(String metric) {
            if (metric.startsWith("cargo.") || metric.equals("route.length")) {
                return CORRIDOR;
            }
            if (metric.startsWith("gdp.") || metric.startsWith("egov.")) {
                return NATIONAL;
            }
            if (metric.startsWith("trade.") || metric.startsWith("investment.") || metric.startsWith("joint")
                    || metric.startsWith("companies.") || metric.startsWith("jobs.") || metric.startsWith("exportban.")
                    || metric.startsWith("border.") || metric.startsWith("settlements.")
                    || metric.startsWith("students.") || metric.startsWith("scholarships.")
                    || metric.startsWith("visits.")) {
                return BILATERAL;
            }
            return UNKNOWN;
        }
    }

    /**
     * The subjects of a figure at {@code [start, end)} of metric {@code metric}.
     *
     * @param sentence  the mentions of its sentence, in text order
     * @param paragraph the mentions of its paragraph
     * @param article   the parties and corridors of the whole article
     * @param figures   the figures of its sentence (this one included), in text order
     * @param product   whether the figure is one product's trade ("exports of textile reached $1 billion"), which
     *                  {@code metric} still names the trade of
     */
    static List<String> of(String metric, int start, int end, String text, List<Words.Word> words,
                           List<Mention> sentence, List<Mention> paragraph, ArticleFrame article,
                           List<SurfaceFigure> figures, boolean product) {
        return of(metric, start, end, text, words, sentence, paragraph, article, figures, product, false);
    }

    /**
     * As above; {@code otherFigure} says the figure's own metric is {@code other} while {@code metric} is the one
     * its sentence lends for the parties (decision 6 of round 29 reads such a figure by what it counts).
     */
    static List<String> of(String metric, int start, int end, String text, List<Words.Word> words,
                           List<Mention> sentence, List<Mention> paragraph, ArticleFrame article,
                           List<SurfaceFigure> figures, boolean product, boolean otherFigure) {
        return of(metric, start, end, text, words, sentence, paragraph, List.of(), article, figures, product,
                otherFigure);
    }

    /**
     * As above; {@code sentencesBefore} holds the mentions of the two sentences before the figure's, across a paragraph break
     * (a list of partners whose owner the text names just before it: {@link ListItems}).
     */
    static List<String> of(String metric, int start, int end, String text, List<Words.Word> words,
                           List<Mention> sentence, List<Mention> paragraph, List<Mention> sentencesBefore,
                           ArticleFrame article, List<SurfaceFigure> figures, boolean product, boolean otherFigure) {
        List<String> title = article.title();
        List<String> ranked = article.ranked();
        Kind kind = Kind.of(metric);
        // "a highway from a coastal town to the Turkmen border, 120 km", "tighter checks at the Kazakh
        // border", "près de la frontière kazakhe", "the Serhetabat (Turkmenistan border) – Herat route": a country
        // named only as the border a road reaches or a place stands near is where, not whose, when the sentence names
        // another party (the standard: the place of an event is no party; round 40)
        if (kind == Kind.CORRIDOR || kind == Kind.UNKNOWN) {
            sentence = withoutBorderPlaces(sentence, words, text);
        }
        // "1,200 thousand tons to Uzbekistan, 300 thousand tons to Tajikistan" after "Kazakhstan exported": each
        // shipment is the exporter's to the buyer written next to it (gold-g, gold-j, gold-n: product flows by
        // destination take the exporter and the buyer)
        // (a trade figure too: "exports to Uzbekistan amounted to $2 billion" keep trade.exports with both, gold-j)
        // (and "298,000 tons were shipped to Tajikistan", which reads as freight until the product is known; not
        // freight on a corridor the sentence names)
        // "Turkmenistan is third place – 230,000 tons", "На втором месте стоит Россия": a country placed below
        // the first in a ranking of partners takes the ranking's owner with it (dev: gold-a, gold-g, gold-m)
        // "China also imported 380 million cubic meters of gas from Kazakhstan", "are imported from Turkmenistan to
        // Iran": gas or oil in cubic metres or tonnes that a sentence states with a word of import is the importer's
        // imports from the supplier, importer first (settled 2026-12-03: X imported gas from Y is [X, Y])
        if (metric.equals("trade.imports")) {
            List<String> imported = importParties(start, text, words, sentence, figures);
            if (imported != null) {
                return imported;
            }
        }
        if (kind == Kind.UNKNOWN || kind == Kind.BILATERAL) {
            List<String> placed = LowerPlaces.subjects(start, text, words, sentence, paragraph, article);
            if (placed != null) {
                return placed;
            }
        }
        if (kind == Kind.UNKNOWN || metric.equals("trade.exports") || metric.equals("trade.imports")
                || kind == Kind.CORRIDOR && firstCorridor(sentence) == null) {
            List<String> shipment = ProductFlows.toBuyer(article.exporter(), start, end, text, words, sentence,
                    figures);
            if (shipment != null) {
                return shipment;
            }
        }
        if (kind != Kind.CORRIDOR || metric.startsWith("cargo.") && firstCorridor(sentence) == null
                && namesDestination(sentence, words, text)) {
            // (an owner from the sentences before only for a figure of the metric itself: a product's tonnes that
            // lend a trade word keep their list's owner from the sentence or the headline)
            List<String> item = ListItems.subjects(kind, start, text, words, sentence,
                    otherFigure ? List.of() : sentencesBefore, figures, article);
            if (item != null) {
                return item;
            }
        } else if (metric.startsWith("cargo.") && firstCorridor(sentence) == null) {
            // "up 12% for shipments to Europe and 8% for Iran": freight given figure first, each
            // figure with the party it goes to, is the shipper's freight to that party (decision 6: a list item takes
            // its own party and the whole's)
            List<String> item = ListItems.subjects(kind, start, text, words, sentence,
                    otherFigure ? List.of() : sentencesBefore, figures, article, true);
            if (item != null) {
                return item;
            }
        }
        // "Remittances to Uzbekistan reached $15 billion; $11 billion came from Russia": money migrants send home is
        // the receiving country's, with the sending one the sentence names (gold-ze decided, README "Settled")
        SurfaceFigure sent = kind == Kind.UNKNOWN ? figureAt(start, figures) : null;
        List<String> remitted = sent != null ? Remittances.subjects(sent, words, text, sentence, paragraph,
                article) : null;
        if (remitted != null) {
            return remitted;
        }
        List<Mention> sentenceMentions = sentence; // all of them: drillParties reads how each country is named
        sentence = ownMentions(sentence, end, text, figures);
        sentence = withoutOneCountryRegion(sentence, words);
        sentence = withoutExamples(sentence, words, text);
        // "la part du fret Chine-Europe qui transite par le Kazakhstan a atteint 70 %", after a sentence on the
        // traffic of two countries: traffic between China and Europe that crosses a country in the
        // figure's own clause keeps its two ends, whatever pair of countries another clause names (settled
        // 2026-12-03: the share of China–Europe freight through Kazakhstan is [CN, EU])
        if ((kind == Kind.CORRIDOR || kind == Kind.UNKNOWN) && namesChina(sentence)
                && crossedInClause(start, end, words, sentence, text)
                && chinaEuropeThrough(start, words, sentence, text)) {
            return CHINA_EUROPE;
        }
        // "with links between the two countries open again, transit rose 30%", "90
        // entrepreneurs des deux pays": a freight or other figure its sentence gives to a pair of countries is that
        // pair's, whatever else the article names (trade keeps its own partner rules below)
        List<String> twoCountries = pairOfTwoCountries(kind, start, text, words, sentence, paragraph, sentencesBefore,
                article);
        if (twoCountries != null) {
            return twoCountries;
        }
        // A capacity is often a port's or a terminal's: the corridor only when the sentence names it.
        boolean capacity = metric.equals("cargo.capacity");
        // "traverse Uzbekistan (205 km), Tajikistan (391 km)": a length in brackets right after a country is the
        // length of the route's section in that country
        if (metric.equals("route.length")) {
            String country = countryBeforeBracket(start, sentence, text);
            if (country != null) {
                return List.of(country);
            }
            // "the 600 km line runs 100 km in Kazakhstan, 450 km in Turkmenistan and
            // 50 km in Iran": a length the sentence then splits into the parts of several countries, each in
            // brackets, is the whole route's, so of every country named after it (LABEL-FIXES round 27: a route
            // with no corridor code runs through all its countries, ends included, as the text gives them)
            List<String> parts = countriesOfParts(end, sentenceMentions, text);
            if (parts != null) {
                return parts;
            }
        }
        // "the Kyrgyz section will cost $4.7 billion", "la section kirghize", "казахстанский участок": a section of
        // a route lying in one country is that country's
        if (kind != Kind.NATIONAL) {
            String section = sectionOf(sentence, words, start, text);
            // "The Kyrgyz part is 280 km long. Some 10,000 people will work on it": a
            // sentence naming no party goes on about the section its paragraph named (a trade relation does not)
            if (section == null && !metric.startsWith("trade.") && namesNoParty(sentence)) {
                section = sectionOf(earlierInParagraph(paragraph, start, text), words, -1, text);
            }
            if (section != null) {
                return List.of(section);
            }
        }
        // "70 kilometres on Iran's territory", "30 tunnels sur le seul territoire kirghiz": what lies
        // on one country's territory is that country's (a section of a route, works on it)
        if (kind == Kind.UNKNOWN || metric.equals("route.length")) {
            String territory = territoryAfter(end, words, sentence, text, metric.equals("route.length"));
            // "sur le territoire kirghize, la ligne fera 280 km", "On Kyrgyz territory
            // the track is 280 km": a territory the sentence opens with, which names no other country
            if (territory == null) {
                territory = territoryOpening(start, words, sentence, text);
            }
            if (territory != null) {
                return List.of(territory);
            }
        }
        if (kind == Kind.CORRIDOR) {
            String corridor = firstCorridor(sentence);
            // "via Kazakhstan, Russia and Belarus, China – Europe trains moved 50,000 TEU":
            // traffic between China and Europe keeps its two ends, whatever country it crosses or corridor the article
            // is about (gold-t decided: China–Europe traffic through Kazakhstan is [CN, EU])
            if (corridor == null && chinaEuropeThrough(start, words, sentence, text)) {
                return CHINA_EUROPE;
            }
            // "the China-Europe-China route accounted for 27,600 TEU": freight counted on that route named by its
            // ends keeps them, in an article about a corridor too (decisions 39 and 45); the same traffic the
            // sentence puts on the corridor is the corridor's (decision 39)
            List<String> chinaEurope = corridor == null && FREIGHT_METRICS.contains(metric)
                    ? ChinaEuropeRoutes.countedOn(start, end, words, sentenceMentions, text) : null;
            if (chinaEurope != null) {
                return chinaEurope;
            }
            // "of which 88,000 TEU in the Aktau-Alyat direction": freight on a line between two towns of two countries
            // is the two countries', whatever corridor it is part of (decision 39 of round 36)
            List<String> townPair = metric.startsWith("cargo.") ? TownPairLines.of(start, end,
                    sentenceStartOffset(text, start), text, words, sentenceMentions) : null;
            if (townPair != null) {
                return townPair;
            }
            // a port's oil handling that grew "due to" crude being sent on to the Baku-Tbilisi-Ceyhan route
            // through that port, "из-за", "en raison de": when every place of the
            // sentence comes in the cause given after the figure, the route named there explains the change and the
            // port the sentence names handled the figure (team a: a port or terminal takes its country)
            // (the towns of "Baku-Tbilisi-Ceyhan" are the route's ends, not the port's name)
            List<String> portOfCause = corridor == null && placesOnlyInCause(end, words, sentence)
                    ? portTowns(start, words, withoutDashedPlaces(sentence, text), text) : null;
            if (portOfCause != null) {
                return portOfCause;
            }
            // two oil firms agreeing on a tonnage a year from a named field sent toward the Baku-Tbilisi-Ceyhan
            // line, or a sentence on how much Kashagan oil the route lets pass under
            // a headline on the BTC: Kazakh oil on the BTC is the shipper's and the line's (decision 4 of round 28)
            if (corridor == null && (metric.equals("cargo.volume") || metric.equals("cargo.capacity"))) {
                int at = indexAt(words, start);
                int from = sentenceStart(words, at, text);
                List<String> btc = KazakhOilOnBtc.of(metric, from, sentenceEnd(words, at, text),
                        from > 0 ? sentenceStart(words, from - 1, text) : from, words, sentence, article.route());
                if (btc != null) {
                    return btc;
                }
            }
            // "дорога Казахстан – Туркменистан – Иран как часть коридора Север – Юг": a
            // line named by three countries or more, written before the corridor it is a link of, is what carries
            // the freight; the corridor named after it only places it
            List<String> chain = corridor == null ? null : chainBeforeCorridor(sentence, text);
            // "the Middle Corridor's transit countries ... the Baku–Tbilisi–Kars railway, now with a capacity of 5
            // million tons": a capacity whose sentence names a line by the places of several countries after the
            // corridor, nearer the figure, is that line's (the standard: a capacity of a corridor, line or port; a
            // route with no corridor name takes the countries it links)
            if (chain == null && corridor != null && capacity) {
                chain = lineAfterCorridor(start, sentence, text);
            }
            if (chain != null) {
                return withWayEnds(withShipper(chain, sentence, words), metric, sentence, words, text);
            }
            // "the Trans-Afghan railway", "shipped via the CPC": a railway or pipeline known by its name links the
            // countries it is known to link.
            List<String> named = corridor == null ? namedRoute(words, start, text) : null;
            // "Turkmenistan sends gas to China through three pipelines with a capacity of 55 bcm": the Central
            // Asia–China gas pipeline named by its ends or its lines (decision 50 of round 37)
            if (named == null && corridor == null) {
                int at = indexAt(words, start);
                named = ChinaGasLine.carrying(metric, sentence, words, sentenceStart(words, at, text),
                        sentenceEnd(words, at, text), article.route());
            }
            if (named != null) {
                return withWayEnds(withShipper(named, sentence, words), metric, sentence, words, text);
            }
            // "the line «Дарбаза – Мактаарал», соединяющей Казахстан с Узбекистаном": a line the sentence says connects
            // two countries links them, wherever its named ends lie (gold-g)
            // (a line of the route the article is about keeps all that route's countries: "the railway will link China
            // with Uzbekistan" under "China–Kyrgyzstan–Uzbekistan railway" runs through Kyrgyzstan)
            // "a 600km line between two Afghan towns that is to link Uzbekistan with Iran": a line
            // between two towns of one country lies in that country, whatever it will connect (gold-d: a railway
            // section lying in one country is that country's; gold-i: so is a road section), unless that country is
            // one of the two it connects (Darbaza and Maktaaral, both Kazakh, "connecting Kazakhstan with Uzbekistan")
            String inside = corridor == null && metric.equals("route.length") ? lineBetweenTowns(sentence, words, text)
                    : null;
            List<String> linked = corridor == null ? linkedCountries(sentence, words) : null;
            if (linked != null && !article.route().containsAll(linked) && (inside == null || linked.contains(inside))) {
                return linked;
            }
            // "the Baku-Tbilisi-Kars line", "the China–Kyrgyzstan–Uzbekistan railway": a route named by its places
            // links their countries, whatever corridor the article is about.
            List<String> route = corridor == null ? routeNamedByPlaces(sentence, text) : null;
            if (route != null) {
                return withWayEnds(withShipper(route, sentence, words), metric, sentence, words, text);
            }
            if (inside != null) {
                return List.of(inside);
            }
            // "the 700 km line is to open a way to Pakistani ports" in an article about the
            // Trans-Afghan railway: a length that a line word follows is the length of the line the article is about
            if (corridor == null && metric.equals("route.length") && !article.route().isEmpty()
                    && article.corridors().isEmpty() && lineWordAfter(end, words, text)) {
                return article.route();
            }

            // "oil handled at the port of Aktau", "Құрық портының терминалы": a port's traffic is its country's,
            // whatever corridor the article is about (a corridor named in the sentence itself still wins)
            // (not a length from a place of another country: "1,511 km from Kazakhstan's Tengiz to the port of
            // Novorossiysk" is the route's, which has two ends)
            // "600,000 tons ... at the Sarakhs railway border", "через пограничный терминал Серахс": freight through a
            // border crossing named by its town is the two countries' it joins, the town's and the headline's other
            // party (gold-j: freight through a rail border crossing between two countries is cargo.volume of both)
            // freight counted through a station, port or terminal at a crossing the gazetteer knows by its town
            // (Sarakhs, Hairatan, Torghundi) is both sides' (LABEL-FIXES 2026-12-03), headline or not
            List<String> crossingSides = corridor == null
                    && (metric.equals("cargo.volume") || metric.equals("cargo.containers"))
                    ? CrossingTowns.sides(sentence, words) : null;
            if (crossingSides != null) {
                return crossingSides;
            }
            List<String> crossing = corridor == null ? borderCrossing(sentence, words, title) : null;
            if (crossing != null) {
                return crossing;
            }
            List<String> port = corridor == null
                    ? portCountries(start, words, sentence, paragraph, title, article.titlePort(), text) : null;
            if (port != null && metric.equals("route.length") && !port.containsAll(countriesOf(sentence))) {
                port = null;
            }
            if (port != null) {
                return withWayEnds(port, metric, sentence, words, text);
            }
            // "the corridor's capacity": a capacity of the corridor the article is about
            boolean namesCorridor = !capacity || saysCorridor(words, start, sentence, text);
            // "le transit par le Kazakhstan passera de 20 à 30 millions de tonnes":
            // transit through the one country a sentence names is that country's, whatever corridor the paragraph or
            // the article is about (gold-h: a country's road transit in tonnes is cargo.volume of that country)
            String crossed = corridor == null && !capacity ? onlyCountryCrossed(sentence, words) : null;
            if (crossed != null && saysTransit(words, start, text, false)) {
                return List.of(crossed);
            }
            // "on the whole KTZ network freight reached 300 million tons. Export
            // freight grew 6%", "ҚТЖ желісі арқылы 300 млн тонна": a national railway's freight on
            // its whole network is its country's, whatever relation the headline names (gold-h)
            String network = corridor == null && !capacity ? networkCountry(sentence, paragraph, words, start, text)
                    : null;
            if (network != null) {
                return List.of(network);
            }
            // "Azerbaijan's Caspian shipping line carried about a million tons", "по морю Казахстан перевёз 4 млн
            // тонн" in an article about the Middle Corridor: a sentence that
            // names no corridor and one country, as neither a source, an end nor a country crossed, speaks of that
            // country's own freight or lines, not the corridor the paragraph or the article is about (gold-c to
            // gold-k; a route with no corridor name takes its countries, a national figure its one country)
            String own = corridor == null ? ownCountry(sentence, words, start, text) : null;
            // Kazakh "Қазақстан мен Қытай арасындағы тасымал" with a tonnage reached, "freight by rail with China passes 30
            // million tons": under a headline on the flow between that country and one partner, its freight is the
            // count between the two (LABEL-FIXES 2026-12-04, freight on a national railway)
            List<String> pair = own != null && metric.startsWith("cargo.") ? headlineFlowPair(own, article) : null;
            if (pair != null) {
                return pair;
            }
            if (own != null) {
                return List.of(own);
            }
            // "last year transit between Azerbaijan and Kazakhstan rose 15 per cent" in an article on
            // the Middle Corridor: freight whose sentence names no corridor, no corridor word and two countries or
            // more as its parties goes between those countries, not along the corridor the paragraph or the article
            // is about (the standard: a route with no corridor name takes the countries it links)
            boolean namesEnds = corridor == null && endsBetween(sentence, words) >= 2
                    && !corridorWordInSentence(words, start, text);
            // "Over five months the port handled 15,800 TEU. Of these, 14,300 TEU went along the TITR": a corridor
            // the paragraph names only after the figure's sentence counts a part of it, not the whole; the whole
            // is the port's or the headline's (LABEL-FIXES 2026-12-03: the corridor only for freight counted along it)
            if (corridor == null && namesCorridor && !namesEnds) {
                corridor = firstCorridor(earlierInParagraph(paragraph, start, text));
            }
            // "The port of Aktau handled 3 million tons. Of these, 2 million tons
            // were oil": a sentence naming no place goes on about the port the sentence before named by its
            // town, not the route the article speaks of (team a: a port or terminal takes its country)
            // (not a length: "The pipeline runs to the port of Novorossiysk. Its length is 1,511 km" is the route's)
            if (corridor == null && !metric.equals("route.length")
                    && namesNoPlace(sentence)) {
                List<String> portBefore = portOfSentenceBefore(start, words, paragraph, text);
                if (portBefore != null) {
                    return portBefore;
                }
                // "ships brought 5,000 containers over the year" under a headline on ferries sailing to the port of
                // a named town: freight in a sentence naming no place is that port's, not the headline's pair of
                // countries (LABEL-FIXES 2026-12-03: freight at a port, terminal or station takes its place's country)
                if (metric.startsWith("cargo.") && !article.titlePort().isEmpty()) {
                    return article.titlePort();
                }
            }
            // "Its length will be 647 km" in an article about the Trans-Afghan railway: that railway's countries
            // (a corridor the article names wins: the Baku–Tbilisi–Kars line is one leg of the Middle Corridor)
            if (corridor == null && !article.route().isEmpty() && article.corridors().isEmpty()
                    && namesNoPlace(sentence)) {
                return article.route();
            }
            // ("the line" under "Dostyk-Moyynty double track completed in Kazakhstan" is that line, not the corridor
            // the body mentions it feeds)
            boolean headlineLine = article.titleLine() && title.size() == 1;
            if (corridor == null && namesCorridor && !namesEnds && !article.corridors().isEmpty() && !headlineLine) {
                // a headline "transshipment at Aktau Port up 20%" ... then "transshipment came
                // to 2 million tons": a sentence naming no place and no corridor or route counts the
                // freight of the one country its headline names (its port, its company), not of the corridor the
                // article mentions: only freight counted along a corridor is the corridor's
                if (title.size() == 1 && isCountryCode(title.get(0)) && namesNoParty(sentence)
                        && !corridorWordInSentence(words, start, text)) {
                    return List.copyOf(title);
                }
                corridor = article.corridors().get(0);
            }
            if (corridor != null) {
                return List.of(corridor);
            }
        }
        boolean corridorKind = kind == Kind.CORRIDOR;
        List<Mention> parties = new ArrayList<>();
        List<Mention> speakers = new ArrayList<>();
        Set<String> yardsticks = new TreeSet<>();
        Set<String> across = new TreeSet<>();
        Mention yardstick = null;
        for (Mention m : sentence) {
            if (REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR) {
                continue;
            }
            boolean weak = m.kind() == PlaceKind.CITY || m.kind() == PlaceKind.LEADER
                    || m.kind() == PlaceKind.INSTITUTION;
            // ("devant la Russie et la Chine": a country joined to a yardstick by "and" is one too)
            if (isRankingReference(m, words) || yardstick != null
                    && COORDINATION.matcher(text.substring(yardstick.end(), m.start())).matches()) {
                yardsticks.add(m.code());
                yardstick = m;
                continue; // the yardstick of a ranking is neither a party nor a speaker
            }
            yardstick = null;
            if (kind == Kind.UNKNOWN && isAcrossBorder(m, words)
                    && !(seizureNear(start, words) && namesAnotherCountry(m, sentence))) {
                across.add(m.code());
                continue; // "houses burnt on the border with Tajikistan": where it happened, not whose houses
            }
            // ("Tajik border guards seized 50 kg of heroin on the border with Afghanistan" is a seizure on that border
            // by one side of it, which takes both sides, as the labels of gold-d to gold-i have it for the
            // Tajik-Afghan border)
            if (namesOrigin(m, words)) {
                continue; // "35 kg of Afghan heroin seized in Bishkek": where the drug came from, not who seized it
            }
            // "sanctioned for its role in Russia's war against Ukraine", "après l'invasion de l'Ukraine": the country a
            // war is waged on is the background of a sanction or a trade figure, not its party (gold-c, gold-d, gold-k:
            // counts of sanctioned parties take the sanctioning state and the target)
            if (namesWarTarget(m, words)) {
                continue;
            }
            // ("on the Kyrgyz-Tajik border", "на таджикско-афганской границе" name the border of both: both stay, as
            // the sets labelled apart from the rules have it)
            (weak || isSpeaker(m, words) ? speakers : parties).add(m);
        }
        Set<String> partyCodes = codes(parties);
        Set<String> speakerCodes = codes(speakers);
        if (corridorKind) {
            // No corridor named: a port's or a terminal's capacity is its country's; a route's figures belong to
            // the countries it links, which the headline names when the article is about that route.
            // "the proposed railway would be 573 km long and cost $6 billion" under a headline on the Trans-Afghan
            // railway: the length of the line whose building the sentence speaks of (as in the default branch)
            if (metric.equals("route.length") && buildsArticleLine(countriesOf(sentence), article, words, start, text)) {
                return article.route();
            }
            if (capacity) {
                Set<String> named = new LinkedHashSet<>(partyCodes);
                if (named.isEmpty()) {
                    named.addAll(speakerCodes);
                }
                if (named.isEmpty()) {
                    // "the port's capacity": the port the paragraph named last, else the headline's places (a port's
                    // country, a pipeline's ends)
                    Mention port = lastBefore(paragraph, start, true);
                    if (port != null) {
                        return List.of(port.code());
                    }
                    if (!title.isEmpty()) {
                        return sorted(new LinkedHashSet<>(title));
                    }
                    Mention last = lastBefore(paragraph, start, false);
                    if (last != null) {
                        return List.of(last.code());
                    }
                }
                return named.isEmpty() ? firstOne(ranked) : sorted(named);
            }
            // "from China to Russia through Kazakhstan": the ends of the route, not the country it crosses.
            Set<String> ends = new LinkedHashSet<>();
            // ("Kazakh oil to Germany via Russia's Druzhba pipeline": the country that owns the line crossed is part of
            // the shipment's way, not only a country crossed; LABEL-FIXES round 28, decision 4)
            for (Mention m : parties) {
                if (!isTransit(m, words) || metric.startsWith("cargo.") && ownsLineAfter(m, words)) {
                    ends.add(m.code());
                }
            }
            if (ends.size() == 2 && ends.size() < partyCodes.size()) {
                // "через Казахстан из Китая в Россию планируют везти 20 млн тонн", "from Kazakhstan to Turkiye through
                // Iran": freight carried takes its way too, the countries crossed between its two ends (decision 45
                // of round 37); China–Europe traffic keeps its ends (the lead's ruling of round 33)
                return metric.startsWith("cargo.") && !ends.equals(Set.copyOf(CHINA_EUROPE))
                        ? sorted(withCountriesCrossed(ends, parties, words)) : sorted(ends);
            }
            // "между Китаем и Европой через Казахстан", "из Европы в Китай через Хоргос": Europe as one end of a
            // route that crosses a named place stands for the EU
            if (ends.size() == 1 && !ends.contains("EU") && crossesNamedPlace(sentence, words)
                    && namesEuropeAsEnd(words, sentence, start, text)) {
                ends.add("EU");
                return sorted(ends);
            }
            // "через СЭЗ «Хоргос» в сторону Китая прошло 6,6 тыс. контейнеров", "Chinese cargo through Kazakhstan":
            // one end and the country crossed
            String crossed = crossedCountry(sentence, words);
            if (ends.size() == 1 && crossed != null && !ends.contains(crossed)) {
                ends.add(crossed);
                return sorted(ends);
            }
            // "container transit grew 19%", "транзитных перевозок": with no place named, the transit country the
            // article is about
            // ("according to KTZ, transit cargo grew 35%": a transit country's own railway or ministry says it)
            // ("Container traffic grew by 19 percent" right after a sentence on transit continues it; "transit has
            // tripled, most of it on the China-Europe-China route" names where it comes from,
            // in a clause of its own, not whose transit it is)
            boolean noPartyInClause = true;
            for (Mention m : parties) {
                noPartyInClause &= m.start() >= end && crossesClause(text, end, m.start());
            }
            if (noPartyInClause && saysTransit(words, start, text, sentence.isEmpty() && speakers.isEmpty())) {
                List<String> candidates = new ArrayList<>(speakerCodes);
                candidates.addAll(title);
                candidates.addAll(ranked);
                for (String code : candidates) {
                    if (CENTRAL_ASIA.contains(code)) {
                        return List.of(code);
                    }
                }
            }
            // (freight whose sentence names two parties or more goes between them, not between the headline's:
            // "le Kazakhstan veut acheminer 2 millions de tonnes vers un port géorgien par un
            // oléoduc azerbaïdjanais" under a headline on bypassing Russia; a length still belongs to the route the
            // headline names, whatever countries its sentence says it crosses)
            // "a 300-km gas pipeline must be built to carry Turkmen gas to Europe", "a 760-km railroad in the north-west
            // of Afghanistan" under a headline on two countries' talks: a length whose sentence names one country as a
            // party, and no corridor or known line, is of a line in that country (round 27: a section inside one
            // country stays that country), not of the headline's pair (a shortening of the headline's route, an
            // `other` figure, stays that route's)
            // "в том числе экспортировано 4,2 млн тонн" under "Kazakh grain exports to China up sixfold", "экспортқа
            // 1,2 млн тоннадан астам астық шығарылып" under a headline on two countries' talks, "Ауғанстаннан шетелге
            // 390 тонна тауар жөнелтілді": freight exported with no buyer named is the exporter's own, not its flow to
            // the headline's partner (decision 6 of round 29: one party's own amount; as tonnes exported with no
            // buyer in trade.exports)
            // (not right after a sentence on the pair's freight: "freight with Uzbekistan reached 20
            // million tons" then "exports grew 5% to 8 million tons" are the pair's exports)
            // (under any headline when the sentence names the exporter: "Ауғанстаннан шетелге 390 тонна")
            if (metric.equals("cargo.volume") && (title.size() >= 2 || partyCodes.size() == 1)
                    && speakerCodes.isEmpty()
                    && exportsWithoutBuyer(start, words, text, DESTINATION_REACH)
                    && !previousSentenceSaysPair(sentencesBefore, words, start, text)) {
                String exporter = exporterOfFreight(parties, partyCodes, words, text, article);
                if (exporter != null) {
                    return List.of(exporter);
                }
            }
            String onlyPlace = metric.equals("route.length") && !otherFigure && title.size() >= 2
                    ? onlyCountryPlaced(sentenceMentions) : null;
            if (onlyPlace != null && (partyCodes.isEmpty() || partyCodes.equals(Set.of(onlyPlace)))) {
                return List.of(onlyPlace);
            }
            if (title.size() >= 2 && (partyCodes.size() < 2 || metric.equals("route.length"))) {
                return sorted(new LinkedHashSet<>(title));
            }
            // "rail freight with China exceeded 32 million tonnes", "Қытаймен арадағы теміржол тасымалы": freight
            // with one partner is carried between it and the country the article is about
            // "Қытайға 20 млн тонна жүк жөнелтілді", "freight in the Kazakhstan direction": so is freight sent to or
            // coming from one country, which the sentence names as where it goes or comes from
            // ("grain loading to Iran doubled", "отгрузка в Узбекистан": a preposition of direction says so too)
            if (partyCodes.size() == 1 && (withPartner(parties.get(0), words) || namesDirection(parties.get(0), words)
                    || ProductFlows.isBuyer(parties.get(0), words, text))) {
                List<String> candidates = new ArrayList<>(title);
                candidates.addAll(ranked);
                List<String> pair = firstTwo(candidates, parties.get(0).code());
                if (pair.size() == 2) {
                    return pair;
                }
            }
            if (!partyCodes.isEmpty()) {
                return sorted(partyCodes);
            }
            // "the entire length of the section is 836 km" under "Kazakhstan opens a second track": the headline's
            // one country, not a second one from the article
            // (a railway, pipeline or route itself links countries: "the Trans-Afghan railway will be 647 km long")
            if (title.size() == 1 && speakerCodes.isEmpty() && !speaksOfRoute(words, start, text)) {
                return List.copyOf(title);
            }
            // "Kazmortransflot transported 2.09 million tons", "KazTransOil's pipelines pumped ...", "according to
            // the statistics agency under the President of Tajikistan, the country carried 1.9 million tons by
            // rail": traffic whose sentence names only one country, as its companies, its bodies or its leader,
            // and no partner is that country's own count (a national count takes the country alone)
            if (partyCodes.isEmpty() && speakerCodes.size() == 1) {
                return List.copyOf(speakerCodes);
            }
            // "During the first quarter, aircraft delivered 5,800 tons of cargo", "the value increased to 33 million
            // tonnes per year": freight whose sentence names no party, no speaker and no line, under a headline of at
            // most one country, is one country's own count (decision 56 of round 38: a network's, an airport's or a
            // country's freight takes that country), the country the article is about, not a second one from its
            // count of mentions; "this figure was 993,000 tons" points back at a figure whose parties it keeps
            if (metric.startsWith("cargo.") && !pointsBackAtFigure(words, start, text)) {
                return firstOne(ranked);
            }
            return firstTwo(ranked, null);
        }
        // "Of this amount, 2.7 million tons were delivered to the CIS member nations": a sentence naming no country,
        // whose partner is a bloc with no code, goes on about the one country the paragraph or the headline named,
        // alone (the bloc is no second party); trade among the bloc's own members, taken whole, is nobody's
        // (decision 40 of round 36, GroupTotals)
        if (kind != Kind.NATIONAL && partyCodes.isEmpty() && speakerCodes.isEmpty()
                && withUncodedBloc(words, start, text)) {
            String one = soleCountryBefore(paragraph, start, text, title, article);
            if (one != null) {
                return List.of(one);
            }
        }
        switch (kind) {
            case BILATERAL -> {
                // "China's trade with Central Asia": the region stands for its five countries.
                boolean region = namesRegion(sentence);
                // "China's trade with the region's countries", "торговли региона с Россией"
                region = region || partyCodes.size() == 1 && !CENTRAL_ASIA.containsAll(partyCodes)
                        && saysRegion(words, sentence, text);
                if (region && partyCodes.size() <= 1) {
                    Set<String> all = new LinkedHashSet<>(partyCodes);
                    // "mutual trade between CA countries": the region's trade within itself
                    if (all.isEmpty() && saysWithin(words, start)) {
                        return CENTRAL_ASIA;
                    }
                    if (all.isEmpty()) {
                        all.addAll(firstOne(ranked));
                    }
                    all.addAll(CENTRAL_ASIA);
                    return sorted(all);
                }
                // "Partnership with the Central Asian states grows. Uzbekistan's trade with them exceeded $6 billion":
                // a Central Asian country's trade with the region named as its partner the sentence before is the five
                if (!region && metric.startsWith("trade.") && partyCodes.size() <= 1
                        && !worldwide(words, start, text, partyCodes.isEmpty())) {
                    int own = sentenceStartOffset(text, start);
                    int back = own - 1;
                    while (back > 0 && Character.isWhitespace(text.charAt(back))) {
                        back--;
                    }
                    int previous = back > 0 ? sentenceStartOffset(text, back) : own;
                    sentenceStartOffset(text, start); // the per-thread answer kept for this figure's sentence
                    List<String> five = RegionPartnerBefore.fiveOfRegion(metric, sentence, paragraph, words, own,
                            previous);
                    if (five != null) {
                        return five;
                    }
                }
                // "China's foreign trade reached $6.16 trillion": a country's trade with the world has one subject.
                // (only flows have a world total: "the most mountainous countries in the world" share a border)
                boolean flow = metric.startsWith("trade.") || metric.startsWith("investment.");
                // "Tajikistan's trade with the SCO member states": a bloc with no code is no second party
                if (partyCodes.size() <= 1 && withUncodedBloc(words, start, text)) {
                    Mention only = nearest(parties.isEmpty() ? speakers : parties, start, end, text);
                    if (only != null) {
                        return List.of(only.code());
                    }
                }
                // ("Xinjiang's foreign trade with Kazakhstan": a partner after "with" is no world)
                if (partyCodes.size() <= 1 && flow && !partnerWith(parties, words)
                        && !tradeOfPair(parties, title, words, start, text)
                        && (worldwide(words, start, text, partyCodes.isEmpty())
                        || partyCodes.size() == 1 && isCountryCode(partyCodes.iterator().next())
                                && withOtherCountries(words, start, text)
                        || paragraphOfOneForeignTrade(partyCodes, paragraph, words, start, text)
                        || partyCodes.size() == 1 && metric.startsWith("trade.")
                                && opensParagraphAfterWorldTrade(parties, paragraph, sentencesBefore, words, start,
                                        text))) {
                    Mention only = nearest(parties.isEmpty() ? speakers : parties, start, end, text);
                    return only != null ? List.of(only.code()) : firstOne(ranked);
                }
                if (partyCodes.size() == 2) {
                    return drillParties(sorted(partyCodes), start, words, text, sentenceMentions, figures, ranked);
                }
                // "settlements of Russia with Kazakhstan, Kyrgyzstan and Tajikistan": one side and the parties joined
                // to it, all of them; so too "Kazakhstan's trade with Russia and Belarus", two partners after "with",
                // and "Kazakhstan's imports from the EU and the US", two partners of one country's flow (gold-f).
                int joined = coordinated(parties, text);
                if (partyCodes.size() >= 3 && joined >= partyCodes.size() - 2
                        && (joined >= 2 || partyCodes.size() == 3 && (withCoordinatedPair(parties, words, text)
                        || metric.matches("trade\\.(imports|exports)") && flowCoordinatedPair(parties, words, text)))) {
                    Set<String> all = new LinkedHashSet<>(partyCodes);
                    if (joined == partyCodes.size() - 1) {
                        // "settlements with Kazakhstan, Kyrgyzstan and Tajikistan": the other side is the paragraph's
                        List<String> candidates = new ArrayList<>(codes(earlierInParagraph(paragraph, start, text)));
                        candidates.addAll(title);
                        candidates.addAll(ranked);
                        for (String code : candidates) {
                            if (!REGION.equals(code) && !all.contains(code)) {
                                all.add(code);
                                break;
                            }
                        }
                    }
                    return sorted(all);
                }
                // "about 3 million tons of wheat were exported since January" under
                // a headline on flour sent to Afghanistan, "республика экспортировала 2 тонны 100
                // килограммов золота", "Kazakhstan plans to export 5 million tons of wheat": tonnes of goods
                // exported with no buyer named are the exporter's alone; the headline's buyer did not take every
                // shipment (product flows by destination take the buyer named next to them: ProductFlows.toBuyer)
                // "Uzbek textile exports came to $400 mn", "Uzbekistan's export of
                // textile reached $1 billion": so are one product's exports in money or their change, whatever the
                // headline's partner (gold-a, gold-s: product flows of a country with no buyer take the country alone)
                if (metric.equals("trade.exports") && (ProductFlows.exportWithoutBuyer(start, words, text, figures)
                        || product && exportsWithoutBuyer(start, words, text, DESTINATION_REACH))) {
                    String exporter = soleExporter(sentence, parties, partyCodes, speakerCodes, words, text, article);
                    if (exporter != null) {
                        return List.of(exporter);
                    }
                }
                if (parties.isEmpty() && speakers.isEmpty()) {
                    // A sentence naming no party continues the ones before it in the paragraph.
                    Set<String> before = codes(earlierInParagraph(paragraph, start, text));
                    // "Russia is a key partner for the region ... Its total volume exceeded $44 billion"
                    boolean regionNamed = before.contains(REGION);
                    boolean regionBefore = regionNamed || previousSentenceSaysRegion(words, start, text);
                    before.removeIf(c -> REGION.equals(c) || article.corridors().contains(c));
                    // "Over the past five years, mutual trade has grown to $11 billion" after a sentence on Central
                    // Asia, "торговля между странами региона выросла до $10 млрд" under "Взаимная торговля стран
                    // Центральной Азии": the region's trade within itself, its five countries
                    // (not "the two countries' mutual trade" of a pair the region only places)
                    if (before.isEmpty() && saysWithin(words, start) && !ownSentenceHas(TWO_WORD, words, start, text)
                            && (regionNamed || ownSentenceHas(REGION_WORD, words, start, text)
                                    || article.titleRegion() && title.isEmpty())) {
                        return CENTRAL_ASIA;
                    }
                    if (regionBefore && before.size() == 1 && !CENTRAL_ASIA.containsAll(before)) {
                        return withRegion(before); // "China's trade with Central Asia ... Trade grew by 50%"
                    }
                    if (before.size() == 2) {
                        return sorted(before);
                    }
                    // "Tajikistan's foreign trade reached $6.8 billion." then, in a paragraph of its own, "Exports fell
                    // to $1.6 billion": a trade figure of a sentence naming no party right after one country's trade
                    // with the world is that country's, across the paragraph break (decision 63)
                    if (before.isEmpty() && metric.startsWith("trade.")) {
                        String owner = worldTradeOwnerBefore(sentencesBefore, parties, title, words, start, text);
                        if (owner != null) {
                            return List.of(owner);
                        }
                    }
                    if (before.size() == 1) {
                        // "Tajikistan's foreign trade reached $6.8 billion. Exports totalled $1.6 billion": the same
                        // country's trade with the world
                        if (previousSentenceWorldwide(words, start, text)
                                && !tradeOfPair(parties, title, words, start, text)
                                || foreignTradeOf(before.iterator().next(), article)) {
                            return List.of(before.iterator().next());
                        }
                        List<String> withRegion = headlineWithRegion(article, before.iterator().next());
                        // "China leads the list. Trade between the two countries exceeded $994 million" in an
                        // article citing Uzbekistan's statistics agency: that country's trade with the one named
                        List<String> others = new ArrayList<>();
                        if (article.statistics() != null) {
                            others.add(article.statistics());
                        }
                        others.addAll(ranked);
                        return withRegion != null ? withRegion : firstTwo(others, before.iterator().next());
                    }
                    // "Экспорт овощей и фруктов из Узбекистана" then "экспорт капусты увеличился в два раза": exports
                    // whose sentence and paragraph name no party and no destination, under a headline naming one
                    // country only, are that country's alone; a partner would come only from the article's ranking
                    // (gold-a, gold-s: product flows of a country with no buyer take the country alone)
                    if (before.isEmpty() && metric.equals("trade.exports") && title.size() == 1
                            && isCountryCode(title.get(0))
                            && exportsWithoutBuyer(start, words, text, DESTINATION_REACH)) {
                        return List.copyOf(title);
                    }
                }
                if (partyCodes.size() == 1 && listItemLine(parties.get(0), start, text)) {
                    // "The remaining trade volume is distributed among:" then "- Turkmenistan: $10.6 billion": each
                    // item's party with the list's, as for the figures the vocabulary does not know (below)
                    List<String> owner = listOwner(partyCodes.iterator().next(), title, ranked);
                    if (owner != null) {
                        return owner;
                    }
                }
                Mention nearest = nearest(parties.isEmpty() ? speakers : parties, start, end, text);
                // "товарооборот увеличился на 12%" under "China became Central Asia's largest trade partner": the
                // headline's party and the five countries, not a second country from the article
                if (partyCodes.size() <= 1) {
                    List<String> withRegion = headlineWithRegion(article, nearest == null ? null : nearest.code());
                    if (withRegion != null) {
                        return withRegion;
                    }
                }
                List<String> candidates = new ArrayList<>();
                candidates.addAll(speakerCodes);
                // "China ranks second with $548.7 mln" in an article citing Tajikistan's statistics agency: the
                // country whose figures they are is the other party, not the one the article names most
                if (nearest != null && partyCodes.size() <= 1 && article.statistics() != null) {
                    candidates.add(article.statistics());
                }
                if (partyCodes.size() <= 1) {
                    candidates.addAll(title);
                }
                candidates.addAll(ranked);
                // "among the CIS countries after Russia, the largest trade was with Kazakhstan": the yardstick is no
                // partner either
                candidates.removeAll(yardsticks);
                if (nearest == null && otherFigure) {
                    // "The country is expected to harvest 17 million tonnes" with a trade word lent: the country the
                    // description stands for (decision 6 of round 29)
                    List<String> described = describedCountry(start, words, text, title, paragraph, ranked);
                    if (described != null) {
                        return described;
                    }
                    // "За месяц показатель вырос на 4,7 тонны" under a headline on Kyrgyzstan alone, in a paragraph
                    // naming no other country: no partner from the article's count of mentions (as for a sentence
                    // naming one country, below in the default branch)
                    if (title.size() == 1 && noPartnerNear(title.get(0), title, paragraph)) {
                        return List.copyOf(title);
                    }
                }
                // "the plant can process 30mn tons" with a trade word lent, under a headline of two
                // countries: one party's own amount is the article's main country's alone (as in the default branch)
                if (nearest == null && otherFigure && title.size() == 2 && afterFirstLine(start, text)
                        && ownAtHome(start, words, text)) {
                    String owner = firstOf(ranked, title);
                    if (owner != null) {
                        return List.of(owner);
                    }
                }
                if (nearest == null) {
                    List<String> world = worldTradeOwner(article);
                    // "we will send 2 bcm a year" under a headline on Russian gas sent to Uzbekistan
                    // across Kazakhstan: the gas's sender and receiver, not the country it crosses (decision 64)
                    if (world == null && article.transit() != null && metric.startsWith("trade.")) {
                        candidates.removeIf(article.transit()::equals);
                    }
                    return world != null ? world : firstTwo(candidates, null);
                }
                if (partyCodes.size() <= 1 && foreignTradeOf(nearest.code(), article) && !partnerWith(parties, words)) {
                    return List.of(nearest.code());
                }
                // "Kazakhstan exported 3.1 million tons of wheat", "Кыргызстан экспортировал 20 тонн золота": the one
                // country that a verb of export or import has for its subject, with no partner in the sentence, is
                // the flow's only party; the headline's partner is not the buyer of every shipment
                if (partyCodes.size() == 1 && ownsFlow(nearest, words, text)) {
                    return List.of(nearest.code());
                }
                // "В Казахстане ожидают урожай 24 млн тонн", "Tajikistan produced 139,000 tons of aluminium" with a
                // trade word lent from elsewhere in the sentence: the one country the sentence names, for an amount of
                // its own at home, is that amount's only party (decision 6 of round 29)
                if (otherFigure && partyCodes.size() == 1 && ownAtHome(start, words, text)) {
                    return List.of(nearest.code());
                }
                return drillParties(firstTwo(candidates, nearest.code()), start, words, text, sentenceMentions,
                        figures, ranked);
            }
            case NATIONAL -> {
                Mention nearest = nearest(parties.isEmpty() ? speakers : parties, start, end, text);
                if (nearest != null) {
                    return List.of(nearest.code());
                }
                // "The economy grew by 17.3 percent": the country the paragraph was speaking of
                Mention last = lastBefore(paragraph, start, false);
                if (last != null) {
                    return List.of(last.code());
                }
                return firstOne(title.isEmpty() ? ranked : title);
            }
            default -> {
                // A figure of no known metric is about what its sentence names: a corridor alone, else the one party
                // named; a sentence naming none continues the paragraph, else the article's headline.
                String corridor = firstCorridor(sentence);
                if (corridor != null) {
                    return List.of(corridor);
                }
                // "some 80% of goods between China and Europe cross Kazakhstan": the two ends
                if (chinaEuropeThrough(start, words, sentence, text)) {
                    return CHINA_EUROPE;
                }
                // "10 killed as border fighting with Tajikistan grows", "the Kyrgyz ministry said
                // 10 people died": the casualties of a clash between two countries are the clash's, both sides
                // (gold-c to gold-j: casualties [KG, TJ], clashes on the Tajik-Afghan border [TJ, AF])
                List<String> clash = casualtiesOfClash(start, end, words, text, paragraph, partyCodes, speakerCodes,
                        across, title, ranked);
                if (clash != null) {
                    return clash;
                }
                // "les saisies ont crû d'une tonne environ", "несколько человек с той стороны пытались пересечь
                // границу" under a lead on the Tajik-Afghan border: drugs seized or people crossing on a
                // border are the border's, both sides, even where the sentence names one or none (gold-j decided:
                // Tajik-Afghan seizures [TJ, AF]; gold-d, gold-h, gold-k label them so)
                List<String> border = seizureOnBorder(start, end, words, text, partyCodes, speakerCodes, across,
                        title, ranked);
                if (border != null) {
                    return border;
                }
                // "the port of Aktau received 300 trains from China", "4-5 days from the Khorgos dry port to
                // Moscow": what a port or terminal named by its town handles is that town's country's, not the
                // countries its trains come from or go to (team a: a port or terminal takes its country)
                // (not a percentage: "bought 49% of the Khorgos dry port", "30% of the trains pass the terminal" are
                // shares of an owner or of a flow, which has other parties)
                boolean share = percentAt(start, figures);
                List<String> port = share ? null : portTowns(start, words, sentence, text);
                // "the terminal can serve 90,000 trucks a year" in a sentence naming no place: the port or terminal the
                // headline names by its town, when the headline names one (same decision)
                if (port == null && !share && namesNoParty(sentence)) {
                    port = portCountries(start, words, sentence, List.of(), List.of(), article.titlePort(), text);
                }
                if (port != null) {
                    return port;
                }
                // "about 400 wagons a day will pass the Sarakhs border railway station", "55 container trains queuing
                // at the Dostyk crossing": trains, wagons or goods counted at a border crossing named by its town are
                // the two countries' it joins, as freight is (LABEL-FIXES 2026-12-03: freight, trains included, at a
                // border crossing takes both countries); not a distance or a wait ("12 km from the Serhetabat
                // crossing" lies in one country, gold-v)
                SurfaceFigure self = figureAt(start, figures);
                List<String> crossing = self != null && CROSSING_UNITS.contains(self.unit())
                        ? borderCrossing(sentence, words, title) : null;
                if (crossing != null) {
                    return crossing;
                }
                // "the Trans-Afghan railway ... the project is estimated at $4.6 billion": the railway's countries
                List<String> named = namedRoute(words, start, text);
                if (named != null && speaksOfRoute(words, start, text)) {
                    return named;
                }
                // "le projet pourrait coûter 6 milliards de dollars, selon Bichkek" in an
                // article about the China–Kyrgyzstan–Uzbekistan railway: the cost or the duration of a railway or
                // pipeline project is the whole line's, so of all the countries it links, when the sentence names
                // one of them only as its source (team a: a railway without a corridor name takes the countries it
                // links; the standard: a speaker's country is not a subject)
                // (not a percentage: a share of the funding or of the capital is one contributor's)
                if (!article.route().isEmpty() && !sentence.isEmpty() && onlySources(parties, speakers, words)
                        && article.route().containsAll(partyCodes) && article.route().containsAll(speakerCodes)
                        && (speaksOfRoute(words, start, text) || saysProject(words, start, text))
                        && !percentAt(start, figures)) {
                    return article.route();
                }
                // "The construction of the railway connecting China with Central Asia has been discussed for 25
                // years" in an article about the China–Kyrgyzstan–Uzbekistan railway: the building of a line, in a
                // sentence naming only countries of the line the article is about, is the whole line's (LABEL-FIXES
                // round 27: a route with no corridor code links every country it runs through; decision 6 of round
                // 29: a project of several parties takes them all)
                // (not a journey's time in days: "will cut delivery to Pakistan by five days" is between the ends)
                SurfaceFigure built = figureAt(start, figures);
                if (built != null && !"percent".equals(built.unit()) && !"days".equals(built.unit())
                        && buildsArticleLine(countriesOf(sentence), article, words, start, text)) {
                    return article.route();
                }
                // "delivery along the corridor now takes 18-23 days": the corridor the article is about
                if (partyCodes.isEmpty() && !article.corridors().isEmpty()
                        && !(article.titleLine() && title.size() == 1) && saysCorridor(words, start, sentence, text)) {
                    return List.of(article.corridors().get(0));
                }
                if (partyCodes.size() + speakerCodes.size() == 1) {
                    String only = (partyCodes.isEmpty() ? speakerCodes : partyCodes).iterator().next();
                    // "Uzbekistan sent most fruit to these countries:" then "— Kazakhstan – 538 thousand tonnes": an
                    // item of a list the paragraph before opens with a colon is the item's party with the list's
                    if (!parties.isEmpty() && listItemLine(parties.get(0), start, text)) {
                        List<String> owner = listOwner(only, title, ranked);
                        if (owner != null) {
                            return owner;
                        }
                    }
                    // (not aid, gas needs or people: "EU aid to the Central Asian region" is the EU's alone)
                    if (!CENTRAL_ASIA.contains(only) && (namesRegion(sentence)
                            || saysRegion(words, sentence, text)) && speaksOfTrade(words, sentence, text)) {
                        // "Chinese investment in Central Asia", "trade with the countries of the region"
                        Set<String> all = new LinkedHashSet<>(CENTRAL_ASIA);
                        all.add(only);
                        return sorted(all);
                    }
                    // ("the Golestan province's sales on foreign markets reached $265 million": the world's)
                    if (!speaksOfTrade(words, sentence, text) || withUncodedBloc(words, start, text)
                            || foreignTradeOf(only, article)
                            || worldwide(words, start, text, true) && !saysShare(words, start, text)) {
                        // "Deliveries of chips from Kazakhstan jumped 300 times" under a headline on Kazakhstan and
                        // Russia: what passes from one party to the other is both parties', the partner from the
                        // headline or the paragraph (decision 6 of round 29); one party's own amount stays its own
                        List<String> between = passingBetween(only, start, words, text, title, paragraph);
                        return between != null ? between : List.of(only);
                    }
                    // "exports to Russia grew for 175 items", "the EU's share in foreign trade": trade has two sides.
                    // A line known by its name adds its countries: "The CPC carries about 80% of Kazakhstan's oil
                    // exports" counts Kazakh oil carried through Russia to a Russian terminal, [KZ, RU] (decision 45
                    // of round 37: a line's share of a country's goods follows the carriage rule, the shipper and
                    // the way)
                    List<String> line = namedRoute(words, start, text);
                    if (line != null) {
                        Set<String> carried = new LinkedHashSet<>(line);
                        carried.add(only);
                        return sorted(carried);
                    }
                    // ("exporté par l'oléoduc", "идет по этому нефтепроводу": a flow of one country through a
                    // pipeline or a railway the sentence does not name, which carries it and is no trade partner)
                    if (speaksOfRoute(words, start, text)) {
                        return List.of(only);
                    }
                    // "Kazakhstan has exported 3.9 million tons of wheat": as for trade figures above, the subject of
                    // a verb of export is the flow's only party ("exports to Russia" still brings the other side)
                    if (!parties.isEmpty() && ownsFlow(parties.get(0), words, text)) {
                        return List.of(only);
                    }
                    // "Mongolia's coal export hit a record", "Uzbek textile exports came to
                    // $400 mn", a report that cites a national statistics bureau: a sentence of exports with no
                    // import and no destination, whose one country owns them or reports them, is that country's own
                    // flow, not its trade with the headline's partner (gold-a, gold-g, gold-n, gold-s)
                    // ("lets it export 6-7 thousand goods to the EAEU countries": a destination however far after)
                    if (exportsWithoutBuyer(start, words, text, Integer.MAX_VALUE)
                            && (parties.isEmpty() || ownsExports(parties.get(0), words, text))) {
                        return List.of(only);
                    }
                    List<String> withRegion = headlineWithRegion(article, only);
                    if (withRegion != null) {
                        return withRegion;
                    }
                    // "Kyrgyzstan imported 12,000 cars" under a headline on Kyrgyzstan alone, in a paragraph naming no
                    // other country: the partner of a figure with no metric comes from the headline or the paragraph
                    // (decision 6 of round 29), never from the article's count of mentions alone
                    if (noPartnerNear(only, title, paragraph)) {
                        return drillParties(List.of(only), start, words, text, sentenceMentions, figures, ranked);
                    }
                    // "Kazakhstan exported 150,000 head of cattle, most of them to Uzbekistan and Armenia": exports a
                    // paragraph spreads over several buyers are the exporter's own total (decision 6 of round 29)
                    int at = indexAt(words, start);
                    if (SpreadExports.exporterAlone(only, words.subList(gapSentenceStart(words, at, text),
                            Math.min(words.size(), sentenceEnd(words, at, text))), title, paragraph)) {
                        return List.of(only);
                    }
                    List<String> candidates = new ArrayList<>(title);
                    candidates.addAll(ranked);
                    return drillParties(firstTwo(candidates, only), start, words, text, sentenceMentions, figures,
                            ranked);
                }
                if (partyCodes.isEmpty() && speakerCodes.isEmpty() && namesRegion(sentence)) {
                    return CENTRAL_ASIA; // "a few thousand Central Asians left to fight in Syria": the five
                }
                if (partyCodes.isEmpty() && speakerCodes.isEmpty()) {
                    // "Forbes estimates his fortune at $2.9 billion", "у неё более 12 млн подписчиков", in a sentence
                    // naming no country: a person's own figure, whose country the headline or the article's count
                    // of mentions does not give (the labels: a figure about a person takes no subject)
                    int[] clause = kind == Kind.UNKNOWN ? clauseOf(start, words, text) : null;
                    if (clause != null && PersonalFigures.personal(words, clause[0], clause[1],
                            indexAt(words, start), indexAt(words, end))) {
                        return List.of();
                    }
                    // "There will be 48 tunnels on the route" in an article about the China–Kyrgyzstan–Uzbekistan
                    // railway: the railway's countries, not the one the paragraph named last
                    if (!article.route().isEmpty() && (speaksOfRoute(words, start, text)
                            || saysProject(words, start, text))) {
                        return article.route();
                    }
                    // "The country is expected to harvest 17 million tonnes", "в республике произведено 5,3 млрд
                    // кВт·ч", "le pays a exporté": a sentence that names no country but describes one speaks of the
                    // country the paragraph named last, else of the article's main one; alone, unless what it counts
                    // passes to a partner (decision 6 of round 29: the one country it belongs to)
                    List<String> described = describedCountry(start, words, text, title, paragraph, ranked);
                    if (described != null) {
                        return described;
                    }
                    Set<String> before = codes(withoutOrigins(earlierInParagraph(paragraph, start, text), words));
                    boolean regionBefore = before.remove(REGION);
                    for (String code : before) {
                        if (article.corridors().contains(code)) {
                            return List.of(code); // a corridor alone, as when the sentence names it
                        }
                    }
                    if (regionBefore && before.size() == 1 && !CENTRAL_ASIA.containsAll(before)) {
                        return withRegion(before);
                    }
                    // "CSTO exercise ... with Kazakhstan, Kyrgyzstan, Russia and Tajikistan. The number of
                    // participants is about 1,200": a count continuing a sentence that named a bloc and three of its
                    // members or more is the members' (their contingents), not the bloc's too
                    Set<String> blocs = blocsAmongMany(earlierInParagraph(paragraph, start, text));
                    if (!blocs.isEmpty()) {
                        before.removeAll(blocs);
                    }
                    // "Par ce passage, 100 à 150 camions transitent" after a sentence naming Uzbekistan, Afghanistan
                    // and Pakistan, under a headline on Uzbekistan and Afghanistan: a paragraph that named three
                    // countries or more does not say which of them a sentence naming none goes on about; the
                    // headline's pair, when both are among them, is the relation the article is about, and the others
                    // were named as places, ends or comparisons (dev: the whole set agreed with the labels on 13 of 38
                    // such figures; where the pair is among them, the pair fixes 6 in four files and breaks none)
                    if (before.size() >= 3 && headlinePairAmong(title, before)) {
                        return drillParties(sorted(new LinkedHashSet<>(title)), start, words, text, sentenceMentions,
                                figures, ranked);
                    }
                    // "The average monthly consumption is 46,000 tons" after a paragraph naming Kazakhstan and Russian
                    // sugar: one party's own amount (consumption, demand, output, capacity, stocks, population) in a
                    // sentence naming no country is the one country the article is about among those the paragraph
                    // named, not all of them (decision 6 of round 29: the one country it belongs to)
                    String mainBefore = before.size() >= 2 ? firstOf(ranked, List.copyOf(before)) : null;
                    if (mainBefore != null && ownAtHome(start, words, text)) {
                        return List.of(mainBefore);
                    }
                    // "From 2010 to 2015 there were 3,248 cases reported worldwide", "продали более 100 млн пластинок
                    // по всему миру": a figure of no ledger metric that its sentence, naming no country, spreads over
                    // the world lies in no country, not in the one a paragraph, the headline or the article's count
                    // of mentions gives (the labels place a figure only where the text does; dev: 8 figures of 7 texts)
                    if (kind == Kind.UNKNOWN && spreadOverWorld(start, words, text)) {
                        return List.of();
                    }
                    if (!before.isEmpty()) {
                        return drillParties(sorted(before), start, words, text, sentenceMentions, figures, ranked);
                    }
                    // "Kazakhstan opens a second track ... 450 units of equipment are involved": the one country of
                    // the headline, alone; a headline of two or more countries names the relation
                    if (title.size() == 1 || title.size() >= 3) {
                        return sorted(new LinkedHashSet<>(title));
                    }
                    List<String> world = worldTradeOwner(article);
                    if (world != null) {
                        return world;
                    }
                    // "The plant's annual output will rise to 400,000 tons" under a headline of two countries, in a
                    // paragraph naming none: one party's own amount is the article's main country's alone, not the
                    // relation's (decision 6 of round 29)
                    // (not in the text's first line, whose own countries make the headline of an article without one)
                    String owner = title.size() == 2 && afterFirstLine(start, text) ? firstOf(ranked, title) : null;
                    if (owner != null && (ownAmountInClause(start, words, text) || ownAtHome(start, words, text))) {
                        return List.of(owner);
                    }
                    // "Those include 1,000 maintenance workers" in an article whose headline and lead name no
                    // country: a figure of no ledger metric is one country's at most (decision 6 of round 29), the
                    // article's most mentioned, not a pair made of whichever two its mentions rank first (open
                    // corpus, dev: none of 143 such figures in 23 texts had the pair for subjects, 52 had the first).
                    // A pair with a country of the region is the relation the article follows (the regional quotes:
                    // a border clash's casualties, a trade's sums, their pair in 55 figures of 17 texts)
                    if (title.isEmpty() && !regionAmongFirstTwo(ranked)) {
                        // "Dell is buying EMC for $67 billion" in a story that names the US once, further on ("before
                        // the Fed raises rates"): a country the body names fewer than three times and first after
                        // the figure was named in passing, and is not what the figure is about (open corpus, dev:
                        // such figures are labelled with no subject)
                        if (namedOnlyInPassingAfter(start, article)) {
                            return List.of();
                        }
                        return firstOne(ranked);
                    }
                    List<String> candidates = new ArrayList<>(title);
                    candidates.addAll(ranked);
                    return firstTwo(candidates, null);
                }
                if (!partyCodes.isEmpty()) {
                    // No metric's definition says which side such a figure counts: the leaders, cities and bodies
                    // its sentence names are about it too ("the Russian president arrived in Kazakhstan for a
                    // two-day visit", "Kyrgyzstan summoned Tajikistan's ambassador after clashes that killed 3").
                    // Not a mere source, though ("according to the Russian minister", "selon Moscou").
                    Set<String> all = new LinkedHashSet<>(partyCodes);
                    for (Mention m : speakers) {
                        if (!isSource(m, words)) {
                            all.add(m.code());
                        }
                    }
                    return drillParties(sorted(all), start, words, text, sentenceMentions, figures, ranked);
                }
                if (!speakerCodes.isEmpty()) {
                    return drillParties(sorted(speakerCodes), start, words, text, sentenceMentions, figures,
                            ranked);
                }
                return firstTwo(ranked, null);
            }
        }
    }

    private static final int IMPORT_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;
    /** A verb of import right after its subject: "imported", "a importé", "импортировал". */
    private static final Pattern IMPORT_AFTER_SUBJECT = Pattern.compile(
            "^\\W*(?:\\w+\\s+){0,2}?(?:imported|imports|importe|importé|importait|импортировал\\w*|импортирует)\\b",
            IMPORT_FLAGS);
    /** "imported from": the supplier follows. */
    private static final Pattern IMPORTED = Pattern.compile("\\b(?:imported|importé\\w*|импортирова\\w*)\\b", IMPORT_FLAGS);
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "\\b(?:from|de|du|d['’]|из)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$", IMPORT_FLAGS);
    private static final Pattern TO_BEFORE = Pattern.compile(
            "\\b(?:to|into|vers|en|в)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$", IMPORT_FLAGS);
    /** Between a list's country and its figure: "Kazakhstan (380". */
    private static final Pattern IMPORT_LIST_GAP = Pattern.compile("^\\s*[(:–—-]?\\s*$");
    private static final int IMPORT_REACH = 30;

    /**
     * The importer and the supplier of a figure in cubic metres or tonnes whose sentence says "imported"
     * ("импортировал", "importé"), importer first: the importer is the country an import verb follows ("China also
     * imported") or the one "to" names after "imported from"; the supplier the one "from" names, or in a list the
     * country written right before the figure ("such as Kazakhstan (380 million cubic meters)"). Null when either is
     * missing.
     */
    private static List<String> importParties(int start, String text, List<Words.Word> words,
                                              List<Mention> sentence, List<SurfaceFigure> figures) {
        SurfaceFigure figure = figureAt(start, figures);
        if (figure == null || !("m3".equals(figure.unit()) || "t".equals(figure.unit())) || sentence.isEmpty()) {
            return null;
        }
        int at = indexAt(words, start);
        int from = words.get(sentenceStart(words, at, text)).start();
        int to = Math.max(figure.end(), words.get(Math.min(words.size(), sentenceEnd(words, at, text)) - 1).end());
        String whole = text.substring(from, to);
        String lower = whole.toLowerCase(Locale.ROOT);
        if (!lower.contains("import") && !lower.contains("импортир") || !IMPORTED.matcher(whole).find()) {
            return null;
        }
        String importer = null;
        String supplier = null;
        String listed = null;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            String before = text.substring(Math.max(from, m.start() - IMPORT_REACH), m.start());
            String after = text.substring(m.end(), Math.min(to, m.end() + IMPORT_REACH));
            if (m.end() <= figure.start()
                    && IMPORT_LIST_GAP.matcher(text.substring(m.end(), figure.start())).matches()) {
                listed = m.code();
            } else if (importer == null && IMPORT_AFTER_SUBJECT.matcher(after).find()) {
                importer = m.code();
            } else if (supplier == null && FROM_BEFORE.matcher(before).find()) {
                supplier = m.code();
            } else if (importer == null && supplier != null && TO_BEFORE.matcher(before).find()) {
                importer = m.code();
            }
        }
        if (listed != null) {
            supplier = listed;
        }
        if (importer == null || supplier == null || importer.equals(supplier)) {
            return null;
        }
        return List.of(importer, supplier);
    }

    /** Beginnings of the words of drills in the three languages ("drills", "учениях", "manœuvres"). */
    private static final WordStems DRILL_WORDS = WordStems.of(Words.foldAll("drill", "exercise", "maneuver",
            "manoeuvre", "manœuvre", "exercice", "учени", "маневр"));
    /**
     * {@link #DRILL_WORDS} as one test object: {@link IndexedWords} keeps a text's classified words per test, known by
     * its identity, and a method reference written at the call would be a new test at every call.
     */
    private static final Predicate<Words.Word> DRILL_WORD = DRILL_WORDS::startsAny;
    /**
     * What comes right before a country named as a place: "in", "near the border with", "on the territory of", "в",
     * "у границы с", "на территории", "au", "près de la frontière" (then "afghane").
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?:\\b(?:in|into|inside|near|at|au|aux|en|dans|à|в|во)\\s+(?:the\\s+)?"
                    + "|\\b(?:territory|territoire|территории)\\s+(?:of\\s+(?:the\\s+)?|de\\s+l['’]|de\\s+la\\s+|du\\s+|de\\s+)?"
                    + "|\\b(?:border|frontière|границ\\w*)\\s+(?:with\\s+(?:the\\s+)?|avec\\s+(?:l['’]|le\\s+|la\\s+)?|с\\s+)?"
                    + "|\\b(?:in|в|au|en)\\s+(?:the\\s+)?(?:republic\\s+of|республике|république\\s+du)\\s+(?:the\\s+)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int DRILL_PLACE_REACH = 40;
    private static final Set<String> DRILL_BLOCS = Set.of("CSTO", "SCO");

    /**
     * The parties of a count (or days) in a sentence of drills: the forces that take part, never the country that
     * hosts the drills for being the host, nor a neighbour whose border they are held near (settled 2026-12-03:
     * "three military drills in Tajikistan" is [CSTO], "2,700 servicemen of Russia's Central Military District" in
     * Tajik drills [RU]). A country the sentence names only as a place ("in", "в", "на территории", "near the border
     * with") drops out unless it also names its forces ("Tajik and Russian troops in Tajikistan"); the bloc goes when
     * the contingents left are all named; the article's bloc is the party when no country is left. Any other figure
     * keeps {@code subjects}.
     */
    private static List<String> drillParties(List<String> subjects, int start, List<Words.Word> words, String text,
                                             List<Mention> sentence, List<SurfaceFigure> figures,
                                             List<String> ranked) {
        SurfaceFigure figure = figureAt(start, figures);
        if (figure == null || !("count".equals(figure.unit()) || "days".equals(figure.unit()))
                || !ownSentenceHas(DRILL_WORD, words, start, text)) {
            return subjects;
        }
        int from = sentenceStartOffset(text, start);
        Set<String> places = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || !subjects.contains(m.code())) {
                continue;
            }
            (namedAsDrillPlace(m, from, words, text) ? places : named).add(m.code());
        }
        places.removeAll(named);
        List<String> left = new ArrayList<>();
        for (String code : subjects) {
            if (!places.contains(code)) {
                left.add(code);
            }
        }
        boolean countries = left.stream().anyMatch(code -> !DRILL_BLOCS.contains(code));
        if (countries && left.stream().filter(code -> !DRILL_BLOCS.contains(code)).allMatch(named::contains)) {
            left.removeIf(DRILL_BLOCS::contains);
        }
        if (left.isEmpty()) {
            for (String code : ranked) {
                if (DRILL_BLOCS.contains(code)) {
                    return List.of(code);
                }
            }
            return subjects;
        }
        return left.equals(subjects) ? subjects : List.copyOf(left);
    }

    /**
     * Whether {@link #PLACE_BEFORE} ends right before the mention, read from its sentence's start {@code from} at most
     * {@link #DRILL_PLACE_REACH} chars back. Every figure of a sentence of drills asks it of each country: when the
     * reach stays inside the sentence, the mention and its text alone decide, once ({@link MentionChecks}).
     */
    private static boolean namedAsDrillPlace(Mention m, int from, List<Words.Word> words, String text) {
        int windowStart = Math.max(from, m.start() - DRILL_PLACE_REACH);
        if (windowStart == m.start() - DRILL_PLACE_REACH && words instanceof IndexedWords indexed
                && indexed.isOf(text)) {
            return MentionChecks.of(MentionChecks.DRILL_PLACE, m, words, Subjects::decideDrillPlace);
        }
        return PLACE_BEFORE.matcher(text.substring(windowStart, m.start())).find();
    }

    private static boolean decideDrillPlace(Mention m, List<Words.Word> words) {
        String text = ((IndexedWords) words).text();
        return PLACE_BEFORE.matcher(text.substring(m.start() - DRILL_PLACE_REACH, m.start())).find();
    }

    /** Words of the forces that take part in a drill: "military personnel from", "воинские контингенты", "troupes". */
    private static final Pattern DRILL_FORCES = Pattern.compile("(?iU)\\b(?:contingent|personnel|forces|troops"
            + "|servicemen|soldiers|units\\s+of|контингент|военнослужащ|войск|подразделени|вооруж[её]нн|militaires"
            + "|troupes|soldats|armées)");

    private static final String CSTO = "CSTO";
    /**
     * How many countries named as forces make a list of a drill's contingents: fewer are the bloc's leader or the
     * host's own army named in passing ("une alliance conduite par la Russie ... les Forces armées kirghizes").
     */
    private static final int DRILL_LIST = 3;

    /**
     * The parties of a count (or days) in a sentence of drills that names no country (the participants "составляет
     * около 1500 человек", the drill "that involves more than 1,000 servicemen"): the contingents the sentence before
     * lists, when it is of the drill too and names at least three countries as forces, not places ("troops of Belarus,
     * Kazakhstan, Kyrgyzstan, Russia and Tajikistan take part. Some 2,000 soldiers
     * ..."); else the bloc, when the sentence, the one before or the headline names it; else {@code subjects}. The
     * host and the speaker the article around it names are no party for that (round 23, LABEL-FIXES: a host's or
     * a base's country is no party; named contingents are).
     */
    static List<String> drillContingents(List<String> subjects, String text, List<Mention> own,
                                         List<Mention> before, int beforeStart, boolean beforeOfDrill,
                                         int beforeEnd, List<String> title) {
        if (own.stream().anyMatch(m -> m.kind() == PlaceKind.COUNTRY)) {
            return subjects;
        }
        if (beforeOfDrill && DRILL_FORCES.matcher(text).region(beforeStart, beforeEnd).find()) {
            Set<String> named = new TreeSet<>();
            Set<String> places = new TreeSet<>();
            for (Mention m : before) {
                if (m.kind() == PlaceKind.COUNTRY) {
                    String window = text.substring(Math.max(beforeStart, m.start() - DRILL_PLACE_REACH), m.start());
                    (PLACE_BEFORE.matcher(window).find() ? places : named).add(m.code());
                }
            }
            if (named.size() >= DRILL_LIST) {
                return sorted(named);
            }
        }
        // (the CSTO alone: the SCO has no code of the standard, its members are the parties)
        boolean bloc = title.contains(CSTO) || own.stream().anyMatch(m -> CSTO.equals(m.code()))
                || before.stream().anyMatch(m -> CSTO.equals(m.code()));
        return bloc ? List.of(CSTO) : subjects;
    }

    /** The countries whose sides meet in the region's border clashes: the other side is looked for among them. */
    private static final Set<String> CLASH_SIDES = Set.of("KG", "TJ", "UZ", "KZ", "TM", "AF");
    private static final int CASUALTY_BEFORE = 2;
    private static final int CASUALTY_AFTER = 4;

    /**
     * The two sides of a clash whose casualties a figure counts ("24 dead", "погибли 24 человека", "24 morts", "the
     * number of those killed ... stands at 59"), when its sentence counts the dead or wounded, its paragraph or the
     * lead speaks of a clash or a border, and the sentence names one side: that side and the one across the border it
     * names, else another country of the region its paragraph names, else the other country of the headline, else
     * the article's; null when the figure counts no casualties, or the sentence names two countries or none.
     */
    private static List<String> casualtiesOfClash(int start, int end, List<Words.Word> words, String text,
                                                  List<Mention> paragraph, Set<String> partyCodes,
                                                  Set<String> speakerCodes, Set<String> across, List<String> title,
                                                  List<String> ranked) {
        if (!casualtyInSentence(start, words, text)) {
            return null;
        }
        Set<String> named = namedParties(partyCodes, speakerCodes);
        if (named.size() > 1) {
            return null;
        }
        // in the paragraph, or in the lead, the text's first paragraph: "10 people were killed in new
        // border fighting" before "12 wounded were flown from Batken to Bishkek"
        if (!inParagraphOrLead(start, end, words, text, ClashCasualties::saysClash)) {
            return null;
        }
        if (named.isEmpty()) {
            // "30 morts et 90 blessés côté kirghize", where the side is the next
            // figure's: a count whose own words name no side is the clash's its paragraph names by its two sides
            Set<String> sides = new TreeSet<>();
            for (Mention m : paragraph) {
                if (m.kind() == PlaceKind.COUNTRY && CLASH_SIDES.contains(m.code())) {
                    sides.add(m.code());
                }
            }
            return sides.size() == 2 ? List.copyOf(sides) : null;
        }
        String side = named.iterator().next();
        List<String> candidates = new ArrayList<>(across);
        for (Mention m : paragraph) {
            if (m.kind() == PlaceKind.COUNTRY && CLASH_SIDES.contains(m.code())) {
                candidates.add(m.code());
            }
        }
        candidates.addAll(title);
        candidates.addAll(ranked);
        for (String code : candidates) {
            if (!REGION.equals(code) && !code.equals(side) && code.length() == 2) {
                return sorted(new TreeSet<>(List.of(side, code)));
            }
        }
        return null;
    }

    /**
     * Whether a word that passes {@code test} (on its folded form) stands in the paragraph (the line) of the figure at
     * {@code start}..{@code end}, its sentence included, or in the lead (the text's first line).
     */
    private static boolean inParagraphOrLead(int start, int end, List<Words.Word> words, String text,
                                             Predicate<String> test) {
        int at = indexAt(words, start);
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.min(sentenceStart(words, at, text), indexAt(words, lineStart));
        int to = sentenceEnd(words, at, text);
        for (int i = from; i < words.size() && (i < to || words.get(i).start() < lineEnd); i++) {
            if (test.test(words.get(i).folded())) {
                return true;
            }
        }
        int leadEnd = text.indexOf('\n');
        for (int i = 0; leadEnd > 0 && i < words.size() && words.get(i).start() < leadEnd; i++) {
            if (test.test(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Beginnings of the verbs of crossing a border ("crossed", "перейти", "пересекли", "franchi", "passé"). */
    private static final List<String> CROSSING_STEMS = Stems.copyOf(Words.foldAll("cross", "перей", "перешл", "пересе",
            "franchi", "passe", "o'tish", "кесіп"));
    /** CROSSING_STEMS, asked of two dozen words around a figure: answered per word number, once. */
    private static final WordStems CROSSING_WORDS = WordStems.of(CROSSING_STEMS);

    /**
     * Both sides of a border, for drugs seized or people crossing on it, when the figure's sentence or the article's
     * lead (its headline and first paragraph) speaks of a border and the sentence names at most one side; or null.
     */
    private static List<String> seizureOnBorder(int start, int end, List<Words.Word> words, String text,
                                                Set<String> partyCodes, Set<String> speakerCodes, Set<String> across,
                                                List<String> title, List<String> ranked) {
        if (!seizureNear(start, words) && !crossingNear(start, words)) {
            return null; // (asked first: most figures have neither word near, and the sets below are built afresh)
        }
        Set<String> named = namedParties(partyCodes, speakerCodes);
        if (named.size() > 1) {
            return null;
        }
        int headlineEnd = text.indexOf('\n');
        int bodyStart = headlineEnd < 0 ? -1 : text.indexOf("\n\n", headlineEnd);
        int leadEnd = bodyStart < 0 ? -1 : text.indexOf('\n', bodyStart + 2);
        leadEnd = leadEnd < 0 && bodyStart >= 0 ? text.length() : leadEnd;
        if (!inSentenceOrLead(start, end, words, text, leadEnd, Subjects::isBorderWord)) {
            return null;
        }
        List<String> candidates = new ArrayList<>(named);
        candidates.addAll(across);
        candidates.addAll(title);
        candidates.addAll(ranked);
        Set<String> sides = new TreeSet<>();
        for (String code : candidates) {
            if (!REGION.equals(code) && code.length() == 2) {
                sides.add(code);
            }
            if (sides.size() == 2) {
                return List.copyOf(sides);
            }
        }
        return null;
    }

    /** The countries a sentence names as parties or speakers, the region left out. */
    private static Set<String> namedParties(Set<String> partyCodes, Set<String> speakerCodes) {
        Set<String> named = new TreeSet<>(partyCodes);
        named.addAll(speakerCodes);
        named.remove(REGION);
        return named;
    }

    /**
     * Whether a word that passes {@code test} (on its folded form) stands in the sentence of the figure at
     * {@code start}..{@code end}, or in the text before {@code leadEnd} (negative: no lead).
     */
    private static boolean inSentenceOrLead(int start, int end, List<Words.Word> words, String text, int leadEnd,
                                            Predicate<String> test) {
        int at = indexAt(words, start);
        for (int i = sentenceStart(words, at, text); i < words.size(); i++) {
            if (words.get(i).start() > end && endsSentence(text, words.get(i - 1).end())) {
                break;
            }
            if (test.test(words.get(i).folded())) {
                return true;
            }
        }
        for (int i = 0; leadEnd > 0 && i < words.size() && words.get(i).start() < leadEnd; i++) {
            if (test.test(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Words that join a country to the border noun before it ("the border of Turkmenistan"), folded. */
    private static final Set<String> BORDER_OF_WORDS = WordSet.copyOf(Words.foldAll("of", "de", "du"));
    /**
     * Words of coordination or of a second side: a country joined to another ("the border of Kazakhstan and
     * Turkmenistan", "Қазақстан мен Өзбекстан шекарасында", "на границе Казахстана с Россией") is one side of two.
     */
    private static final Set<String> AND_WORDS = WordSet.copyOf(Words.foldAll("and", "et", "и", "or", "ou", "или",
            "мен", "және", "va", "with", "avec", "с", "со", "bilan"));

    /**
     * Whether country {@code m} is named only as a border that is a place: "at the Kazakh border", "to the border of
     * Turkmenistan", "près de la frontière kazakhe", "(Turkmenistan border)". Not a border of two ("the Kazakh-Chinese
     * border", "the border of Kazakhstan and Turkmenistan"), nor one measured or crossed ({@link BorderPlaces}).
     */
    private static boolean namesBorderPlace(Mention m, List<Words.Word> words, String text) {
        if (m.kind() != PlaceKind.COUNTRY || words.isEmpty()) {
            return false;
        }
        int first = indexAt(words, m.start());
        if (words.get(first).start() != m.start()) {
            return false;
        }
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).start() < m.end()) {
            last++;
        }
        if (hyphenBeside(text, m) || first > 0 && AND_WORDS.contains(words.get(first - 1).folded())
                || last + 1 < words.size() && AND_WORDS.contains(words.get(last + 1).folded())) {
            return false;
        }
        int border;
        if (last + 1 < words.size() && isBorderWord(words.get(last + 1).folded())
                && text.substring(m.end(), words.get(last + 1).start()).isBlank()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '(') {
                return true; // "the Serhetabat (Turkmenistan border) – Herat route"
            }
            border = last + 1; // "at the Kazakh border"
        } else if (first > 0 && isBorderWord(words.get(first - 1).folded())
                && text.substring(words.get(first - 1).end(), m.start()).isBlank()) {
            border = first - 1; // "près de la frontière kazakhe"
        } else if (first > 1 && BORDER_OF_WORDS.contains(words.get(first - 1).folded())
                && isBorderWord(words.get(first - 2).folded())) {
            border = first - 2; // "to the border of Turkmenistan"
        } else {
            return false;
        }
        return BorderPlaces.aPlace(text, words, border, sentenceStartOffset(text, m.start()));
    }

    /** The sentence's mentions less the countries named only as a border that is a place, when another party stays. */
    private static List<Mention> withoutBorderPlaces(List<Mention> sentence, List<Words.Word> words, String text) {
        if (sentence.size() < 2) {
            return sentence;
        }
        List<Mention> kept = null;
        for (int i = 0; i < sentence.size(); i++) {
            Mention m = sentence.get(i);
            if (namesBorderPlace(m, words, text) && anotherPartyBesides(m, sentence, words, text)) {
                if (kept == null) {
                    kept = new ArrayList<>(sentence.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? sentence : List.copyOf(kept);
    }

    /** A hyphen or a dash right before or after the mention: one side of a border of two ("Kazakh-Chinese"). */
    private static boolean hyphenBeside(String text, Mention m) {
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
        char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
        return before == '-' || before == '–' || after == '-' || after == '–';
    }

    /**
     * Whether the sentence names a party of another code that is not itself a border named as a place, nor a speaker
     * ("Speaking to Russian President Vladimir Putin ... along the Tajik border" names no other party).
     */
    private static boolean anotherPartyBesides(Mention m, List<Mention> sentence, List<Words.Word> words,
                                               String text) {
        for (Mention o : sentence) {
            if (o != m && !REGION.equals(o.code()) && o.kind() != PlaceKind.CORRIDOR && !o.code().equals(m.code())
                    && o.kind() != PlaceKind.LEADER && o.kind() != PlaceKind.INSTITUTION && !isSpeaker(o, words)
                    && !namesBorderPlace(o, words, text)) {
                return true;
            }
        }
        return false;
    }

    /** "border", "frontière", "frontalier", "границе", "пограничн", "chegara": a word of a border. */
    private static boolean isBorderWord(String folded) {
        return folded.startsWith("border") || folded.startsWith("frontier") || folded.startsWith("frontali")
                || folded.startsWith("границ") || folded.startsWith("погранич") || folded.startsWith("chegara")
                || folded.startsWith("шекара");
    }

    /** Units of what passes a crossing: trains, wagons and vehicles counted, goods in tonnes or containers. */
    private static final Set<String> CROSSING_UNITS = Set.of("count", "t", "TEU");

    /** Nouns of a crossing point that stand for its border beside a town ("the Dostyk crossing"). */
    private static final Set<String> CROSSING_NOUNS = Set.of("crossing", "crossings");

    /** How many words may stand between a crossing's town and its border word ("the Sarakhs railway border"). */
    private static final int CROSSING_REACH = 3;

    /**
     * The two countries of a headline that names the town's country and one other, sorted, when the sentence names
     * one town beside a border word ("at the Sarakhs railway border", "пограничный терминал Серахс") and no other
     * country; else null.
     */
    private static List<String> borderCrossing(List<Mention> sentence, List<Words.Word> words, List<String> title) {
        Mention town = null;
        for (Mention m : sentence) {
            if (REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR) {
                return null;
            }
            if (m.kind() == PlaceKind.CITY) {
                if (town != null) {
                    return null;
                }
                town = m;
            }
        }
        if (town == null) {
            return null;
        }
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && !m.code().equals(town.code())) {
                return null; // "from Kazakhstan to Turkiye through Sarakhs": the sentence's own parties
            }
        }
        int first = indexAt(words, town.start());
        int last = lastWordOf(town, words);
        boolean border = false;
        for (int i = Math.max(0, first - CROSSING_REACH); i <= Math.min(words.size() - 1, last + CROSSING_REACH); i++) {
            String folded = words.get(i).folded();
            // ("the Dostyk crossing", "Khorgos crossing point": a crossing named by its town is one on the border)
            border |= (i < first || i > last) && (isBorderWord(folded) || CROSSING_NOUNS.contains(folded));
        }
        if (!border) {
            return null;
        }
        // the other side is the headline's ("Iran's rail trade with Turkmenistan ... at Sarakhs border crossing"): the
        // article's most named other country may be a partner further away
        if (title.size() == 2 && title.contains(town.code())) {
            return sorted(new TreeSet<>(title));
        }
        return null;
    }

    /** What may stand between a count of inhabitants and the place named right after it ("d'habitants, l'"). */
    private static final Pattern APPOSITION = Pattern.compile("(?U)\\s*,\\s*(?:\\p{L}{1,3}['’]?\\s*)?");

    /**
     * Whose population a count of inhabitants is: the country or town its sentence names last before it ("Le
     * Tadjikistan, pays de 9,5 millions d'habitants"), else the one right after it ("Pays de 30 millions d'habitants,
     * l'Ouzbékistan"), else the place its paragraph named last before it ("... le rôle joué par le Kirghizistan. Le pays
     * enclavé de 6,7 millions d'habitants", when a noun of a place stands for it), Central Asia there standing for its
     * five countries ("le plus long d'Asie centrale. Cette région enclavée d'environ 80 millions d'habitants"); null
     * when there is none. A population is a national amount, its place's alone (LABEL-FIXES 2026-12-04: a country's
     * population takes no partner).
     */
    static List<String> populationOwner(int start, int end, String text, List<Words.Word> words,
                                        List<Mention> sentence, List<Mention> paragraph) {
        Mention owner = null;
        for (Mention m : sentence) {
            if (m.end() > start) {
                if (owner == null && m.start() >= end && isCountryOrTown(m)
                        && APPOSITION.matcher(text.substring(end, m.start())).matches()) {
                    owner = m;
                }
                break;
            }
            if (isCountryOrTown(m)) {
                owner = m;
            }
        }
        if (owner == null && placeNounBefore(start, words)) {
            for (Mention m : paragraph) {
                if (m.end() > start) {
                    break;
                }
                if (isCountryOrTown(m) || REGION.equals(m.code())) {
                    owner = m;
                }
            }
        }
        if (owner == null) {
            return null;
        }
        return REGION.equals(owner.code()) ? CENTRAL_ASIA : List.of(owner.code());
    }

    /** Nouns that stand for a place named before them ("le pays", "cette région", "the republic"). */
    private static final Set<String> PLACE_NOUNS = WordSet.copyOf(Words.foldAll("country", "republic", "region",
            "nation", "pays", "république", "région", "страна", "республика", "регион"));

    /** Whether a noun standing for a place comes within {@link #POPULATION_NOUN_REACH} words before the figure. */
    private static boolean placeNounBefore(int start, List<Words.Word> words) {
        int at = indexAt(words, start);
        for (int i = at - 1; i >= 0 && i >= at - POPULATION_NOUN_REACH; i--) {
            if (PLACE_NOUNS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a count of inhabitants may name the place it counts by a noun ("Le pays enclavé de"). */
    private static final int POPULATION_NOUN_REACH = 4;

    private static boolean isCountryOrTown(Mention m) {
        return (m.kind() == PlaceKind.COUNTRY || m.kind() == PlaceKind.CITY) && !REGION.equals(m.code());
    }

    /** Whether a verb of crossing stands within a few words before or after the figure at {@code start}. */
    private static boolean crossingNear(int start, List<Words.Word> words) {
        return stemNear(start, words, CROSSING_WORDS);
    }

    /** A word counting the dead or the wounded, decided once per word number: asked around every figure. */
    private static final WordStems CASUALTY = WordStems.asking(ClashCasualties::countsCasualties);

    /**
     * Whether a word counting the dead or the wounded stands right before or after the figure, or anywhere in its
     * sentence ("число погибших граждан ... достигло 33 человек").
     */
    private static boolean casualtyInSentence(int start, List<Words.Word> words, String text) {
        int at = indexAt(words, start);
        int from = Math.min(Math.max(0, at - CASUALTY_BEFORE), sentenceStart(words, at, text));
        int to = Math.max(Math.min(words.size(), at + CASUALTY_AFTER + 1), Math.min(words.size(),
                sentenceEnd(words, at, text)));
        for (int i = from; i < to; i++) {
            if (CASUALTY.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Under a headline naming one party outside the region and Central Asia ("China's trade with Central Asia",
     * "Россия и Центральная Азия"), the parties of a relation whose sentence names that party alone or none: the party
     * and the five countries; null under any other headline or when the sentence names another party.
     */
    private static List<String> headlineWithRegion(ArticleFrame article, String only) {
        if (!article.titleRegion() || article.title().size() != 1) {
            return null;
        }
        String party = article.title().get(0);
        if (CENTRAL_ASIA.contains(party) || only != null && !only.equals(party)) {
            return null;
        }
        return withRegion(Set.of(party));
    }

    /**
     * The one country a figure's sentence names, when it names it as none of a source ("according to the Kazakh
     * ministry"), an end ("to Uzbekistan", "с Китаем") or a country crossed ("via Kazakhstan"), and names neither a
     * bloc, a corridor nor a corridor word ("this route", "по коридору"); else null.
     */
    private static String ownCountry(List<Mention> sentence, List<Words.Word> words, int start, String text) {
        String code = null;
        for (Mention m : sentence) {
            if (REGION.equals(m.code())) {
                continue;
            }
            if (m.kind() == PlaceKind.BLOC || m.kind() == PlaceKind.CORRIDOR || code != null && !code.equals(m.code())
                    || isSpeaker(m, words) || withPartner(m, words) || isTransit(m, words)
                    || namesDirection(m, words)) {
                return null;
            }
            int before = wordBefore(m, words);
            if (before >= 0 && END_WORDS.contains(words.get(before).folded())) {
                return null;
            }
            code = m.code();
        }
        return code == null || corridorWordInSentence(words, start, text) ? null : code;
    }

    /** Words of a headline that set a flow between two parties ("between", "между", "арасындағы"). */
    private static final Set<String> FLOW_BETWEEN_WORDS = WordSet.copyOf(Words.foldAll("between", "entre", "между",
            "orasida", "арасындағы", "арадағы", "o'rtasidagi", "ўртасидаги"));

    /** Whether a folded word is a word of "between" ({@link #FLOW_BETWEEN_WORDS}). */
    static boolean isBetweenWord(String folded) {
        return FLOW_BETWEEN_WORDS.contains(folded);
    }

    /** Whether a folded word is an article or a demonstrative ("the", "le", "la"). */
    static boolean isArticle(String folded) {
        return ARTICLES.contains(folded);
    }

    /**
     * Whether a headline speaks of a flow between two parties: a country after "with" ("freight with China",
     * "Қытаймен"), or "between" ("Қазақстан мен Қытай арасындағы"). Asked once per article.
     */
    static boolean setsFlow(List<Mention> titleMentions, List<Words.Word> titleWords) {
        for (Mention m : titleMentions) {
            if (withPartner(m, titleWords)) {
                return true;
            }
        }
        for (Words.Word w : titleWords) {
            if (FLOW_BETWEEN_WORDS.contains(w.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country and its partner when the headline speaks of the flow between them ({@link ArticleFrame#titleFlow})
     * and names the partner, with or without the country; null otherwise.
     */
    private static List<String> headlineFlowPair(String own, ArticleFrame article) {
        if (!article.titleFlow()) {
            return null;
        }
        Set<String> pair = new LinkedHashSet<>(article.title());
        pair.add(own);
        return pair.size() == 2 && article.title().stream().allMatch(Subjects::isCountryCode) ? sorted(pair) : null;
    }

    /** Whether a word of the figure's sentence, before or after it, names a corridor or a route. */
    private static boolean corridorWordInSentence(List<Words.Word> words, int start, String text) {
        int at = indexAt(words, start);
        int to = sentenceEnd(words, at, text);
        for (int i = sentenceStart(words, at, text); i < to && i < words.size(); i++) {
            if (CORRIDOR_WORD.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words after which the ends of a flow follow ("between", "entre", "между"). */
    private static final Set<String> BETWEEN_BEFORE = WordSet.copyOf(Words.foldAll("between", "entre", "между"));
    /** Words that follow the ends of a flow they join ("Қазақстан мен Әзірбайжан арасындағы", "orasida"). */
    private static final Set<String> BETWEEN_AFTER = WordSet.copyOf(Words.foldAll("orasida", "арасындағы",
            "арадағы", "o'rtasidagi", "ўртасидаги"));

    /**
     * How many countries a sentence names as the ends a flow goes between or a line connects: the countries within a
     * few words after "between" or a verb of connecting, or before a Kazakh or Uzbek word of "between".
     */
    private static int endsBetween(List<Mention> sentence, List<Words.Word> words) {
        Set<String> ends = new TreeSet<>();
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || !isCountryCode(m.code())) {
                continue;
            }
            int at = indexAt(words, m.start());
            boolean end = false;
            for (int i = Math.max(0, at - CONNECT_REACH); i < at && !end; i++) {
                end = BETWEEN_BEFORE.contains(words.get(i).folded()) || CONNECT_WORDS.startsAny(words.get(i));
            }
            for (int i = at + 1; i <= at + CONNECT_REACH && i < words.size() && !end; i++) {
                end = BETWEEN_AFTER.contains(words.get(i).folded());
            }
            if (end) {
                ends.add(m.code());
            }
        }
        return ends.size();
    }

    /** Whether a sentence names a country as where freight goes ("to Iran", "в Узбекистан", "in the direction of"). */
    private static boolean namesDestination(List<Mention> sentence, List<Words.Word> words, String text) {
        for (Mention m : sentence) {
            if (!REGION.equals(m.code()) && (ProductFlows.isBuyer(m, words, text) || namesDirection(m, words))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence's mentions name no country, bloc or corridor (Central Asia as a whole aside). */
    private static boolean namesNoParty(List<Mention> sentence) {
        for (Mention m : sentence) {
            if (!REGION.equals(m.code())) {
                return false;
            }
        }
        return true;
    }

    /** One outside party and the five countries of Central Asia: "Xinjiang's trade with Central Asia". */
    private static List<String> withRegion(Set<String> party) {
        Set<String> all = new LinkedHashSet<>(party);
        all.addAll(CENTRAL_ASIA);
        return sorted(all);
    }

    /** Beginnings of words that make a figure of no known metric one of a trade relation between two sides. */
    private static final List<String> TRADE_STEMS = Words.foldAll("trade", "export", "import", "turnover", "bilateral",
            "commerc", "echange", "exportation", "importation", "bilateraux", "bilaterale", "товарооборот", "торгов",
            "экспорт", "импорт", "двусторон", "savdo", "eksport", "савдо", "сауда", "айирбошла", "ayirboshla",
            "айналым");
    /** TRADE_STEMS, asked of a sentence's words for every figure of it: answered per word, once. */
    private static final WordStems TRADE_WORDS = WordStems.of(TRADE_STEMS);

    /** Whether the figure's sentence speaks of trade ("share of trade", "exports to Russia", "commerce bilatéral"). */
    private static boolean speaksOfTrade(List<Words.Word> words, List<Mention> sentence, String text) {
        if (sentence.isEmpty()) {
            return false;
        }
        int from = sentenceStartOffset(text, sentence.get(0).start());
        int to = sentence.get(sentence.size() - 1).end();
        while (to < text.length() && !endsAt(text, to)) {
            to++;
        }
        for (int i = indexAt(words, from); i < words.size() && words.get(i).start() < to; i++) {
            if (TRADE_WORDS.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TRANSIT_WORDS = Set.of("through", "via", "across", "через", "transitant",
            "traversant", "travers", "orqali");

    private static final List<String> TRANSIT_STEMS = List.of("transit", "транзит", "tranzit");
    /** TRANSIT_STEMS, asked of a sentence's words for every figure of it: answered per word number, once. */
    private static final WordStems TRANSIT_STEM_WORDS = WordStems.of(TRANSIT_STEMS);

    /** Whether the dozen words before the figure (the sentence before, for a short one) speak of transit traffic. */
    private static boolean saysTransit(List<Words.Word> words, int figureStart, String text, boolean continues) {
        int at = indexAt(words, figureStart);
        // the whole sentence before the figure: "transit cargo since January is up 20
        // percent on 2022, at 5 million tons"
        int from = sentenceStart(words, at, text);
        if (continues && from > 0 && text.lastIndexOf('\n', words.get(from).start()) < words.get(from - 1).end()) {
            from = sentenceStart(words, from - 1, text); // the sentence before, in the same paragraph
        }
        for (int i = from; i < at; i++) {
            if (TRANSIT_STEM_WORDS.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a sentence says is crossed ("transit through Kazakhstan"), when every country it names is that one
     * or only a speaker; null otherwise ("Chinese cargo through Kazakhstan" has an end too).
     */
    private static String onlyCountryCrossed(List<Mention> sentence, List<Words.Word> words) {
        String crossed = null;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && !REGION.equals(m.code()) && isTransit(m, words)) {
                crossed = m.code();
            }
        }
        if (crossed == null) {
            return null;
        }
        for (Mention m : sentence) {
            if (!REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR && !m.code().equals(crossed)
                    && !isSpeaker(m, words) && m.kind() != PlaceKind.LEADER && m.kind() != PlaceKind.INSTITUTION) {
                return null;
            }
        }
        return crossed;
    }

    private static final List<String> NETWORK_STEMS = List.of("network", "reseau", "желі", "tarmog");
    private static final Set<String> NETWORK_WORDS = Set.of("сеть", "сети", "сетью", "сетям", "сетей");

    /** {@link #isNetworkWord}, decided once per word number: asked of the words before a freight figure. */
    private static final WordStems NETWORK = WordStems.asking(Subjects::isNetworkWord);

    private static boolean isNetworkWord(String folded) {
        return NETWORK_WORDS.contains(folded) || Words.startsWithAny(folded, NETWORK_STEMS);
    }

    /**
     * The one country whose railway network carries a figure: the sentence speaks of a network and names one country
     * (its railway company counts), or names none and continues a paragraph that did; null otherwise.
     */
    private static String networkCountry(List<Mention> sentence, List<Mention> paragraph, List<Words.Word> words,
                                         int figureStart, String text) {
        int at = indexAt(words, figureStart);
        int from = sentenceStart(words, at, text);
        List<Mention> named = sentence;
        int scanFrom = from;
        if (namesNoParty(sentence)) {
            named = earlierInParagraph(paragraph, figureStart, text);
            int paragraphStart = from == 0 ? 0 : text.lastIndexOf('\n', words.get(from).start()) + 1;
            scanFrom = indexAt(words, paragraphStart);
        }
        String country = null;
        for (Mention m : named) {
            if (REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR) {
                continue;
            }
            if (m.kind() == PlaceKind.CITY || country != null && !country.equals(m.code())) {
                return null;
            }
            country = m.code();
        }
        if (country == null) {
            return null;
        }
        for (int i = scanFrom; i < words.size() && i < at + LOOK_BEHIND; i++) {
            if (i >= at && i > 0 && endsSentence(text, words.get(i - 1).end())) {
                break;
            }
            if (NETWORK.startsAny(words.get(i))) {
                return country;
            }
        }
        return null;
    }

    /** Whether a place of the sentence, a town included, is crossed ("через Казахстан", "via Khorgos"). */
    private static boolean crossesNamedPlace(List<Mention> sentence, List<Words.Word> words) {
        for (Mention m : sentence) {
            if (!REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR && isTransit(m, words)) {
                return true;
            }
        }
        return false;
    }

    /** The one country the sentence's crossed places (towns included) lie in, or null. */
    private static String crossedCountry(List<Mention> sentence, List<Words.Word> words) {
        String crossed = null;
        for (Mention m : sentence) {
            if (!REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR && isTransit(m, words)) {
                if (crossed != null && !crossed.equals(m.code())) {
                    return null;
                }
                crossed = m.code();
            }
        }
        return crossed;
    }

    /**
     * The two ends of a shipment and the countries the sentence says it crosses ("через Казахстан", "through Iran"):
     * countries only, not a town or a crossing point, which decision 39 gives the place's country apart.
     */
    private static Set<String> withCountriesCrossed(Set<String> ends, List<Mention> parties, List<Words.Word> words) {
        Set<String> way = new LinkedHashSet<>(ends);
        for (Mention m : parties) {
            if (m.kind() == PlaceKind.COUNTRY && isTransit(m, words)) {
                way.add(m.code());
            }
        }
        return way;
    }

    /**
     * The one country the sentence names, when every place of it, towns included, lies in that country (a leader or a
     * body may speak for another: "Aliyev believes a 42-km road through Armenia can be built soon"); else null.
     */
    private static String onlyCountryPlaced(List<Mention> sentence) {
        String only = null;
        boolean country = false;
        for (Mention m : sentence) {
            if (REGION.equals(m.code()) || m.kind() == PlaceKind.LEADER || m.kind() == PlaceKind.INSTITUTION) {
                continue;
            }
            if (only != null && !only.equals(m.code()) || !isCountryCode(m.code())) {
                return null;
            }
            only = m.code();
            country |= m.kind() == PlaceKind.COUNTRY;
        }
        return country ? only : null;
    }

    private static final List<String> EUROPE_STEMS = List.of("europe", "европ", "yevropa", "еуропа");
    private static final Set<String> END_WORDS = Set.of("from", "to", "between", "and", "de", "vers", "entre",
            "et", "из", "в", "во", "между", "и");

    /**
     * Whether the sentence, up to the figure, names Europe (not a mention: "European Union" is the EU already) as
     * an end ("from Europe", "между Китаем и Европой", "vers l'Europe").
     */
    private static boolean namesEuropeAsEnd(List<Words.Word> words, List<Mention> sentence, int figureStart,
                                            String text) {
        int at = indexAt(words, figureStart);
        int from = sentenceStart(words, at, text);
        for (int i = from + 1; i < at; i++) {
            if (europeAsEnd(words, i, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is Europe (not "European", "европейский") as a place, whatever stands before it. */
    private static boolean isEurope(Words.Word word) {
        String folded = word.folded();
        return Words.startsWithAny(folded, EUROPE_STEMS) && !folded.startsWith("europeen")
                && !folded.startsWith("european") && !folded.startsWith("европейск");
    }

    /**
     * Whether word {@code i} (after {@code from}, its sentence's first word) names Europe as an end: a word of an end
     * right before it ("from Europe", "между Китаем и Европой"), or before its article ("vers l'Europe").
     */
    private static boolean europeAsEnd(List<Words.Word> words, int i, int from) {
        if (!isEurope(words.get(i))) {
            return false;
        }
        String before = words.get(i - 1).folded();
        return END_WORDS.contains(before)
                || before.equals("l") && i > from + 1 && END_WORDS.contains(words.get(i - 2).folded());
    }

    /** Whether the sentence names China as a country: asked first, as most sentences do not. */
    private static boolean namesChina(List<Mention> sentence) {
        for (Mention m : sentence) {
            if ("CN".equals(m.code()) && m.kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** Whether a country the sentence says is crossed stands in the figure's clause (no clause mark between). */
    private static boolean crossedInClause(int start, int end, List<Words.Word> words, List<Mention> sentence,
                                           String text) {
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && !crossesClause(text, Math.min(m.end(), end), Math.max(m.start(), start))
                    && (isTransit(m, words) || passesBy(m, words))) {
                return true;
            }
        }
        return false;
    }

    /** French "par" for "through" after a verb of passing ("passant par le Kazakhstan", "transite par la Russie"). */
    private static final List<String> PASSING_STEMS = List.of("pass", "transit");

    /**
     * Whether a country is what freight passes by in French ("passant par le Kazakhstan", "transitent par le
     * Kazakhstan"): "par" right before it (or its article), a verb of passing right before that; "par an" and
     * "multiplié par" are no place crossed.
     */
    private static boolean passesBy(Mention m, List<Words.Word> words) {
        int before = wordBefore(m, words);
        return before > 0 && "par".equals(words.get(before).folded())
                && Words.startsWithAny(words.get(before - 1).folded(), PASSING_STEMS);
    }

    private static final List<String> CHINA_EUROPE = List.of("CN", "EU");

    /**
     * Whether the figure's sentence names no corridor and speaks of traffic between China and Europe ("from China to
     * Europe", "между Китаем и Европой", "the China – Europe route") that crosses a place it names ("through
     * Kazakhstan", "via Khorgos").
     */
    private static boolean chinaEuropeThrough(int figureStart, List<Words.Word> words, List<Mention> sentence,
                                              String text) {
        List<Mention> china = new ArrayList<>();
        boolean chinaAsEnd = false;
        boolean countryCrossed = false;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.CORRIDOR) {
                return false;
            }
            if ("CN".equals(m.code()) && m.kind() == PlaceKind.COUNTRY) {
                china.add(m);
                int before = wordBefore(m, words);
                chinaAsEnd |= before >= 0 && END_WORDS.contains(words.get(before).folded());
            } else if (m.kind() == PlaceKind.COUNTRY && (isTransit(m, words) || passesBy(m, words))) {
                countryCrossed = true; // "through Kazakhstan", not a border town ("through Alashankou")
            }
        }
        if (china.isEmpty() || !countryCrossed) {
            return false;
        }
        int at = indexAt(words, figureStart);
        int from = sentenceStart(words, at, text);
        int to = Math.min(words.size(), sentenceEnd(words, at, text));
        for (int i = Math.max(from + 1, 1); i < to; i++) {
            Words.Word europe = words.get(i);
            if (!isEurope(europe)) {
                continue;
            }
            if (chinaAsEnd && europeAsEnd(words, i, from)) {
                return true;
            }
            // "the China – Europe route", "via the China-Europe-China railway", "Китай-Европа": a route named by its
            // two ends joined by a dash
            for (Mention m : china) {
                String gap = m.end() <= europe.start() ? text.substring(m.end(), europe.start())
                        : europe.end() <= m.start() ? text.substring(europe.end(), m.start()) : "";
                gap = gap.strip();
                if (gap.equals("-") || gap.equals("–") || gap.equals("—")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word just before a mention makes it a country crossed ("through Kazakhstan", "через Казахстан"). */
    private static boolean isTransit(Mention m, List<Words.Word> words) {
        int at = indexAt(words, m.start());
        if (at == 0 || words.get(at).start() != m.start()) {
            return false;
        }
        int before = at - 1;
        if (before > 0 && ARTICLE_WORDS.contains(words.get(before).folded())) {
            before--; // "via le Kazakhstan", "through the Kyrgyz Republic"
        }
        if (TRANSIT_WORDS.contains(words.get(before).folded())) {
            return true;
        }
        // "через СЭЗ «Хоргос»", "via SEZ Khorgos": a name or two may say what the place is (not "through the
        // territory of Kyrgyzstan", which a route crosses as one of its countries)
        int names = 0;
        for (int i = at - 1; i > 0 && names < TRANSIT_REACH; i--) {
            if (!Character.isUpperCase(words.get(i).raw().charAt(0))) {
                return false;
            }
            names++;
            int previous = i - 1;
            if (previous > 0 && ARTICLE_WORDS.contains(words.get(previous).folded())) {
                previous--; // "via la ZES Khorgos"
            }
            if (TRANSIT_WORDS.contains(words.get(previous).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a country crossed is named as the owner of the line that carries the freight: a line word within the
     * three words after it ("via Russia's Druzhba pipeline").
     */
    private static boolean ownsLineAfter(Mention m, List<Words.Word> words) {
        int after = indexAt(words, m.end());
        for (int i = after; i < Math.min(words.size(), after + LINE_OWNER_REACH); i++) {
            if (isLineWord(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** How far after a country the line it owns may be named ("Russia's Druzhba oil pipeline"). */
    private static final int LINE_OWNER_REACH = 3;

    /** How many capitalised words may stand between a transit word and the place crossed ("через СЭЗ «Хоргос»"). */
    private static final int TRANSIT_REACH = 2;

    private static final Set<String> PORT_WORDS = Set.of("port", "ports", "seaport", "seaports", "portuaire",
            "portuaires", "porti", "portlari", "portidan", "portiga", "portida", "terminal", "terminals", "terminaux");
    private static final List<String> PORT_STEMS = List.of("порт", "терминал");
    /** Russian and Kazakh words that begin like "порт" but name no port (портфель, портрет, портал, ...). */
    private static final List<String> NOT_PORT_STEMS = List.of("портф", "портр", "портал", "портат", "портн",
            "портьер");
    private static final int PORT_REACH = 2;

    /** {@link #isPortWord} of each word, decided once per word number: asked of every word of a figure's sentence. */
    private static final WordStems PORT_WORD = WordStems.asking(Subjects::isPortWord);

    private static boolean isPortWord(String folded) {
        if (PORT_WORDS.contains(folded)) {
            return true;
        }
        if (Words.startsWithAny(folded, NOT_PORT_STEMS)) {
            return false;
        }
        if (Words.startsWithAny(folded, PORT_STEMS)) {
            return true;
        }
        return false;
    }

    /**
     * The countries of the towns the sentence before the figure's names next to a port word, when that sentence lies
     * in the figure's paragraph and names no corridor; else null.
     */
    private static List<String> portOfSentenceBefore(int figureStart, List<Words.Word> words, List<Mention> paragraph,
                                                     String text) {
        // (most such figures follow no town at all: no walk back then)
        if (lastBefore(paragraph, figureStart, true) == null) {
            return null;
        }
        int from = sentenceStart(words, indexAt(words, figureStart), text);
        if (from == 0) {
            return null;
        }
        int before = sentenceStart(words, from - 1, text);
        int start = words.get(before).start();
        int end = words.get(from).start();
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : paragraph) {
            if (m.start() >= start && m.end() <= end) {
                if (m.kind() == PlaceKind.CORRIDOR) {
                    return null;
                }
                mentions.add(m);
            }
        }
        return mentions.isEmpty() ? null : portTowns(start, words, mentions, text);
    }

    /**
     * Whether the figure's sentence names places, and every one of them after a word of cause that follows the figure
     * ("grew to 900,000 tons due to ...", "owing to", "because of", "thanks to", "из-за", "благодаря", "в связи с",
     * "вследствие", "en raison de", "grâce à", "à cause de", "du fait de"). Walks only the words between the figure
     * and the sentence's first place.
     */
    private static boolean placesOnlyInCause(int figureEnd, List<Words.Word> words, List<Mention> sentence) {
        int firstPlace = -1;
        for (Mention m : sentence) {
            if (REGION.equals(m.code())) {
                continue;
            }
            if (m.start() < figureEnd) {
                return false;
            }
            if (firstPlace < 0 || m.start() < firstPlace) {
                firstPlace = m.start();
            }
        }
        if (firstPlace < 0) {
            return false;
        }
        for (int i = indexAt(words, figureEnd); i < words.size() && words.get(i).start() < firstPlace; i++) {
            if (startsCause(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions that no dash joins to the mention before or after them ("Baku–Tbilisi–Ceyhan" left out). */
    private static List<Mention> withoutDashedPlaces(List<Mention> sentence, String text) {
        List<Mention> alone = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Mention m = sentence.get(i);
            boolean joined = i > 0 && dashBetween(text, sentence.get(i - 1).end(), m.start())
                    || i + 1 < sentence.size() && dashBetween(text, m.end(), sentence.get(i + 1).start());
            if (!joined) {
                alone.add(m);
            }
        }
        return alone;
    }

    /** Whether word {@code i} begins a phrase of cause ("due to", "из-за", "en raison de"). */
    private static boolean startsCause(List<Words.Word> words, int i) {
        String word = words.get(i).folded();
        String next = i + 1 < words.size() ? words.get(i + 1).folded() : "";
        String before = i > 0 ? words.get(i - 1).folded() : "";
        return switch (word) {
            case "due", "owing", "thanks" -> next.equals("to");
            case "because" -> next.equals("of");
            case "благодаря", "вследствие", "из-за" -> true;
            case "из" -> next.equals("за");
            case "связи" -> before.equals("в") && next.equals("с");
            case "raison" -> before.equals("en") && next.equals("de");
            case "grace" -> next.equals("a") || next.equals("au") || next.equals("aux");
            case "cause", "fait" -> before.equals(word.equals("cause") ? "a" : "du")
                    && (next.equals("de") || next.equals("d") || next.equals("du") || next.equals("des"));
            default -> false;
        };
    }

    /**
     * The country of the port the figure's sentence speaks of, or null when it speaks of none: the town named next
     * to "port" ("the port of Aktau", "порт Актау", "Ақтау порты"; two such towns are the ends of a port-to-port
     * line, "Turkmenbashi port – Alat port"); else the one country the sentence names ("Kazakhstan's seaports handled"), or for "the port" named before, the paragraph's last town
     * or the headline's one country.
     */
    private static List<String> portCountries(int figureStart, List<Words.Word> words, List<Mention> sentence,
                                              List<Mention> paragraph, List<String> title, List<String> titlePort,
                                              String text) {
        return portCountries(figureStart, words, sentence, paragraph, title, titlePort, text, false);
    }

    /** The countries of the towns a headline names beside a port or terminal word, or an empty list. */
    static List<String> portTownsOfHeadline(String title, List<Mention> titleMentions, List<Words.Word> titleWords) {
        if (titleWords.isEmpty()) {
            return List.of();
        }
        // (the towns of a route the headline names beside the port, "Baku–Tbilisi–Ceyhan", are its ends, not the port)
        List<String> towns = portCountries(titleWords.get(0).start(), titleWords,
                withoutDashedPlaces(titleMentions, title), List.of(), List.of(), List.of(), title, true);
        return towns == null ? List.of() : towns;
    }

    /** The countries of the towns named next to a port word in the figure's sentence, or null when there are none. */
    private static List<String> portTowns(int figureStart, List<Words.Word> words, List<Mention> sentence,
                                          String text) {
        return portCountries(figureStart, words, sentence, List.of(), List.of(), List.of(), text, true);
    }

    private static List<String> portCountries(int figureStart, List<Words.Word> words, List<Mention> sentence,
                                              List<Mention> paragraph, List<String> title, List<String> titlePort,
                                              String text, boolean townsOnly) {
        int at = indexAt(words, figureStart);
        int from = sentenceStart(words, at, text);
        List<Integer> ports = new ArrayList<>();
        for (int i = from; i < words.size(); i++) {
            if (i > from && endsSentence(text, words.get(i - 1).end())) {
                break;
            }
            if (PORT_WORD.startsAny(words.get(i))) {
                ports.add(i);
            }
        }
        if (ports.isEmpty()) {
            return null;
        }
        Set<String> named = new LinkedHashSet<>();
        Set<String> towns = new LinkedHashSet<>();
        for (Mention m : sentence) {
            if (REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR) {
                continue;
            }
            // "a dry port on the border between Kazakhstan and China": the countries a border lies between say where
            // the port is, not whose it is (its town does)
            if (m.kind() != PlaceKind.CITY && onBorder(m, sentence, words, text)) {
                continue;
            }
            int first = indexAt(words, m.start());
            int last = indexAt(words, Math.max(m.start(), m.end() - 1));
            for (int port : ports) {
                if (m.kind() == PlaceKind.CITY && (port > last && port - last <= PORT_REACH
                        || port < first && first - port <= PORT_REACH)) {
                    towns.add(m.code());
                }
            }
            named.add(m.code());
        }
        if (!towns.isEmpty()) {
            return sorted(towns);
        }
        if (townsOnly || named.size() > 1) {
            return null;
        }
        if (named.size() == 1) {
            return List.copyOf(named);
        }
        Mention town = lastBefore(paragraph, words.get(from).start(), true);
        if (town != null) {
            return List.of(town.code());
        }
        // "From January to June the port handled 150,000 tons" under "Baku-Tbilisi-Ceyhan: more oil goes through the
        // port of Aktau": "the port" of a body that names no port town is the one the headline names by its town,
        // whatever route the headline names too (LABEL-FIXES 2026-12-03: freight at a port takes the place's country)
        if (!titlePort.isEmpty()) {
            return titlePort;
        }
        return title.size() == 1 ? List.copyOf(title) : null;
    }

    /**
     * The one country a sentence of exports names, when it is no buyer ("exported to Russia", "в Россию"), every
     * mention of the sentence naming it; for a sentence naming no place, the article's exporter: the one it makes the
     * subject of a verb of export, else the headline's first country (a headline names the exporter before the buyer:
     * "Kazakhstan starts to supply flour to Afghanistan"). Null otherwise.
     */
    /**
     * Whether the sentence before the figure's speaks of a flow between two parties: a word of "between" ("между
     * странами", "арасындағы") or a partner after "with" ("freight volume with Uzbekistan").
     */
    private static boolean previousSentenceSaysPair(List<Mention> sentencesBefore, List<Words.Word> words,
                                                    int figureStart, String text) {
        int at = sentenceStart(words, indexAt(words, figureStart), text);
        if (at == 0) {
            return false;
        }
        int previous = sentenceStart(words, at - 1, text);
        for (int i = previous; i < at; i++) {
            String folded = words.get(i).folded();
            if (BETWEEN_BEFORE.contains(folded) || BETWEEN_AFTER.contains(folded)) {
                return true;
            }
        }
        int from = words.get(previous).start();
        for (Mention m : sentencesBefore) {
            if (m.start() >= from && withPartner(m, words)) {
                return true;
            }
        }
        return false;
    }

    /** Kazakh and Uzbek endings of "from" glued to a name ("Ауғанстаннан", "Qozog'istondan"). */
    private static final List<String> FROM_ENDINGS = Words.foldAll("дан", "ден", "нан", "нен", "тан", "тен", "dan",
            "den");

    /**
     * The exporter of freight exported with no buyer: the one party the sentence names as where the goods come from or
     * whose exports they are, else, with no party named, the country the headline makes the exporter or names first;
     * null otherwise.
     */
    private static String exporterOfFreight(List<Mention> parties, Set<String> partyCodes, List<Words.Word> words,
                                            String text, ArticleFrame article) {
        if (partyCodes.isEmpty()) {
            if (article.exporter() != null) {
                return isCountryCode(article.exporter()) ? article.exporter() : null;
            }
            List<String> title = article.title();
            return title.isEmpty() || !isCountryCode(title.get(0)) ? null : title.get(0);
        }
        if (partyCodes.size() != 1) {
            return null;
        }
        for (Mention m : parties) {
            if (!ownsExports(m, words, text)
                    && !hasCaseEnding(words.get(lastWordOf(m, words)).folded(), FROM_ENDINGS)) {
                return null;
            }
        }
        return parties.get(0).code();
    }

    private static String soleExporter(List<Mention> sentence, List<Mention> parties, Set<String> partyCodes,
                                       Set<String> speakerCodes, List<Words.Word> words, String text,
                                       ArticleFrame article) {
        if (sentence.isEmpty()) {
            if (article.exporter() != null) {
                return article.exporter();
            }
            List<String> title = article.title();
            return title.isEmpty() || !isCountryCode(title.get(0)) ? null : title.get(0);
        }
        if (partyCodes.size() + speakerCodes.size() != 1) {
            return null;
        }
        String only = (partyCodes.isEmpty() ? speakerCodes : partyCodes).iterator().next();
        for (Mention m : sentence) {
            if (!only.equals(m.code()) || namesBuyer(m, words, text)) {
                return null;
            }
        }
        return only;
    }

    /**
     * Whether a country is where goods go or come from, not whose they are: a preposition before it ("to Russia",
     * "vers l'Azerbaïdjan", "на Швейцарию", "из Китая"), a case ending of one ("Xitoyga", "Қытайға"), or the
     * subject of a verb of import.
     */
    private static boolean namesBuyer(Mention m, List<Words.Word> words, String text) {
        int before = wordBefore(m, words);
        // "de l'Azerbaïdjan": the elided article stands between the preposition and the name
        if (before > 0 && ELIDED.contains(words.get(before).folded())) {
            before--;
        }
        // ("exports of textile products from Uzbekistan", "the Ministry of Agriculture of Kazakhstan": in a sentence
        // of exports and no import, where they come from and whose body speaks is the exporter)
        if (before >= 0 && PARTNER_WORDS.contains(words.get(before).folded())
                && (!ORIGIN_WORDS.contains(words.get(before).folded()) || namesDirection(m, words))) {
            return true;
        }
        return hasCaseEnding(words.get(lastWordOf(m, words)).folded(), PARTNER_ENDINGS)
                || ProductFlows.isBuyer(m, words, text);
    }

    /** French elided articles ("l'", "d'") as words of their own. */
    private static final Set<String> ELIDED = Set.of("l", "d");

    /** Whether the figure of the sentence that starts at {@code start} is a percentage. */
    private static boolean percentAt(int start, List<SurfaceFigure> figures) {
        SurfaceFigure figure = figureAt(start, figures);
        return figure != null && "percent".equals(figure.unit());
    }

    /** The figure of the sentence that starts at {@code start} (the last such, as figures are in text order), or null. */
    private static SurfaceFigure figureAt(int start, List<SurfaceFigure> figures) {
        SurfaceFigure found = null;
        for (SurfaceFigure f : figures) {
            if (f.start() == start) {
                found = f;
            }
        }
        return found;
    }

    private static final int LIST_ITEM_MAX = 80;

    /** An item's party with the party the list is about (the headline's, else the article's first); null if none. */
    private static List<String> listOwner(String item, List<String> title, List<String> ranked) {
        List<String> candidates = new ArrayList<>(byRank(title, ranked));
        candidates.addAll(ranked);
        candidates.removeIf(item::equals);
        List<String> owner = firstOne(candidates);
        return owner.isEmpty() ? null : sorted(new LinkedHashSet<>(List.of(item, owner.get(0))));
    }

    /**
     * Whether the figure stands in a short line of its own that names the party, a dash and the figure ("— Казахстан –
     * 538 тыс. тонн", "• Russia - $2 billion"), after a line that ends with a colon or is such an item itself.
     */
    private static boolean listItemLine(Mention party, int figureStart, String text) {
        int from = text.lastIndexOf('\n', figureStart) + 1;
        int to = text.indexOf('\n', figureStart);
        to = to < 0 ? text.length() : to;
        if (to - from > LIST_ITEM_MAX || party.start() < from || party.end() > figureStart) {
            return false;
        }
        for (int i = from; i < party.start(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false; // the party opens the item, after a bullet at most
            }
        }
        // the party, a dash or a colon, then the item's figures ("- Kyrgyzstan: $22.7 billion (24%)": both are the
        // item's)
        boolean dash = false;
        for (int i = party.end(); i < figureStart && !dash; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '–' || c == '—' || c == ':') {
                dash = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        if (!dash) {
            return false;
        }
        // the line before (blank lines passed over) ends with a colon, or is an item too
        int end = from - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end <= 0) {
            return false;
        }
        String before = text.substring(text.lastIndexOf('\n', end) + 1, end + 1);
        return text.charAt(end) == ':' || before.length() <= LIST_ITEM_MAX && hasDashAndDigit(before);
    }

    private static boolean hasDashAndDigit(String line) {
        boolean dash = false;
        boolean digit = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            dash |= c == '-' || c == '–' || c == '—';
            digit |= Character.isDigit(c);
        }
        return dash && digit;
    }

    /** The codes of the sentence's countries (towns, leaders and bodies left out). */
    private static Set<String> countriesOf(List<Mention> sentence) {
        Set<String> countries = new TreeSet<>();
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && !REGION.equals(m.code())) {
                countries.add(m.code());
            }
        }
        return countries;
    }

    /** The country written right before the bracket that opens on the figure ("Tajikistan (391 km)"), or null. */
    private static String countryBeforeBracket(int figureStart, List<Mention> sentence, String text) {
        int open = figureStart - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return null;
        }
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && m.end() <= open && text.substring(m.end(), open).isBlank()) {
                return m.code();
            }
        }
        return null;
    }

    /**
     * The countries named after the figure, sorted, when two or more of them are followed by a bracket holding a
     * number ("Turkmenistan (700 km) and Iran (88 km)": each its part of the length); null otherwise, and for a figure
     * written in brackets itself.
     */
    private static List<String> countriesOfParts(int figureEnd, List<Mention> sentence, String text) {
        Set<String> after = new TreeSet<>();
        int bracketed = 0;
        for (Mention m : sentence) {
            if (m.start() < figureEnd || m.kind() != PlaceKind.COUNTRY || REGION.equals(m.code())) {
                continue;
            }
            after.add(m.code());
            if (numberInBracketAfter(m.end(), text)) {
                bracketed++;
            }
        }
        return bracketed >= 2 && after.size() >= 2 ? List.copyOf(after) : null;
    }

    /** Whether a bracket opens right after {@code from} (spaces aside) and holds a digit before it closes. */
    private static boolean numberInBracketAfter(int from, String text) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '(') {
            return false;
        }
        for (int i = at + 1; i < text.length() && text.charAt(i) != ')' && text.charAt(i) != '\n'; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Beginnings of verbs that say a line connects places: "connecting", "linking", "соединяющей", "reliera". */
    private static final List<String> CONNECT_STEMS = Words.foldAll("connect", "link", "соедин", "связыва", "связал",
            "relie", "reliant", "reliera");
    private static final WordStems CONNECT_WORDS = WordStems.of(CONNECT_STEMS);
    private static final int CONNECT_REACH = 6;

    /**
     * The two countries a sentence says a line connects ("connecting Kazakhstan with Uzbekistan", "qui reliera le
     * Kazakhstan à l'Ouzbékistan"): the countries within a few words after a verb of connecting, when they are two;
     * null otherwise.
     */
    static List<String> linkedCountries(List<Mention> sentence, List<Words.Word> words) {
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || REGION.equals(m.code())) {
                continue;
            }
            int at = indexAt(words, m.start());
            boolean connected = false;
            for (int i = Math.max(0, at - 3); i < at; i++) {
                connected |= CONNECT_WORDS.startsAny(words.get(i));
            }
            if (!connected) {
                continue;
            }
            // (a line said to link six countries from China to Turkiye is a corridor of
            // many, which the rules for named routes and corridors decide)
            Set<String> linked = new LinkedHashSet<>();
            for (Mention other : sentence) {
                if (other.start() >= m.start() && other.kind() == PlaceKind.COUNTRY && !REGION.equals(other.code())
                        && indexAt(words, other.start()) - at <= CONNECT_REACH) {
                    linked.add(other.code());
                }
            }
            return linked.size() == 2 ? sorted(linked) : null;
        }
        return null;
    }

    /** Beginnings of words that name a line linking places: a railway, a pipeline, a route, a corridor. */
    private static final List<String> ROUTE_STEMS = Words.foldAll("route", "railway", "railroad", "pipeline", "corridor",
            "line", "gazoduc", "oleoduc", "chemin", "ferroviaire", "маршрут", "коридор", "железн",
            "трубопровод", "газопровод", "нефтепровод", "магистрал", "transnational", "yo'l", "temiryo", "темирйўл",
            "теміржол", "құбыр", "trajet", "itinerair", "journey", "voyage");
    private static final WordStems ROUTE_WORDS = WordStems.of(ROUTE_STEMS);

    /** Words of a line that carries freight, for a headline ("double track", "railway", "газопровод"). */
    private static final List<String> LINE_STEMS = Words.foldAll("rail", "track", "pipeline", "line", "ferre",
            "gazoduc", "oleoduc", "chemin", "ferroviaire", "железн", "трубопровод", "газопровод", "нефтепровод",
            "магистрал", "temiryo", "темирйўл", "теміржол", "құбыр");

    /** Whether a line word follows the figure within three words of its clause ("600 km long railway line"). */
    private static boolean lineWordAfter(int figureEnd, List<Words.Word> words, String text) {
        int at = indexAt(words, figureEnd);
        for (int i = at; i < words.size() && i < at + 3; i++) {
            Words.Word word = words.get(i);
            if (word.start() < figureEnd) {
                continue;
            }
            if (crossesClause(text, figureEnd, word.start())) {
                return false;
            }
            if (isLineWord(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word names a line that carries freight: a railway, a track, a pipeline. */
    static boolean isLineWord(String folded) {
        if (Words.startsWithAny(folded, LINE_STEMS)) {
            return true;
        }
        return false;
    }

    /**
     * Beginnings of words of building a line or of what building it costs: "construction", "building",
     * "строительство", "qurilish", "құрылыс", "would cost", "coûterait" (not "стоимость", also the value of goods).
     */
    private static final List<String> BUILD_STEMS = Words.foldAll("construct", "build", "строител", "строит",
            "сооружен", "qurilish", "қурилиш", "құрылыс", "cost", "cout");

    /**
     * Whether the figure's sentence speaks of building a line that carries freight ({@link #isLineWord}: a railway, a
     * pipeline) and names some of the countries of the line the article is about ({@link ArticleFrame#route}) and none
     * off it, with no word that places it in one country's part ("section", "territory", "within"): "la construction
     * de ce chemin de fer ... selon les Chemins de fer kirghiz" under a headline on the China–Kyrgyzstan–Uzbekistan
     * railway.
     */
    private static boolean buildsArticleLine(Set<String> named, ArticleFrame article, List<Words.Word> words,
                                             int figureStart, String text) {
        List<String> route = article.route();
        if (named.isEmpty() || route.isEmpty() || named.size() >= route.size() || !route.containsAll(named)) {
            return false;
        }
        // a corridor the article names wins, unless the headline is about a line and names no corridor ("une route
        // transcaspienne" said in passing in an article headed on the Trans-Afghan railway)
        if (!article.corridors().isEmpty()
                && !(article.titleLine() && Collections.disjoint(article.title(), article.corridors()))) {
            return false;
        }
        int at = indexAt(words, figureStart);
        boolean line = false;
        boolean build = false;
        for (int i = sentenceStart(words, at, text); i < words.size(); i++) {
            if (i > at && endsSentence(text, words.get(i - 1).end())) {
                break;
            }
            String folded = words.get(i).folded();
            if (TERRITORY_WORDS.contains(folded) || SECTION_WORDS.contains(folded)) {
                return false;
            }
            line |= isLineWord(folded);
            build |= Words.startsWithAny(folded, BUILD_STEMS);
        }
        return line && build;
    }

    /** Whether the figure's sentence speaks of a railway, a pipeline or a route ("the new route", "ce gazoduc"). */
    private static boolean speaksOfRoute(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        for (int i = sentenceStart(words, at, text); i < words.size(); i++) {
            if (i > at && endsSentence(text, words.get(i - 1).end())) {
                break;
            }
            if (words.get(i).folded().equals("trans")) {
                return true; // "Trans-Afghan", "Trans-Caspian": a route across a country
            }
            if (ROUTE_WORDS.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph's mention (or city) that ends last before {@code offset}, corridors and the region left out. */
    private static Mention lastBefore(List<Mention> paragraph, int offset, boolean cityOnly) {
        Mention last = null;
        for (Mention m : paragraph) {
            if (m.end() <= offset && !REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR
                    && (!cityOnly || m.kind() == PlaceKind.CITY)) {
                last = m;
            }
        }
        return last;
    }

    /**
     * The countries of a route named by two or more places joined by dashes ("Baku–Tbilisi–Kars",
     * "China-Kyrgyzstan-Uzbekistan"), or null when the sentence names none.
     */
    static List<String> routeNamedByPlaces(List<Mention> sentence, String text) {
        Set<String> best = null;
        Set<String> run = new LinkedHashSet<>();
        int towns = 0;
        int places = 0;
        Mention previous = null;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.CORRIDOR) {
                previous = null;
                run = new LinkedHashSet<>();
                towns = 0;
                places = 0;
                continue;
            }
            if (previous == null || !routeGap(text, previous.end(), m.start())) {
                run = new LinkedHashSet<>();
                towns = 0;
                places = 0;
            }
            // "the China–Central Asia route": the region at one end of a route stands for its five countries
            if (REGION.equals(m.code())) {
                run.addAll(CENTRAL_ASIA);
            } else {
                run.add(m.code());
            }
            places++;
            towns = m.kind() == PlaceKind.CITY ? towns + 1 : -1;
            // "the Rasht–Astara section": two towns of one country joined by a dash name a line inside it
            boolean route = places >= 2 && run.size() >= 2 || towns >= 2;
            if (route && (best == null || run.size() > best.size())) {
                best = new LinkedHashSet<>(run);
            }
            previous = m;
        }
        return best == null ? null : sorted(best);
    }

    /**
     * What may stand between two places of one route named by its places: dashes, towns the gazetteer does not know
     * between them, and a country in brackets after its town ("Kostanay (Kazakhstan) - Shalqar - Serhetabat
     * (Turkmenistan)": the stop in the middle is no known place, and the brackets hold the towns' countries).
     */
    private static final Pattern ROUTE_GAP = Pattern.compile("(?U)\\s*\\)?\\s*(?:[-–—/]\\s*\\p{Lu}[\\p{L}'’]*"
            + "\\s*)*[-–—/]\\s*\\(?\\s*|\\s*\\(\\s*");

    private static boolean routeGap(String text, int from, int to) {
        return from <= to && ROUTE_GAP.matcher(text).region(from, to).matches();
    }

    /**
     * The headline's parties, the one the article names most first: of "Tajikistan second among buyers of wheat
     * from Kazakhstan", the list of buyers that follows is Kazakhstan's, which the body names throughout.
     */
    static List<String> titleByRank(ArticleFrame article) {
        return byRank(article.title(), article.ranked());
    }

    private static List<String> byRank(List<String> title, List<String> ranked) {
        if (title.size() < 2) {
            return title;
        }
        List<String> ordered = new ArrayList<>(title);
        ordered.sort(Comparator.comparingInt(code -> {
            int at = ranked.indexOf(code);
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return ordered;
    }

    /** The blocs of mentions that also name three countries or more (a bloc and its members), else none. */
    private static Set<String> blocsAmongMany(List<Mention> mentions) {
        Set<String> blocs = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.BLOC) {
                blocs.add(m.code());
            } else if (m.kind() == PlaceKind.COUNTRY && !REGION.equals(m.code())) {
                countries.add(m.code());
            }
        }
        return countries.size() >= 3 ? blocs : Set.of();
    }

    /**
     * The countries of a route named by the places of two countries or more between the sentence's last corridor and
     * the figure, or null.
     */
    private static List<String> lineAfterCorridor(int figureStart, List<Mention> sentence, String text) {
        List<Mention> after = new ArrayList<>();
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.CORRIDOR) {
                after.clear();
            } else if (m.end() <= figureStart) {
                after.add(m);
            }
        }
        List<String> route = after.size() < 2 ? null : routeNamedByPlaces(after, text);
        return route == null || route.size() < 2 ? null : route;
    }

    /** The countries of a chain of three or more written before the sentence's first corridor, or null. */
    private static List<String> chainBeforeCorridor(List<Mention> sentence, String text) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).kind() == PlaceKind.CORRIDOR) {
                return i < 3 ? null : chainOfCountries(sentence.subList(0, i), text);
            }
        }
        return null;
    }

    /** The countries of the first route named by places of three or more countries joined by dashes, or null. */
    static List<String> chainOfCountries(List<Mention> mentions, String text) {
        Set<String> run = new LinkedHashSet<>();
        Mention previous = null;
        for (Mention m : mentions) {
            if (REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR || m.kind() == PlaceKind.LEADER
                    || m.kind() == PlaceKind.INSTITUTION) {
                previous = null;
                run.clear(); // one set for the whole walk: this runs over every mention of an article
                continue;
            }
            if (previous == null || !dashBetween(text, previous.end(), m.start())) {
                if (run.size() >= 3) {
                    return sorted(run);
                }
                run.clear();
            }
            run.add(m.code());
            previous = m;
        }
        return run.size() >= 3 ? sorted(run) : null;
    }

    private static boolean dashBetween(String text, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '–' || c == '—' || c == '/') {
                dash = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return dash;
    }

    private static final Set<String> CORRIDOR_WORDS = Set.of("corridor", "corridors", "route", "коридор",
            "коридора", "коридору", "коридоре", "маршрут", "маршрута", "маршруту", "маршруте");
    /** CORRIDOR_WORDS by word number: asked of a sentence's words for every freight figure of it. */
    private static final WordIdSet CORRIDOR_WORD = WordIdSet.of(CORRIDOR_WORDS);

    static final List<String> CENTRAL_ASIA = List.of("KG", "KZ", "TJ", "TM", "UZ");
    // ("общий объём экспорта Узбекистана": the total of the one country the sentence names)
    private static final Set<String> TOTAL_WORDS = WordSet.copyOf(Words.foldAll("total", "overall", "global", "totale",
            "общий", "общая", "общего", "общем", "общую"));
    // ("exports abroad", "vers l'étranger", "за рубеж", "xorijga", "шетелге": to the rest of the world)
    private static final Set<String> WORLDWIDE_WORDS = WordSet.copyOf(Words.foldAll("globally", "foreign", "overall",
            "external", "total", "world", "внешнеторгов", "внешней", "внешнеторговый", "внешнеторгового", "exterieur",
            "mondial", "global", "mondiaux", "ташқи", "tashqi", "сыртқы", "внешняя", "внешнюю", "внешнеторговая",
            "внешнеторговой", "внешнеторговом", "exterieure", "exterieurs", "внешних", "внешнем", "внешние",
            "exterieures", "totale", "общий", "общая", "общего", "общем", "общую", "abroad", "etranger", "рубеж",
            "рубежом", "xorijga", "шетелге",
            // the masculine and neuter cases ("Внешний товарооборот Узбекистана", "внешнего товарооборота")
            "внешний", "внешнего", "внешнему", "внешним", "внешнеторговое", "внешнеторговому", "внешнеторговым",
            "внешнеторговую", "внешнеторговых"));

    /** Whether a word speaks of trade with the whole world by itself ("foreign", "внешней"; not "total"). */
    static boolean isWorldwideWord(String folded) {
        return WORLDWIDE_WORDS.contains(folded) && !TOTAL_WORDS.contains(folded);
    }

    /**
     * "Le commerce extérieur de l'Ouzbékistan" over the article: a figure of the headline's one country names no
     * partner because it has none, not because the partner is elsewhere in the article.
     */
    private static boolean foreignTradeOf(String code, ArticleFrame article) {
        return article.foreignTrade() && article.title().size() == 1 && article.title().get(0).equals(code);
    }

    /**
     * The one country whose trade with the world the headline speaks of: the headline's own ("Le commerce extérieur
     * de l'Ouzbékistan"), else, under a headline naming none ("Hududlar kesimida tashqi savdo aylanmasi", "Foreign
     * trade by region"), the country the article names most (team a: totals of one country with the world take that
     * one country); null when the headline does not speak of foreign trade.
     */
    private static List<String> worldTradeOwner(ArticleFrame article) {
        if (!article.foreignTrade()) {
            return null;
        }
        if (article.title().size() == 1) {
            return article.title();
        }
        return article.title().isEmpty() && !article.ranked().isEmpty() ? List.of(article.ranked().get(0)) : null;
    }

    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "part", "parts", "доля", "долю", "доли",
            "долей");
    private static final List<String> SHARE_STEMS = List.of("ulush", "hissa", "үлес");
    /** A word of a share (SHARE_WORDS, SHARE_STEMS), decided once per word number. */
    private static final WordStems SHARE = WordStems.asking(
            word -> SHARE_WORDS.contains(word) || Words.startsWithAny(word, SHARE_STEMS));

    /** Whether the sentence before the figure speaks of a share ("the EU's share in foreign trade is 30%"). */
    private static boolean saysShare(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        for (int i = sentenceStart(words, at, text); i < at; i++) {
            if (SHARE.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words just before the figure speak of trade with the whole world ("foreign trade", "globally"). */
    private static boolean worldwide(List<Words.Word> words, int figureStart, String text, boolean noParty) {
        int at = indexAt(words, figureStart);
        // From the start of the sentence: "the total foreign trade of Tajikistan rose 28.7% to $2.7 billion".
        int from = sentenceStart(words, at, text);
        for (int i = from; i < words.size() && words.get(i).start() < figureStart; i++) {
            String word = words.get(i).folded();
            // With no party named, "total" is rather the whole of the relation the paragraph is about.
            if (WORLDWIDE_WORDS.contains(word) && !(noParty && TOTAL_WORDS.contains(word))
                    && !ForeignTradeOfPair.namesOffice(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text puts the figure's foreign trade between two parties (decision 63 of round 39: that pair's
     * bilateral figure, not one country's trade with the world): its own sentence says "between the countries"
     * (a word of foreign trade, then "между странами"), or, for a sentence naming no party but a statistics office (a source,
     * decision 47), the headline names two countries and the lead calls the article's foreign trade theirs ("the
     * foreign trade turnover between X and Y"). See {@link ForeignTradeOfPair}.
     */
    private static boolean tradeOfPair(List<Mention> parties, List<String> title, List<Words.Word> words,
                                       int figureStart, String text) {
        int at = indexAt(words, figureStart);
        if (ForeignTradeOfPair.betweenCountries(words, sentenceStart(words, at, text), sentenceEnd(words, at, text))) {
            return true;
        }
        for (Mention party : parties) {
            if (!ArticleFrame.namesStatisticsOffice(text, words, party)) {
                return false;
            }
        }
        return title.size() == 2 && isCountryCode(title.get(0)) && isCountryCode(title.get(1))
                && ForeignTradeOfPair.leadPutsBetween(words, ArticleFrame.leadEnd(text), WORLDWIDE_WORD);
    }

    /**
     * Whether the words before the figure speak of one country's trade "with other countries" ("avec d'autres pays",
     * "с другими странами"): the world (decision 63 of round 39). Not the other members of a bloc ("с другими
     * странами-участницами ЕАЭС", "other countries of the region"): the word of countries must end the phrase.
     */
    private static boolean withOtherCountries(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        for (int i = sentenceStart(words, at, text); i + 1 < at; i++) {
            if (OTHER_WORDS.contains(words.get(i).folded())) {
                String countries = words.get(i + 1).folded();
                if (Words.startsWithAny(countries, COUNTRIES_STEMS) && countries.indexOf('-') < 0
                        && (i + 2 >= words.size() || !BLOC_OF_WORDS.contains(words.get(i + 2).folded()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words after "other countries" that make them a bloc's or a region's members ("other countries of the EU"). */
    private static final Set<String> BLOC_OF_WORDS = WordSet.copyOf(Words.foldAll("of", "in", "de", "du", "des", "d",
            "участниц", "участницами", "членами", "региона", "members", "member", "membres"));

    /** Words of "other" before a word of countries: together the rest of the world ("with other countries"). */
    private static final Set<String> OTHER_WORDS = WordSet.copyOf(Words.foldAll("other", "autres", "других",
            "другими", "другим", "другие", "boshqa", "басқа"));
    /** Beginnings of the words of countries after OTHER_WORDS ("countries", "pays", "стран", "davlat", "елдер"). */
    private static final List<String> COUNTRIES_STEMS = Words.foldAll("countr", "pays", "etats", "nations", "стран",
            "государств", "davlat", "mamlakat", "елдер", "мемлекет");

    private static final List<String> WITHIN_STEMS = List.of("mutual", "between", "intra", "взаимн", "между",
            "entre", "mutuel", "o'zaro", "ozaro");
    /** WITHIN_STEMS, asked of a dozen words before every bilateral figure: answered per word number, once. */
    private static final WordStems WITHIN = WordStems.of(WITHIN_STEMS);

    /** Whether a word before the figure speaks of trade among parties ("mutual trade between", "взаимной торговли"). */
    private static boolean saysWithin(List<Words.Word> words, int figureStart) {
        int at = indexAt(words, figureStart);
        for (int i = Math.max(0, at - LOOK_BEHIND); i < at; i++) {
            if (WITHIN.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    // "260 kilometers within Kyrgyzstan" (gold-j), "в пределах Кыргызстана"
    private static final Set<String> TERRITORY_WORDS = Set.of("territory", "territoire", "территории",
            "территорию", "hududi", "hududidan", "within", "inside", "пределах", "interieur", "across", "travers");
    /** TERRITORY_WORDS by word number: asked of the words after every figure. */
    private static final WordIdSet TERRITORY_WORD = WordIdSet.of(TERRITORY_WORDS);
    // "an 816-kilometer section across Afghanistan", "à travers le Tadjikistan": a length across one country lies in it
    private static final Set<String> WITHIN_WORDS = Set.of("within", "пределах", "across", "travers");
    private static final Set<String> ACROSS_WORDS = Set.of("across", "travers");
    /** Plain "in", which places a length only when the country's name follows it. */
    private static final Set<String> IN_WORDS = Set.of("in", "en", "в");
    private static final int TERRITORY_REACH = 8;

    /** The party whose territory the words right after the figure place it on, within its clause; or null. */
    private static String territoryAfter(int figureEnd, List<Words.Word> words, List<Mention> sentence, String text,
                                         boolean length) {
        int at = indexAt(words, figureEnd);
        for (int i = at; i < words.size() && i < at + TERRITORY_REACH; i++) {
            Words.Word word = words.get(i);
            if (word.start() < figureEnd) {
                continue;
            }
            if (crossesClause(text, figureEnd, word.start())) {
                return null;
            }
            // ("across" places a length only: "heroin brought across the Tajik-Afghan border" is no one side's)
            // "including 816 kilometers in Afghanistan": a length placed in one country by a plain "in" is that
            // country's part of the route (LABEL-FIXES round 27: a part the text places is its place)
            boolean in = length && IN_WORDS.contains(word.folded());
            if (in || TERRITORY_WORD.contains(word) && (length || !ACROSS_WORDS.contains(word.folded()))) {
                // "within" places only the name right after it ("within Kyrgyzstan", not "within the Kazakh
                // President's visit")
                boolean within = in || WITHIN_WORDS.contains(word.folded());
                for (Mention m : sentence) {
                    // ("across Kazakhstan and Russia" lies in both: no one country's)
                    if (within && m.start() >= word.end() && joinedToNext(m, sentence, text)) {
                        return null;
                    }
                    boolean near = within ? m.start() >= word.end() && m.start() - word.end() <= 4
                            : m.end() <= word.start() ? word.start() - m.end() <= 4
                            : m.start() - word.end() <= 12;
                    // (not a speaker: "within the Kazakh President's visit" is a time, not a place)
                    if (near && m.start() >= figureEnd && !REGION.equals(m.code()) && m.kind() != PlaceKind.CORRIDOR
                            && !isSpeaker(m, words)) {
                        return m.code();
                    }
                }
                if (in) {
                    continue; // ("300 km in the territory of Kyrgyzstan": the territory word further on places it)
                }
                return null;
            }
        }
        return null;
    }

    /** Whether the next mention of the sentence is joined to {@code m} by "and" or a comma ("Kazakhstan and Russia"). */
    private static boolean joinedToNext(Mention m, List<Mention> sentence, String text) {
        for (Mention next : sentence) {
            if (next.start() >= m.end()) {
                return COORDINATION.matcher(text.substring(m.end(), next.start())).matches();
            }
        }
        return false;
    }

    /** How many words may open a sentence before its territory word ("Sur le territoire", "On the territory"). */
    private static final int TERRITORY_OPENING = 3;

    /**
     * The party whose territory opens the figure's sentence ("Sur le territoire kirghize, ...", "На территории
     * Кыргызстана ..."), when the sentence names no other party before the figure; or null.
     */
    private static String territoryOpening(int figureStart, List<Words.Word> words, List<Mention> sentence,
                                           String text) {
        int at = indexAt(words, figureStart);
        int from = sentenceStart(words, at, text);
        int territory = -1;
        for (int i = from; i < at && i <= from + TERRITORY_OPENING; i++) {
            if (TERRITORY_WORD.contains(words.get(i))) {
                territory = i;
                break;
            }
        }
        if (territory < 0) {
            return null;
        }
        String found = null;
        for (Mention m : sentence) {
            if (m.start() >= figureStart || REGION.equals(m.code()) || m.kind() == PlaceKind.CORRIDOR) {
                continue;
            }
            Words.Word word = words.get(territory);
            boolean near = m.end() <= word.start() ? word.start() - m.end() <= 4 : m.start() - word.end() <= 12;
            if (!near || found != null) {
                return null; // another party before the figure: the territory is not the figure's only frame
            }
            found = m.code();
        }
        return found;
    }

    private static final Set<String> REGION_WORDS = WordSet.of("region", "regions", "региона", "регионом", "регионе",
            "регион", "mintaqa", "mintaqaning");

    /** Whether the sentence speaks of "the region" (Central Asia, in this monitoring) without naming it. */
    private static boolean saysRegion(List<Words.Word> words, List<Mention> sentence, String text) {
        int from = sentenceStartOffset(text, sentence.get(0).start());
        int to = sentence.get(sentence.size() - 1).end();
        while (to < text.length() && !endsAt(text, to)) {
            to++;
        }
        for (int i = indexAt(words, from); i < words.size() && words.get(i).start() < to; i++) {
            if (REGION_WORDS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Two" and "both": a relation of a pair ("the two countries", "двух стран", "между двумя странами", "обеими
     * странами", "les deux pays", "ikki davlat", "икки давлат").
     */
    private static final Set<String> TWO_WORDS = WordSet.copyOf(Words.foldAll("two", "both", "двух", "две", "два",
            "двум", "двумя", "обе", "оба", "обеих", "обоих", "обеим", "обеими", "deux", "ikki", "икки", "екі",
            "екеуара"));

    /**
     * Words for countries after "two" or "both" ("the two countries", "des deux pays", "обеих стран", Uzbek in both
     * scripts "ikki mamlakat", "икки давлат", Kazakh "екі мемлекет").
     */
    private static final WordStems COUNTRY_NOUNS = WordStems.of(Words.foldAll("countries", "nations", "pays", "стран",
            "государств", "davlat", "давлат", "mamlakat", "мамлакат", "ел", "мемлекет"));
    /**
     * "Our" before the word for countries: a speaker's pair, which decision 38 of round 37 reads as "the two countries"
     * ("between our countries", "между нашими странами", "entre nos pays").
     */
    private static final WordIdSet OUR_WORD = WordIdSet.of(WordSet.copyOf(Words.foldAll("our", "наших", "нашими",
            "нашим", "наши", "nos")));
    /**
     * Uzbek and Kazakh say "our countries" in one word, the possessive on the noun ("mamlakatlarimiz",
     * "davlatlarimiz", "елдеріміз", "мемлекеттеріміз"; folded stems).
     */
    private static final WordStems OUR_COUNTRIES = WordStems.of(Words.foldAll("mamlakatlarimiz", "davlatlarimiz",
            "мамлакатларимиз", "давлатларимиз", "елдеріміз", "мемлекеттеріміз"));
    /** How many words may stand between "two" and the word for countries ("the two neighbouring countries"). */
    private static final int PAIR_REACH = 2;

    /**
     * The pair a sentence speaking of "the two countries" gives its figure: the two countries the sentence names, else
     * the headline's two when it names none, else the one it names (or none) with the last other ones named before it
     * in the paragraph, the headline's and the article's; null for a bilateral metric, or when the sentence does not
     * speak of two countries or names more.
     */
    private static List<String> pairOfTwoCountries(Kind kind, int start, String text, List<Words.Word> words,
                                                   List<Mention> sentence, List<Mention> paragraph,
                                                   List<Mention> sentencesBefore, ArticleFrame article) {
        // (a trade figure finds its pair as every bilateral figure does: "China leads the list. Trade between the two
        // countries exceeded $994 million" in an article citing Uzbek statistics is China's and Uzbekistan's)
        if (kind == Kind.BILATERAL || !saysTwoCountries(words, start, text)) {
            return null;
        }
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.CORRIDOR || m.kind() == PlaceKind.BLOC) {
                return null; // "the two countries and the EU", "the two countries' share of the corridor"
            }
            if (isCountryCode(m.code())) {
                named.add(m.code());
            }
        }
        if (named.size() >= 2) {
            return named.size() == 2 ? sorted(named) : null;
        }
        List<String> title = article.title().stream().filter(Subjects::isCountryCode).toList();
        List<String> candidates = new ArrayList<>();
        List<Mention> before = earlierInParagraph(paragraph, start, text);
        List<String> partners = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            candidates.add(m.code());
            if (isCountryCode(m.code()) && !isTransit(m, words)) {
                partners.add(m.code());
            }
        }
        if (named.isEmpty()) {
            // "Tajik-Russian trade reached $900 million ... Trade between the two countries grew 9.3%" under a
            // headline on China and Tajikistan: the last two countries the paragraph has named are the pair meant,
            // not the headline's (not a country a route only goes through: "Kazakhstan also ships grain via Iran.
            // The two countries ..." under "Turkmenistan and Iran ..." keeps the headline's)
            List<String> paragraphPair = firstTwo(partners, null);
            if (paragraphPair.size() == 2) {
                return paragraphPair;
            }
            // "Trade between Iran and Turkmenistan grew by a fifth. ¶ The two countries exchanged 420,000 tons": a
            // paragraph that opens by pointing back at "the two countries" means the pair the sentence before named
            // (across the break), not the headline's or the article's leading parties
            if (before.isEmpty()) {
                int own = sentenceStart(words, indexAt(words, start), text);
                List<String> previousPair = own == 0 ? null : PairNamedBefore.of(sentencesBefore,
                        words.get(sentenceStart(words, own - 1, text)).start(), words.get(own).start());
                if (previousPair != null) {
                    return previousPair;
                }
            }
            // "China leads the list of partners. Trade between the two countries exceeded $994 million" in an
            // article citing Uzbekistan's statistics agency: the one partner the paragraph named and the country
            // whose figures they are, as a trade figure has it
            String statistics = article.statistics();
            if (paragraphPair.size() == 1 && statistics != null && !paragraphPair.contains(statistics)) {
                return sorted(new LinkedHashSet<>(List.of(paragraphPair.get(0), statistics)));
            }
            if (title.size() == 2) {
                return sorted(new LinkedHashSet<>(title));
            }
        }
        candidates.addAll(title);
        candidates.addAll(article.ranked());
        candidates.removeIf(code -> !isCountryCode(code));
        List<String> pair = firstTwo(candidates, named.isEmpty() ? null : named.iterator().next());
        return pair.size() == 2 ? pair : null;
    }

    /** Whether the headline names exactly two countries and both are among {@code codes}. */
    private static boolean headlinePairAmong(List<String> title, Set<String> codes) {
        return title.size() == 2 && !title.get(0).equals(title.get(1)) && isCountryCode(title.get(0))
                && isCountryCode(title.get(1)) && codes.containsAll(title);
    }

    /** Whether a code is a country's (two letters, not the EU), not a bloc's, a corridor's or the region's. */
    private static boolean isCountryCode(String code) {
        return code.length() == 2 && !code.equals("EU");
    }

    /** Whether the figure's own sentence speaks of "the two countries" ("both countries", "les deux pays"). */
    private static boolean saysTwoCountries(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        int to = sentenceEnd(words, at, text);
        int from = sentenceStart(words, at, text);
        // The answer depends on the stretch of words alone: every figure of the sentence asks, once read it is kept.
        IndexedWords indexed = words instanceof IndexedWords known ? known : null;
        byte known = indexed == null ? 0 : indexed.knownFact(IndexedWords.TWO_COUNTRIES, from, to, text);
        if (known != 0) {
            return known == 2;
        }
        boolean says = saysTwoCountries(words, from, to);
        if (indexed != null) {
            indexed.knowFact(IndexedWords.TWO_COUNTRIES, from, to, text, says);
        }
        return says;
    }

    private static boolean saysTwoCountries(List<Words.Word> words, int from, int to) {
        // (read word by word: asked once per sentence, see above)
        for (int i = Math.max(0, from); i < to && i < words.size(); i++) {
            if (OUR_COUNTRIES.startsAny(words.get(i))) {
                return true;
            }
            // "перевозки между странами", "trade between the countries": the countries with no number, pointed back
            if (PairNamedBefore.betweenCountries(words, i, to)) {
                return true;
            }
            if (!TWO_WORD.contains(words.get(i)) && !OUR_WORD.contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j <= i + PAIR_REACH && j < to && j < words.size(); j++) {
                if (COUNTRY_NOUNS.startsAny(words.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Demonstratives that point back ("this figure", "этот показатель", "ce chiffre"), folded. */
    private static final Set<String> POINTER_WORDS = WordSet.copyOf(Words.foldAll("this", "that", "the", "этот",
            "данный", "ce", "cet", "bu", "бұл", "бу"));
    /** Nouns of a figure a demonstrative points back at, folded. */
    private static final Set<String> FIGURE_NOUNS = WordSet.copyOf(Words.foldAll("figure", "indicator", "number",
            "показатель", "chiffre", "indicateur", "ko", "көрсеткіш", "кўрсаткич"));

    /** Whether the figure's sentence points back, before the figure, at a figure stated before ("this figure"). */
    private static boolean pointsBackAtFigure(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        for (int i = sentenceStart(words, at, text); i + 1 < at && i + 1 < words.size(); i++) {
            if (POINTER_WORDS.contains(words.get(i).folded()) && FIGURE_NOUNS.contains(words.get(i + 1).folded())) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether the figure's own sentence holds one of the words, anywhere in it: a pair ({@link #TWO_WORDS}, "the two
     * countries") or "the region" ({@link #REGION_WORDS}, "между странами региона").
     */
    private static boolean ownSentenceHas(Predicate<Words.Word> wordClass, List<Words.Word> words, int figureStart,
                                          String text) {
        int at = indexAt(words, figureStart);
        return anyIn(words, wordClass, sentenceStart(words, at, text), sentenceEnd(words, at, text));
    }

    /** Whether the sentence before the figure's speaks of "the region" without naming it. */
    private static boolean previousSentenceSaysRegion(List<Words.Word> words, int figureStart, String text) {
        int at = sentenceStart(words, indexAt(words, figureStart), text);
        if (at == 0) {
            return false;
        }
        // Kept by the sentence's first word alone: the sentence before it follows from it.
        IndexedWords indexed = words instanceof IndexedWords known ? known : null;
        byte known = indexed == null ? 0 : indexed.knownFact(IndexedWords.REGION_WORDS, at, at, text);
        if (known != 0) {
            return known == 2;
        }
        boolean says = anyIn(words, REGION_WORD, sentenceStart(words, at - 1, text), at);
        if (indexed != null) {
            indexed.knowFact(IndexedWords.REGION_WORDS, at, at, text, says);
        }
        return says;
    }

    /**
     * "During this period, Uzbekistan's exports totaled $20.47 billion. Imports reached $30.5 billion. As a result,
     * the foreign trade balance was negative": a paragraph naming one country alone and speaking of its foreign trade
     * anywhere (after the figure too) states that country's trade with the world.
     */
    private static boolean paragraphOfOneForeignTrade(Set<String> partyCodes, List<Mention> paragraph,
                                                      List<Words.Word> words, int figureStart, String text) {
        Set<String> named = new TreeSet<>();
        for (Mention m : paragraph) {
            if (!REGION.equals(m.code())) {
                named.add(m.code());
            }
        }
        if (named.size() != 1 || !partyCodes.isEmpty() && !named.containsAll(partyCodes)) {
            return false;
        }
        int from = text.lastIndexOf("\n\n", figureStart);
        int to = text.indexOf("\n\n", figureStart);
        // (not the figure's own sentence: "up 50%, 79.4% of the region's total foreign trade" is a share's whole)
        int own = sentenceStart(words, indexAt(words, figureStart), text);
        for (int i = nextWhere(words, WORLDWIDE_WORD, indexAt(words, Math.max(0, from))); i < words.size()
                && (to < 0 || words.get(i).start() < to); i = nextWhere(words, WORLDWIDE_WORD, i + 1)) {
            // the cheap test first: the word, then whether it stands in the figure's own sentence
            // ("the Foreign Ministry said" is an office, no trade)
            if ((i < own || sentenceStart(words, i, text) != own) && !ForeignTradeOfPair.namesOffice(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Meanwhile, Uzbekistan's foreign trade turnover amounted to $31.8 billion. ..." then, in a paragraph of its own,
     * "Uzbekistan's exports reached $12.9 billion, while imports amounted to $18.8 billion": a trade figure in the first
     * sentence of a paragraph naming that one country alone, as the owner of the flow ("Uzbekistan's exports") and
     * with no destination, right after a paragraph on its foreign trade naming no other country, goes on with the
     * country's trade with the world (decision 63 of round 39: a total with the world takes the country alone, even
     * under a headline on one partner). ("The exports to Russia totaled $1 billion" and "China's exports to the five
     * countries" name where the flow goes; "foreign trade with China" in the paragraph before is a pair's.)
     */
    private static boolean opensParagraphAfterWorldTrade(List<Mention> parties, List<Mention> paragraph,
                                                         List<Mention> sentencesBefore, List<Words.Word> words,
                                                         int figureStart, String text) {
        Mention owner = parties.get(0);
        if (sentencesBefore.isEmpty() || !ownsExports(owner, words, text)) {
            return false;
        }
        for (Mention m : paragraph) {
            if (!REGION.equals(m.code()) && !owner.code().equals(m.code())) {
                return false;
            }
        }
        for (Mention m : sentencesBefore) {
            if (!owner.code().equals(m.code())) {
                return false;
            }
        }
        int from = text.lastIndexOf("\n\n", figureStart);
        if (from <= 0) {
            return false;
        }
        int own = sentenceStart(words, indexAt(words, figureStart), text);
        if (own > 0 && words.get(own - 1).start() > from) {
            return false; // not the paragraph's first sentence
        }
        // ("exports to Russia", "exports to the five countries": a destination right after the flow's word; not the
        // sum's "imports amounted to $18.8 billion")
        int at = indexAt(words, figureStart);
        int to = Math.min(sentenceEnd(words, at, text), words.size());
        for (int i = own; i < to; i++) {
            if (!EXPORT_WORDS.startsAny(words.get(i)) && !IMPORT_WORDS.startsAny(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j < to && j <= i + 2; j++) {
                if (DESTINATION_WORDS.contains(words.get(j).folded()) && !sumFollows(words.get(j).end(), text)) {
                    return false;
                }
            }
        }
        int before = text.lastIndexOf("\n\n", from - 1);
        int i = nextWhere(words, WORLDWIDE_WORD, indexAt(words, Math.max(0, before)));
        while (i < words.size() && words.get(i).start() < from && ForeignTradeOfPair.namesOffice(words, i)) {
            i = nextWhere(words, WORLDWIDE_WORD, i + 1);
        }
        return i < words.size() && words.get(i).start() < from;
    }

    /** Whether a sum follows the text at {@code at} after spaces ("to $18.8 billion", "to 4.2"). */
    private static boolean sumFollows(int at, String text) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '$'
                || text.charAt(i) == '\u20ac');
    }

    /**
     * The one country of the sentence before the figure's (across a paragraph break) when that sentence speaks of its
     * trade with the world ("Внешний товарооборот Узбекистана составил $8,14 млрд") and names no other country, bloc
     * or region; else null. Asked only for a trade figure whose sentence and paragraph before it name no party.
     */
    private static String worldTradeOwnerBefore(List<Mention> sentencesBefore, List<Mention> parties,
                                                List<String> title, List<Words.Word> words, int figureStart,
                                                String text) {
        if (sentencesBefore.isEmpty() || !previousSentenceWorldwide(words, figureStart, text)) {
            return null;
        }
        int own = sentenceStart(words, indexAt(words, figureStart), text);
        int previousFirst = sentenceStart(words, own - 1, text);
        int previous = words.get(previousFirst).start();
        int ownStart = words.get(own).start();
        String owner = null;
        for (Mention m : sentencesBefore) {
            if (m.start() < previous || m.end() > ownStart || m.kind() == PlaceKind.CITY) {
                continue;
            }
            if (!isCountryCode(m.code()) || owner != null && !owner.equals(m.code())) {
                return null; // "trade between Kazakhstan and China", "foreign trade with the EU": not one country's
            }
            owner = m.code();
        }
        if (owner == null || ForeignTradeOfPair.betweenCountries(words, previousFirst, own)
                || tradeOfPair(parties, title, words, figureStart, text)) {
            return null;
        }
        return owner;
    }

    /** Whether the sentence before the figure's speaks of a country's trade with the world ("foreign trade"). */
    private static boolean previousSentenceWorldwide(List<Words.Word> words, int figureStart, String text) {
        int at = sentenceStart(words, indexAt(words, figureStart), text);
        if (at == 0) {
            return false;
        }
        for (int i = sentenceStart(words, at - 1, text); i < at; i++) {
            String word = words.get(i).folded();
            if (WORLDWIDE_WORDS.contains(word) && !TOTAL_WORDS.contains(word)
                    && !ForeignTradeOfPair.namesOffice(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SECTION_WORDS = Set.of("section", "sections", "segment", "stretch", "troncon",
            "участок", "участка", "участке", "участки", "участку", "участком", "отрезок", "bo'lagi", "qismi", "учаскеси",
            "учаске");
    /**
     * Words of the kind of way that may stand between a section word and its country: "le tronçon ferroviaire
     * azerbaïdjanais", "the Kazakh railway section", "казахстанский железнодорожный участок" (decision 39 of round 36:
     * one country's section of a corridor is that country's).
     */
    private static final Set<String> WAY_KIND_WORDS = WordSet.copyOf(Words.foldAll("railway", "rail", "road",
            "ferroviaire", "routier", "routiere", "железнодорожный", "железнодорожного", "железнодорожном",
            "железнодорожному", "автодорожный", "автомобильный", "автомобильного", "автомобильном", "темір", "temir"));

    /**
     * The one country whose section of a route the sentence speaks of ("the Kyrgyz section", "la section kirghize",
     * "казахстанский участок"): a country named right before or after a section word; when several countries'
     * sections are named, the one named last before the figure at {@code figureStart} with no other figure between
     * (-1: none), else null; null when there is none.
     */
    private static String sectionOf(List<Mention> sentence, List<Words.Word> words, int figureStart, String text) {
        String found = null;
        boolean several = false;
        Mention nearest = null;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY) {
                continue; // "the Rasht–Astara section" is named by its towns, which say nothing of its share
            }
            // What the words around the mention say is decided once per mention, for every figure of its sentence.
            boolean before = MentionChecks.of(MentionChecks.SECTION_NAMED, m, words, Subjects::decideSectionNamed);
            // "Китай - Кыргызстан - Узбекистан участок ...": the last name of a line named by its countries owns no
            // section
            boolean next = MentionChecks.of(MentionChecks.SECTION_WORD_AFTER, m, words, Subjects::sectionWordAfter)
                    && !endsAChain(sentence, m);
            // ("le territoire kirghiz", "on Kyrgyz territory": a stretch of the line in a list of its sections)
            int first = indexAt(words, m.start());
            int after = indexAt(words, m.end());
            boolean territory = first > 0 && LIST_TERRITORY_WORDS.contains(words.get(first - 1).folded())
                    || after < words.size() && words.get(after).start() >= m.end()
                    && LIST_TERRITORY_WORDS.contains(words.get(after).folded());
            boolean section = before || next; // before already holds a section named a few words earlier
            if (section) {
                several |= found != null && !found.equals(m.code());
                found = m.code();
            }
            if ((section || territory) && m.end() <= figureStart) {
                nearest = m;
            }
        }
        if (!several) {
            return found;
        }
        // "le tronçon chinois fait 100 km, celui en territoire kirghiz 280 km et le
        // tronçon ouzbek 50 km": in a list of sections, each length is that of the section named right before it,
        // with no other figure between them
        if (nearest == null || Words.hasDigit(text, nearest.end(), figureStart)) {
            return null;
        }
        return nearest.code();
    }

    /** Words for a country's territory that name a stretch of a line in a list of its sections. */
    private static final Set<String> LIST_TERRITORY_WORDS = WordSet.of("territory", "territoire", "территории",
            "территорию");

    /**
     * Whether a section word stands right before the mention, or a section named a few words earlier lies in it
     * ({@link #placedBySection}).
     */
    private static boolean decideSectionNamed(Mention m, List<Words.Word> words) {
        int first = indexAt(words, m.start());
        int before = first - 1;
        if (before > 0 && WAY_KIND_WORDS.contains(words.get(before).folded())) {
            before--; // "le tronçon ferroviaire azerbaïdjanais"
        }
        return before >= 0 && SECTION_WORDS.contains(words.get(before).folded()) || placedBySection(m, words);
    }

    /** Whether the word right after the mention is a section word ("казахстанский участок"). */
    private static boolean sectionWordAfter(Mention m, List<Words.Word> words) {
        int after = indexAt(words, m.end());
        if (after + 1 < words.size() && words.get(after).start() >= m.end()
                && WAY_KIND_WORDS.contains(words.get(after).folded())) {
            after++; // "the Kazakh railway section", "казахстанский железнодорожный участок"
        }
        return after < words.size() && words.get(after).start() >= m.end()
                && SECTION_WORDS.contains(words.get(after).folded());
    }

    /** How close the name before may end for a country to be the next link of a chain ("Кыргызстан - Узбекистан"). */
    private static final int CHAIN_GAP = 3;

    /** Whether another country's name ends right before {@code m}, as in a line named by its countries. */
    private static boolean endsAChain(List<Mention> sentence, Mention m) {
        for (Mention other : sentence) {
            if (other.kind() == PlaceKind.COUNTRY && other.end() <= m.start() && m.start() - other.end() <= CHAIN_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Words that place what comes before them in the country right after ("within Kyrgyzstan", "в Кыргызстане"). */
    private static final Set<String> INSIDE_WORDS = WordSet.of("within", "in", "inside", "в", "во", "au", "en",
            "dans", "interieur", "пределах");

    /** How many words a section word may stand before the country that places it ("the section of the project within"). */
    private static final int SECTION_PLACE_REACH = 8;

    private static final Set<String> OF_WORDS = Set.of("du", "de");

    /**
     * Whether the country mention {@code m} places, by the inside word right before it, a section named a few words
     * earlier: "the section of the project within Kyrgyzstan", "участок Торугарт – Макмал в Кыргызстане", "участок
     * дороги в пределах Казахстана", "le tronçon à l'intérieur du Kirghizistan" (gold-f to gold-j: a section lying in
     * one country is that country's).
     */
    private static boolean placedBySection(Mention m, List<Words.Word> words) {
        int inside = wordBefore(m, words);
        if (inside >= 1 && OF_WORDS.contains(words.get(inside).folded())) {
            inside--; // "à l'intérieur du Kirghizistan"
        }
        if (inside < 1 || !INSIDE_WORDS.contains(words.get(inside).folded())) {
            return false;
        }
        for (int i = inside - 1; i >= 0 && i >= inside - SECTION_PLACE_REACH; i--) {
            if (SECTION_WORDS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PROJECT_STEMS = List.of("project", "projet", "проект", "loyiha", "лойиҳа",
            "жоба");
    private static final WordStems PROJECT_WORDS = WordStems.of(PROJECT_STEMS);

    private static final Set<String> FROM_WORDS = WordSet.of("from", "de", "d", "du", "от", "из");
    private static final Set<String> TO_WORDS = WordSet.of("to", "a", "au", "jusqu", "до", "в", "во");

    /**
     * The one country of two towns that a sentence joins as the ends of a line ("from Mazar-e-Sharif to Herat", "de
     * Mazar-e-Charif à Hérat", "от Мазари-Шарифа до Герата"), or null when it names no such pair.
     */
    private static String lineBetweenTowns(List<Mention> sentence, List<Words.Word> words, String text) {
        Mention previous = null;
        for (Mention m : sentence) {
            if (previous != null && previous.kind() == PlaceKind.CITY && m.kind() == PlaceKind.CITY
                    && previous.code().equals(m.code()) && !REGION.equals(m.code())) {
                int from = wordBefore(previous, words);
                int to = wordBefore(m, words);
                int previousLast = lastWordOf(previous, words);
                if (from >= 0 && FROM_WORDS.contains(words.get(from).folded()) && to == previousLast + 1
                        && TO_WORDS.contains(words.get(to).folded())) {
                    return m.code();
                }
            }
            previous = m;
        }
        return null;
    }

    /** Whether the figure's sentence speaks of a project ("the project budget", "le coût du projet"). */
    private static boolean saysProject(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        for (int i = sentenceStart(words, at, text); i < words.size(); i++) {
            if (i > at && endsSentence(text, words.get(i - 1).end())) {
                break;
            }
            if (PROJECT_WORDS.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The countries of a railway or pipeline the figure's sentence names ({@link NamedRoutes}), or null. */
    private static List<String> namedRoute(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        if (!(words instanceof IndexedWords indexed)) {
            return NamedRoutes.in(words, sentenceStart(words, at, text), sentenceEnd(words, at, text));
        }
        // Every figure of a sentence asks: the search is done once per sentence.
        int to = sentenceEnd(words, at, text);
        int from = sentenceStart(words, at, text);
        if (!indexed.knowsRoute(from, to, text)) {
            indexed.knowRoute(from, to, text, NamedRoutes.in(words, from, to));
        }
        return indexed.knownRoute();
    }

    /**
     * Whether a word that passes {@code test} stands among words {@code [from, to)}. The test is a constant (a
     * {@link WordIdSet}, a class of words below): indexed words classify each word once for it.
     */
    static boolean anyIn(List<Words.Word> words, Predicate<Words.Word> test, int from, int to) {
        if (to - from <= DIRECT_REACH) {
            // a sentence or less: read its words, rather than have every word of the text classified for one question
            for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
                if (test.test(words.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return from < to && nextWhere(words, test, from) < Math.min(to, words.size());
    }

    /**
     * The longest stretch of words {@link #anyIn} reads word by word. Most questions are about one sentence, asked once
     * for it (the callers keep the answer for its other figures): a whole text's table costs more than the few
     * sentences asked about.
     */
    private static final int DIRECT_REACH = 64;

    /** The index of the first word at or after {@code from} that passes {@code test} (a constant), or the size. */
    static int nextWhere(List<Words.Word> words, Predicate<Words.Word> test, int from) {
        if (words instanceof IndexedWords indexed) {
            return indexed.nextIn(test, from);
        }
        int i = Math.max(0, from);
        while (i < words.size() && !test.test(words.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * Classes of words the rules look for in whole sentences and paragraphs (see {@link #anyIn}), as sets of word
     * numbers: {@link IndexedWords} classifies every word of a text for each, and a word is then answered by its number
     * instead of by hashing its folded form. Each holds the same words as the set it is made of.
     */
    private static final WordIdSet TWO_WORD = WordIdSet.of(TWO_WORDS);
    private static final WordIdSet REGION_WORD = WordIdSet.of(REGION_WORDS);
    /** {@link #isWorldwideWord}: the worldwide words that are no total words. */
    private static final WordIdSet WORLDWIDE_WORD = WordIdSet.of(WORLDWIDE_WORDS.stream()
            .filter(word -> !TOTAL_WORDS.contains(word)).toList());

    /** Whether the gap between word {@code at} and the word before it ends a sentence ({@link #gapEndsSentence}). */
    static boolean gapEndsBefore(List<Words.Word> words, int at, String text) {
        if (at > 0 && at < words.size() && words instanceof IndexedWords indexed && indexed.isOf(text)) {
            return indexed.gapSentenceStart(at) == at;
        }
        return gapEndsSentence(text, words.get(at - 1).end(), words.get(at).start());
    }

    /** The index of the first word of the sentence of word {@code at}, as {@link #gapEndsSentence} reads it. */
    static int gapSentenceStart(List<Words.Word> words, int at, String text) {
        if (at >= 0 && at < words.size() && words instanceof IndexedWords indexed && indexed.isOf(text)) {
            return indexed.gapSentenceStart(at);
        }
        int from = at;
        while (from > 0 && !gapEndsSentence(text, words.get(from - 1).end(), words.get(from).start())) {
            from--;
        }
        return from;
    }

    /** The index just past the last word of the sentence of word {@code at}, as {@link #gapEndsSentence} reads it. */
    static int sentenceEnd(List<Words.Word> words, int at, String text) {
        if (at >= 0 && at < words.size() && words instanceof IndexedWords indexed && indexed.isOf(text)) {
            return indexed.gapSentenceEnd(at);
        }
        int to = at + 1;
        while (to < words.size() && !gapEndsSentence(text, words.get(to - 1).end(), words.get(to).start())) {
            to++;
        }
        return to;
    }

    /**
     * The offset just past the last char before {@code offset} that ends a sentence ({@link #endsAt}), or 0: where the
     * sentence holding {@code offset} starts. Every figure of a sentence asks, some rules several times, each reading
     * back char by char; the last answer is kept per thread, so that a later offset of the same text reads back only to
     * the offset asked before (nothing before that changes the answer unless a sentence ends between the two).
     */
    static int sentenceStartOffset(String text, int offset) {
        int[] last = LAST_SENTENCE_START.get();
        boolean known = LAST_SENTENCE_TEXT.get() == text && last[0] <= offset;
        int stop = known ? last[0] : 0;
        int start = offset;
        while (start > stop && !endsAt(text, start - 1)) {
            start--;
        }
        if (start == stop && known) {
            start = last[1]; // no sentence ends between the offset asked before and this one
        }
        LAST_SENTENCE_TEXT.set(text);
        last[0] = offset;
        last[1] = start;
        return start;
    }

    /** The text of the last {@link #sentenceStartOffset} on this thread, and its offset and answer (in an array). */
    private static final ThreadLocal<String> LAST_SENTENCE_TEXT = new ThreadLocal<>();
    private static final ThreadLocal<int[]> LAST_SENTENCE_START = ThreadLocal.withInitial(() -> new int[] {-1, 0});

    /** Whether the char at {@code at} ends a sentence: a line break, or . ! ? as {@link Sentences} reads them. */
    private static boolean endsAt(String text, int at) {
        char c = text.charAt(at);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && Sentences.endsSentence(text, at);
    }

    /** Whether the text between two words ends a sentence: "exports). With", "2022.\nThe"; not "млн. тонн". */
    static boolean gapEndsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ".!?".indexOf(c) >= 0 && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))
                    && Sentences.endsSentence(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word of the sentence that holds word {@code at}. */
    private static int sentenceStart(List<Words.Word> words, int at, String text) {
        if (at >= 0 && at < words.size() && words instanceof IndexedWords indexed && indexed.isOf(text)) {
            return indexed.sentenceStart(at);
        }
        int from = at;
        while (from > 0 && !endsSentence(text, words.get(from - 1).end())) {
            from--;
        }
        return from;
    }

    /**
     * Whether the text right after a word ends a sentence ("2022. Exports", not "$3.5 billion", nor "118 тыс. тонн",
     * whose abbreviation {@link Sentences} knows).
     */
    static boolean endsSentence(String text, int wordEnd) {
        return wordEnd + 1 < text.length() && ".!?\n".indexOf(text.charAt(wordEnd)) >= 0
                && Character.isWhitespace(text.charAt(wordEnd + 1))
                && (text.charAt(wordEnd) == '\n' || Sentences.endsSentence(text, wordEnd))
                || wordEnd < text.length() && text.charAt(wordEnd) == '\n';
    }

    /**
     * How many of the parties are joined to the one before them by a comma or "and" alone ("Kazakhstan, Kyrgyzstan
     * and Tajikistan").
     */
    private static int coordinated(List<Mention> parties, String text) {
        int joined = 0;
        for (int i = 1; i < parties.size(); i++) {
            String between = text.substring(parties.get(i - 1).end(), parties.get(i).start());
            if (COORDINATION.matcher(between).matches()) {
                joined++;
            }
        }
        return joined;
    }

    /** Whether two parties joined by "and" follow "with": "trade with Russia and Belarus", "avec la Chine et l'Inde". */
    private static boolean withCoordinatedPair(List<Mention> parties, List<Words.Word> words, String text) {
        for (int i = 1; i < parties.size(); i++) {
            String between = text.substring(parties.get(i - 1).end(), parties.get(i).start());
            if (COORDINATION.matcher(between).matches() && partnerWith(List.of(parties.get(i - 1)), words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * French "de" after "en provenance", alone or merged with its article: "de l'UE", "des États-Unis", "du Japon"
     * (audit row 60).
     */
    private static final Set<String> FROM_ARTICLES = WordSet.of("de", "d", "des", "du");

    /** Words before the first of two partners of an import or an export: "from", "to", "из", "в", "vers". */
    private static final Set<String> FLOW_PAIR_WORDS = WordSet.of("from", "to", "into", "из", "в", "во", "vers");

    /**
     * Whether two parties joined by "and" follow a word that makes them the partners of a flow ("imports from the EU
     * and the US", "импорт из ЕС и США", "en provenance de l'UE et des États-Unis").
     */
    private static boolean flowCoordinatedPair(List<Mention> parties, List<Words.Word> words, String text) {
        for (int i = 1; i < parties.size(); i++) {
            String between = text.substring(parties.get(i - 1).end(), parties.get(i).start());
            int before = wordBefore(parties.get(i - 1), words);
            if (!COORDINATION.matcher(between.replaceAll("(?iU)\\b(des|du|de)\\s*$", "")).matches() || before < 0) {
                continue;
            }
            String word = words.get(before).folded();
            if (FLOW_PAIR_WORDS.contains(word)
                    || FROM_ARTICLES.contains(word) && before > 0
                    && words.get(before - 1).folded().equals("provenance")) {
                return true;
            }
        }
        return false;
    }

    // French joins two partners of "de" with the article merged into it: "de l'UE et des États-Unis", "du Japon et
    // du Kazakhstan".
    private static final Pattern COORDINATION = Pattern.compile(
            "(?iU)\\.?\\s*(,|,?\\s*(and|et|и|va|ve))(\\s+(l'|l’|la|le|les|the|des|du|de\\s+la|de\\s+l'|de\\s+l’))?\\s*");

    /** The paragraph's mentions before the figure's sentence. */
    private static List<Mention> earlierInParagraph(List<Mention> paragraph, int figureStart, String text) {
        int sentenceStart = sentenceStartOffset(text, figureStart);
        List<Mention> before = new ArrayList<>();
        for (Mention m : paragraph) {
            if (m.end() <= sentenceStart && m.kind() != PlaceKind.CITY) {
                before.add(m);
            }
        }
        return before;
    }

    /** Whether the words just before the figure speak of a corridor or route without naming it. */
    private static boolean saysCorridor(List<Words.Word> words, int figureStart, List<Mention> sentence, String text) {
        int at = indexAt(words, figureStart);
        for (int i = Math.max(0, at - LOOK_BEHIND); i < words.size() && words.get(i).start() < figureStart; i++) {
            if (CORRIDOR_WORD.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a country that make it the yardstick of a ranking: "second after Russia", "après la Chine". */
    private static final Set<String> RANKING_WORDS = WordSet.copyOf(Words.foldAll("after", "apres", "после", "behind",
            "derriere", "позади", "devancant", "опережая", "опередив", "обогнав", "outpacing", "overtaking",
            "surpassing"));
    /** Words before Russian "за" that make it "right behind": "следует сразу за Канадой". */
    private static final Set<String> FOLLOWS_WORDS = WordSet.of("сразу", "следует", "следом", "идет");

    /** "Kazakhstan is second after Russia in trade": the country a ranking is measured against is not a party. */
    static boolean isRankingReference(Mention m, List<Words.Word> words) {
        return MentionChecks.of(MentionChecks.RANKING_REFERENCE, m, words, Subjects::decideRankingReference); // asked by every figure of a sentence
    }

    private static boolean decideRankingReference(Mention m, List<Words.Word> words) {
        int at = wordBefore(m, words); // "après la Chine", "devançant la Russie": past the article
        if (at < 0) {
            return false;
        }
        String before = words.get(at).folded();
        return RANKING_WORDS.contains(before)
                || before.equals("за") && at > 0 && FOLLOWS_WORDS.contains(words.get(at - 1).folded());
    }

    /**
     * The sentence's mentions less those written after the next figure: "16.2 billion euros, against 1.8 billion
     * with Uzbekistan", "16 milliards avec la Chine et 4,6 milliards avec la Russie" name the party of the later
     * figure after it, so a party written past the next figure is that figure's, not this one's.
     */
    private static List<Mention> ownMentions(List<Mention> sentence, int end, String text,
                                             List<SurfaceFigure> figures) {
        // "the 917.5 km (570 mi) Kazakhstan-Turkmenistan-Iran railway", "29.2 million soums ($2,338) from Russia": a
        // figure restated in brackets right after this one is the same figure in another unit, and the words after
        // the bracket still speak of this one
        end = afterRestatement(end, text, figures);
        int next = Integer.MAX_VALUE;
        for (SurfaceFigure f : figures) {
            if (f.start() >= end && f.start() < next) {
                next = f.start();
            }
        }
        if (next == Integer.MAX_VALUE) {
            return sentence;
        }
        List<Mention> own = new ArrayList<>(sentence.size());
        for (Mention m : sentence) {
            // "China holds 51%, while Kyrgyzstan and Uzbekistan share the remaining 49%": past a clause break, a
            // party written before the next figure opens that figure's clause
            if (m.start() < next && !(m.start() >= end && crossesClause(text, end, m.start()))) {
                own.add(m);
            }
        }
        return own.size() == sentence.size() ? sentence : own;
    }

    /**
     * Where a figure's own words resume when another figure follows it alone in brackets, a gloss on it in another
     * unit or as a share ("917.5 km (570 mi)", "$22.7 billion (24%)"): right after the closing bracket; else
     * {@code end} itself.
     */
    private static int afterRestatement(int end, String text, List<SurfaceFigure> figures) {
        int open = end;
        while (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        if (open >= text.length() || text.charAt(open) != '(') {
            return end;
        }
        for (SurfaceFigure f : figures) {
            if (f.start() <= open || !blank(text, open + 1, f.start())) {
                continue;
            }
            int close = f.end();
            while (close < text.length() && text.charAt(close) == ' ') {
                close++;
            }
            return close < text.length() && text.charAt(close) == ')' ? close + 1 : end;
        }
        return end;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Singular nouns that make "Central Asian" before them one country of the region, not the region. */
    private static final Set<String> ONE_COUNTRY_WORDS = Set.of("country", "state", "nation", "republic",
            "страна", "страной", "стране", "страну", "республика", "республики", "республикой");

    /** French words before "pays d'Asie centrale" that make it one country or two, not the region. */
    private static final Set<String> FEW_COUNTRIES_WORDS = Set.of("ce", "cet", "le", "du", "au", "un", "deux",
            "trois", "quatre", "notre", "votre");

    /**
     * The sentence's mentions less "Central Asian" in "the Central Asian country" or "центральноазиатская
     * страна": one country named by its region (whose name the sentence gives elsewhere), not the five.
     */
    private static List<Mention> withoutOneCountryRegion(List<Mention> sentence, List<Words.Word> words) {
        List<Mention> kept = null;
        for (int i = 0; i < sentence.size(); i++) {
            Mention m = sentence.get(i);
            boolean one = false;
            if (REGION.equals(m.code())) {
                int after = indexAt(words, m.end());
                one = after < words.size() && words.get(after).start() >= m.end()
                        && ONE_COUNTRY_WORDS.contains(words.get(after).folded());
                // "dans ce pays d'Asie centrale", "ces deux pays d'Asie centrale": one or two countries the text
                // names elsewhere, not the five
                int at = indexAt(words, m.start());
                one |= at >= 3 && words.get(at).start() == m.start() && words.get(at - 1).folded().equals("d")
                        && words.get(at - 2).folded().equals("pays")
                        && FEW_COUNTRIES_WORDS.contains(words.get(at - 3).folded());
                one |= yardstickRegion(m, words);
            }
            if (one && kept == null) {
                kept = new ArrayList<>(sentence.subList(0, i));
            } else if (!one && kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? sentence : kept;
    }

    /**
     * Words that open the place a superlative or an average is measured in ("in", "d'", "по", "в"); not "of" or
     * "de", which make the region the other side ("the largest trading partner of Central Asia").
     */
    private static final Set<String> YARDSTICK_PLACE_WORDS = WordSet.of("in", "across", "d", "en", "dans", "по", "в",
            "во", "среди");
    /** Words of a superlative or an average ("the longest", "le plus long", "самый", "средних темпов"). */
    private static final List<String> YARDSTICK_STEMS = Words.foldAll("longest", "largest", "biggest", "highest",
            "deepest", "tallest", "average", "moyenne", "самы", "крупнейш", "наибольш", "длиннейш", "средн");
    /** How many words before the place word a superlative may stand ("the largest dry port in"). */
    private static final int YARDSTICK_REACH = 4;

    /**
     * Whether the region is only what a superlative or an average is measured against: "the longest bridge in
     * Central Asia", "le plus long tunnel d'Asie centrale", "выше средних темпов по Центральной Азии" compare one
     * country's bridge or trade with the region, which is no party of the figure.
     */
    private static boolean yardstickRegion(Mention m, List<Words.Word> words) {
        int place = wordBefore(m, words);
        if (place < 1 || !YARDSTICK_PLACE_WORDS.contains(words.get(place).folded())) {
            return false;
        }
        for (int i = place - 1; i >= 0 && i >= place - YARDSTICK_REACH; i--) {
            String folded = words.get(i).folded();
            // "le plus long", "la plus grande": French builds its superlative with an article and "plus"
            if (folded.equals("plus") && i > 0 && FRENCH_ARTICLES.contains(words.get(i - 1).folded())
                    || Words.startsWithAny(folded, YARDSTICK_STEMS)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FRENCH_ARTICLES = Set.of("le", "la", "les");

    /** Kazakh and Uzbek endings of "with" glued to a name ("Қытаймен", "Ресеймен", "Xitoy bilan" is a word apart). */
    private static final List<String> WITH_ENDINGS = List.of("мен", "бен", "пен");

    /** Whether a party is introduced by "with", a word before it or a Kazakh ending on it ("Қытаймен"). */
    static boolean withPartner(Mention m, List<Words.Word> words) {
        if (partnerWith(List.of(m), words)) {
            return true;
        }
        int last = lastWordOf(m, words);
        if (hasCaseEnding(words.get(last).folded(), WITH_ENDINGS)) {
            return true;
        }
        return last + 1 < words.size() && "bilan".equals(words.get(last + 1).folded());
    }

    /** Beginnings of the words for a direction of traffic ("direction", "направлении", "бағыты", "yo'nalishi"). */
    private static final WordStems DIRECTION_WORDS = WordStems.of(Words.foldAll("direction", "направлен", "бағыт",
            "йўналиш"));
    /** Kazakh and Uzbek endings of "to" and "from" glued to a name ("Қытайға", "Ресейден", "Xitoyga"). */
    private static final List<String> TO_FROM_ENDINGS = Words.foldAll("ға", "ге", "қа", "ке", "га", "ga", "ge", "ka",
            "дан", "ден", "нан", "нен", "dan", "den");
    /** Words between a direction word and the country it points to ("in the direction of China", "en direction de"). */
    private static final Set<String> DIRECTION_LINKS = WordSet.of("of", "de", "du", "d");

    /**
     * Whether a country is named as where traffic goes or comes from rather than whose it is: a Kazakh or Uzbek
     * ending of "to" or "from" on it ("Қытайға", "Ресейден"), or a direction word next to it ("in the Kazakhstan
     * direction", "в направлении Китая", "en direction de la Chine", "Өзбекстан бағыты бойынша").
     */
    private static boolean namesDirection(Mention m, List<Words.Word> words) {
        int last = lastWordOf(m, words);
        if (hasCaseEnding(words.get(last).folded(), TO_FROM_ENDINGS)) {
            return true;
        }
        if (last + 1 < words.size() && DIRECTION_WORDS.startsAny(words.get(last + 1))) {
            return true;
        }
        int before = wordBefore(m, words);
        if (before >= 1 && DIRECTION_LINKS.contains(words.get(before).folded())) {
            before--;
        }
        return before >= 0 && DIRECTION_WORDS.startsAny(words.get(before));
    }

    /** Whether a folded word is a stem of three letters or more with one of the Kazakh or Uzbek case endings. */
    private static boolean hasCaseEnding(String folded, List<String> endings) {
        for (String ending : endings) {
            if (folded.length() > ending.length() + 2 && folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a party is introduced by "with" ("trade with Kazakhstan", "avec le Kazakhstan", "с Казахстаном"). */
    private static boolean partnerWith(List<Mention> parties, List<Words.Word> words) {
        for (Mention m : parties) {
            int i = wordBefore(m, words);
            if (i < 0) {
                continue;
            }
            if (WITH_WORDS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Beginnings of the verbs of an export or an import ("exported", "экспортировал", "a exporté", "экспорттады"). */
    private static final List<String> FLOW_STEMS = Words.foldAll("exported", "imported", "exporting", "importing",
            "экспортирова", "импортирова", "экспортирует", "импортирует", "вывез", "ввез", "exporte", "importe",
            "экспорттад", "импорттад");
    private static final WordStems FLOW_WORDS = WordStems.of(FLOW_STEMS);
    /** Words before a country that make it the partner of a flow, not its owner ("to", "from", "в", "из", "vers"). */
    private static final Set<String> PARTNER_WORDS = WordSet.of("to", "from", "with", "into", "by", "of", "for",
            "a", "au", "aux", "vers", "de", "du", "des", "d", "depuis", "avec", "en", "par", "pour",
            "в", "во", "из", "с", "со", "от", "для", "на", "до", "к", "ко", "между", "bilan");
    /** Kazakh and Uzbek case endings of a partner ("Қытайға", "Xitoyga", "Ресейден", "Rossiyadan", "Қытаймен"). */
    private static final List<String> PARTNER_ENDINGS = Words.foldAll("ға", "ге", "қа", "ке", "га", "ga", "ge", "ka",
            "дан", "ден", "нан", "нен", "dan", "den", "мен", "бен", "пен");

    /**
     * Whether a country is the subject of a verb of export or import: the verb within three words after it
     * ("Kazakhstan has exported", "Кыргызстан экспортировал", "le Kazakhstan a exporté"), and no partner word or case
     * ending on the country ("exported to Russia", "из Китая импортировали", "Қытайға экспорттады"). Nouns are not
     * enough: "Kazakh exports reached $32 billion" in an article about Kazakh-EU trade is still that trade; but
     * "export" and "exports" are verbs right after the country or after "to" ("Kazakhstan exports 7-8 mln tons",
     * "Kazakhstan to export 5mln tons of wheat", gold-n: a country's total grain exports are its own).
     */
    private static boolean ownsFlow(Mention m, List<Words.Word> words, String text) {
        int before = wordBefore(m, words);
        if (before >= 0 && PARTNER_WORDS.contains(words.get(before).folded())) {
            return false;
        }
        int last = lastWordOf(m, words);
        if (hasCaseEnding(words.get(last).folded(), PARTNER_ENDINGS)) {
            return false;
        }
        for (int i = last + 1; i < Math.min(words.size(), last + 4); i++) {
            if (FLOW_WORDS.startsAny(words.get(i))) {
                return true;
            }
        }
        return ProductFlows.exportsAsVerb(m, words, text);
    }

    /** Beginnings of the words of an export ("exports", "экспорта", "exportations", "eksporti"). */
    private static final WordStems EXPORT_WORDS = WordStems.of(Words.foldAll("export", "экспорт", "eksport"));
    /** Beginnings of the words of an import, which has a partner on the other side of the flow. */
    private static final WordStems IMPORT_WORDS = WordStems.of(Words.foldAll("import", "импорт", "ввоз"));
    /** Words that send exports somewhere ("exports to", "shipped there", "vers", "туда"). */
    private static final Set<String> DESTINATION_WORDS = WordSet.of("to", "into", "towards", "there", "vers", "к",
            "ко", "туда");
    /** Words before a country that make it where exports come from ("exports of textiles from Uzbekistan"). */
    private static final Set<String> ORIGIN_WORDS = WordSet.of("from", "of", "de", "du", "des", "d", "из");
    /** How many words after a word of export may send the goods somewhere ("exported to the regions"). */
    private static final int DESTINATION_REACH = 2;

    /**
     * Whether the sentence of a figure speaks of exports and sends them nowhere: a word of export, no word of import,
     * no destination word within {@code reach} words after the export word ("exports to", "exportations vers") nor a
     * "there" anywhere.
     */
    private static boolean exportsWithoutBuyer(int start, List<Words.Word> words, String text, int reach) {
        int at = indexAt(words, start);
        int from = gapSentenceStart(words, at, text);
        int to = sentenceEnd(words, at, text);
        boolean exports = false;
        for (int i = from; i < to && i < words.size(); i++) {
            Words.Word word = words.get(i);
            String folded = word.folded();
            if (IMPORT_WORDS.startsAny(word) || folded.equals("there") || folded.equals("туда")) {
                return false;
            }
            if (EXPORT_WORDS.startsAny(word)) {
                exports = true;
                for (int j = i + 1; j < to && j - i <= reach && j < words.size(); j++) {
                    if (DESTINATION_WORDS.contains(words.get(j).folded())) {
                        return false;
                    }
                }
            }
        }
        return exports;
    }

    /** How many words before the origin word an export word may stand ("exports of textile products from"). */
    private static final int ORIGIN_REACH = 5;

    /**
     * Whether a country owns the exports of its sentence: a possessive ("Mongolia's coal export") or where they come
     * from, a few words after the export word ("exports of textile products from Uzbekistan").
     */
    private static boolean ownsExports(Mention m, List<Words.Word> words, String text) {
        if (text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end())) {
            return true;
        }
        int before = wordBefore(m, words);
        if (before < 1 || !ORIGIN_WORDS.contains(words.get(before).folded()) || namesDirection(m, words)) {
            return false;
        }
        for (int i = Math.max(0, before - ORIGIN_REACH); i < before; i++) {
            if (EXPORT_WORDS.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that, within a few words before a name, make it the source of what the sentence reports. */
    private static final Set<String> SOURCE_WORDS = Set.of("according", "citing", "cited", "selon", "apres",
            "словам", "данным", "сообщению", "ссылкой");
    private static final int SOURCE_REACH = 4;

    /** "according to the Russian minister", "d'après le ministère kazakh", "по словам российского министра". */
    private static boolean isSource(Mention m, List<Words.Word> words) {
        int at = indexAt(words, m.start());
        for (int i = Math.max(0, at - SOURCE_REACH); i < at; i++) {
            String word = words.get(i).folded();
            if (SOURCE_WORDS.contains(word) && !(word.equals("apres") && (i == 0
                    || !words.get(i - 1).folded().equals("d")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every party and speaker of a sentence is named as a source only ("selon les autorités kirghizes"). */
    private static boolean onlySources(List<Mention> parties, List<Mention> speakers, List<Words.Word> words) {
        if (parties.isEmpty() && speakers.isEmpty()) {
            return false;
        }
        for (Mention m : parties) {
            if (!isSource(m, words)) {
                return false;
            }
        }
        for (Mention m : speakers) {
            if (!isSource(m, words)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that make a bloc after them the partner of a flow or a relation: "with the CIS", "between Tajikistan and
     * the CIS countries", "delivered to the CIS member nations", "поставлено в страны СНГ", "entre les pays de l'Union
     * douanière".
     */
    private static final Set<String> BLOC_PARTNER_WORDS = WordSet.copyOf(Words.foldAll("with", "avec", "с", "со",
            "bilan", "between", "entre", "между", "to", "vers", "from", "из", "в", "во"));
    private static final int BLOC_REACH = 5;

    /**
     * Whether the figure's sentence speaks of trade "with the CIS countries", "со странами-членами ШОС", "delivered to
     * the CIS member nations", "между странами Таможенного союза", or of "Tajikistan-CIS trade": an aggregate partner
     * with no code, which leaves the one country alone.
     */
    private static boolean withUncodedBloc(List<Words.Word> words, int figureStart, String text) {
        int at = indexAt(words, figureStart);
        int from = sentenceStart(words, at, text);
        int to = at < words.size() ? sentenceEnd(words, at, text) : words.size();
        for (int first = from; first < to && first < words.size(); first++) {
            if (!GroupTotals.groupNameAt(words, first)) {
                continue;
            }
            // "Tajikistan-CIS nations trade": a bloc joined by a dash to the word before it
            if (first > from && words.get(first).start() - words.get(first - 1).end() == 1
                    && "-–".indexOf(text.charAt(words.get(first).start() - 1)) >= 0) {
                return true;
            }
            for (int k = Math.max(from, first - BLOC_REACH); k < first; k++) {
                if (BLOC_PARTNER_WORDS.contains(words.get(k).folded())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How often the body must name the article's main party for it to be more than a mention in passing. */
    private static final int PASSING_MENTIONS = 3;

    /**
     * Whether the article's most mentioned party is named in the body fewer than {@link #PASSING_MENTIONS} times, all
     * after the figure at {@code start} (a headline's figure stands before the body).
     */
    private static boolean namedOnlyInPassingAfter(int start, ArticleFrame article) {
        return article.mainMentions() < PASSING_MENTIONS && article.mainFirstAt() > start;
    }

    /**
     * The one country the paragraph names before the figure, else the headline's one country (when the paragraph
     * names none or names it among others), else the article's exporter; null when none of these is one country.
     */
    private static String soleCountryBefore(List<Mention> paragraph, int start, String text, List<String> title,
                                            ArticleFrame article) {
        Set<String> before = codes(earlierInParagraph(paragraph, start, text));
        before.removeIf(c -> REGION.equals(c) || article.corridors().contains(c) || !isCountryCode(c));
        if (before.size() == 1) {
            return before.iterator().next();
        }
        Set<String> headline = new TreeSet<>(title);
        headline.removeIf(c -> REGION.equals(c) || !isCountryCode(c));
        if (headline.size() == 1 && (before.isEmpty() || before.containsAll(headline))) {
            return headline.iterator().next();
        }
        // "Kazakhstan has exported 3.9 million tons of wheat. Of this amount, 2.7 million tons were delivered to the
        // CIS": the country the article makes the exporter
        return before.isEmpty() && article.exporter() != null && isCountryCode(article.exporter())
                ? article.exporter() : null;
    }

    /** Drugs, in folded forms, that a country's adjective may describe by their origin. */
    private static final List<String> DRUG_STEMS = Stems.of("heroin", "hashish", "haschisch", "haschich", "opium",
            "cocaine", "cannabis", "marijuana", "methamphetamine", "героин", "гашиш", "опиум", "опия", "кокаин",
            "марихуан", "метамфетамин", "каннабис",
            // the drugs as a whole: "Afghan drugs", "афганских наркотиков", "drogues afghanes" (gold-i)
            "drug", "narcotic", "наркот", "drogue", "stupefiant");
    /**
     * Words after "drug" that make the phrase a body fighting drugs ("the Tajik Drug Control Agency"), whose country
     * is a party, not an origin.
     */
    private static final Set<String> AGAINST_DRUGS = WordSet.of("control", "enforcement", "police", "agency",
            "service", "squad", "unit", "controls");
    /** Words of origin: "of Afghan origin", "d'origine afghane", "афганского происхождения". */
    private static final List<String> ORIGIN_STEMS = Stems.of("origin", "происхожден");

    /**
     * Whether a country's name gives where a drug comes from ("Afghan heroin", "афганского героина", "héroïne
     * afghane", "drugs of Afghan origin"): the origin is no party of a seizure made elsewhere (gold-i), whereas a
     * seizure on a border keeps both sides through the border's name.
     */
    /** Words that open examples of a set: "including", "dont", "notamment", "включая", "(в том) числе", "such (as)". */
    private static final Set<String> EXAMPLE_OPENERS = WordSet.copyOf(Words.foldAll("including", "dont", "notamment",
            "включая", "числе", "as"));
    /** Plural nouns of a set of countries: "17 jurisdictions", "plus de 20 pays", "в 17 юрисдикциях". */
    private static final List<String> COUNTRY_SET_STEMS = Words.foldAll("countries", "nations", "jurisdiction",
            "juridiction", "pays", "стран", "юрисдикц", "государств", "etats");
    private static final int EXAMPLE_REACH = 8;
    private static final int SET_REACH = 4;

    /**
     * The mentions that are not examples of a set of countries the sentence counts or names: "networks across 17
     * jurisdictions, including India and China", "reliant plus de 20 pays, dont l'Allemagne et la Pologne" name where
     * the counted things reach, not the parties of the figure (gold-n: `17 jurisdictions` is `[US, RU]`; the routes of
     * a Chinese terminal are `[CN]`).
     */
    private static List<Mention> withoutExamples(List<Mention> mentions, List<Words.Word> words, String text) {
        List<Mention> kept = null;
        Mention example = null;
        for (int n = 0; n < mentions.size(); n++) {
            Mention m = mentions.get(n);
            // ("including India, the People's Republic of China (PRC), Switzerland, Thailand": the list goes on)
            boolean listed = m.kind() == PlaceKind.COUNTRY && (example != null
                    && LIST_GAP.matcher(text.substring(example.end(), m.start())).matches()
                    || exampleOfASet(m, words, text));
            example = listed ? m : example != null && m.kind() != PlaceKind.COUNTRY ? example : null;
            if (listed) {
                if (kept == null) {
                    kept = new ArrayList<>(mentions.subList(0, n));
                }
            } else if (kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? mentions : kept;
    }

    /**
     * What stands between two items of a list of countries: a comma or "and", with nothing else but articles and the
     * capitalised words of a name (", the People's Republic of", " (PRC), ", " et la "); not ", for supplying ".
     */
    private static final String LIST_WORDS = "(?:[\\s,()]|(?<!\\p{L})(?:and|et|и|the|la|le|les|l['’]|of|de|du|des|"
            + "d['’])(?!\\p{L})|\\p{Lu}[\\p{L}'’]*)*";
    private static final Pattern LIST_GAP = Pattern.compile("(?=.*(?:,|(?<!\\p{L})(?:and|et|и)(?!\\p{L})))" + LIST_WORDS);
    /** What may stand between a word that opens examples and the first of them: "including the", "dont l'". */
    private static final Pattern LIST_OPENING = Pattern.compile(LIST_WORDS);

    private static boolean exampleOfASet(Mention m, List<Words.Word> words, String text) {
        if (words instanceof IndexedWords indexed && indexed.isOf(text)) {
            // asked of each country of a sentence by every figure of it; the words and their text decide it
            return MentionChecks.of(MentionChecks.EXAMPLE_OF_A_SET, m, words, Subjects::decideExampleOfASet);
        }
        return decideExampleOfASet(m, words, text);
    }

    private static boolean decideExampleOfASet(Mention m, List<Words.Word> words) {
        return decideExampleOfASet(m, words, ((IndexedWords) words).text());
    }

    private static boolean decideExampleOfASet(Mention m, List<Words.Word> words, String text) {
        int first = indexAt(words, m.start());
        for (int i = first - 1; i >= 0 && i >= first - EXAMPLE_REACH; i--) {
            Words.Word word = words.get(i);
            if (endsAt(text, word.end())) {
                return false;
            }
            if (EXAMPLE_OPENERS.contains(word.folded()) && (!"as".equals(word.folded())
                    || i > 0 && "such".equals(words.get(i - 1).folded()))) {
                if (!LIST_OPENING.matcher(text.substring(word.end(), m.start())).matches()) {
                    return false; // "including India and China, for supplying Russia": Russia is past the list
                }
                for (int j = i - 1; j >= 0 && j >= i - SET_REACH; j--) {
                    if (endsAt(text, words.get(j).end())) {
                        return false;
                    }
                    if (Words.startsWithAny(words.get(j).folded(), COUNTRY_SET_STEMS)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean namesOrigin(Mention m, List<Words.Word> words) {
        return MentionChecks.of(MentionChecks.NAMES_ORIGIN, m, words, Subjects::decideNamesOrigin); // asked by every figure of a sentence
    }

    /**
     * The mentions that are not a drug's origin: "The total weight of seized drugs was 335 kg" after "45 routes of
     * Afghan drugs through Kyrgyzstan" continues Kyrgyzstan's seizures, not Afghanistan's (gold-i).
     */
    private static List<Mention> withoutOrigins(List<Mention> mentions, List<Words.Word> words) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!namesOrigin(m, words)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** {@link #withoutOrigins} of words read once (a headline's), past the cache every figure of a body asks. */
    static List<Mention> withoutOriginsUncached(List<Mention> mentions, List<Words.Word> words) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!decideNamesOrigin(m, words)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean decideNamesOrigin(Mention m, List<Words.Word> words) {
        int last = lastWordOf(m, words);
        if (last + 1 < words.size() && words.get(last + 1).start() - m.end() <= 2) {
            String after = words.get(last + 1).folded();
            boolean body = last + 2 < words.size() && AGAINST_DRUGS.contains(words.get(last + 2).folded());
            if (Words.startsWithAny(after, DRUG_STEMS) && !body || Words.startsWithAny(after, ORIGIN_STEMS)) {
                return true;
            }
        }
        int first = indexAt(words, m.start());
        if (first > 0 && first < words.size() && words.get(first).start() == m.start()) {
            Words.Word before = words.get(first - 1);
            // the French adjective follows its noun: "héroïne afghane", "d'origine afghane"
            return m.start() - before.end() <= 2 && (Words.startsWithAny(before.folded(), DRUG_STEMS)
                    || before.folded().equals("origine"));
        }
        return false;
    }

    /** Beginnings of words that name a war or an invasion ("war" itself is whole: "warehouse", "warning"). */
    private static final List<String> WAR_STEMS = Stems.of("invasion", "aggression", "agression", "guerre", "войн",
            "вторжени", "агресси");
    private static final Set<String> WAR_WORDS = Set.of("war", "wars");
    /** Words that may stand between a war word and the country it is waged on: "war against", "invasion de l'". */
    private static final Set<String> WAR_LINKS = Set.of("against", "in", "on", "of", "contre", "en", "de", "l", "la",
            "du", "против", "на", "в", "во", "с", "со");
    private static final int WAR_REACH = 3;

    /**
     * Whether a country is named as the target of a war or an invasion ("Russia's war against Ukraine", "l'invasion
     * de l'Ukraine", "войны на Украине"): the words right before it are a war word and linking words only.
     */
    private static boolean namesWarTarget(Mention m, List<Words.Word> words) {
        return MentionChecks.of(MentionChecks.WAR_TARGET, m, words, Subjects::decideWarTarget);
    }

    private static boolean decideWarTarget(Mention m, List<Words.Word> words) {
        int first = indexAt(words, m.start());
        if (first <= 0 || first >= words.size() || words.get(first).start() != m.start()) {
            return false;
        }
        for (int i = first - 1; i >= 0 && i >= first - WAR_REACH; i--) {
            String folded = words.get(i).folded();
            if (WAR_WORDS.contains(folded) || Words.startsWithAny(folded, WAR_STEMS)) {
                return i < first - 1; // a link between: "war Ukraine" is no phrase of war on it
            }
            if (!WAR_LINKS.contains(folded)) {
                return false;
            }
        }
        return false;
    }

    /** Beginnings of words that say something was seized: "seized", "seizure", "изъяли", "изъято", "saisi". */
    private static final List<String> SEIZURE_STEMS = Stems.of("seiz", "confiscat", "изъя", "saisi", "confisqu");
    /** SEIZURE_STEMS, asked of two dozen words around a figure: answered per word number, once. */
    private static final WordStems SEIZURE_WORDS = WordStems.of(SEIZURE_STEMS);
    private static final int SEIZURE_REACH = 12;

    /** Whether a word of seizing stands within a few words before or after the figure at {@code start}. */
    private static boolean seizureNear(int start, List<Words.Word> words) {
        return stemNear(start, words, SEIZURE_WORDS) || wordNear(start, words, FOUND_WORD);
    }

    /**
     * Verbs of finding what smugglers carried ("border guards found 4 Kalashnikov rifles", "ont découvert trois
     * fusils", "обнаружили 150 патронов"): whole words, since "found" opens "foundation" (gold-k decided: cartridges,
     * packets, bags and rifles found are `[TJ, AF]`).
     */
    private static final Set<String> FOUND_WORDS = WordSet.copyOf(Words.foldAll("found", "discovered", "découvert",
            "découverts", "découverte", "découvertes", "обнаружили", "обнаружен", "обнаружено", "обнаружены",
            "обнаружена", "нашли", "найдено", "найдены"));
    /** FOUND_WORDS by word number: asked of two dozen words around a figure. */
    private static final WordIdSet FOUND_WORD = WordIdSet.of(FOUND_WORDS);

    /** Whether one of {@code set} stands within {@link #SEIZURE_REACH} words of {@code start}. */
    private static boolean wordNear(int start, List<Words.Word> words, WordIdSet set) {
        int at = indexAt(words, start);
        for (int i = Math.max(0, at - SEIZURE_REACH); i < Math.min(words.size(), at + SEIZURE_REACH); i++) {
            if (set.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word opening with one of {@code stems} stands within {@link #SEIZURE_REACH} words of {@code start}. */
    private static boolean stemNear(int start, List<Words.Word> words, WordStems stems) {
        int at = indexAt(words, start);
        for (int i = Math.max(0, at - SEIZURE_REACH); i < Math.min(words.size(), at + SEIZURE_REACH); i++) {
            if (stems.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a country other than {@code m}'s, the side a seizure "on the border with" is by. */
    private static boolean namesAnotherCountry(Mention m, List<Mention> sentence) {
        return sentence.stream().anyMatch(o -> o.kind() == PlaceKind.COUNTRY && !REGION.equals(o.code())
                && !o.code().equals(m.code()));
    }

    /** Words that, followed by "with", name the other side of a border or a conflict. */
    private static final List<String> ACROSS_STEMS = List.of("border", "frontier", "frontiere", "границ",
            "conflict", "clash", "конфликт", "столкновен", "affrontement", "chegara");
    private static final Set<String> WITH_WORDS = WordSet.of("with", "avec", "с", "со", "bilan");
    private static final Set<String> ARTICLE_WORDS = Set.of("the", "l", "la", "le", "les");

    /**
     * "on the border with Tajikistan", "на границе с Афганистаном", "à la frontière avec l'Afghanistan", "the
     * conflict with Tajikistan": the country across a border or a front is where a figure happened, not its party.
     */
    static boolean isAcrossBorder(Mention m, List<Words.Word> words) {
        return MentionChecks.of(MentionChecks.ACROSS_BORDER, m, words, Subjects::decideAcrossBorder); // asked by every figure of a sentence
    }

    private static boolean decideAcrossBorder(Mention m, List<Words.Word> words) {
        int i = wordBefore(m, words);
        if (i < 1 || !WITH_WORDS.contains(words.get(i).folded())) {
            return false;
        }
        String before = words.get(i - 1).folded();
        if (Words.startsWithAny(before, ACROSS_STEMS)) {
            return true;
        }
        return false;
    }

    /**
     * A named route's countries and the one country whose goods the sentence says it carries ("exports of Kazakh
     * oil via the Baku–Tbilisi–Ceyhan pipeline": the pipeline's three and Kazakhstan): a country named as an
     * adjective or a party right before "via", "through", "par", "через".
     */
    static List<String> withShipper(List<String> route, List<Mention> sentence, List<Words.Word> words) {
        String shipper = null;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || REGION.equals(m.code()) || route.contains(m.code())
                    || isSpeaker(m, words)) {
                continue;
            }
            int after = indexAt(words, m.end());
            for (int i = after; i < Math.min(words.size(), after + 3); i++) {
                if (VIA_WORDS.contains(words.get(i).folded())) {
                    if (shipper != null && !shipper.equals(m.code())) {
                        return route;
                    }
                    shipper = m.code();
                }
            }
        }
        if (shipper == null) {
            return route;
        }
        Set<String> all = new LinkedHashSet<>(route);
        all.add(shipper);
        return sorted(all);
    }

    private static final Set<String> VIA_WORDS = WordSet.of("via", "through", "par", "через", "orqali", "арқылы");

    /** Words that name where a shipment comes from or goes to, written before the country ("from", "vers", "из"). */
    private static final Set<String> WAY_END_WORDS = WordSet.copyOf(Words.foldAll("from", "to", "towards", "into",
            "depuis", "vers", "provenance", "destination", "из", "до"));
    private static final Set<String> FREIGHT_METRICS = Set.of("cargo.volume", "cargo.containers");

    /**
     * A shipment on a named line, route or port and the ends its sentence gives it: "containers transported from
     * Uzbekistan to Azerbaijan" through the port of Turkmenbashi, "перевозок из КНР" on the Bakhty–Ayagoz line. The
     * shipper's freight takes its whole way (LABEL-FIXES round 28, decision 4: the country it comes from, the line's or
     * the port's countries, the country it goes to), so each country the sentence names after a word of "from" or
     * "to", or with a Kazakh or Uzbek ending of either, joins the way; only freight counts (tonnes, containers), not a
     * capacity or a length, which are the line's own.
     */
    static List<String> withWayEnds(List<String> way, String metric, List<Mention> sentence,
                                            List<Words.Word> words, String text) {
        if (!FREIGHT_METRICS.contains(metric)) {
            return way;
        }
        Set<String> all = new LinkedHashSet<>(way);
        Set<String> shippers = new LinkedHashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY || REGION.equals(m.code()) || way.contains(m.code())
                    || isSpeaker(m, words)) {
                continue;
            }
            int before = wordBefore(m, words);
            boolean end = before >= 0 && WAY_END_WORDS.contains(words.get(before).folded())
                    || hasCaseEnding(words.get(lastWordOf(m, words)).folded(), TO_FROM_ENDINGS);
            if (end) {
                all.add(m.code());
            } else if (viaLater(m, words, text)) {
                shippers.add(m.code());
            } else if (GoodsOwners.owns(m, words)) {
                owners.add(m.code());
            }
        }
        // "Kazakhstan has increased oil shipments by 30% through the BTC pipeline": the one country that the clause
        // names before the way, as who ships, is the freight's source
        if (shippers.size() == 1) {
            all.addAll(shippers);
        } else if (shippers.isEmpty() && owners.size() == 1) {
            // "Kazakh oil shipped in the direction of the Baku-Tbilisi-Ceyhan pipeline": the one country whose goods
            // the sentence names is the shipper too (decision 45)
            all.addAll(owners);
        }
        return all.size() == way.size() ? way : sorted(all);
    }

    /** Whether a word of "via" or "through" follows a mention later in its sentence. */
    private static boolean viaLater(Mention m, List<Words.Word> words, String text) {
        for (int i = indexAt(words, m.end()); i < words.size() && words.get(i).start() >= m.end(); i++) {
            if (VIA_WORDS.contains(words.get(i).folded())) {
                return true;
            }
            if (endsSentence(text, words.get(i).end())) {
                return false;
            }
        }
        return false;
    }

    private static final List<String> BORDER_STEMS = List.of("border", "frontier", "frontiere", "границ",
            "chegara");

    private static final Set<String> BETWEEN_WORDS = WordSet.of("between", "entre", "между", "orasida");

    /**
     * Whether a country only places something at a border: "on the border with China", "on the Kazakh-Chinese
     * border", "on the border between Kazakhstan and China" (both countries of the pair).
     */
    private static boolean onBorder(Mention m, List<Mention> sentence, List<Words.Word> words, String text) {
        if (isAcrossBorder(m, words) || namesBorder(m, sentence, words, text)) {
            return true;
        }
        Mention current = m;
        for (int guard = 0; guard < 4; guard++) {
            int i = wordBefore(current, words);
            if (i < 0) {
                return false;
            }
            if (i >= 1 && BETWEEN_WORDS.contains(words.get(i).folded())) {
                String before = words.get(i - 1).folded();
                if (Words.startsWithAny(before, BORDER_STEMS)) {
                    return true;
                }
                return false;
            }
            // "between Kazakhstan and China": the second of the pair follows the first
            Mention previous = null;
            for (Mention other : sentence) {
                if (other.end() <= current.start() && COORDINATION.matcher(
                        text.substring(other.end(), current.start())).matches()) {
                    previous = other;
                }
            }
            if (previous == null) {
                return false;
            }
            current = previous;
        }
        return false;
    }

    /**
     * "on the Kyrgyz-Tajik border", "на киргизско-таджикской границе": countries that only qualify a border say
     * where a figure happened, not whose it is.
     */
    private static boolean namesBorder(Mention m, List<Mention> sentence, List<Words.Word> words, String text) {
        Mention current = m;
        for (int guard = 0; guard < 4; guard++) {
            int after = indexAt(words, current.end());
            if (after >= words.size() || words.get(after).start() < current.end()) {
                return false;
            }
            Words.Word next = words.get(after);
            if (Words.startsWithAny(next.folded(), BORDER_STEMS)) {
                return true;
            }
            Mention joined = null;
            for (Mention other : sentence) {
                if (other.start() == next.start() && dashBetween(text, current.end(), other.start())) {
                    joined = other;
                }
            }
            if (joined == null) {
                return false;
            }
            current = joined;
        }
        return false;
    }

    /** Whether a speaker word stands within a few words of the mention ("Kazakh Deputy Minister said"). */
    static boolean isSpeaker(Mention m, List<Words.Word> words) {
        return MentionChecks.of(MentionChecks.SPEAKER, m, words, Subjects::decideSpeaker); // asked by every figure of a sentence
    }

    private static boolean decideSpeaker(Mention m, List<Words.Word> words) {
        int first = indexAt(words, m.start());
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).start() < m.end()) {
            last++;
        }
        for (int i = Math.max(0, first - SPEAKER_REACH); i <= Math.min(words.size() - 1, last + SPEAKER_REACH); i++) {
            if ((i < first || i > last) && SPEAKER_WORDS.contains(words.get(i).folded())
                    && !commaBetween(words, words.get(i), m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "По данным ведомства, Швейцария приобрела", "according to the ministry, Russia bought": a comma between a
     * speaker's word and a country ends the source's phrase, so the country is no speaker.
     */
    private static boolean commaBetween(List<Words.Word> words, Words.Word word, Mention m) {
        return words instanceof IndexedWords indexed && (word.end() <= m.start()
                ? indexed.commaBetween(word.end(), m.start()) : indexed.commaBetween(m.end(), word.start()));
    }

    /**
     * The index of the word written just before a mention, past one article ("avec le Kazakhstan", "after the
     * Kyrgyz Republic"); -1 when the mention opens the text or does not start a word.
     */
    static int wordBefore(Mention m, List<Words.Word> words) {
        int at = indexAt(words, m.start());
        if (at == 0 || words.get(at).start() < m.start()) {
            return -1;
        }
        int i = at - 1;
        if (i > 0 && ARTICLE_WORDS.contains(words.get(i).folded())) {
            i--;
        }
        return i;
    }

    /** The index of a mention's own last word. */
    private static int lastWordOf(Mention m, List<Words.Word> words) {
        int last = indexAt(words, m.end());
        return words.get(last).start() >= m.end() ? last - 1 : last; // indexAt gives the first word after the mention
    }

    /** Whether these mentions name no place but the region as a whole (or nothing at all). */
    static boolean namesNoPlace(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!REGION.equals(m.code())) {
                return false;
            }
        }
        return true;
    }

    /** The number of the last word that starts before {@code end} (0 when none does; a figure's or a mention's end). */
    static int lastWordStartingBefore(List<Words.Word> words, int end) {
        int at = indexAt(words, end);
        while (at > 0 && words.get(at).start() >= end) {
            at--;
        }
        return at;
    }

    static int indexAt(List<Words.Word> words, int offset) {
        if (words instanceof IndexedWords indexed) {
            return Math.min(indexed.firstAt(offset), Math.max(0, words.size() - 1));
        }
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Math.min(low, Math.max(0, words.size() - 1));
    }

    /** The mention closest to the figure; one after it counts a little farther, past a clause break farther still. */
    private static Mention nearest(List<Mention> mentions, int start, int end, String text) {
        Mention best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Mention m : mentions) {
            double distance;
            if (m.end() <= start) {
                distance = start - m.end();
                if (crossesClause(text, m.end(), start)) {
                    distance *= 3;
                }
            } else if (m.start() >= end) {
                distance = (m.start() - end) * AFTER_PENALTY;
                if (crossesClause(text, end, m.start())) {
                    distance *= 3;
                }
            } else {
                distance = 0;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m;
            }
        }
        return best;
    }

    private static boolean crossesClause(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first candidate that is a country or a bloc (the most mentioned, for the article's ranking), alone; none
     * when there is none. Not the first of {@link #firstTwo}, which are sorted by code.
     */
    private static List<String> firstOne(List<String> candidates) {
        for (String code : candidates) {
            if (!REGION.equals(code)) {
                return List.of(code);
            }
        }
        return List.of();
    }

    /** Whether one of the first two codes of the candidates that are no REGION is a country of Central Asia. */
    private static boolean regionAmongFirstTwo(List<String> candidates) {
        int seen = 0;
        for (String code : candidates) {
            if (REGION.equals(code)) {
                continue;
            }
            if (CENTRAL_ASIA.contains(code)) {
                return true;
            }
            if (++seen == 2) {
                break;
            }
        }
        return false;
    }

    /** {@code first} (when given) and the first other code of the candidates that is a country or a bloc. */
    private static List<String> firstTwo(List<String> candidates, String first) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        if (first != null) {
            chosen.add(first);
        }
        for (String code : candidates) {
            if (chosen.size() == 2) {
                break;
            }
            if (!REGION.equals(code)) {
                chosen.add(code);
            }
        }
        return sorted(chosen);
    }

    private static String firstCorridor(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.CORRIDOR) {
                return m.code();
            }
        }
        return null;
    }

    /** Whether the mentions name Central Asia as a whole (a loop: this is asked for every figure). */
    private static boolean namesRegion(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (REGION.equals(m.code())) {
                return true;
            }
        }
        return false;
    }

    // Words of something passing from one party to another: goods delivered, supplied, shipped or carried, money
    // sent, transferred, lent or coming in, people migrating, crossing or deported (prefixes of folded words; in
    // English, French, Russian, Kazakh and Uzbek)
    private static final WordStems PASSING_BETWEEN = WordStems.of(Words.foldAll("deliver", "supplie", "supply",
            "shipped", "shipment", "remit", "transfer", "migrant", "purchas", "loan", "credit", "livr", "envoi",
            "envoy", "expedi", "achemin", "pret", "поставк", "поставл", "поставля", "отправ", "переве", "перевод",
            "мигрант", "ввез", "ввоз", "вывез", "вывоз", "кредит", "займ", "жөнелт", "жеткіз", "жўнат", "yetkaz",
            "етказ", "deport", "expuls", "депорт", "выдвор", "выслан", "transporte", "поступ", "тасымалд", "tashil",
            "ташил", "jo'nat", "jonat"));
    // Whole words of passing whose prefixes would read other words ("sent" in "sentence", "left" in "leftover",
    // "transported" beside "transport" and "transportation", which name a sector or a route as often as a passing)
    private static final Set<String> PASSING_WORDS = WordSet.copyOf(Words.foldAll("sent", "left", "bought",
            "crossed", "entered", "transported", "received", "expelled", "recu", "recus", "recue", "recues"));
    // Words of one party's own amount or of a whole beyond the two: output, stock, budget, population, demand,
    // losses, stakes, the world or a market at large (prefixes of folded words)
    private static final WordStems OWN_AMOUNT = WordStems.of(Words.foldAll("production", "produce", "output", "reserv", "budget",
            "population", "gdp", "pib", "demand", "loss", "revenue", "recette", "stake", "price", "prix", "world",
            "global", "abroad", "etranger", "monde", "internationa", "market", "marche", "производ", "добыч",
            "запас", "бюджет", "населен", "спрос", "убыт", "выручк", "доход", "миров", "рубеж", "международн", "рын",
            "xalqaro", "consumption", "consommation", "inhabitant", "habitant", "stock"));

    /**
     * The figure's party and its partner when the figure's clause speaks of something passing between parties and
     * of no party's own amount; the partner is the headline's one other country, else the one other party the
     * paragraph names. Null when the clause says no passing, or no partner stands near.
     */
    private static List<String> passingBetween(String only, int start, List<Words.Word> words, String text,
                                               List<String> title, List<Mention> paragraph) {
        int[] clause = clauseOf(start, words, text);
        if (clause == null) {
            return null;
        }
        // "most of the money came from Russia – over $11 billion": a figure set after a dash at the head of its clause
        // (a word or two of approximation aside)
        // gives the amount of the clause before it, which says what passes
        int from = clause[0];
        if (from > 0 && indexAt(words, start) - from <= 2 && dashBefore(words.get(from - 1), words.get(from), text)) {
            int[] before = clauseOf(words.get(from - 1).start(), words, text);
            from = before == null ? from : before[0];
        }
        boolean passing = false;
        for (int i = from; i < clause[1]; i++) {
            Words.Word word = words.get(i);
            if (OWN_AMOUNT.startsAny(word)) {
                return null;
            }
            passing |= PASSING_BETWEEN.startsAny(word) || PASSING_WORDS.contains(word.folded());
        }
        if (!passing) {
            return null;
        }
        Set<String> parties = new LinkedHashSet<>(title);
        parties.remove(only);
        if (parties.size() > 1) {
            return null; // a headline of several others does not say which one the figure goes to or comes from
        }
        if (parties.isEmpty()) {
            for (Mention m : paragraph) {
                if (m.kind() != PlaceKind.CORRIDOR && !REGION.equals(m.code()) && !m.code().equals(only)) {
                    parties.add(m.code());
                }
            }
            if (parties.size() != 1) {
                return null;
            }
        }
        parties.add(only);
        return sorted(parties);
    }

    /** Whether a dash (not a hyphen inside a word) stands between two words. */
    private static boolean dashBefore(Words.Word before, Words.Word after, String text) {
        for (int c = before.end(); c < after.start(); c++) {
            char ch = text.charAt(c);
            if (ch == '\u2013' || ch == '\u2014' || ch == '-' && c > before.end() && text.charAt(c - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of the figure at {@code start} spreads it over the world ({@link WorldwideFigures}). */
    private static boolean spreadOverWorld(int start, List<Words.Word> words, String text) {
        int at = indexAt(words, start);
        if (at < 0 || at >= words.size()) {
            return false;
        }
        return WorldwideFigures.spreadOverWorld(words, sentenceStart(words, at, text), sentenceEnd(words, at, text));
    }

    /** The word indexes [from, to) of the figure's clause: its sentence between clause marks; null past the words. */
    private static int[] clauseOf(int start, List<Words.Word> words, String text) {
        int at = indexAt(words, start);
        if (at < 0 || at >= words.size()) {
            return null;
        }
        int from = at;
        int first = sentenceStart(words, at, text);
        while (from > first && !clauseMarkBetween(words.get(from - 1), words.get(from), text)) {
            from--;
        }
        int to = at + 1;
        int last = sentenceEnd(words, at, text);
        while (to < last && !clauseMarkBetween(words.get(to - 1), words.get(to), text)) {
            to++;
        }
        return new int[] {from, to};
    }

    // A country described, not named, in the singular: "the country", "the republic", "the landlocked nation",
    // "страна", "в республике", "le pays", "la république", "mamlakat", "respublikada" (folded whole words; the
    // Russian forms that are also plural, "страны", "республики", and the English and French words without an
    // article before them are left out: "countries of the region", "les pays voisins" describe none)
    private static final Set<String> DESCRIBED_AFTER_ARTICLE = WordSet.copyOf(Words.foldAll("country", "republic",
            "nation", "pays", "république"));
    private static final Set<String> ARTICLES = WordSet.copyOf(Words.foldAll("the", "this", "le", "du", "ce", "la"));
    private static final Set<String> DESCRIBED_COUNTRY = WordSet.copyOf(Words.foldAll("страна", "стране", "страну",
            "страной", "республика", "республике", "республику", "республикой", "республикада", "mamlakat",
            "mamlakatda", "mamlakatning", "respublika", "respublikada", "respublikaning", "мамлакат", "мамлакатда",
            "мамлакатнинг"));

    /**
     * The country a description in the figure's sentence stands for ({@link #DESCRIBED_COUNTRY}), alone or with the
     * partner {@link #passingBetween} finds: the one country the paragraph named before the figure, else the
     * article's main country (the first country of its ranking, among the headline's when it names any). Null when
     * the sentence describes no country.
     */
    private static List<String> describedCountry(int start, List<Words.Word> words, String text, List<String> title,
                                                 List<Mention> paragraph, List<String> ranked) {
        int at = indexAt(words, start);
        if (at < 0 || at >= words.size()) {
            return null;
        }
        boolean described = false;
        for (int i = gapSentenceStart(words, at, text), last = sentenceEnd(words, at, text); i < last && !described;
                i++) {
            String folded = words.get(i).folded();
            if (DESCRIBED_COUNTRY.contains(folded)) {
                described = true;
            } else if (DESCRIBED_AFTER_ARTICLE.contains(folded)) {
                for (int j = i - 1; j >= Math.max(0, i - 3) && !described; j--) {
                    described = ARTICLES.contains(words.get(j).folded());
                }
            }
        }
        if (!described) {
            return null;
        }
        // ("По стране был организован 31 состав" after a paragraph naming six countries: which one of them the text
        // does not say; the article's main country)
        Set<String> before = new LinkedHashSet<>();
        for (Mention m : paragraph) {
            if (m.end() <= start && m.kind() == PlaceKind.COUNTRY && !REGION.equals(m.code())) {
                before.add(m.code());
            }
        }
        String owner = before.size() == 1 ? before.iterator().next() : null;
        // (a bloc the article names most describes no country: "the Central Asian country" under a headline on the EU)
        for (String code : title.isEmpty() ? ranked : ranked.stream().filter(title::contains).toList()) {
            if (owner == null && isCountryCode(code)) {
                owner = code;
            }
        }
        if (owner == null || !isCountryCode(owner)) {
            return null;
        }
        List<String> between = passingBetween(owner, start, words, text, title, paragraph);
        return between != null ? between : List.of(owner);
    }

    /** The index of the last word before the sentence that opens at {@code opening}; -1 when the text starts there. */
    static int lastWordBefore(List<Words.Word> words, int opening) {
        int before = indexAt(words, opening) - 1;
        while (before >= 0 && words.get(before).start() >= opening) {
            before--;
        }
        return before;
    }

    /**
     * Whether the sentence before the one holding {@code start}, in the same paragraph (no line break between them),
     * holds a word of {@code stems}.
     */
    static boolean sentenceBeforeHolds(WordStems stems, int start, List<Words.Word> words, String text) {
        int opening = sentenceStartOffset(text, start);
        int before = lastWordBefore(words, opening);
        if (before < 0) {
            return false;
        }
        int line = text.indexOf('\n', words.get(before).end());
        return (line < 0 || line >= opening) && sentenceHolds(stems, words.get(before).start(), words, text);
    }

    /** Whether the sentence holding the figure holds a word of {@code stems} (its prefixes of folded words). */
    static boolean sentenceHolds(WordStems stems, int start, List<Words.Word> words, String text) {
        int at = indexAt(words, start);
        if (at < 0 || at >= words.size()) {
            return false;
        }
        int last = sentenceEnd(words, at, text);
        for (int i = sentenceStart(words, at, text); i < last; i++) {
            if (stems.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure's clause holds a word of one party's own amount ({@link #OWN_AMOUNT}). */
    private static boolean ownAmountInClause(int start, List<Words.Word> words, String text) {
        int[] clause = clauseOf(start, words, text);
        if (clause == null) {
            return false;
        }
        for (int i = clause[0]; i < clause[1]; i++) {
            if (OWN_AMOUNT.startsAny(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    // Words of one party's capacity, harvest or economy at home, of what it processes, and of money it allocates or
    // works it does on its own roads and plants (prefixes of folded words)
    private static final WordStems OWN_AT_HOME = WordStems.of(Words.foldAll("capacit", "harvest", "recolte",
            "economy", "economie", "national", "мощност", "урожа", "экономик", "национальн", "quvvat", "hosil",
            "iqtisod", "milliy", "қуат", "өнім", "ұлттық", "processing", "processed", "transformation", "переработ",
            "өңдел", "өңдеу", "allocat", "alloue", "выделен", "выделено", "бөлінд", "ajratil", "ажратил", "restor",
            "repair", "rehabilit", "renov", "ремонт", "восстанов", "жөнде", "ta'mir", "tamir", "таъмир"));
    // Words that put an amount between two parties: trade and exchange, exports and imports, a partnership, a joint or
    // mutual undertaking (prefixes of folded words)
    private static final WordStems BETWEEN_TWO = WordStems.of(Words.foldAll("trade", "turnover", "commerc",
            "exchang", "echang", "export", "import", "between", "bilateral", "joint", "mutual", "partner", "entre",
            "bilater", "conjoint", "mutuel", "partenai", "товарооборот", "торгов", "обмен", "экспорт", "импорт",
            "между", "двусторон", "совместн", "взаимн", "партнер", "savdo", "eksport", "ayirbosh", "айирбош",
            "ortasida", "уртасида", "hamkor", "қўшма", "qoshma", "сауда", "айналым", "арасында", "екіжақты",
            "бірлескен", "серіктес"));

    /**
     * Whether the figure's clause says one party's own amount at home ({@link #OWN_AMOUNT}, {@link #OWN_AT_HOME}:
     * production, output, reserves, capacity, a harvest, the national economy) and nothing that puts it between two
     * parties ({@link #BETWEEN_TWO}, {@link #PASSING_BETWEEN}: trade, exports, a partnership, goods or money sent).
     * The two sides of decision 6 of round 29 read in the clause; false past the words.
     */
    private static boolean ownAtHome(int start, List<Words.Word> words, String text) {
        int[] clause = clauseOf(start, words, text);
        if (clause == null) {
            return false;
        }
        boolean own = false;
        for (int i = clause[0]; i < clause[1]; i++) {
            Words.Word word = words.get(i);
            if (BETWEEN_TWO.startsAny(word) || PASSING_BETWEEN.startsAny(word)
                    || PASSING_WORDS.contains(word.folded())) {
                return false;
            }
            own |= OWN_AMOUNT.startsAny(word) || OWN_AT_HOME.startsAny(word);
        }
        return own;
    }

    /** Whether a line with some text stands before the one that holds {@code offset}. */
    private static boolean afterFirstLine(int offset, String text) {
        for (int i = text.lastIndexOf('\n', Math.min(offset, text.length() - 1)); i > 0; i--) {
            if (!Character.isWhitespace(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code ranked} that {@code among} holds: the article's main country of the headline's. */
    private static String firstOf(List<String> ranked, List<String> among) {
        for (String code : ranked) {
            if (among.contains(code)) {
                return code;
            }
        }
        return null;
    }

    /** Whether a clause mark stands between two words; not the comma of a number written "1,5" or "3,000". */
    private static boolean clauseMarkBetween(Words.Word before, Words.Word after, String text) {
        if (before.end() + 1 == after.start() && text.charAt(before.end()) == ','
                && Character.isDigit(text.charAt(before.end() - 1)) && Character.isDigit(text.charAt(after.start()))) {
            return false;
        }
        return crossesClause(text, before.end(), after.start());
    }

    /**
     * Whether neither the headline nor the paragraph names a party besides {@code only}: the headline names that
     * country alone (a headline naming none says nothing of the figure's relation) and no other country, bloc or
     * corridor stands in the paragraph.
     */
    private static boolean noPartnerNear(String only, List<String> title, List<Mention> paragraph) {
        if (title.isEmpty()) {
            return false;
        }
        for (String code : title) {
            if (!code.equals(only)) {
                return false;
            }
        }
        for (Mention m : paragraph) {
            if (!m.code().equals(only) && !REGION.equals(m.code())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> codes(List<Mention> mentions) {
        Set<String> codes = new LinkedHashSet<>();
        for (Mention m : mentions) {
            codes.add(m.code());
        }
        return codes;
    }


    static List<String> sorted(Set<String> codes) {
        String[] sorted = codes.toArray(new String[0]); // a set: no two equal, so the order is the TreeSet's
        Arrays.sort(sorted);
        return List.of(sorted);
    }
}
