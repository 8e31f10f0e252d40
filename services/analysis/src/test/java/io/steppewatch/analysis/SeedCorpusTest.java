package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCorpusTest {

    @Test
    void shouldReadFiveSeedsWithTitleBodyAndDatesWhenBundled() {
        List<SeedArticle> seeds = SeedCorpus.bundled();

        assertThat(seeds).hasSize(5);
        SeedArticle first = seeds.get(0);
        assertThat(first.file()).isEqualTo("000_f1b9832a424fc6fa.txt");
        assertThat(first.url()).isEqualTo("seed:000_f1b9832a424fc6fa");
        assertThat(first.text().title()).startsWith("Le Kazakhstan clôt sa mission commerciale");
        assertThat(first.text().body()).contains("23,6 milliards de dollars");
        assertThat(first.text().published()).isEqualTo(LocalDate.of(2023, 2, 3));
        assertThat(first.publishedPrecision()).isEqualTo(ChronoUnit.DAYS);
    }

    @Test
    void shouldReadYearOnlyDateAsFirstOfJanuaryWithYearPrecision() {
        SeedArticle yearOnly = SeedCorpus.bundled().get(4);

        assertThat(yearOnly.text().published()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(yearOnly.publishedPrecision()).isEqualTo(ChronoUnit.YEARS);
    }

    @Test
    void shouldReadUserCorpusWithOrWithoutIndexWhenDirectoryGiven(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title A\nBody of A mentions Kazakhstan.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "Title B\nBody of B.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.tsv"), "# file\tpublished\tlanguage\tsource\turl\n"
                + "a.txt\t2024-10\ten\tmine\thttps://example.org/a\n", StandardCharsets.UTF_8);

        List<SeedArticle> articles = SeedCorpus.fromDirectory(dir);

        assertThat(articles).extracting(SeedArticle::file).containsExactly("a.txt", "b.txt");
        assertThat(articles.get(0).text().title()).isEqualTo("Title A");
        assertThat(articles.get(0).text().published()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(articles.get(0).publishedPrecision()).isEqualTo(ChronoUnit.MONTHS);
        assertThat(articles.get(0).source()).isEqualTo("mine");
        assertThat(articles.get(1).text().published()).isNull();
        assertThat(articles.get(1).url()).startsWith("file:");
    }

    @Test
    void shouldRejectCorpusWhenDateIsMalformed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "T\nB", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.tsv"), "a.txt\t03/02/2023\tfr\tx\ty\n", StandardCharsets.UTF_8);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SeedCorpus.fromDirectory(dir));
        assertThat(error.getMessage()).contains("03/02/2023").contains("a.txt");
    }
}
