package dev.mrt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening archive files: plain or gzip, with the bytes read counted for progress. */
class ArchiveSourceTest {
    private static final String LINE = "{\"id\":\"g%d\",\"body\":\"B\",\"published_at\":\"2021-09-10T12:25:00Z\"}\n";

    @TempDir
    Path dir;

    @Test
    void aGzipArchiveIsReadAsItIsAndProgressCountsItsCompressedBytes() throws IOException {
        Path file = dir.resolve("archive.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 500; i++) {
                out.write(String.format(LINE, i).getBytes(StandardCharsets.UTF_8));
            }
        }

        int parsed = 0;
        try (ArchiveSource<dev.mrt.avro.Article> source = ArchiveSource.open(file, ArchiveFormat.of(file))) {
            assertThat(source.size()).isEqualTo(Files.size(file));
            ArchiveEntry<dev.mrt.avro.Article> e;
            while ((e = source.reader().next()) != null) {
                assertThat(e).isInstanceOf(ArchiveEntry.Parsed.class);
                parsed++;
            }
            assertThat(source.bytesRead()).isEqualTo(source.size());
        }
        assertThat(parsed).isEqualTo(500);
    }

    @Test
    void aMissingFileOrABadCsvHeaderNamesTheFile() throws IOException {
        assertThatThrownBy(() -> ArchiveSource.open(dir.resolve("nope.jsonl"), ArchiveFormat.JSONL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nope.jsonl");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "source,published_at\nS,2021-09-10T12:25:00Z\n");
        assertThatThrownBy(() -> ArchiveSource.open(csv, ArchiveFormat.CSV))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("id, title or body");
    }
}
