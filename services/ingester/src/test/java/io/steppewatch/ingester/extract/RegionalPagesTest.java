package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.ingester.fetch.PageCharset;

/**
 * Pages in the shapes the default feed list's Russian- and Uzbek-language sites use: an old table layout served
 * in windows-1251, a script-rendered page whose text is only in its JSON-LD, a page that puts its text in
 * {@code <noscript>} for a script to load, and a modern article wrapped in Russian page furniture. The pages
 * were written for these tests.
 */
class RegionalPagesTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @TempDir
    Path dir;

    private static String regional(String name) {
        return ArticleExtractorTest.fixture("regional/" + name);
    }

    @Test
    void shouldReadCyrillicTextWhenPageIsServedInWindows1251AndSaysSoInItsMetaTag() throws Exception {
        byte[] bytes = regional("ru-windows-1251.html").getBytes(WINDOWS_1251);
        Path saved = dir.resolve("cotton.html");
        Files.write(saved, bytes);

        // The ingester's path (no charset in the HTTP header) and the saved-page tool's path decode alike.
        for (String html : new String[] {PageCharset.decode(bytes, "text/html"), ExtractTool.read(saved)}) {
            ExtractedPage page = extractor.extract(html, "https://south.example/ekonomika/2026/03/12/hlopok.html");

            assertThat(page.title()).isEqualTo("Тарифы на перевозку хлопка по железной дороге снизят на 15%");
            assertThat(page.text())
                    .startsWith("Железная дорога снизит тарифы на перевозку хлопка-сырца")
                    .contains("около 42 тысяч тонн хлопка")
                    .endsWith("попросила власти ускорить их строительство.")
                    .doesNotContain("Цены на зерно", "Поделиться", "Читайте также", "Все права защищены",
                            "Политика", "12.03.2026");
            assertThat(page.language()).isEqualTo("ru");
        }
    }

    @Test
    void shouldKeepBreaksBetweenParagraphsWhenPageSeparatesThemWithDoubleLineBreaks() {
        ExtractedPage page = extractor.extract(regional("ru-windows-1251.html"), "https://south.example/a");

        assertThat(page.text().split("\n+")).hasSize(4);
    }

    @Test
    void shouldTakeUzbekBodyFromJsonLdWhenMarkupIsRenderedByScript() {
        ExtractedPage page = extractor.extract(regional("uz-json-ld-body.html"), "https://vodiy.example/uz/news/1");

        assertThat(page.text())
                .startsWith("Toshkent–Andijon avtomobil yoʻlidagi Qamchiq dovoni")
                .contains("Qurilishga 38 million dollar sarflangan.")
                .endsWith("qor koʻchkisi xavfidan xalos boʻladi.")
                .doesNotContain("Iqtisodiyot", "__STATE__");
        assertThat(page.text().split("\n\n")).hasSize(3);
        assertThat(page.title()).isEqualTo("Toshkent–Andijon yoʻlida yangi koʻprik ochildi");
        assertThat(page.author()).isEqualTo("Dilnoza Karimova");
        assertThat(page.published()).isEqualTo(Instant.parse("2026-03-14T04:30:00Z"));
        assertThat(page.language()).isEqualTo("uz");
    }

    @Test
    void shouldReadTextInsideNoscriptWhenPageLoadsItsArticleWithScript() {
        ExtractedPage page = extractor.extract(regional("ru-noscript-body.html"), "https://pamir.example/news/88213");

        assertThat(page.text())
                .startsWith("Правительство Таджикистана одобрило строительство")
                .contains("Проект оценивается в 560 миллионов долларов")
                .endsWith("закрыть самые старые из них и сократить выбросы.")
                .doesNotContain("Загрузка", "Главная", "Памирский курьер, 2026");
        assertThat(page.published()).isEqualTo(Instant.parse("2026-03-16T02:00:00Z"));
    }

    @Test
    void shouldDropRussianPageFurnitureWhenItSitsInsideTheArticle() {
        ExtractedPage page = extractor.extract(regional("ru-article-with-furniture.html"),
                "https://kurier.example/news/2026/03/15/hrgs2");

        assertThat(page.text())
                .startsWith("Казахстан и Китай договорились открыть второй пункт пропуска")
                .contains("товарооборот двух стран превысил 40 миллиардов долларов")
                .endsWith("открыть его планируют к концу 2027 года.")
                .doesNotContain("Читайте также", "Очередь на Хоргосе", "Подписывайтесь", "Теги", "Поделиться",
                        "Фото:", "15 марта 2026", "Самое читаемое", "Реклама");
        assertThat(page.author()).isEqualTo("Айгерим Садыкова");
    }

    @Test
    void shouldDropUzbekPageFurnitureInBothScriptsWhenItSitsInsideTheArticle() {
        ExtractedPage page = extractor.extract(regional("uz-article-with-furniture.html"),
                "https://vodiy.example/uz/news/2026/03/18/ombor");

        assertThat(page.text())
                .startsWith("Fargʻona viloyatining Quva tumanida")
                .contains("Osiyo taraqqiyot banki 210 million dollar")
                .endsWith("hozir suvning uchdan bir qismi yoʻlda yoʻqoladi.")
                .doesNotContain("Muallif", "Mavzuga oid", "Мавзуга оид", "Batafsil", "obuna", "Ulashish", "Izohlar",
                        "Iqtisodiyot");
        assertThat(page.text().split("\n\n")).hasSize(4);
    }

    @Test
    void shouldReadComposedTextWhenPageStoresLettersAndAccentsApart() {
        String written = regional("ru-article-with-furniture.html");
        // The same page with each "й" stored as "и" and a combining breve, as text pasted from a Mac can be.
        String decomposed = Normalizer.normalize(written, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(written);

        ExtractedPage page = extractor.extract(decomposed, "https://kurier.example/news/2026/03/15/hrgs2");
        ExtractedPage usual = extractor.extract(written, "https://kurier.example/news/2026/03/15/hrgs2");

        assertThat(page.text()).isEqualTo(usual.text())
                .contains("Казахстан и Китай")
                .doesNotContain("Читайте также", "Подписывайтесь");
        assertThat(page.title()).isEqualTo(usual.title());
        assertThat(page.author()).isEqualTo("Айгерим Садыкова");
    }

    @Test
    void shouldComposeAccentedLettersWhenTextStoresThemApart() {
        assertThat(ComposedText.of("Vero\u0308ffentlicht")).isEqualTo("Ver\u00f6ffentlicht");
        assertThat(ComposedText.of("Ver\u00f6ffentlicht")).isEqualTo("Ver\u00f6ffentlicht");
        assertThat(ComposedText.of("Чита\u0438\u0306те")).isEqualTo("Чита\u0439те");
        String composed = "Алматы – «Ақ жол» … naïve, 5 € − 3, Αθήνα, 서울, 北京。 ❤️ \ud83d\ude42";
        assertThat(ComposedText.of(composed)).isSameAs(composed);
        assertThat(ComposedText.of(null)).isNull();
        // Outside the characters it passes unasked the normaliser decides: Bengali, Greek, the Ohm sign, kana and a
        // combining voicing mark.
        assertThat(ComposedText.of("\u09df")).isEqualTo("\u09af\u09bc");
        assertThat(ComposedText.of("\u03b1\u0301")).isEqualTo("\u03ac");
        assertThat(ComposedText.of("10 \u2126")).isEqualTo("10 \u03a9");
        assertThat(ComposedText.of("\ud83d\ude42 \u304b\u3099")).isEqualTo("\ud83d\ude42 \u304c");
    }
}
