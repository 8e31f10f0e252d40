package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;

class ConsoleIndexTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepTheTextWhenTheAnalysisArrivesLaterAndTheOtherWayRound() throws IOException {
        try (ConsoleIndex index = ConsoleIndex.open(dir)) {
            Article first = ConsoleFixtures.article("a1", "First", "Text one about customs.", "https://x.example/1");
            Article second = ConsoleFixtures.article("a2", "Second", "Text two about customs.", "https://x.example/2");
            index.putArticle(first);
            index.publish(Map.of(), false);
            index.putAnalysis(ConsoleFixtures.analysis(first, List.of("trade"), List.of("KZ"), List.of()));
            // same batch, analysis before text: the unrefreshed write must not be lost
            index.putAnalysis(ConsoleFixtures.analysis(second, List.of("security"), List.of("UZ"), List.of()));
            index.putArticle(second);
            index.publish(Map.of(), false);

            for (String id : List.of("a1", "a2")) {
                ConsoleIndex.IndexedArticle article = index.article(id).orElseThrow();
                assertThat(article.article()).isPresent();
                assertThat(article.analysis()).isPresent();
            }
            ConsoleIndex.SearchResult result = index.search(new ConsoleIndex.SearchRequest("customs", null, null, null, null, null, 10));
            assertThat(result.total()).isEqualTo(2);
            assertThat(result.facets().get(ConsoleIndex.TOPIC)).containsEntry("trade", 1).containsEntry("security", 1);
            assertThat(result.facets().get(ConsoleIndex.COUNTRY)).containsEntry("KZ", 1).containsEntry("UZ", 1);
            assertThat(index.search(new ConsoleIndex.SearchRequest("customs", "security", null, null, null, null, 10)).hits())
                    .extracting(ConsoleIndex.IndexedArticle::id).containsExactly("a2");
        }
    }

    @Test
    void shouldResumeFromTheSavedOffsetsWhenReopenedAndStartEmptyWhenMissing() throws IOException {
        try (ConsoleIndex index = ConsoleIndex.open(dir)) {
            assertThat(index.rebuilt()).isTrue();
            assertThat(index.committedOffsets()).isEmpty();
            Article article = ConsoleFixtures.article("a1", "Title", "Text", "https://x.example/1");
            Figure figure = ConsoleFixtures.figure("a1", 1e9, "2025", "$1 billion", "It was $1 billion.");
            index.putArticle(article);
            index.putAlert(ConsoleFixtures.alert("alert-1", figure, article.getUrl(), "Title", List.of()));
            index.publish(Map.of("articles:0", 7L, "alerts:2", 3L), true);
        }
        try (ConsoleIndex index = ConsoleIndex.open(dir)) {
            assertThat(index.rebuilt()).isFalse();
            assertThat(index.committedOffsets()).containsExactlyInAnyOrderEntriesOf(Map.of("articles:0", 7L, "alerts:2", 3L));
            assertThat(index.alert("alert-1")).isPresent();
            assertThat(index.alertsOf("a1")).hasSize(1);
            assertThat(index.alertsDetectedSince(Instant.parse("2025-11-10T00:00:00Z"))).isEqualTo(1);
            assertThat(index.alertsDetectedSince(Instant.parse("2025-11-11T00:00:00Z"))).isZero();
        }
    }
}
