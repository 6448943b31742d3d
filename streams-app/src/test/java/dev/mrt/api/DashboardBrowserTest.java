package dev.mrt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mrt.api.http.HttpPaths;
import dev.mrt.avro.Article;
import dev.mrt.avro.MarketNote;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.testing.ApiClient;
import dev.mrt.testing.Enriched;
import dev.mrt.testing.HeadlessChromium;
import dev.mrt.testing.LocalProcess;
import dev.mrt.testing.MarketNotes;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.SeedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard in a real browser (headless Chromium) against a running pipeline with the local
 * profile: the seed story reads as a leader call with its reactions, a live update appears
 * without a reload, the evidence is highlighted in the article, and the page logs no errors.
 * Screenshots go to {@code streams-app/target/}.
 */
@Tag("integration")
class DashboardBrowserTest {
    private static final Path TARGET = Path.of("target");

    @TempDir
    Path profile;

    @Test
    void showsTheSeedEventWithItsReactionsFollowsLiveUpdatesAndHighlightsEvidence() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromedriver (Debian packages) are not installed");
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault();
                RunningPipeline pipeline = RunningPipeline.startServed(kafka, "dashboard-browser-it", Map.of())) {
            ApiClient api = new ApiClient(pipeline.baseUrl());
            Article seed =
                    SeedData.feedStory(kafka.bootstrapServers(), pipeline, api).seed();
            // Indexed with its article, but queried through another store: wait until it is listed.
            String seedEvent = await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> leaderCallOf(api, seed.getId()), id -> id != null);
            // A note of the market-notes feed half an hour later: linked to the call by the pipeline.
            MarketNote feedNote = MarketNotes.samples().stream()
                    .filter(n -> n.getId().equals("note-cny-biden-xi-2021-09-10-0855"))
                    .findFirst()
                    .orElseThrow();
            Records.send(
                    kafka.bootstrapServers(),
                    pipeline.topics().marketNotes(),
                    Map.of(feedNote.getId(), feedNote),
                    feedNote.getPublishedAt().toEpochMilli());
            Instant tariffTime = Instant.parse("2021-09-08T14:00:00Z");
            Records.send(
                    kafka.bootstrapServers(),
                    pipeline.topics().enriched(),
                    Map.of("tariff-1", Enriched.tariff("tariff-1", tariffTime)),
                    tariffTime.toEpochMilli());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.ok("/api/v1/reactions?scope=cross_feed&event_id=" + seedEvent)
                                            .path("items")
                                            .size()
                                    > 0
                            && api.get("/api/v1/articles/tariff-1").status() == 200);

            ChromeDriver browser = HeadlessChromium.start(profile);
            try {
                browser.get(pipeline.baseUrl() + HttpPaths.DASHBOARD);
                assertThat(browser.getTitle()).contains("Market reactions");

                WebElement card =
                        awaitElement(browser, By.cssSelector("li.event-card[data-event-id='" + seedEvent + "']"));
                assertThat(card.findElement(By.cssSelector(".event-type")).getText())
                        .isEqualTo("Leader call");
                assertThat(card.getText()).contains(seed.getTitle(), "CN · US", "Joe Biden, Xi Jinping");
                assertThat(card.findElement(By.cssSelector(".event-summary")).getText())
                        .startsWith("Market reaction: ")
                        .contains("UST yields ▲ up (small)", "USD/CNH ▼ down (expected)", "risk-on");
                WebElement ust =
                        card.findElement(By.cssSelector(".reaction[data-asset='UST_YIELDS'][data-scope='article']"));
                assertThat(ust.getAttribute("data-direction")).isEqualTo("up");
                assertThat(ust.getText()).contains("UST yields", "small", "realized", "in the same article");
                WebElement cnh =
                        card.findElement(By.cssSelector(".reaction[data-asset='USDCNH'][data-scope='article']"));
                assertThat(cnh.getAttribute("data-direction")).isEqualTo("down");
                assertThat(cnh.getText()).contains("USD/CNH", "expected");
                WebElement risk = card.findElement(By.cssSelector(".reaction[data-asset='RISK_SENTIMENT']"));
                assertThat(risk.getAttribute("data-direction")).isEqualTo("up");
                assertThat(risk.getText()).contains("risk-on");
                WebElement feed =
                        card.findElement(By.cssSelector(".reaction[data-asset='USDCNH'][data-scope='cross_feed']"));
                assertThat(feed.getText()).contains("+30 min", "market-notes feed");
                assertThat(feed.findElement(By.cssSelector(".realized-moves")).getAttribute("data-status"))
                        .as("a cross-feed reaction says it is not measured, not that it waits for prices")
                        .isEqualTo("not_measured");

                WebElement cell = awaitElement(
                        browser,
                        By.cssSelector("#heatmap td[data-event-type='diplomacy.leader_call'][data-asset='USDCNH']"));
                assertThat(cell.getText()).contains("▼");
                assertThat(browser.findElements(By.cssSelector("#heatmap tbody tr th")))
                        .extracting(WebElement::getText)
                        .contains("Leader call", "Tariffs");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> browser.findElement(By.id("live-status"))
                                .getText()
                                .contains("connected"));
                screenshot(browser, "dashboard.png");

                Instant later = Instant.parse("2021-09-10T15:00:00Z");
                Records.send(
                        kafka.bootstrapServers(),
                        pipeline.topics().enriched(),
                        Map.of("live-story", Enriched.leaderCall("live-story", later)),
                        later.toEpochMilli());
                WebElement tick =
                        awaitElement(browser, By.cssSelector("#ticker li[data-kind='article'][data-id='live-story']"));
                assertThat(tick.getText()).contains(Enriched.TITLE, "1 event · 2 notes · 2 links");
                WebElement liveCard =
                        awaitElement(browser, By.cssSelector("li.event-card[data-event-id='live-story/e1']"));
                assertThat(liveCard.findElements(By.cssSelector(".reaction"))).hasSize(2);
                List<WebElement> cards = browser.findElements(By.cssSelector("li.event-card"));
                assertThat(cards.get(0).getAttribute("data-event-id"))
                        .as("newest first")
                        .isEqualTo("live-story/e1");
                screenshot(browser, "dashboard-live.png");

                card = browser.findElement(
                        By.cssSelector("li.event-card[data-event-id='" + seedEvent + "'] .event-actions button"));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
                card.click();
                WebElement dialog = awaitElement(browser, By.cssSelector("dialog#detail[open]"));
                WebElement eventMark = awaitElement(browser, By.cssSelector("#detail-text mark.event"));
                assertThat(eventMark.getText()).containsIgnoringCase("call");
                List<String> notes = browser.findElements(By.cssSelector("#detail-text mark.note")).stream()
                        .map(WebElement::getText)
                        .toList();
                assertThat(notes)
                        .anySatisfy(n -> assertThat(n).contains("Treasuries drifted lower"))
                        .anySatisfy(n -> assertThat(n).contains("dollar could head lower"));
                assertThat(dialog.findElement(By.id("detail-title")).getText()).isEqualTo(seed.getTitle());
                screenshot(browser, "dashboard-detail.png");

                assertNoConsoleErrors(browser);
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * {@code local} as shipped (samples and their synthetic prices): the seed story's USD/CNH and
     * Treasury-yield reactions carry a realized move at every horizon through the API, and the
     * dashboard shows them: a chart of each with the event marked, a line per horizon, the
     * synthetic-prices warning, the scorecard, and the heatmap coloured by realized move.
     */
    @Test
    void localShowsTheSeedStorysRealizedMovesThroughTheApiAndOnTheDashboard() throws Exception {
        try (LocalProcess local = LocalProcess.start(
                profile.resolve("data"), TARGET.resolve("local-realized.log"), Duration.ofSeconds(180))) {
            ApiClient api = new ApiClient(local.baseUrl());
            String day = "from=2021-09-10T00:00:00Z&to=2021-09-11T00:00:00Z";
            Map<String, String> apiVerdicts = new java.util.HashMap<>();
            for (String asset : List.of("USDCNH", "UST_YIELDS")) {
                com.fasterxml.jackson.databind.JsonNode reaction = await().atMost(Duration.ofSeconds(120))
                        .ignoreExceptions()
                        .until(
                                () -> seedReaction(api, asset, day),
                                r -> r != null
                                        && r.path("realized").path("horizons").size() == 3);
                com.fasterxml.jackson.databind.JsonNode realized = reaction.path("realized");
                assertThat(realized.path("status").asText()).isEqualTo("measured");
                assertThat(realized.path("synthetic_prices").asBoolean())
                        .as("the samples' prices are synthetic")
                        .isTrue();
                for (String h : List.of("PT15M", "PT1H", "P1D")) {
                    com.fasterxml.jackson.databind.JsonNode m =
                            realized.path("horizons").path(h);
                    com.fasterxml.jackson.databind.JsonNode checked = m.path(
                            m.path("checked_from").asText().equals("publication") ? "from_publication" : "from_event");
                    assertThat(checked.path("status").asText())
                            .as(asset + " " + h)
                            .isEqualTo("complete");
                    assertThat(checked.path("move").isNumber())
                            .as(asset + " " + h + " move")
                            .isTrue();
                    assertThat(checked.path("z").isNumber())
                            .as(asset + " " + h + " z")
                            .isTrue();
                    assertThat(m.path("verdict").asText()).isIn("confirms", "contradicts", "not_significant");
                }
                assertThat(realized.path("instrument").asText())
                        .isEqualTo(asset.equals("USDCNH") ? "USDCNH" : "UST_10Y");
                for (String h : List.of("PT15M", "PT1H", "P1D")) {
                    apiVerdicts.put(
                            asset + "@" + h,
                            realized.path("horizons").path(h).path("verdict").asText());
                }
            }

            assumeTrue(HeadlessChromium.installed(), "chromium and chromedriver (Debian packages) are not installed");
            ChromeDriver browser = HeadlessChromium.start(profile.resolve("browser"));
            try {
                browser.get(local.baseUrl() + HttpPaths.DASHBOARD);
                ((JavascriptExecutor) browser)
                        .executeScript("document.getElementById('f-from').value='2021-09-10';"
                                + "document.getElementById('f-to').value='2021-09-10';");
                browser.findElement(By.cssSelector("#filters button[type='submit']"))
                        .click();
                WebElement card =
                        awaitElement(browser, By.cssSelector("li.event-card[data-event-type='diplomacy.leader_call']"));
                for (String asset : List.of("USDCNH", "UST_YIELDS")) {
                    WebElement realized = awaitElement(
                            browser,
                            By.cssSelector(
                                    "li.event-card[data-event-type='diplomacy.leader_call'] .reaction[data-asset='"
                                            + asset + "'] .realized-moves[data-status='measured']"));
                    WebElement chart = await().atMost(Duration.ofSeconds(30))
                            .ignoreExceptions()
                            .until(
                                    () -> realized.findElement(By.cssSelector("svg.price-chart path.price-line")),
                                    e -> e != null);
                    assertThat(chart.getAttribute("d")).as(asset + " chart").contains("L");
                    assertThat(realized.findElements(By.cssSelector("svg.price-chart .event-mark")))
                            .hasSize(1);
                    for (String h : List.of("PT15M", "PT1H", "P1D")) {
                        WebElement line = realized.findElement(By.cssSelector(".horizon[data-horizon='" + h + "']"));
                        assertThat(line.getAttribute("data-status"))
                                .as(asset + " " + h)
                                .isEqualTo("complete");
                        assertThat(line.getText())
                                .containsPattern("[+−±]\\d+\\.\\d+ ?(bp|%)")
                                .contains("z ");
                        String verdict = line.getAttribute("data-verdict");
                        assertThat(verdict)
                                .as(asset + " " + h + " verdict, as the API gave it")
                                .isEqualTo(apiVerdicts.get(asset + "@" + h));
                        // The horizon's end drawn on the chart, coloured by the same verdict, inside the chart.
                        List<WebElement> dots = realized.findElements(
                                By.cssSelector("svg.price-chart circle.move-end[data-horizon='" + h + "']"));
                        assertThat(dots).as(asset + " " + h + " dot").hasSize(1);
                        assertThat(dots.get(0).getAttribute("class").split(" "))
                                .as(asset + " " + h + " dot's verdict class")
                                .contains(verdict);
                        double cx = Double.parseDouble(dots.get(0).getAttribute("cx"));
                        double cy = Double.parseDouble(dots.get(0).getAttribute("cy"));
                        assertThat(cx).as(asset + " " + h + " dot x").isBetween(0.0, 320.0);
                        assertThat(cy).as(asset + " " + h + " dot y").isBetween(0.0, 96.0);
                    }
                    assertThat(realized.getText()).contains("synthetic prices");
                    // The moves' box must not take the reaction's own pills' style (a 'realized' note's
                    // modality pill once stretched to the row and squeezed its text to a word a line).
                    WebElement reaction = card.findElement(By.cssSelector(".reaction[data-asset='" + asset + "']"));
                    assertThat(reaction.findElement(By.cssSelector(".modality"))
                                    .getSize()
                                    .getWidth())
                            .as(asset + " modality pill width")
                            .isLessThan(150);
                    assertThat(reaction.findElement(By.cssSelector(".lag"))
                                    .getSize()
                                    .getHeight())
                            .as(asset + " lag on one line")
                            .isLessThan(40);
                }
                WebElement banner = browser.findElement(By.id("synthetic-banner"));
                assertThat(banner.isDisplayed()).isTrue();
                assertThat(banner.getText()).contains("Synthetic prices", "not what any market did");
                WebElement score =
                        awaitElement(browser, By.cssSelector("#scorecard table[data-group='source'] tbody tr"));
                assertThat(score.getText()).isNotBlank();
                assertThat(browser.findElement(By.id("scorecard")).getText()).contains("on synthetic prices");
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", card);
                assertNotBlank(screenshot(browser, "dashboard-realized.png"));

                browser.findElement(By.id("heatmap-realized")).click();
                WebElement cell = awaitElement(
                        browser,
                        By.cssSelector(
                                ".realized-heatmap td[data-event-type='diplomacy.leader_call'][data-asset='USDCNH']"));
                assertThat(cell.getText()).containsPattern("[+−±]\\d+\\.\\d+%");
                assertThat(browser.findElement(By.cssSelector(".realized-heatmap caption"))
                                .getText())
                        .contains("synthetic prices");
                screenshot(browser, "dashboard-realized-heatmap.png");

                assertNoConsoleErrors(browser);
            } finally {
                browser.quit();
            }
        }
    }

    /** The seed story's reaction of an asset, as /reactions lists it on its day. */
    private static com.fasterxml.jackson.databind.JsonNode seedReaction(ApiClient api, String asset, String day) {
        for (com.fasterxml.jackson.databind.JsonNode r : api.ok(
                        "/api/v1/reactions?scope=article&asset=" + asset + "&" + day)
                .path("items")) {
            if (r.path("event_article_id").asText().equals("seed-biden-xi-2021-09-10")
                    && r.path("event_type").asText().equals(SeedData.LEADER_CALL)) {
                return r;
            }
        }
        return null;
    }

    /** The seed's leader-call event id, as the API lists it (the tagger numbers events in text order). */
    private static String leaderCallOf(ApiClient api, String articleId) {
        for (com.fasterxml.jackson.databind.JsonNode e :
                api.ok("/api/v1/events?type=" + SeedData.LEADER_CALL).path("items")) {
            if (e.path("article_id").asText().equals(articleId)) {
                return e.path("id").asText();
            }
        }
        throw new AssertionError("no leader call listed for " + articleId);
    }

    private static void assertNoConsoleErrors(ChromeDriver browser) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private static WebElement awaitElement(ChromeDriver browser, By by) {
        return await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(by), e -> e != null && e.isDisplayed());
    }

    private static Path screenshot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(TARGET);
        return Files.write(TARGET.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** A PNG of the page's size with more than a page's background in it (text, charts). */
    private static void assertNotBlank(Path png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image).as(png + " is a PNG").isNotNull();
        assertThat(image.getWidth() * image.getHeight()).as(png + " size").isGreaterThan(100_000);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as(png + " distinct colours").isGreaterThan(50);
    }
}
