package io.steppewatch.cli.console;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A news site on 127.0.0.1: one RSS feed and a page per item; items can be added while it runs. */
final class LocalNews implements AutoCloseable {

    /** One story: its path under /news/, headline and paragraphs (HTML, escaped as needed), publication date (RFC 1123). */
    record Story(String slug, String title, String pubDate, List<String> paragraphs) {
    }

    private final HttpServer server;
    private final List<Story> stories = new CopyOnWriteArrayList<>();
    private final Map<String, Story> bySlug = new ConcurrentHashMap<>();

    LocalNews() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> respond(exchange, 200, "application/rss+xml", feed()));
        server.createContext("/news/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Story story = bySlug.get(path.substring("/news/".length()));
            if (story == null) {
                respond(exchange, 404, "text/plain", "no such story");
            } else {
                respond(exchange, 200, "text/html; charset=utf-8", page(story));
            }
        });
        server.createContext("/robots.txt", exchange -> respond(exchange, 404, "text/plain", ""));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String feedUrl() {
        return base() + "/feed.xml";
    }

    String url(String slug) {
        return base() + "/news/" + slug;
    }

    void add(Story story) {
        bySlug.put(story.slug(), story);
        stories.add(story);
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (Story story : stories) {
            items.append("<item><title>").append(xml(story.title())).append("</title><link>").append(url(story.slug()))
                    .append("</link><pubDate>").append(story.pubDate()).append("</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local news</title>"
                + "<link>" + base() + "</link><description>test stories</description>" + items + "</channel></rss>";
    }

    private static String page(Story story) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : story.paragraphs()) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        return "<html lang=\"en\"><head><title>" + story.title() + "</title></head><body><nav>Home | World</nav>"
                + "<article><h1>" + story.title() + "</h1>" + body + "</article><footer>Contact</footer></body></html>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
