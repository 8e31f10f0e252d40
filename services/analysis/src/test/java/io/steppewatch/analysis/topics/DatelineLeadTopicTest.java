package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A dateline the sentence splitter cuts off ("ASTANA." before "KAZINFORM - ...") or a line that only dates the dispatch
 * is not the body's first sentence: the lead is the sentence after it. A short item whose figures measure other things
 * and whose one export stands in that lead keeps its trade (the passing-mention test reads the lead, not the dateline);
 * the same export in the item's last sentence is still a passing mention.
 */
class DatelineLeadTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    private static List<String> topics(String language, String title, String body) {
        return CLASSIFIER.classify(Words.split(title), Words.split(body), body, language, true).stream()
                .map(TopicDecision::topic).toList();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Bee-keepers of East Kazakhstan set up a cooperative | ASTANA. KAZINFORM - Kazakhstan intends to export its honey to China, an official of the business chamber said on Tuesday. Some 1,200 bee-keepers of the eastern region have joined a cooperative and bought a packing workshop. Inspectors from Beijing tested the honey and found no antibiotics in it. A certificate is to be issued soon, and the cooperative will then supply its first batches of goods to buyers there.
            ru | Пчеловоды Восточного Казахстана создали кооператив | АСТАНА. KAZINFORM - Казахстан намерен экспортировать мёд в Китай, сообщил во вторник представитель палаты предпринимателей. Около 1200 пчеловодов области объединились в кооператив и купили цех для фасовки. Инспекторы из Пекина проверили мёд и не нашли в нём антибиотиков. Скоро выдадут сертификат, и кооператив начнёт поставлять первые партии товаров покупателям.
            """)
    void shouldReadTheSentenceAfterADatelineAsTheLead(String language, String title, String body) {
        assertThat(topics(language, title, body)).containsExactly("trade");
    }

    @Test
    void shouldReadTheParagraphAfterALineOfDateAsTheLead() {
        String body = "12 March 2025\n\nKazakhstan intends to export its honey to China, an official of the business"
                + " chamber said on Tuesday. Some 1,200 bee-keepers of the eastern region have joined a cooperative and"
                + " bought a packing workshop. Inspectors from Beijing tested the honey and found no antibiotics in it."
                + " A certificate is to be issued soon, and the cooperative will then supply its first batches of goods"
                + " to buyers there.";
        assertThat(topics("en", "Bee-keepers of East Kazakhstan set up a cooperative", body)).containsExactly("trade");
    }

    @Test
    void shouldStillTakeAnExportInTheLastSentenceForAPassingMention() {
        String body = "ASTANA. KAZINFORM - Some 1,200 bee-keepers of the eastern region have joined a cooperative and"
                + " bought a packing workshop, an official of the business chamber said on Tuesday. Inspectors from"
                + " Beijing tested the honey and found no antibiotics in it. A certificate is to be issued soon, and the"
                + " cooperative will then supply its first batches of goods to buyers there. The cooperative intends to"
                + " export its honey to China.";
        assertThat(topics("en", "Bee-keepers of East Kazakhstan set up a cooperative", body)).isEmpty();
    }
}
