package io.steppewatch.ingester.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.ingester.testing.LocalHttpServer;

/**
 * Feeds written to attack the parser. Every remote reference points at a local server that must see
 * zero requests; every file reference points at a secret file whose content must never appear.
 */
class HostileFeedTest {

    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir
    Path dir;

    private LocalHttpServer server;
    private Path secretFile;
    private final FeedParser parser = new FeedParser(5 << 20);

    @BeforeEach
    void setUp() throws IOException {
        server = new LocalHttpServer();
        server.text("/evil.dtd", "application/xml-dtd", "<!ENTITY leak \"" + SECRET + "\">");
        secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String remote(String path) {
        return server.uri(path).toString();
    }

    private static String rss(String doctype, String title) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>t</title><link>http://e.kz/</link>"
                + "<description>d</description><item><title>" + title + "</title><link>http://e.kz/1</link></item></channel></rss>";
    }

    private ParsedFeed parse(String xml) throws Exception {
        // Bounded: a parser that expands a bomb would not finish in time.
        return CompletableFuture.supplyAsync(() -> {
            try {
                return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "http://e.kz/feed");
            } catch (FeedParseException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private FeedParseException rejection(String xml) {
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class, () -> parse(xml));
        assertThat(e.getCause()).isInstanceOf(FeedParseException.class);
        return (FeedParseException) e.getCause();
    }

    @Test
    void shouldRefuseWhenFeedDeclaresExternalFileEntity() {
        String xml = rss("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>", "&xxe;");
        FeedParseException e = rejection(xml);
        assertThat(e.reason()).isEqualTo(FeedParseException.Reason.ENTITY_DECLARATION);
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void shouldRefuseWhenFeedDeclaresRemoteEntity() {
        String xml = rss("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + remote("/entity") + "\">]>", "&xxe;");
        assertThat(rejection(xml).reason()).isEqualTo(FeedParseException.Reason.ENTITY_DECLARATION);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void shouldRefuseWhenFeedUsesParameterEntityToRemoteDtd() {
        String xml = rss("<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + remote("/evil.dtd") + "\"> %remote;]>", "&leak;");
        assertThat(rejection(xml).reason()).isEqualTo(FeedParseException.Reason.ENTITY_DECLARATION);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void shouldNotFetchWhenDoctypeNamesRemoteDtd() throws Exception {
        String xml = rss("<!DOCTYPE rss SYSTEM \"" + remote("/evil.dtd") + "\">", "plain &amp; simple");
        ParsedFeed feed = parse(xml);
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("plain & simple");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void shouldNotReadWhenDoctypeNamesLocalDtdFile() throws Exception {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
        String xml = rss("<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">", "&leak;");
        try {
            ParsedFeed feed = parse(xml);
            assertThat(feed.items().get(0).title()).doesNotContain(SECRET);
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(FeedParseException.class).hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void shouldRefuseQuicklyWhenFeedIsBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "lol" : "lol" + (i - 1);
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertThat(rejection(rss(dtd.toString(), "&lol9;")).reason()).isEqualTo(FeedParseException.Reason.ENTITY_DECLARATION);
    }

    @Test
    void shouldRefuseWhenFeedIsQuadraticBlowup() {
        String big = "x".repeat(50_000);
        String xml = rss("<!DOCTYPE rss [<!ENTITY a \"" + big + "\">]>", "&a;".repeat(10_000));
        assertThat(rejection(xml).reason()).isEqualTo(FeedParseException.Reason.ENTITY_DECLARATION);
    }

    @Test
    void shouldParseWhenRss091HasNetscapeDoctypeAndHtmlEntities() throws Exception {
        // The classic RSS 0.91 DOCTYPE; the DTD is never fetched (that would leave this machine).
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Caf&eacute; news</title><link>http://e.kz/</link><description>d</description>"
                + "<language>fr</language><item><title>Astana &eacute;t&eacute;</title><link>/news/1</link></item></channel></rss>";
        ParsedFeed feed = parse(xml);
        assertThat(feed.feedType()).isEqualTo("rss_0.91N");
        assertThat(feed.title()).isEqualTo("Café news");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Astana été");
            assertThat(item.link()).isEqualTo("http://e.kz/news/1");
        });
    }

    @Test
    void shouldRejectWhenDocumentIsNotXml() {
        assertThat(rejection("this is not a feed").reason()).isEqualTo(FeedParseException.Reason.MALFORMED_XML);
        assertThat(rejection("<html><body>hi</body></html>").reason()).isEqualTo(FeedParseException.Reason.UNKNOWN_FORMAT);
    }

    @Test
    void shouldReadWhenEncodingIsDeclaredOnlyInXml() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Новости Алматы</title><link>http://e.kz/1</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.getBytes("windows-1251"), null, null);
        assertThat(feed.items().get(0).title()).isEqualTo("Новости Алматы");
        ParsedFeed viaHeader = parser.parse(xml.getBytes("windows-1251"), "application/rss+xml; charset=windows-1251", null);
        assertThat(viaHeader.items().get(0).title()).isEqualTo("Новости Алматы");
    }

    @Test
    void shouldRejectWhenOverSizeLimit() {
        FeedParser small = new FeedParser(100);
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> small.parse(rss("", "x".repeat(200)).getBytes(StandardCharsets.UTF_8), null, null));
        assertThat(e.reason()).isEqualTo(FeedParseException.Reason.TOO_LARGE);
    }
}
