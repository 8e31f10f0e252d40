package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.text.Words;

class StemmerTest {

    @ParameterizedTest
    @CsvSource({
        "en, 2027", "en, 1000000", "fr, 11", "fr, 2024", "ru, 9", "ru, 300000", "kk, 2022",
    })
    void shouldLeaveANumberAsItIsWhenStemmingIt(String language, String number) {
        assertThat(Stemmer.forLanguage(language).stem(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource({
        "en, exports, export", "fr, exportations, export", "ru, экспорта, экспорт", "en, 10s, 10",
    })
    void shouldStemWordsWithLettersWhenNumbersAreLeftAlone(String language, String word, String stem) {
        assertThat(Stemmer.forLanguage(language).stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({
        "торговый партнер, торговым партнером", "транзитный, транзитных", "железнодорожный, железнодорожным",
        "таможенный, таможенной", "военный, военных",
    })
    void shouldGiveEveryCaseOfARussianAdjectiveTheStemOfItsDictionaryFormWhenItEndsInShortI(String lexicon,
                                                                                            String article) {
        Stemmer stemmer = Stemmer.forLanguage("ru");

        assertThat(stemmer.stemAll(Words.split(article))).containsExactly(stemmer.stemPhrase(lexicon).split(" "));
    }

    @Test
    void shouldAssignTradeWhenARussianArticleUsesAnInflectedTradeAdjective() {
        String title = "Китай остается главным торговым партнером Казахстана";
        String body = "Китай остается главным торговым партнером Казахстана, сообщило министерство.";

        assertThat(TopicClassifier.withDefaults().scores(Words.split(title), Words.split(body), "ru"))
                .filteredOn(d -> d.topic().equals("trade")).singleElement()
                .satisfies(d -> assertThat(d.terms()).contains("торговый партнер"));
    }
}
