import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Counts a segment-annotated set's segments by the kind of structure that holds them in the page, and by what the
 * extractor did with them: text kept or missed, boilerplate dropped or leaked (segments / pages / sites each).
 * The kinds are structural (lists, tables, blockquotes, captions, subheadings, blocks that are all link text,
 * text broken with {@code <br>}, a short box set among the article's paragraphs, header, nav, aside, footer, form)
 * plus a few common class-name words (comment, related, author, newsletter, cookie, box), so that a kind of loss can
 * be weighed against what the same kind of structure holds that the extractor already gets right. A segment is placed
 * in the smallest element whose text holds it. Missed segments that are the page's title, headline or description
 * are left out, as {@code segment_losses.py --no-head} does.
 *
 * <pre>
 *   bench/extraction/run.sh trafilatura-dev      # writes the prediction and the classpath file
 *   cp=services/ingester/target/extraction-bench/classpath.txt
 *   java -cp "$(cat $cp)" bench/extraction/SegmentKinds.java bench/extraction/sets/trafilatura-dev \
 *       services/ingester/target/extraction-bench/trafilatura-dev.prediction.json [--detail]
 * </pre>
 *
 * {@code --detail} also lists every missed and leaked segment with its kinds and the elements around it. Only for the
 * sets we tune on: it refuses a held-out set, whose pages are scored and never studied.
 */
public class SegmentKinds {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "figcaption", "section", "article", "dd", "dt", "pre");
    private static final String[] CLASS_WORDS = {"comment", "related", "author", "newsletter", "cookie", "box"};
    private static final String[] OUTCOMES = {"text missed", "boilerplate leaked", "text kept", "boilerplate dropped"};

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SegmentKinds SETDIR PREDICTION [--detail]");
            System.exit(2);
        }
        File setdir = new File(args[0]);
        if (setdir.getName().contains("heldout")) {
            System.err.println("SegmentKinds: a held-out set is scored, never studied page by page");
            System.exit(2);
        }
        boolean detail = args.length > 2 && args[2].equals("--detail");
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(new File(setdir, "segments.json"));
        JsonNode prediction = json.readTree(new File(args[1]));
        // kind -> outcome -> [segments, pages, sites]
        Map<String, List<List<Set<String>>>> counts = new TreeMap<>();
        Map<String, int[]> segments = new TreeMap<>();
        for (var page : truth.properties()) {
            String id = page.getKey();
            String url = page.getValue().path("url").asText();
            File file = new File(setdir, "html/" + id + ".html.gz");
            if (!file.exists()) {
                continue;
            }
            Document doc;
            try (InputStream in = new GZIPInputStream(new FileInputStream(file))) {
                doc = Jsoup.parse(in, null, "");
            }
            if (doc.body() == null) {
                continue;
            }
            String site = site(url);
            String text = collapse(prediction.path(id).path("articleBody").asText(""));
            List<String> heads = heads(doc);
            for (String which : new String[] {"with", "without"}) {
                for (JsonNode node : page.getValue().path(which)) {
                    String segment = collapse(node.asText());
                    boolean kept = text.contains(segment);
                    boolean with = which.equals("with");
                    if (with && !kept && heads.stream().anyMatch(h -> h.contains(segment))) {
                        continue;
                    }
                    Element holder = holder(doc.body(), segment);
                    Set<String> kinds = holder == null ? Set.of("not in the page's text") : kinds(holder);
                    int outcome = with ? (kept ? 2 : 0) : (kept ? 1 : 3);
                    for (String kind : kinds) {
                        List<List<Set<String>>> byOutcome = counts.computeIfAbsent(kind, k -> {
                            List<List<Set<String>>> l = new ArrayList<>();
                            for (int i = 0; i < 4; i++) {
                                l.add(List.of(new HashSet<>(), new HashSet<>()));
                            }
                            return l;
                        });
                        byOutcome.get(outcome).get(0).add(id);
                        byOutcome.get(outcome).get(1).add(site);
                        segments.computeIfAbsent(kind, k -> new int[4])[outcome]++;
                    }
                    if (detail && outcome < 2) {
                        System.out.println(OUTCOMES[outcome] + "\t" + site + "\t" + id + "\t" + String.join(",", kinds)
                                + "\t" + path(holder) + "\t" + segment.substring(0, Math.min(80, segment.length())));
                    }
                }
            }
        }
        System.out.printf("%-24s%22s%22s%22s%22s%n", "kind (segments/pages/sites)", OUTCOMES[0], OUTCOMES[1],
                OUTCOMES[2], OUTCOMES[3]);
        for (var entry : counts.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("%-24s", entry.getKey()));
            for (int i = 0; i < 4; i++) {
                var sets = entry.getValue().get(i);
                row.append(String.format("%22s", segments.get(entry.getKey())[i] + "/" + sets.get(0).size() + "/"
                        + sets.get(1).size()));
            }
            System.out.println(row);
        }
    }

    /** The smallest element whose text holds the segment; null when the page's visible text does not. */
    private static Element holder(Element body, String segment) {
        if (!body.text().contains(segment)) {
            return null;
        }
        Element at = body;
        descend:
        while (true) {
            for (Element child : at.children()) {
                if (child.text().contains(segment)) {
                    at = child;
                    continue descend;
                }
            }
            return at;
        }
    }

    private static Set<String> kinds(Element holder) {
        Set<String> kinds = new TreeSet<>();
        Element block = null;
        for (Element e = holder; e != null && !e.nameIs("body"); e = e.parent()) {
            String name = e.normalName();
            if (block == null && BLOCKS.contains(name)) {
                block = e;
            }
            switch (name) {
                case "li" -> kinds.add("list item");
                case "td", "th" -> kinds.add("table cell");
                case "blockquote" -> kinds.add("blockquote");
                case "figure", "figcaption" -> kinds.add("caption or figure");
                case "h2", "h3", "h4", "h5", "h6" -> kinds.add("subheading");
                case "header", "nav", "aside", "footer", "form" -> kinds.add("<" + name + ">");
                default -> { }
            }
            String names = (e.className() + " " + e.id()).toLowerCase();
            for (String word : CLASS_WORDS) {
                if (names.contains(word)) {
                    kinds.add("named *" + word + "*");
                }
            }
            if (!kinds.contains("inset box") && (e.nameIs("div") || e.nameIs("aside") || e.nameIs("section"))
                    && e.parent() != null && e.text().length() < 600 && proseParagraphs(e.parent()) >= 3) {
                kinds.add("inset box");
            }
        }
        if (block != null) {
            int chars = block.text().length();
            int linkChars = 0;
            for (Element link : block.select("a")) {
                linkChars += link.text().length();
            }
            if (chars > 0 && linkChars >= 0.8 * chars) {
                kinds.add("all link text");
            }
            boolean breaks = false;
            boolean loose = false;
            for (Node child : block.childNodes()) {
                breaks |= child instanceof Element element && element.nameIs("br");
                loose |= child instanceof TextNode t && !t.isBlank();
            }
            if (breaks && loose) {
                kinds.add(block.nameIs("p") ? "<br> lines in a <p>" : "<br> lines, no <p>");
            }
            if (block.nameIs("p")) {
                kinds.add("paragraph");
            }
        }
        if (kinds.isEmpty()) {
            kinds.add("other");
        }
        return kinds;
    }

    private static int proseParagraphs(Element parent) {
        int count = 0;
        for (Element child : parent.children()) {
            if (child.nameIs("p") && child.text().length() > 80) {
                count++;
            }
        }
        return count;
    }

    private static List<String> heads(Document doc) {
        List<String> heads = new ArrayList<>();
        heads.add(collapse(doc.title()));
        for (Element h1 : doc.select("h1")) {
            heads.add(collapse(h1.text()));
        }
        for (Element meta : doc.select("meta[name~=(?i)^(description|og:description|twitter:description)$], "
                + "meta[property~=(?i)^(og:description|og:title|twitter:title|twitter:description)$]")) {
            heads.add(collapse(meta.attr("content")));
        }
        return heads;
    }

    private static String path(Element element) {
        if (element == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Element e = element; e != null && !e.nameIs("body") && names.size() < 6; e = e.parent()) {
            String name = e.normalName() + (e.className().isBlank() ? "" : "." + e.className().trim().split("\\s+")[0]);
            names.add(name);
        }
        return String.join(" < ", names);
    }

    private static String site(String url) {
        String address = url.startsWith("hard::") || url.startsWith("recall::") ? "http://" + url.replaceFirst("^\\w+::", "")
                : url.replaceFirst("^https?://web\\.archive\\.org/web/[^/]+/", "");
        try {
            String host = new URI(address.replace(" ", "%20")).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (Exception e) {
            return url;
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
