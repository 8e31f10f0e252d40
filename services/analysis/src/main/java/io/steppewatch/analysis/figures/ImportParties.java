package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * The parties of gas (oil, electricity) a sentence states with a word of import: the importer first, then the country
 * it comes from (the gold README, settled 2026-12-03: "X imported gas from Y", "are imported from Turkmenistan to
 * Iran" is X's {@code trade.imports} {@code [X, Y]}). The importer is the country an import verb follows ("China
 * also imported") or the one "to" names after "imported from"; the supplier the one "from" names, or in a list the
 * country written right before the figure ("such as Kazakhstan (380 million cubic meters)").
 */
final class ImportParties {

    private ImportParties() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A verb of import right after its subject: "imported", "a importé", "импортировал". */
    private static final Pattern IMPORT_AFTER_SUBJECT = Pattern.compile(
            "^\\W*(?:\\w+\\s+){0,2}?(?:imported|imports|importe|importé|importait|импортировал\\w*|импортирует)\\b", FLAGS);
    /** "imported from": the supplier follows. */
    private static final Pattern IMPORTED = Pattern.compile("\\b(?:imported|importé\\w*|импортирова\\w*)\\b", FLAGS);
    private static final SentenceGate IMPORTED_GATE = new SentenceGate(IMPORTED,
            List.of("imported", "importé", "импортирова"));
    private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|de|du|d['’]|из)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$", FLAGS);
    private static final Pattern TO_BEFORE = Pattern.compile("\\b(?:to|into|vers|en|в)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$", FLAGS);
    /** Between a list's country and its figure: "Kazakhstan (380". */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*[(:–—-]?\\s*$");
    private static final int REACH = 30;

    /** The importer and supplier of such a figure, or the subjects given. */
    static List<String> of(List<String> subjects, SurfaceFigure figure, String metric, FigureContext context,
                           Sentences.Sentence sentence) {
        if (!"trade.imports".equals(metric) || !("m3".equals(figure.unit()) || "t".equals(figure.unit()))) {
            return subjects;
        }
        if (!context.sentenceFinds(IMPORTED_GATE, sentence)) {
            return subjects;
        }
        String text = context.text();
        String importer = null;
        String supplier = null;
        String listed = null;
        for (Mention m : context.mentionsIn(sentence.start(), sentence.end())) {
            if (m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), m.start() - REACH), m.start());
            String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + REACH));
            if (m.end() <= figure.start() && LIST_GAP.matcher(text.substring(m.end(), figure.start())).matches()) {
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
            return subjects;
        }
        return List.of(importer, supplier);
    }
}
