package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class PageEditsTest {

    private static final String PAGE = """
            <html><head><title>Port</title></head><body>
            <div id="layout"><header class="entry-header"><h1>Record month</h1>
            <p class="lead">Freight doubled on the year.</p></header>
            <!-- a comment -->
            <div id="body">Loose text <b>in bold</b><p>The river port at Termez handled more freight.</p>
            <p>Dock workers said the new cranes cut the wait.</p></div>
            <aside id="side"><p>Most read</p></aside></div>
            </body></html>""";

    /** Every kind of change the extractor makes, in the order a reading makes them; returns the article it built. */
    private static Element change(Document page, PageEdits edits) {
        Element header = page.getElementsByTag("header").first();
        Element lead = page.selectFirst("p.lead");
        Element body = page.getElementById("body");
        Node comment = body.previousSibling().previousSibling();
        edits.insertBefore(header, lead);
        edits.willRemove(header);
        header.remove();
        edits.remove(comment);
        edits.remove(page.getElementById("side"));
        Element wrapped = new Element("p");
        edits.insertBefore(body.childNode(0), wrapped);
        edits.append(wrapped, body.childNode(1));
        edits.append(wrapped, body.childNode(1));
        edits.rename(page.getElementById("layout"), "section");
        Element article = page.createElement("div");
        edits.append(article, body);
        edits.prepend(article, lead);
        edits.remove(body.getElementsByTag("p").last());
        return article;
    }

    @Test
    void shouldGiveBackThePageAsParsedWhenTheChangesAreUndone() {
        Document page = Jsoup.parse(PAGE);
        String parsed = page.outerHtml();
        Element lead = page.selectFirst("p.lead");
        Element header = lead.parent();
        PageEdits edits = PageEdits.kept();

        change(page, edits);
        assertThat(page.outerHtml()).isNotEqualTo(parsed);
        edits.undo();

        assertThat(page.outerHtml()).isEqualTo(parsed);
        assertThat(lead.parent()).isSameAs(header);
        assertThat(page.getElementById("layout").tagName()).isEqualTo("div");
    }

    @Test
    void shouldLeaveThePageAsChangedWhenTheChangesAreUndoneAndMadeAgain() {
        Document page = Jsoup.parse(PAGE);
        PageEdits edits = PageEdits.kept();
        Element article = change(page, edits);
        String changed = page.outerHtml();
        String articleHtml = article.outerHtml();

        edits.undo();
        Document copy = page.clone();
        edits.redo();

        assertThat(page.outerHtml()).isEqualTo(changed);
        assertThat(article.outerHtml()).isEqualTo(articleHtml)
                .startsWith("<div>\n <p class=\"lead\">Freight doubled on the year.</p>")
                .doesNotContain("Dock workers");
        assertThat(copy.outerHtml()).isEqualTo(Jsoup.parse(PAGE).outerHtml());
    }

    @Test
    void shouldMakeChangesButKeepNoneWhenNone() {
        Document page = Jsoup.parse(PAGE);
        change(page, PageEdits.NONE);
        String changed = page.outerHtml();

        PageEdits.NONE.undo();

        assertThat(page.outerHtml()).isEqualTo(changed).doesNotContain("Most read", "a comment")
                .contains("<section id=\"layout\">");
    }
}
