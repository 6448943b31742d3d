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

                List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                        .toList();
                assertThat(errors).as("browser console errors").isEmpty();
            } finally {
                browser.quit();
            }
        }
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

    private static WebElement awaitElement(ChromeDriver browser, By by) {
        return await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> browser.findElement(by), e -> e != null && e.isDisplayed());
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(TARGET);
        Files.write(TARGET.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
