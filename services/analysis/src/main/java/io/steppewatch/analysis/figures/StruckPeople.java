package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Whether a sentence tells that an event struck people: killed, wounded or evacuated them ("63 citizens lost their
 * lives", "погибли 12 человек", "50 morts", "қаза тапты", "halok bo'ldi"; the phrases of {@code struck-people.txt}).
 * Such a count is a count of the event (decision 33 of round 35), not a stock that only its own paragraph may date: it
 * takes the period of the event, which the paragraphs before it often state ("after the conflict escalated in late
 * 2022").
 */
final class StruckPeople {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/struck-people.txt";
    private static final PhraseMatcher<Boolean> WORDS =
            PhraseMatcher.ofWordList(StruckPeople.class, RESOURCE, "words of people struck");

    private StruckPeople() {
    }

    /** Whether the sentence has a word of people killed, wounded or evacuated. */
    static boolean inSentence(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (WORDS.matchAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }
}
