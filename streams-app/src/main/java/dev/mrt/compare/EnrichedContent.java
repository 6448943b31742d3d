package dev.mrt.compare;

import dev.mrt.avro.EnrichedArticle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * The fields of an enriched value that say something about the article, by name, leaving out
 * those that differ between any two runs by design. Goes by the schema, so a field added later
 * is compared without anyone remembering to add it here.
 */
public final class EnrichedContent {
    /** Which run produced the value, and when: never part of the content. */
    public static final Set<String> RUN_FIELDS = Set.of("provenance", "processing_time");
    /** Differ when the taxonomy changed, which is the point of the comparison, not a finding. */
    public static final Set<String> VERSION_FIELDS = Set.of("taxonomy_version", "tagger_version");

    private EnrichedContent() {}

    /** Field name -> value, in schema order, without the {@code left out} fields. */
    public static Map<String, Object> of(EnrichedArticle a, Set<String> leftOut) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Field f : a.getSchema().getFields()) {
            if (!leftOut.contains(f.name())) {
                out.put(f.name(), a.get(f.pos()));
            }
        }
        return out;
    }
}
