package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WalkTest {

    @Test
    void shouldListElementsInPageOrderAsJsoupDoesWhenListsAreLongAndNestingDeep() {
        StringBuilder html = new StringBuilder("<html><head>");
        for (int i = 0; i < 100; i++) {
            html.append("<meta name=m").append(i).append('>');
        }
        html.append("</head><body><ul>");
        for (int i = 0; i < 150; i++) {
            html.append("<li>item <b>").append(i).append("</b> text</li>");
        }
        html.append("</ul>");
        for (int i = 0; i < 80; i++) {
            html.append("<div>level ").append(i);
        }
        html.append("<p>deepest</p></body></html>");
        Document page = Jsoup.parse(html.toString());

        assertThat(Walk.elements(page)).containsExactlyElementsOf(page.getAllElements());
        Element list = page.selectFirst("ul");
        assertThat(Walk.elements(list)).containsExactlyElementsOf(list.getAllElements());
        Element leaf = page.selectFirst("p");
        assertThat(Walk.elements(leaf)).containsExactly(leaf);
    }
}
