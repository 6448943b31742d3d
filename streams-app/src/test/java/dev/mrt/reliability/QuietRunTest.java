package dev.mrt.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mrt.avro.Article;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.OutputTables;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A normal run is quiet: starting, processing a steady stream and stopping under exactly-once
 * (the local profile's guarantee) logs no error and no stack trace, from our code, Kafka
 * Streams, the clients or the embedded broker.
 */
@Tag("integration")
class QuietRunTest {

    @Test
    void startingRunningAndStoppingUnderExactlyOnceLogsNoErrorAndNoStackTrace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            List<Article> samples =
                    JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
            try (EmbeddedKafka kafka = EmbeddedKafka.startDefault();
                    RunningPipeline p =
                            RunningPipeline.startServed(kafka, "quiet-run", Map.of("topic.partitions", "4"))) {
                // A steady stream, so that transactions commit while records keep coming.
                List<Article> sent = new ArrayList<>();
                for (int round = 0; round < 12; round++) {
                    List<Article> batch = new ArrayList<>();
                    for (Article a : samples) {
                        batch.add(Article.newBuilder(a)
                                .setId(a.getId() + "#" + round)
                                .setPublishedAt(a.getPublishedAt().plus(Duration.ofMinutes(round)))
                                .build());
                    }
                    ArticleSender.sendAll(kafka.bootstrapServers(), p.topics().articles(), batch);
                    sent.addAll(batch);
                    Thread.sleep(250);
                }
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> OutputTables.enriched(kafka.bootstrapServers(), p.topics())
                                        .size()
                                == sent.size());
            }
        } finally {
            root.detachAppender(log);
        }
        List<String> loud = log.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
                .toList();
        assertThat(loud).isEmpty();
        assertThat(log.list).as("the log was captured").isNotEmpty();
    }
}
