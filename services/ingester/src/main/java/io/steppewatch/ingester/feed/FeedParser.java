package io.steppewatch.ingester.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.xml.sax.SAXException;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.XmlReader;

import io.steppewatch.avro.DatePrecision;
import io.steppewatch.ingester.extract.DateParser;

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and RDF feeds with Rome, in any declared or sniffed encoding,
 * without ever reading a file, reaching the network or expanding an entity (see {@link HardenedWireFeedInput}).
 * Thread-safe: each call builds its own parser.
 */
public final class FeedParser {

    private final int maxBytes;

    /** A parser that refuses documents larger than {@code maxBytes}. */
    public FeedParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Parses a feed document.
     *
     * @param body        the raw bytes as served
     * @param contentType the HTTP Content-Type header, or null for a file (then the encoding is sniffed)
     * @param feedUrl     where the feed came from, to resolve relative item links; may be null
     */
    public ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException(FeedParseException.Reason.EMPTY, "empty document", null);
        }
        if (body.length > maxBytes) {
            throw new FeedParseException(FeedParseException.Reason.TOO_LARGE,
                    body.length + " bytes, limit " + maxBytes, null);
        }
        WireFeed wire;
        HardenedWireFeedInput input = new HardenedWireFeedInput();
        try (Reader reader = decode(body, contentType)) {
            wire = input.build(reader);
        } catch (IOException e) {
            throw new FeedParseException(FeedParseException.Reason.ENCODING, String.valueOf(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(FeedParseException.Reason.UNKNOWN_FORMAT, String.valueOf(e.getMessage()), e);
        } catch (FeedException e) {
            throw classify(e);
        } catch (RuntimeException e) {
            throw new FeedParseException(FeedParseException.Reason.PARSER_ERROR, e.toString(), e);
        }
        SyndFeed feed = new SyndFeedImpl(wire);
        URI base = baseOf(feedUrl, feed.getLink());
        List<FeedItem> items = new ArrayList<>(feed.getEntries().size());
        List<DatePrecision> precisions = datePrecisions(input.document(), feed.getEntries().size());
        for (int i = 0; i < feed.getEntries().size(); i++) {
            items.add(toItem(feed.getEntries().get(i), base, precisions.get(i)));
        }
        return new ParsedFeed(trimmed(feed.getTitle()), trimmed(feed.getLanguage()), wire.getFeedType(), items);
    }

    private static Reader decode(byte[] body, String contentType) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        // Lenient: when the HTTP header, BOM and XML declaration disagree, Rome falls back to what it can sniff.
        if (contentType != null && !contentType.isBlank()) {
            return new XmlReader(in, contentType, true);
        }
        return new XmlReader(in, true, "UTF-8");
    }

    private static FeedParseException classify(FeedException e) {
        boolean xmlError = false;
        Throwable innermost = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof HardenedWireFeedInput.EntityDeclarationRefused) {
                return new FeedParseException(FeedParseException.Reason.ENTITY_DECLARATION, t.getMessage(), e);
            }
            xmlError |= t instanceof SAXException || t instanceof JDOMException;
            innermost = t;
        }
        // Rome reports every failure as "Invalid XML"; only a parser exception means the XML itself is bad.
        if (xmlError) {
            return new FeedParseException(FeedParseException.Reason.MALFORMED_XML, innermost.getMessage(), e);
        }
        return new FeedParseException(FeedParseException.Reason.PARSER_ERROR,
                "Rome cannot read this feed's structure: " + innermost, e);
    }

    /** Elements that hold an item's publication date, in the order Rome prefers them. */
    private static final List<String> PUBLISHED_ELEMENTS = List.of("pubDate", "published", "issued", "date", "created");

    /**
     * How precisely each item's publication date was written, in document order: MONTH for {@code 2025-03},
     * YEAR for {@code 2025} (W3C dates allow both, and Rome reads them as the first day), null otherwise. All
     * null when the items cannot be lined up with Rome's entries.
     */
    private static List<DatePrecision> datePrecisions(Document document, int entries) {
        List<DatePrecision> precisions = new ArrayList<>(entries);
        if (document != null && document.getRootElement() != null) {
            Element root = document.getRootElement();
            Element channel = root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst()
                    .orElse(null);
            List<Element> items = new ArrayList<>();
            for (Element parent : channel == null ? List.of(root) : List.of(root, channel)) {
                for (Element child : parent.getChildren()) {
                    if (child.getName().equals("item") || child.getName().equals("entry")) {
                        items.add(child);
                    }
                }
            }
            if (items.size() == entries) {
                for (Element item : items) {
                    precisions.add(precisionOf(item));
                }
                return precisions;
            }
        }
        for (int i = 0; i < entries; i++) {
            precisions.add(null);
        }
        return precisions;
    }

    private static DatePrecision precisionOf(Element item) {
        for (String name : PUBLISHED_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    return DateParser.parseDated(child.getTextTrim()).map(DateParser.Dated::precision).orElse(null);
                }
            }
        }
        return null;
    }

    private static FeedItem toItem(SyndEntry entry, URI base, DatePrecision publishedPrecision) {
        String link = absoluteLink(entry, base);
        String summary = entry.getDescription() == null ? null : entry.getDescription().getValue();
        StringBuilder content = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                if (content.length() > 0) {
                    content.append("\n\n");
                }
                content.append(c.getValue());
            }
        }
        String author = trimmed(entry.getAuthor());
        String title = entry.getTitle();
        if (title == null || title.isBlank()) {
            // Some feeds only carry a Dublin Core title.
            Module dc = entry.getModule(DCModule.URI);
            title = dc instanceof DCModule dcModule ? dcModule.getTitle() : null;
        }
        return new FeedItem(
                title == null ? "" : title.strip(),
                link,
                trimmed(entry.getUri()),
                summary,
                content.length() == 0 ? null : content.toString(),
                author == null || author.isEmpty() ? null : author,
                instant(entry.getPublishedDate()),
                instant(entry.getUpdatedDate()),
                entry.getPublishedDate() == null ? null : publishedPrecision);
    }

    private static String absoluteLink(SyndEntry entry, URI base) {
        String link = trimmed(entry.getLink());
        if (link == null || link.isEmpty()) {
            for (SyndLink l : entry.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || "alternate".equals(l.getRel()))) {
                    link = l.getHref().strip();
                    break;
                }
            }
        }
        if ((link == null || link.isEmpty()) && entry.getUri() != null && entry.getUri().startsWith("http")) {
            // RSS guid with isPermaLink: Rome exposes it as the entry URI.
            link = entry.getUri().strip();
        }
        if (link == null || link.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(link.replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null) {
                uri = base.resolve(uri);
            }
            return uri.toString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return link;
        }
    }

    private static URI baseOf(String feedUrl, String feedLink) {
        for (String candidate : new String[] {feedUrl, feedLink}) {
            if (candidate == null) {
                continue;
            }
            try {
                URI uri = new URI(candidate.strip());
                if (uri.isAbsolute()) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // try the next candidate
            }
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}
