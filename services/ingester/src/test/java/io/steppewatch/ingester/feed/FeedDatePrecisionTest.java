package io.steppewatch.ingester.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.DatePrecision;

class FeedDatePrecisionTest {

    private final FeedParser parser = new FeedParser(1 << 20);

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", "http://127.0.0.1/feed");
    }

    @Test
    void shouldKeepMonthAndYearWhenRssItemsWriteDublinCoreDatesOfReducedPrecision() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
                <link>http://127.0.0.1/</link><description>d</description>
                <item><title>month</title><link>http://127.0.0.1/1</link><dc:date>2025-03</dc:date></item>
                <item><title>year</title><link>http://127.0.0.1/2</link><dc:date>2024</dc:date></item>
                <item><title>day</title><link>http://127.0.0.1/3</link><pubDate>Fri, 14 Mar 2025 08:00:00 GMT</pubDate></item>
                <item><title>none</title><link>http://127.0.0.1/4</link></item>
                </channel></rss>
                """);

        assertThat(feed.items()).extracting(FeedItem::title, FeedItem::published, FeedItem::publishedPrecision)
                .containsExactly(
                        tuple("month", Instant.parse("2025-03-01T00:00:00Z"), DatePrecision.MONTH),
                        tuple("year", Instant.parse("2024-01-01T00:00:00Z"), DatePrecision.YEAR),
                        tuple("day", Instant.parse("2025-03-14T08:00:00Z"), null),
                        tuple("none", null, null));
    }

    @Test
    void shouldKeepYearWhenRdfItemsSitBesideTheChannel() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="http://127.0.0.1/"><title>T</title><link>http://127.0.0.1/</link><description>d</description></channel>
                <item rdf:about="http://127.0.0.1/1"><title>a</title><link>http://127.0.0.1/1</link><dc:date>2023</dc:date></item>
                <item rdf:about="http://127.0.0.1/2"><title>b</title><link>http://127.0.0.1/2</link><dc:date>2023-05-02T10:00:00Z</dc:date></item>
                </rdf:RDF>
                """);

        assertThat(feed.items()).extracting(FeedItem::publishedPrecision).containsExactly(DatePrecision.YEAR, null);
    }
}
