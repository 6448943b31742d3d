package dev.mrt.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;

/**
 * The shape every JSON output gives an article's findings: each political event, market note and
 * link has exactly the fields of its Avro record, whichever output it comes from ({@code tag},
 * {@code local}, the API, the live feed).
 */
public final class RecordShapes {
    public static final List<String> CONTRACT_FIELDS =
            List.of("id", "political_events", "market_notes", "links", "tags", "taxonomy_version", "tagger_version");

    private RecordShapes() {}

    /** Asserts that every event, note and link of an article's JSON has its record's fields, no more, no fewer. */
    public static void assertFindingsHaveTheirRecordsFields(JsonNode article) {
        assertThat(article.path("political_events").size()
                        + article.path("market_notes").size()
                        + article.path("links").size())
                .as("an article with findings to check: %s", article.path("id"))
                .isPositive();
        for (JsonNode e : article.path("political_events")) {
            assertThat(keys(e)).as("event of %s", article.path("id")).isEqualTo(fields(EventTag.getClassSchema()));
            assertThat(keys(e.path("evidence"))).isEqualTo(Set.of("start", "end", "text"));
        }
        for (JsonNode n : article.path("market_notes")) {
            assertThat(keys(n)).as("note of %s", article.path("id")).isEqualTo(fields(NoteTag.getClassSchema()));
            assertThat(keys(n.path("evidence"))).isEqualTo(Set.of("start", "end", "text"));
        }
        for (JsonNode l : article.path("links")) {
            assertThat(keys(l)).as("link of %s", article.path("id")).isEqualTo(fields(LinkTag.getClassSchema()));
        }
    }

    /** The field names of each element of an array, in order. */
    public static List<Set<String>> keysOfEach(JsonNode array) {
        List<Set<String>> out = new ArrayList<>();
        array.forEach(n -> out.add(keys(n)));
        return out;
    }

    public static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> fields(Schema schema) {
        Set<String> names = new TreeSet<>();
        schema.getFields().forEach(f -> names.add(f.name()));
        return names;
    }
}
