package io.steppewatch.analysis.figures;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import io.steppewatch.analysis.text.Words;

/**
 * A text's words with their {@link StartIndex}, handed to the subject rules so that {@link Subjects#indexAt} (the
 * word at a figure's or a mention's offset, asked a dozen times per figure) reads the index the annotator already
 * built instead of searching the list again. Reads through to the words; never changes them.
 */
final class IndexedWords extends AbstractList<Words.Word> implements RandomAccess {

    private final List<Words.Word> words;
    private final StartIndex<Words.Word> starts;

    IndexedWords(List<Words.Word> words, StartIndex<Words.Word> starts) {
        this.words = words;
        this.starts = starts;
    }

    /** Index of the first word starting at or after {@code offset}. */
    int firstAt(int offset) {
        return starts.at(offset);
    }

    @Override
    public Words.Word get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }
}
