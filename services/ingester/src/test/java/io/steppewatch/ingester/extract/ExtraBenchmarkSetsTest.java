package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Guards quality on the benchmark sets that bench/extraction/rebuild-sets.py builds from public repositories
 * (they are not committed: the pages belong to their publishers). Each set is skipped when it has not been built.
 * Floors sit a little under the figures reached when they were set, so a rule change that costs quality fails.
 */
class ExtraBenchmarkSetsTest {

    private static final Logger LOG = LoggerFactory.getLogger(ExtraBenchmarkSetsTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Segment F1 (trafilatura's measure, with white space as Java's pattern collapses it) reached 0.909 on dev and
     * 0.907 on held-out when set, 0.922 and 0.915 after the rules for the article's edges (standfirst, orphan
     * headings, appended bios, credit lines), 0.935 and 0.921 after those on which block is the article.
     */
    @ParameterizedTest
    @CsvSource({"trafilatura-dev, 0.90", "trafilatura-heldout, 0.90"})
    void shouldKeepSegmentF1AboveFloorWhenRunOnTrafilaturaCorpus(String set, double floor) throws IOException {
        Path folder = sets().resolve(set);
        assumeTrue(Files.isRegularFile(folder.resolve("segments.json")), "set not built: " + folder);

        JsonNode segments = JSON.readTree(folder.resolve("segments.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        long found = 0;
        long missed = 0;
        long leaked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = segments.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path page = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
            String text = collapse(extractor.extract(ExtractTool.read(page), page.toUri().toString()).text());
            for (JsonNode wanted : entry.getValue().path("with")) {
                if (text.contains(collapse(wanted.asText()))) {
                    found++;
                } else {
                    missed++;
                }
            }
            for (JsonNode unwanted : entry.getValue().path("without")) {
                if (text.contains(collapse(unwanted.asText()))) {
                    leaked++;
                }
            }
        }
        double precision = found + leaked == 0 ? 0 : (double) found / (found + leaked);
        double recall = found + missed == 0 ? 0 : (double) found / (found + missed);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        LOG.info("{}: {} pages, segment F1 {} precision {} recall {}", set, segments.size(),
                String.format("%.4f", f1), String.format("%.4f", precision), String.format("%.4f", recall));

        assertThat(f1).as("segment F1 on %s", set).isGreaterThanOrEqualTo(floor);
    }

    /**
     * Shingle F1 reached 0.962 on scrapinghub's held-out pages when set, 0.972 after the edge rules, 0.975 after
     * those on which block is the article (never tuned on). L3S-GN1's news articles (googlenews-*) joined at 0.955
     * on dev and 0.960 on held-out; dragnet_data's news and blog pages (dragnet-*, whose hand-cut gold keeps
     * captions, bylines and date lines that the other sets leave out) at 0.898 and 0.910.
     */
    @ParameterizedTest
    @CsvSource({"scrapinghub-heldout, 0.96", "googlenews-dev, 0.95", "googlenews-heldout, 0.95", "dragnet-dev, 0.89",
            "dragnet-heldout, 0.90"})
    void shouldKeepShingleF1AboveFloorWhenRunOnShingleScoredSets(String set, double floor) throws IOException {
        Path folder = sets().resolve(set);
        assumeTrue(Files.isRegularFile(folder.resolve("ground-truth.json")), "set not built: " + folder);

        JsonNode truth = JSON.readTree(folder.resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<ShingleScore.Counts> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path page = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
            ExtractedPage extracted = extractor.extract(ExtractTool.read(page), page.toUri().toString());
            rows.add(ShingleScore.compare(entry.getValue().path("articleBody").asText(""), extracted.text()));
        }
        ShingleScore.Result result = ShingleScore.aggregate(rows);
        LOG.info("{}: {} pages, F1 {}", set, rows.size(), String.format("%.4f", result.f1()));

        assertThat(result.f1()).as("F1 on %s", set).isGreaterThanOrEqualTo(floor);
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** bench/extraction/sets of this repository. */
    private static Path sets() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return (dir == null ? Path.of("").toAbsolutePath() : dir).resolve("bench").resolve("extraction").resolve("sets");
    }
}
