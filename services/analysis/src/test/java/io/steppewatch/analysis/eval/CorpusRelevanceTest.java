package io.steppewatch.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.analysis.region.RegionRelevance;

/** The ingester's verdict on corpus texts, as ledger_model.py reads it. */
class CorpusRelevanceTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepAnArticleWhoseTitleNamesACountryOfTheRegion() {
        String text = "Kyrgyzstan opens a new customs post\nThe post on the southern border will clear trucks faster.";
        assertThat(CorpusRelevance.verdict(RegionRelevance.withDefaults(), text).relevant()).isTrue();
    }

    @Test
    void shouldDropAnArticleThatNamesTheRegionOnceInPassing() {
        // The one mention is in the second paragraph: a name in the lead would count twice (RegionRelevance.lead).
        String text = "Georgian ports handle more grain\nBatumi and Poti loaded more wheat this spring than a year before,"
                + " the port authority said.\n\nSome of it was bound for Kazakhstan.";
        assertThat(CorpusRelevance.verdict(RegionRelevance.withDefaults(), text).relevant()).isFalse();
    }

    @Test
    void shouldReadTheTitleFromTheFirstLineOnly() {
        // The country is named once, in the body: were the whole text read as the title it would count three times.
        String text = "Freight on the rise\nRail freight through Uzbekistan grew in the spring.";
        assertThat(CorpusRelevance.verdict(RegionRelevance.withDefaults(), text).relevant()).isFalse();
    }

    @Test
    void shouldWriteOneLinePerArticleWhoseTextIsThere() throws Exception {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(texts.resolve("x-en-001.txt"), "Tajikistan and China sign a road deal\nThe road will run east.",
                StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("x-en-002.txt"), "Armenian brandy exports\nYerevan sold more brandy abroad.",
                StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold-x.jsonl");
        Files.writeString(gold, "{\"doc\": \"x-en-001.txt\"}\n{\"doc\": \"x-en-002.txt\"}\n{\"doc\": \"x-en-003.txt\"}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("relevance.tsv");

        CorpusRelevance.main(new String[] {out.toString(), gold.toString(), texts.toString()});

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("x-en-001.txt\ttrue\t");
        assertThat(lines.get(1)).startsWith("x-en-002.txt\tfalse\t");
    }
}
