package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.Article;
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
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import commands against a broker: archives in, articles keyed by id at publication time and
 * price bars keyed by instrument at their time, bad records reported and kept, exit code 3.
 */
@Tag("integration")
class ImportIntegrationTest {
    private static final Instant T0 = Instant.parse("2021-09-10T12:00:00Z");
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

    /** The rejects file's records (JSON lines: line, reason, raw). */
    private static List<JsonNode> rejectedRecords(Path rejects) throws java.io.IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(rejects)) {
            out.add(new ObjectMapper().readTree(l));
        }
        return out;
    }

    private static Run importFile(Path file, String topic, String... more) {
        return run("import", file, "topic.articles=" + topic, more);
    }

    private static Run importPrices(Path file, String topic, String... more) {
        return run("import-prices", file, "topic.prices=" + topic, more);
    }

    private static Run run(String command, Path file, String topicSetting, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(
                command,
                file.toString(),
                "--set",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "--set",
                "schema.registry.url=mock://local",
                "--set",
                topicSetting));
        args.addAll(List.of(more));
        int code =
                MrtCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static Topic<String, Article> articles(String topic) {
        return TestConfigs.topics(TestConfigs.onBroker(kafka, "import-it", Map.of("topic.articles", topic)))
                .articles();
    }

    private static String jsonLine(int i) {
        return "{\"id\":\"imp-" + i + "\",\"title\":\"Story " + i + "\",\"body\":\"Body " + i
                + ".\",\"published_at\":\"" + T0.plusSeconds(i) + "\",\"source\":\"Archive\"}";
    }

    @Test
    void anArchiveWithThreeBadLinesAmongAThousandSends997AndReportsTheThreeWithTheirLines() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lines.add(
                    switch (i) {
                        case 17 -> "this is not JSON";
                        case 512 -> "{\"id\":\"imp-512\",\"title\":\"\",\"published_at\":\"" + T0 + "\"}";
                        case 999 -> "{\"id\":\"imp-999\",\"body\":\"B\",\"published_at\":\"10 Sept 2021\"}";
                        default -> jsonLine(i);
                    });
        }
        Path file = dir.resolve("archive.jsonl");
        Files.write(file, lines);

        Path work = dir.resolve("work");
        Run run = importFile(file, "articles.jsonl-import", "--rate", "100000", "--set", "import.rejects.dir=" + work);

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("import: 1000 read, 997 sent, 3 rejected, 0 failed to send");
        assertThat(run.err()).contains("line 17: not JSON", "line 512: no text", "line 999: 'published_at'");
        Path rejects = work.resolve("archive.jsonl.rejects.jsonl");
        assertThat(run.out()).contains("rejected records (line, reason, raw text): " + rejects);
        assertThat(dir.resolve("archive.jsonl.rejects.jsonl"))
                .as("not beside the archive, which may be read-only")
                .doesNotExist();
        List<JsonNode> rejected = rejectedRecords(rejects);
        assertThat(rejected).extracting(n -> n.get("line").asInt()).containsExactly(17, 512, 999);
        assertThat(rejected)
                .extracting(n -> n.get("raw").asText())
                .containsExactly(lines.get(16), lines.get(511), lines.get(998));

        List<ConsumerRecord<String, Article>> stored =
                Records.readAll(kafka.bootstrapServers(), articles("articles.jsonl-import"));
        assertThat(stored).hasSize(997);
        assertThat(stored)
                .extracting(ConsumerRecord::key)
                .doesNotHaveDuplicates()
                .doesNotContain("imp-17", "imp-512", "imp-999");
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().getId());
            assertThat(r.timestamp()).isEqualTo(r.value().getPublishedAt().toEpochMilli());
        });
        try (var admin = kafka.admin()) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "articles.jsonl-import");
            assertThat(admin.describeConfigs(List.of(resource))
                            .all()
                            .get()
                            .get(resource)
                            .get("retention.ms")
                            .value())
                    .as("created by import: keeps the archive")
                    .isEqualTo("-1");
        }
    }

    @Test
    void aCsvArchiveWithQuotedMultiLineBodiesIsImportedAndItsBadRecordsReported() throws Exception {
        String csv = "id,title,body,published_at,source,url,version\n"
                + "csv-1,\"Biden, Xi talk\",\"Leaders spoke on Thursday night.\n\nMarkets were \"\"broadly optimistic\"\".\",2021-09-10T08:25:00-04:00,Wire,,1\n"
                + "csv-2,Short,One line body.,2021-09-10T09:00:00-04:00,Wire,https://example.com/2,\n"
                + "csv-3,Too few,2021-09-10T09:00:00-04:00\n"
                + "csv-4,Bad date,Body,yesterday,Wire,,\n"
                + "csv-5,Last,\"Body, with a comma\",1631282400000,,,2\n";
        Path file = dir.resolve("archive.csv");
        Files.writeString(file, csv);
        Path rejects = dir.resolve("bad.jsonl");

        Run run = importFile(file, "articles.csv-import", "--rejects", rejects.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("import: 5 read, 3 sent, 2 rejected");
        assertThat(run.err())
                .as("csv-1 spans lines 2-4")
                .contains("line 6: has 3 field(s); the header has 7", "line 7: 'published_at'");
        assertThat(Files.readAllLines(rejects)).hasSize(2);
        List<ConsumerRecord<String, Article>> stored =
                Records.readAll(kafka.bootstrapServers(), articles("articles.csv-import"));
        assertThat(stored).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("csv-1", "csv-2", "csv-5");
        Article first = stored.stream()
                .filter(r -> r.key().equals("csv-1"))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(first.getTitle()).isEqualTo("Biden, Xi talk");
        assertThat(first.getBody())
                .isEqualTo("Leaders spoke on Thursday night.\n\nMarkets were \"broadly optimistic\".");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2021-09-10T12:25:00Z"));
        assertThat(first.getVersion()).isEqualTo(1L);
    }

    @Test
    void aCleanArchiveExitsZeroAndLeavesNoRejectsFile() throws Exception {
        Path file = dir.resolve("clean.jsonl");
        Files.write(file, List.of(jsonLine(1), jsonLine(2), "", jsonLine(3)));

        Run run = importFile(file, "articles.clean-import", "--set", "import.rejects.dir=" + dir);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("import: 3 read, 3 sent, 0 rejected, 0 failed to send");
        assertThat(dir.resolve("clean.jsonl.rejects.jsonl")).doesNotExist();
        assertThat(Records.readAll(kafka.bootstrapServers(), articles("articles.clean-import")))
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(Set.of("imp-1", "imp-2", "imp-3"));
    }

    @Test
    void withIfEmptyASecondImportOfTheSameArchiveSendsNothing() throws Exception {
        Path file = dir.resolve("seed.jsonl");
        Files.write(file, List.of(jsonLine(1), jsonLine(2)));

        Run first = importFile(file, "articles.seed-import", "--if-empty", "--set", "import.rejects.dir=" + dir);
        Run second = importFile(file, "articles.seed-import", "--if-empty", "--set", "import.rejects.dir=" + dir);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("import: 2 read, 2 sent");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("articles.seed-import already holds 2 records; nothing imported");
        assertThat(Records.readAll(kafka.bootstrapServers(), articles("articles.seed-import")))
                .hasSize(2);
    }

    // ---- import-prices: the same loop, rejects and exit codes for price bars ----------------------

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
        List<JsonNode> rejected = rejectedRecords(rejects);
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
