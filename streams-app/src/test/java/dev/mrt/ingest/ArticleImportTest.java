package dev.mrt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import loop against a sink in memory: every record is sent, rejected or failed, and each is shown and kept. */
class ArticleImportTest {
    @TempDir
    Path dir;

    private final long[] clock = {0};

    /** Acknowledges later (on flush), like a producer; fails the ids it is told to. */
    private static final class FakeSink implements ArticleSink {
        final List<Article> stored = new ArrayList<>();
        final List<Runnable> pending = new ArrayList<>();
        final List<String> failIds;
        boolean throwOnSend;

        FakeSink(List<String> failIds) {
            this.failIds = failIds;
        }

        @Override
        public void send(Article a, Consumer<Exception> done) {
            if (throwOnSend) {
                throw new IllegalStateException("producer closed");
            }
            pending.add(() -> {
                if (failIds.contains(a.getId())) {
                    done.accept(new org.apache.kafka.common.errors.RecordTooLargeException("too large"));
                } else {
                    stored.add(a);
                    done.accept(null);
                }
            });
        }

        @Override
        public void flush() {
            pending.forEach(Runnable::run);
            pending.clear();
        }

        @Override
        public void close() {}
    }

    private Path archive(String... lines) throws IOException {
        Path file = dir.resolve("archive.jsonl");
        Files.write(file, List.of(lines));
        return file;
    }

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"T\",\"body\":\"B\",\"published_at\":\"2021-09-10T12:25:00Z\"}";
    }

    @Test
    void everyRecordIsSentRejectedOrFailedAndTheBadOnesAreShownAndKept() throws Exception {
        Path file = archive(line("a1"), "{broken", line("a2"), "{\"id\":\"a3\"}", line("big"));
        FakeSink sink = new FakeSink(List.of("big"));
        StringWriter shown = new StringWriter();
        Path rejectsPath = RejectsFile.defaultFor(file);

        ImportSummary summary;
        try (ArchiveSource<Article> source = ArchiveSource.open(file, ArchiveFormat.JSONL);
                RejectsFile rejects = new RejectsFile(rejectsPath)) {
            summary = ArchiveImport.ofArticles(
                            sink,
                            Throttle.NONE,
                            new ProgressLines(new PrintWriter(shown, true), Duration.ofHours(1), () -> clock[0]),
                            rejects,
                            () -> clock[0] += 1_000_000)
                    .run(source, () -> false);
        }

        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.read()).isEqualTo(summary.sent() + summary.rejected() + summary.failed());
        assertThat(summary.complete()).isFalse();
        assertThat(sink.stored).extracting(Article::getId).containsExactly("a1", "a2");
        assertThat(shown.toString())
                .contains(
                        "line 2: not JSON",
                        "line 4: no text: 'title' and 'body' are both missing or empty",
                        "line 5: send failed (article big): RecordTooLargeException: too large");

        List<JsonNode> rejected = new ArrayList<>();
        for (String l : Files.readAllLines(rejectsPath)) {
            rejected.add(new ObjectMapper().readTree(l));
        }
        assertThat(rejected).extracting(n -> n.get("line").asLong()).containsExactly(2L, 4L, 5L);
        assertThat(rejected.get(0).get("raw").asText()).isEqualTo("{broken");
        assertThat(rejected.get(2).get("raw").asText()).isEqualTo(line("big"));
        assertThat(rejected.get(1).get("reason").asText())
                .isEqualTo("no text: 'title' and 'body' are both missing or empty");
    }

    @Test
    void aCleanImportLeavesNoRejectsFile() throws Exception {
        Path file = archive(line("a1"), "", line("a2"));
        Path rejectsPath = RejectsFile.defaultFor(file);
        ImportSummary summary;
        try (ArchiveSource<Article> source = ArchiveSource.open(file, ArchiveFormat.JSONL);
                RejectsFile rejects = new RejectsFile(rejectsPath)) {
            summary = ArchiveImport.ofArticles(
                            new FakeSink(List.of()), Throttle.NONE, ImportDisplay.NONE, rejects, () -> clock[0]++)
                    .run(source, () -> false);
        }

        assertThat(summary.complete()).isTrue();
        assertThat(summary.read()).as("a blank line is not a record").isEqualTo(2);
        assertThat(rejectsPath).doesNotExist();
    }

    @Test
    void sendsThatKeepFailingStopTheImportInsteadOfWaitingOutEveryRecord() throws Exception {
        String[] lines = new String[ArchiveImport.GIVE_UP_AFTER_FAILURES + 50];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line("x" + i);
        }
        Path file = archive(lines);
        FakeSink sink = new FakeSink(List.of());
        sink.throwOnSend = true;
        ImportSummary summary;
        try (ArchiveSource<Article> source = ArchiveSource.open(file, ArchiveFormat.JSONL);
                RejectsFile rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            summary = ArchiveImport.ofArticles(sink, Throttle.NONE, ImportDisplay.NONE, rejects, () -> clock[0]++)
                    .run(source, () -> false);
            assertThat(rejects.count()).isEqualTo(ArchiveImport.GIVE_UP_AFTER_FAILURES);
        }

        assertThat(summary.failed()).isEqualTo(ArchiveImport.GIVE_UP_AFTER_FAILURES);
        assertThat(summary.lastLine()).isEqualTo(ArchiveImport.GIVE_UP_AFTER_FAILURES);
        assertThat(summary.stoppedEarly()).contains("gave up").contains("producer closed");
    }

    @Test
    void aStopRequestEndsTheImportAfterTheCurrentRecord() throws Exception {
        Path file = archive(line("a1"), line("a2"), line("a3"));
        FakeSink sink = new FakeSink(List.of());
        ImportSummary summary;
        try (ArchiveSource<Article> source = ArchiveSource.open(file, ArchiveFormat.JSONL);
                RejectsFile rejects = new RejectsFile(dir.resolve("r.jsonl"))) {
            summary = ArchiveImport.ofArticles(sink, Throttle.NONE, ImportDisplay.NONE, rejects, () -> clock[0]++)
                    .run(source, () -> true);
        }

        assertThat(summary.read()).isEqualTo(1);
        assertThat(summary.sent())
                .as("what was handed over is flushed before the summary")
                .isEqualTo(1);
        assertThat(summary.stoppedEarly()).isEqualTo("stopped on request");
    }
}
