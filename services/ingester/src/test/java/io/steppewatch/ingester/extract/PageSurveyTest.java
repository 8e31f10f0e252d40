package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageSurveyTest {

    /** The pattern the survey used before it compared the letters itself. */
    private static final Pattern JSON_LD_TYPE = Pattern.compile("(?i)application/ld\\+json");

    @Test
    void shouldTakeScriptTypesAsThePatternDid() {
        List<String> types = List.of("application/ld+json", "APPLICATION/LD+JSON", "Application/Ld+Json",
                " application/ld+json; charset=utf-8", "text/application/ld+jsonx", "application/json",
                "application/ld json", "application/ld+jso", "", "text/javascript", "application/ld+ǰson",
                "\u017fapplication/ld+json", "appli\u017fation/ld+json", "application/lD+JSON",
                "aapplication/ld+json", "applicationapplication/ld+json");
        for (String type : types) {
            assertThat(PageSurvey.isJsonLd(type)).as(type).isEqualTo(JSON_LD_TYPE.matcher(type).find());
        }
        assertThat(PageSurvey.isJsonLd("Application/LD+JSON")).isTrue();
        assertThat(PageSurvey.isJsonLd("application/json")).isFalse();
    }

    @Test
    void shouldMarkTheFirstElementEachSelectorMatchesAsASelectionWould() {
        Document page = Jsoup.parse("""
                <html><head><link rel="stylesheet" href="/s.css"></head><body>
                <a rel="nofollow" href="/x">x</a><a rel="noopener" itemprop="url" href="/y">y</a>
                <a rel="author" href="/dana">Dana</a><span itemprop="datePublished" datetime="2026-02-01">1 Feb</span>
                <div class="byline"><span itemprop="name">Dana Ives</span></div>
                <article><p>Text <time>yesterday</time></p>
                <time itemprop="datePublished" datetime="2026-03-01">1 March</time>
                <time pubdate datetime="2026-03-02">2 March</time></article>
                <meta itemprop="datePublished" content="2026-03-03">
                <div itemprop="author"><b itemprop="name">Omar Salim</b></div>
                <a rel="author" href="/omar">Omar</a>
                </body></html>""");
        PageSurvey survey = MetadataReader.survey();
        Walk.forEach(page, survey::visit);

        List<PageSurvey.MarkupSelector> selectors = MetadataReader.markupSelectors();
        for (int i = 0; i < selectors.size(); i++) {
            assertThat(survey.firstMarked(i)).as(selectors.get(i).toString())
                    .isSameAs(page.selectFirst(selectors.get(i).selector()));
        }
        assertThat(survey.firstMarked(0).nameIs("a")).isTrue();
        assertThat(survey.firstMarked(1).nameIs("span")).isTrue();
        assertThat(survey.firstMarked(4).nameIs("time")).isTrue();
    }

    @Test
    void shouldFindTheAuthorsRelInAnyCaseAsTheSelectorDoesWhenOtherRelsComeFirst() {
        Document page = Jsoup.parse("""
                <html><body><a rel="nofollow" href="/a">a</a><a rel="noopener authored" href="/b">b</a>
                <a rel=" author " href="/x">x</a><a rel="AUTHOR" href="/dana">Dana</a><a rel="author" href="/omar">Omar</a></body></html>""");
        PageSurvey survey = MetadataReader.survey();
        Walk.forEach(page, survey::visit);

        assertThat(survey.firstMarked(0)).isSameAs(page.selectFirst(MetadataReader.markupSelectors().get(0).selector()));
        assertThat(survey.firstMarked(0).attr("href")).isEqualTo("/dana");
    }
}
