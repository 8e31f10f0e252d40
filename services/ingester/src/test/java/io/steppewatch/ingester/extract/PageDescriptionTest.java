package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageDescriptionTest {

    private static PageDescription of(String head) {
        return PageDescription.of(Jsoup.parse("<html><head>" + head + "</head><body></body></html>")
                .head().getElementsByTag("meta"));
    }

    @Test
    void shouldFindOpeningWhenQuotesDashesAndLineBreaksDiffer() {
        PageDescription description = of("<meta property=\"og:description\" content=\"'Barges wait less' - the "
                + "night shift at the Termez quay now works at full strength, the port says...\">");

        assertThat(description.openedIn("\u201cBarges wait less\u201d \u2013 the night shift\n\nat the Termez quay"
                + " now works at full strength, the port says, as barges wait less than a day.")).isTrue();
        assertThat(description.openedIn("The port hires for a third shift in May.")).isFalse();
    }

    @Test
    void shouldIgnoreDescriptionWhenItIsTooShortToSayWhichTextIsTheArticle() {
        PageDescription description = of("<meta name=\"description\" content=\"River news\">"
                + "<meta name=\"keywords\" content=\"river, port, freight, barges, Termez, cranes, customs\">");

        assertThat(description.isEmpty()).isTrue();
        assertThat(description.openedIn("River news from the Termez quay, where barges wait.")).isFalse();
    }
}
