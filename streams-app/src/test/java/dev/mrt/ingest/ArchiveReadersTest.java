package dev.mrt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.avro.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines and CSV archives: every record comes out as an article or a rejection with its line and reason. */
class ArchiveReadersTest {

    private static List<ArchiveEntry<Article>> readAll(ArchiveReader<Article> r) throws IOException {
        List<ArchiveEntry<Article>> out = new ArrayList<>();
        ArchiveEntry<Article> e;
        while ((e = r.next()) != null) {
            out.add(e);
        }
        return out;
    }

    private static List<ArchiveEntry<Article>> jsonl(String text) throws IOException {
        return readAll(new JsonLinesArchiveReader(new BufferedReader(new StringReader(text))));
    }

    private static List<ArchiveEntry<Article>> csv(String text) throws IOException {
        return readAll(new CsvArchiveReader(new BufferedReader(new StringReader(text))));
    }

    private static String reason(ArchiveEntry<Article> e) {
        return ((ArchiveEntry.Rejected<Article>) e).reason();
    }

    @Test
    void jsonLinesGiveArticlesAndRejectionsWithTheirLineNumbers() throws IOException {
        String text =
                "\uFEFF{\"id\":\"a1\",\"title\":\"T\",\"body\":\"B\",\"published_at\":\"2021-09-10T08:25:00-04:00\",\"version\":2}\n"
                        + "\n"
                        + "not json at all\n"
                        + "{\"id\":\"a2\",\"title\":\" \",\"published_at\":\"2021-09-10T08:25:00Z\"}\n"
                        + "{\"id\":\"a3\",\"body\":\"B\",\"published_at\":\"yesterday\"}\n"
                        + "{\"id\":\"a4\",\"body\":\"B\",\"published_at\":1631276700000}{\"id\":\"a5\"}\n"
                        + "{\"id\":\"a6\",\"body\":\"B\",\"published_at\":\"2021-09-10T12:25:00Z\"}\n";

        List<ArchiveEntry<Article>> entries = jsonl(text);

        assertThat(entries).extracting(ArchiveEntry::line).containsExactly(1L, 3L, 4L, 5L, 6L, 7L);
        var first = ((ArchiveEntry.Parsed<Article>) entries.get(0)).record();
        assertThat(first.getId()).isEqualTo("a1");
        assertThat(first.getVersion()).isEqualTo(2L);
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2021-09-10T12:25:00Z"));
        assertThat(first.getPublishedOffsetSeconds()).isEqualTo(-4 * 3600);
        assertThat(reason(entries.get(1))).startsWith("not JSON");
        assertThat(reason(entries.get(2))).isEqualTo("no text: 'title' and 'body' are both missing or empty");
        assertThat(reason(entries.get(3))).contains("published_at").contains("yesterday");
        assertThat(reason(entries.get(4)))
                .as("two objects on one line must not lose the second")
                .startsWith("not JSON");
        assertThat(entries.get(5)).isInstanceOf(ArchiveEntry.Parsed.class);
        assertThat(entries.get(1).raw()).isEqualTo("not json at all");
    }

    @Test
    void csvReadsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        String text = "id,title,body,published_at,source,url,version,updated_at\n"
                + "c1,\"Biden, Xi speak\",\"First paragraph.\n\nSecond \"\"quoted\"\" paragraph.\",2021-09-10T08:25:00-04:00,Wire,,3,\n"
                + "c2,Plain,Body,1631276700000,,,,\n";

        List<ArchiveEntry<Article>> entries = csv(text);

        assertThat(entries).hasSize(2).allMatch(e -> e instanceof ArchiveEntry.Parsed);
        var c1 = ((ArchiveEntry.Parsed<Article>) entries.get(0)).record();
        assertThat(c1.getTitle()).isEqualTo("Biden, Xi speak");
        assertThat(c1.getBody()).isEqualTo("First paragraph.\n\nSecond \"quoted\" paragraph.");
        assertThat(c1.getVersion()).isEqualTo(3L);
        assertThat(c1.getUrl()).as("an empty cell is an absent field").isNull();
        assertThat(c1.getSource()).isEqualTo("Wire");
        assertThat(entries.get(0).line()).isEqualTo(2);
        assertThat(entries.get(1).line())
                .as("the line where the record starts, after a three-line record")
                .isEqualTo(5);
        assertThat(((ArchiveEntry.Parsed<Article>) entries.get(1)).record().getPublishedAt())
                .isEqualTo(Instant.ofEpochMilli(1631276700000L));
    }

    @Test
    void csvRejectsWrongArityMissingBodyBadDatesAndBadVersionsAndGoesOn() throws IOException {
        String text = "id,body,published_at,version\n"
                + "r1,only two\n"
                + "r2,,2021-09-10T08:25:00Z,\n"
                + "r3,B,10/09/2021,\n"
                + "r4,B,2021-09-10T08:25:00Z,two\n"
                + "r5,B,2021-09-10T08:25:00Z,1,extra\n"
                + "r6,B,2021-09-10T08:25:00Z,\n";

        List<ArchiveEntry<Article>> entries = csv(text);

        assertThat(entries).extracting(ArchiveEntry::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(reason(entries.get(0))).isEqualTo("has 2 field(s); the header has 4");
        assertThat(reason(entries.get(1))).isEqualTo("no text: 'title' and 'body' are both missing or empty");
        assertThat(reason(entries.get(2))).contains("published_at").contains("10/09/2021");
        assertThat(reason(entries.get(3))).isEqualTo("'version' must be an integer");
        assertThat(reason(entries.get(4))).isEqualTo("has 5 field(s); the header has 4");
        assertThat(entries.get(5)).isInstanceOf(ArchiveEntry.Parsed.class);
        assertThat(entries.get(4).raw()).isEqualTo("r5,B,2021-09-10T08:25:00Z,1,extra");
    }

    @Test
    void anUnterminatedQuoteIsOneRejectedRecordWithEverythingItSwallowed() throws IOException {
        String text = "id,body,published_at\n"
                + "u1,B,2021-09-10T08:25:00Z\n"
                + "u2,\"never closed,2021-09-10T08:25:00Z\n"
                + "u3,B,2021-09-10T08:25:00Z\n";

        List<ArchiveEntry<Article>> entries = csv(text);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).line()).isEqualTo(3);
        assertThat(reason(entries.get(1))).isEqualTo("unterminated quoted field");
        assertThat(entries.get(1).raw()).contains("u2").contains("u3");
    }

    @Test
    void aCsvHeaderWithoutTheRequiredColumnsIsNoArchive() {
        assertThatThrownBy(() -> csv("id,source,published_at\nx,S,2021-09-10T08:25:00Z\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("lacks the column(s) title or body");
        assertThatThrownBy(() -> csv("id,title,body\nx,T,B\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("lacks the column(s) published_at");
        assertThatThrownBy(() -> csv("")).isInstanceOf(IOException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> csv("id,body,body,published_at\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void theFormatComesFromTheFileName() {
        assertThat(ArchiveFormat.of(java.nio.file.Path.of("a/b/articles.jsonl")))
                .isEqualTo(ArchiveFormat.JSONL);
        assertThat(ArchiveFormat.of(java.nio.file.Path.of("articles.ndjson.gz")))
                .isEqualTo(ArchiveFormat.JSONL);
        assertThat(ArchiveFormat.of(java.nio.file.Path.of("Archive.CSV.gz"))).isEqualTo(ArchiveFormat.CSV);
        assertThatThrownBy(() -> ArchiveFormat.of(java.nio.file.Path.of("articles.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--format");
    }
}
