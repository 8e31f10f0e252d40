package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * How many trains or wagons there are, and how much that number changed: "551 express trains", "the daily number of
 * trains passing through the junction stood at 26", "количество контейнерных поездов возросло на 173%", "une
 * augmentation de 40% des voyages de trains". Decision 56 of round 38 leaves counts of wagons, trains and vehicles and
 * their changes `other`: they are no freight carried (tonnes), no containers (TEU) and no capacity, whatever word of
 * containers or freight stands beside the trains. The containers or tonnes those trains carry keep their metric: the
 * figure must count the trains themselves (its noun is a train word, or it is a bare number or a change that a
 * "number of trains" before it, or "of trains" right after it, measures).
 */
final class TrainCounts {

    /** Beginnings of the words for trains and wagons, singular and plural, in the five languages. */
    private static final List<String> TRAIN_STEMS = List.copyOf(Words.foldAll("поезд", "пойыз", "poyezd",
            "вагон"));
    private static final Set<String> TRAIN_WORDS = Set.copyOf(Words.foldAll("train", "trains", "wagon", "wagons",
            "railcar", "railcars", "trainload", "trainloads"));
    /** Words that make the train word after them a number ("number of", "количество", "voyages de"). */
    private static final Set<String> NUMBER_WORDS = Set.copyOf(Words.foldAll("number", "количество", "количества",
            "число", "числа", "nombre", "voyages", "trips", "runs", "rotations", "саны", "soni"));
    /** Words that may stand between a change and the trains it is a change of ("40% des voyages de trains"). */
    private static final Set<String> OF_WORDS = Set.copyOf(Words.foldAll("of", "the", "des", "de", "du", "d",
            "voyages", "trips", "runs", "number", "nombre"));
    /** Nouns of what trains carry or can carry: a figure they measure is that freight's, not the trains'. */
    private static final Set<String> CARRIED = Set.copyOf(Words.foldAll("capacity", "capacité", "tonnes", "tons",
            "tonnes", "containers", "conteneurs", "cargo", "freight", "fret", "volume", "volumes", "груз", "грузов",
            "грузы", "контейнеров", "тонн", "объем", "объём", "пропускная", "мощность", "TEU", "EVP", "ДФЭ"));
    /** How many words before the figure "number of trains" may start. */
    private static final int NUMBER_REACH = 14;
    /** How many words the number word may stand before the train word ("number of organized container trains"). */
    private static final int NUMBER_TO_TRAIN = 4;

    private TrainCounts() {
    }

    /** Whether {@code figure} (a count, or a change in percent or times) counts trains or wagons. */
    static boolean countsTrains(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure,
                                boolean change) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.start());
        int after = context.wordStarts().at(figure.end());
        if (first < 0 || first >= words.size()) {
            return false;
        }
        if (!change) {
            boolean bare = true;
            for (int i = first + 1; i < after && i < words.size(); i++) {
                if (isTrain(words.get(i))) {
                    return true;
                }
                if (Character.isLetter(words.get(i).raw().charAt(0))) {
                    bare = false;
                }
            }
            if (after < words.size() && isTrain(words.get(after)) && words.get(after).end() <= sentence.end()
                    && !TextWalks.crossesClause(context.text(), figure.end(), words.get(after).start())) {
                return true; // "312 container trains": the noun right after what the figure's text took
            }
            return bare && numberOfTrainsBefore(context, sentence, first);
        }
        return numberOfTrainsBefore(context, sentence, first) || trainsRightAfter(context, sentence, after);
    }

    private static boolean isTrain(Words.Word word) {
        String folded = word.folded();
        return TRAIN_WORDS.contains(folded) || Words.startsWithAny(folded, TRAIN_STEMS);
    }

    /** "number of ... trains" a few words before the figure, in its sentence, and no word of what they carry between. */
    private static boolean numberOfTrainsBefore(FigureContext context, Sentences.Sentence sentence, int first) {
        List<Words.Word> words = context.words();
        for (int i = first - 1; i >= 0 && i >= first - NUMBER_REACH; i--) {
            Words.Word word = words.get(i);
            if (word.start() < sentence.start() || Character.isDigit(word.raw().charAt(0))) {
                return false;
            }
            if (CARRIED.contains(word.folded())) {
                return false;
            }
            if (isTrain(word)) {
                for (int n = i - 1; n >= 0 && n >= i - NUMBER_TO_TRAIN; n--) {
                    if (words.get(n).start() < sentence.start()) {
                        break;
                    }
                    if (NUMBER_WORDS.contains(words.get(n).folded())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "40% des voyages de trains", "20% of the trains": the trains right after the change, only "of" words between. */
    private static boolean trainsRightAfter(FigureContext context, Sentences.Sentence sentence, int after) {
        List<Words.Word> words = context.words();
        for (int i = after; i < words.size() && i < after + NUMBER_TO_TRAIN; i++) {
            Words.Word word = words.get(i);
            if (word.end() > sentence.end()) {
                return false;
            }
            if (isTrain(word)) {
                return i > after;
            }
            if (!OF_WORDS.contains(word.folded())) {
                return false;
            }
        }
        return false;
    }
}
