package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.PriceTick;
import dev.mrt.cli.MrtCommand;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.testing.Records;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.Topic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-prices} against a broker, with the progress, rejects and exit codes of
 * {@code import}: bars in, keyed by instrument at their time, bad rows reported and kept.
 */
@Tag("integration")
class ImportPricesIntegrationTest {
    private static final Instant T0 = Instant.parse("2021-09-10T00:00:00Z");
    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startDefault();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private record Run(int code, String out, String err) {}

    private static Run importPrices(Path file, String topic, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(
                "import-prices",
                file.toString(),
                "--set",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "--set",
                "schema.registry.url=mock://local",
                "--set",
                "topic.prices=" + topic));
        args.addAll(List.of(more));
        int code =
                MrtCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static Topic<String, PriceTick> prices(String topic) {
        return TestConfigs.topics(TestConfigs.onBroker(kafka, "import-prices-it", Map.of("topic.prices", topic)))
                .prices();
    }

    @Test
    void badRowsAreRejectedWithTheirLinesCountedAndExitThree() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# bars of two instruments, three of them bad");
        lines.add("time,symbol,open,high,low,close,volume");
        for (int i = 0; i < 500; i++) {
            Instant t = T0.plusSeconds(900L * i);
            lines.add(
                    switch (i) {
                        case 41 -> t + ",US10Y,1.3,1.3,1.3,n/a,0";
                        case 250 -> t + ",NOT_A_SYMBOL,1,1,1,1,0";
                        case 333 -> "yesterday,USD/CNH,6.45,6.46,6.44,6.45,0";
                        default ->
                            i % 2 == 0
                                    ? t + ",US10Y,1.3,1.31,1.29," + (1.30 + i * 0.0001) + ",10"
                                    : t + ",USD/CNH,6.45,6.46,6.44," + (6.45 + i * 0.0001) + ",10";
                    });
        }
        Path file = dir.resolve("bars.csv");
        Files.write(file, lines);
        Path work = dir.resolve("work");

        Run run = importPrices(file, "prices.csv-import", "--set", "import.rejects.dir=" + work);

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out())
                .contains(
                        "import: 500 read, 497 sent, 3 rejected, 0 failed to send", "prices/s) into prices.csv-import");
        assertThat(run.err())
                .contains(
                        "line 44: value 'n/a' is not a number",
                        "line 253: unknown symbol 'NOT_A_SYMBOL'",
                        "line 336: 'time' is not a timestamp: 'yesterday'");
        Path rejects = work.resolve("bars.csv.rejects.jsonl");
        List<JsonNode> rejected = new ArrayList<>();
        for (String l : Files.readAllLines(rejects)) {
            rejected.add(new ObjectMapper().readTree(l));
        }
        assertThat(rejected).extracting(n -> n.get("line").asInt()).containsExactly(44, 253, 336);
        assertThat(rejected)
                .extracting(n -> n.get("raw").asText())
                .containsExactly(lines.get(43), lines.get(252), lines.get(335));

        List<ConsumerRecord<String, PriceTick>> stored =
                Records.readAll(kafka.bootstrapServers(), prices("prices.csv-import"));
        assertThat(stored).hasSize(497);
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.key()).isIn("UST_10Y", "USDCNH").isEqualTo(r.value().getInstrument());
            assertThat(r.timestamp()).isEqualTo(r.value().getTime().toEpochMilli());
            assertThat(r.value().getSource()).isEqualTo("bars.csv");
            assertThat(r.value().getSynthetic()).isFalse();
        });
        try (var admin = kafka.admin()) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "prices.csv-import");
            assertThat(admin.describeConfigs(List.of(resource))
                            .all()
                            .get()
                            .get(resource)
                            .get("retention.ms")
                            .value())
                    .as("created by import-prices as an input topic: keeps the history")
                    .isEqualTo("-1");
        }
    }

    @Test
    void aCleanFileExitsZeroMarkedSyntheticAndAFileWithoutAValueColumnExitsOneBeforeSending() throws Exception {
        Path good = dir.resolve("synthetic.csv");
        Files.write(good, List.of("time,symbol,value", T0 + ",SPX,4500", T0.plusSeconds(60) + ",SPX,4501"));
        Run ok = importPrices(good, "prices.clean", "--synthetic", "--source", "generator");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("import: 2 read, 2 sent, 0 rejected, 0 failed to send");
        assertThat(Records.readAll(kafka.bootstrapServers(), prices("prices.clean")))
                .allSatisfy(r -> {
                    assertThat(r.value().getSynthetic()).isTrue();
                    assertThat(r.value().getSource()).isEqualTo("generator");
                });

        Path bad = dir.resolve("no-value.csv");
        Files.write(bad, List.of("time,symbol,volume", T0 + ",SPX,10"));
        Run failed = importPrices(bad, "prices.never");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("lacks a column value or price or close");
        try (var admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get()).doesNotContain("prices.never");
        }
    }

    @Test
    void aPricesTopicWithAnotherPartitionCountThanTheReactionsStopsTheStart() {
        kafka.createTopics(1, "prices.one-partition");
        var config = TestConfigs.onBroker(
                kafka,
                "copartition-it",
                Map.of("topic.prices", "prices.one-partition", "topic.enriched", "enriched.copartition"));
        try (var pipeline = dev.mrt.runtime.Pipeline.create(config, dev.mrt.topology.RunIdentity.live())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(pipeline::ensureTopics)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("prices.one-partition has 1 partitions but enriched.copartition has 2");
        }
    }
}
