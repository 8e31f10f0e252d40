package io.steppewatch.cli.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.cli.Loopback;
import io.steppewatch.cli.Pipeline;
import io.steppewatch.config.LayeredConfig;

/**
 * The console in a real browser: {@code run}'s pipeline (embedded broker, ingester, processor, notifier) in
 * this JVM on a local news site, and Debian's Chromium driven through chromedriver. One pipeline serves
 * every test of the class; the tests run in order because the last one adds a story while a page is open.
 * Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the class is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "browserInstalled", disabledReason = "Browser tests skipped: install Debian's chromium and chromium-driver"
        + " (/usr/bin/chromium, /usr/bin/chromedriver; -Dsteppewatch.chromium=... and -Dsteppewatch.chromedriver=... elsewhere)")
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("steppewatch.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("steppewatch.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration PIPELINE_WAIT = Duration.ofMinutes(3);

    @TempDir
    static Path work;

    private static LocalNews news;
    private static Pipeline pipeline;
    private static ChromeDriver browser;
    private static String console;

    static boolean browserInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            LoggerFactory.getLogger(ConsoleBrowserIT.class).warn("Browser tests skipped: {} or {} is missing"
                    + " (apt-get install chromium chromium-driver)", CHROMIUM, CHROMEDRIVER);
        }
        return installed;
    }

    @BeforeAll
    static void startPipelineAndBrowser() throws IOException {
        news = new LocalNews();
        news.add(new LocalNews.Story("kz-ru-trade", "Kazakhstan and Russia report higher trade for 2025",
                "Mon, 10 Nov 2025 08:00:00 GMT", List.of(
                        "Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025, officials in Astana said on Monday.",
                        "The two governments discussed customs cooperation, rail freight and payments in national currencies"
                                + " at a meeting of the intergovernmental commission in Astana.")));
        // Markup that survives the ingester's HTML-to-text steps as literal text: escaped twice in the feed, once on the page.
        news.add(new LocalNews.Story("hostile", "&lt;script&gt;window.pwned=1&lt;/script&gt; Sanctions hit banks in Kyrgyzstan",
                "Tue, 11 Nov 2025 09:00:00 GMT", List.of(
                        "&lt;script&gt;window.pwned=2&lt;/script&gt; The United States imposed sanctions on three banks in"
                                + " Kyrgyzstan, officials in Bishkek said. Read javascript:window.pwned=3 for details.",
                        "<a href=\"javascript:window.pwned=4\">javascript:window.pwned=4</a> Exports of Kyrgyzstan to Russia"
                                + " reached $1.2 billion in 2025, the statistics committee in Bishkek said.")));
        Files.createDirectories(SCREENSHOTS);
        int kafkaPort = Loopback.freePortPair();
        LayeredConfig config = LayeredConfig.ofMap(Map.of(
                "ingester.http.allow-cidrs", "127.0.0.1/32",
                "ingester.http.min-delay", "0s",
                "ingester.poll.interval", "2s",
                "processor.http.port", "0",
                "ingester.feeds", news.feedUrl()));
        pipeline = Pipeline.start(new Pipeline.Settings(work.resolve("data"), "127.0.0.1", kafkaPort, config,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), new SimpleMeterRegistry());
        console = pipeline.processor().consoleUrl();
        browser = chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (news != null) {
            news.close();
        }
    }

    @Test
    @Order(1)
    void shouldShowTheNewTradeFigureOnTheHomePage() throws IOException {
        WebElement row = awaitAlertRow("Trade turnover", "Kazakhstan – Russia");
        assertThat(row.getText()).contains("$29.1 billion").contains("NEW_PERIOD").contains("2025");
        // Streams may still be settling a follow-up rebalance when the first alert shows; the header polls.
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(
                driver -> driver.findElement(By.cssSelector(".health .state")).getText().contains("RUNNING"));
        screenshot("home");
    }

    @Test
    @Order(2)
    void shouldDrawEveryPointOfTheSeriesAndMarkTheFigureOnTheAlertsPage() throws IOException {
        awaitAlertRow("Trade turnover", "Kazakhstan – Russia").findElement(By.cssSelector("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> chartCount() > 0);

        long charted = browser.findElements(By.cssSelector("table.figures tr[data-charted=true]")).size();
        // Baseline: the seed corpus's three dated US-dollar amounts of this series (2021-01/11, 2022-01/11, 2024); plus the new one.
        assertThat(charted).isEqualTo(4);
        assertThat(pointsDrawn(1, 4)).isEqualTo(charted);
        assertThat(pointsDrawn(1, 2)).as("baseline points").isEqualTo(3);
        assertThat(pointsDrawn(3, 4)).as("the new point").isEqualTo(1);
        WebElement canvas = browser.findElement(By.cssSelector("#series-chart canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(300);

        assertThat(browser.findElement(By.cssSelector("#sentence mark.figure")).getText()).isEqualTo("$29.1 billion");
        assertThat(browser.findElement(By.id("article-link")).getAttribute("href")).isEqualTo(news.url("kz-ru-trade"));
        assertThat(browser.findElement(By.id("confirmations")).getText()).contains("0");
        screenshot("alert");

        browser.findElement(By.linkText("the article as analysed")).click();
        assertThat(browser.findElement(By.cssSelector("#article-text mark.figure")).getText()).isEqualTo("$29.1 billion");
        assertThat(browser.findElements(By.cssSelector("#article-text mark.term"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("aside")).getText()).contains("trade").contains("NEW_PERIOD");
        screenshot("article");

        browser.get(console + "series");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trade turnover").contains("Kazakhstan");
        screenshot("series-index");
        browser.findElement(By.cssSelector("a[href='/series/trade.turnover/KZ%2CRU']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> chartCount() > 0);
        assertThat(browser.findElement(By.cssSelector("table.figures")).getText()).contains("$29.1 billion").contains("$27.8 billion");
        screenshot("series");
    }

    @Test
    @Order(3)
    void shouldFindTheArticleWithFullTextSearchAndNarrowItByFacet() throws IOException {
        browser.get(console + "search?q=customs+cooperation");
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li.hit a"));
        assertThat(hits).extracting(WebElement::getText).containsExactly("Kazakhstan and Russia report higher trade for 2025");
        browser.findElement(By.cssSelector(".facets a[href*='country=KZ']")).click();
        assertThat(browser.findElements(By.cssSelector("ol.hits li.hit a"))).hasSize(1);
        assertThat(browser.getCurrentUrl()).contains("country=KZ");
        screenshot("search");

        browser.get(console + "search?q=customs+cooperation&country=UZ");
        assertThat(browser.findElements(By.cssSelector("ol.hits li.hit"))).isEmpty();
    }

    @Test
    @Order(4)
    void shouldShowMarkupFromArticlesAsTextAndNeverLinkToJavascript() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, PIPELINE_WAIT, Duration.ofSeconds(1));
        wait.until(driver -> {
            driver.get(console + "search?q=Bishkek");
            return !driver.findElements(By.cssSelector("ol.hits li.hit a")).isEmpty();
        });
        WebElement hit = browser.findElement(By.cssSelector("ol.hits li.hit a"));
        assertThat(hit.getText()).startsWith("<script>window.pwned=1</script>");
        hit.click();
        assertThat(browser.findElement(By.id("article-title")).getText()).contains("<script>window.pwned=1</script>");
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>window.pwned=2</script>")
                .contains("javascript:window.pwned=3");
        screenshot("hostile-article");
        for (String page : List.of(browser.getCurrentUrl(), console, console + "search?q=Bishkek")) {
            browser.get(page);
            assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
            assertThat(browser.findElements(By.cssSelector("a[href^='javascript' i], [onerror], [onclick]"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("script:not([src])"))).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
    }

    @Test
    @Order(5)
    void shouldShowANewAlertOnTheOpenHomePageWithoutAReload() throws IOException {
        browser.get(console);
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
        assertThat(browser.findElement(By.id("alert-rows")).getText()).doesNotContain("China");

        news.add(new LocalNews.Story("uz-cn-trade", "Uzbekistan and China trade keeps growing",
                "Wed, 12 Nov 2025 10:00:00 GMT", List.of(
                        "Trade turnover between Uzbekistan and China reached $14.2 billion in 2025, the statistics agency"
                                + " in Tashkent said on Wednesday.",
                        "Officials from Tashkent and Beijing also discussed new rail freight and customs cooperation.")));

        new WebDriverWait(browser, PIPELINE_WAIT, Duration.ofMillis(500))
                .until(driver -> driver.findElement(By.id("alert-rows")).getText().contains("Uzbekistan – China")
                        || driver.findElement(By.id("alert-rows")).getText().contains("China – Uzbekistan"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage")).isEqualTo(true);
        screenshot("home-live");
    }

    private WebElement awaitAlertRow(String metric, String subjects) {
        return new WebDriverWait(browser, PIPELINE_WAIT, Duration.ofSeconds(1)).until(driver -> {
            driver.get(console);
            return driver.findElements(By.cssSelector("#alert-rows tr.alert")).stream()
                    .filter(row -> row.getText().contains(metric) && row.getText().contains(subjects))
                    .findFirst().orElse(null);
        });
    }

    private long chartCount() {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "return window.steppewatchCharts ? window.steppewatchCharts.length : 0");
        return ((Number) count).longValue();
    }

    /** Non-null values of the first chart's series {@code from} (inclusive) to {@code to} (exclusive), as uPlot holds them. */
    private long pointsDrawn(int from, int to) {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "var d = window.steppewatchCharts[0].data, n = 0;"
                        + "for (var s = arguments[0]; s < arguments[1]; s++) { d[s].forEach(function (v) { if (v != null) n++; }); }"
                        + "return n;", from, to);
        return ((Number) count).longValue();
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    private static ChromeDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return driver;
    }
}
