package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;

/**
 * A share of a product flow that a sentence gives to one side takes the other side too (decisions 6 and 31: a figure
 * a sentence gives to a party as a buyer or destination of another's goods, or as a supplier or source of goods to
 * another, takes both parties of that sale). Two shapes, both with the share's own words: a receiver of the share
 * ("Afghanistan will receive 5% of the gas", "chacun 42% des livraisons de gaz", "the Uzbek market
 * bought 45% of the wheat") whose sender the sentence leaves out, and a source of a share of imports or
 * supplies ("35 per cent of the cotton bought abroad is Uzbek", "Россия формирует 27% совокупного веса
 * поставок") whose buyer it leaves out. Such a percent `other` figure with one country takes, besides, the first of the
 * article's three most named parties that its sentence does not name. A share of a world market is left (decision 31:
 * "a party's rank, share or amount in the world ... takes that party alone"). Runs over an article's annotated
 * figures once they are all known; changes only `other` figures in percent. Stateless.
 */
final class FlowShareSides {

    private FlowShareSides() {
    }

    /** A verb of receiving or buying, just before the share. */
    private static final Pattern RECEIVES = Pattern.compile("(?:\\breceiv|\\bgets?\\b|\\bgetting\\b|\\bpurchas"
            + "|\\bbought\\b|\\bbuys?\\b|recevoir|reçoi|reçu|obtien|obtenir|\\bachète|получ|закуп|купил|покупа|xarid)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What is received: goods, their deliveries, exports or production, just after the share. */
    private static final Pattern GOODS = Pattern.compile("(?:\\bgas\\b|\\bgaz\\b|газ|\\boil\\b|pétrole|нефт|wheat"
            + "|\\bblé|пшениц|grain|зерн|cotton|coton|хлоп|uranium|уран|electric|électri|электроэнерг|\\bcoal\\b"
            + "|charbon|\\bугл|\\bугол|deliver|livraison|suppl|поставк|поставок|export|экспорт|shipped|product"
            + "|produc|продукц)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Imports or supplies taken in, just after the share. */
    private static final Pattern INTAKE = Pattern.compile("(?:import|livraisons|approvisionnement|supplies"
            + "|deliveries|поставок|поставк|импорт|ввоз)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The source named after the share ("comes from Uzbekistan") or as its subject ("Россия формирует 27%"). */
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?:\\bcomes? from|\\bcame from|provien|originat"
            + "|поступа\\S* из|поступи\\S* из)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?:формиру|обеспечива|\\baccounts? for"
            + "|\\bprovides?\\b|\\bsupplies\\b|\\bfournit\\b|\\bassure\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A world market: the share is the party's own (decision 31). */
    private static final Pattern WORLD = Pattern.compile("(?:world|global|mondia|миров|jahon|dunyo)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The figures with each percent `other` share of a product flow given to one side given the other side too. */
    static List<ExtractedFigure> withBothSides(List<ExtractedFigure> figures, ArticleFrame article,
                                               List<Sentences.Sentence> sentences, List<Mention> mentions) {
        if (article == null || article.ranked().size() < 2) {
            return figures;
        }
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !"percent".equals(f.unit()) || !"other".equals(f.metric())
                    || f.subjects().size() != 1 || f.subjects().get(0).length() != 2) {
                continue;
            }
            String s = f.sentence();
            int at = s.indexOf(f.text());
            if (at < 0) {
                continue;
            }
            String before = s.substring(Math.max(0, at - 45), at);
            String after = s.substring(at + f.text().length(), Math.min(s.length(), at + f.text().length() + 90));
            boolean receiver = RECEIVES.matcher(before).find() && GOODS.matcher(after).find();
            boolean source = !receiver && INTAKE.matcher(after).find()
                    && (SOURCE_AFTER.matcher(after).find() || SOURCE_BEFORE.matcher(before).find());
            if (!receiver && !source || WORLD.matcher(s).find()) {
                continue;
            }
            String own = f.subjects().get(0);
            List<String> named = namedIn(f.offset(), sentences, mentions);
            String other = null;
            List<String> ranked = article.ranked();
            for (int r = 0; r < Math.min(3, ranked.size()); r++) {
                String code = ranked.get(r);
                if (code.length() == 2 && !code.equals(own) && !named.contains(code)) {
                    other = code;
                    break;
                }
            }
            if (other == null) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(List.of(own, other).stream().sorted().toList()));
        }
        return result == null ? figures : result;
    }

    /** The codes the sentence holding offset {@code at} names. */
    private static List<String> namedIn(int at, List<Sentences.Sentence> sentences, List<Mention> mentions) {
        List<String> named = new ArrayList<>();
        for (Sentences.Sentence sentence : sentences) {
            if (sentence.start() <= at && at < sentence.end()) {
                for (Mention m : mentions) {
                    if (m.start() >= sentence.start() && m.start() < sentence.end()) {
                        named.add(m.code());
                    }
                }
                break;
            }
        }
        return named;
    }
}
