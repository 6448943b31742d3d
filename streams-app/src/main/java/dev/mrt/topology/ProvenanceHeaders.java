package dev.mrt.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The Kafka headers that say which run produced a record, so a consumer can tell a replayed
 * value from a fresh one without decoding it. Set by the tagging processors; records derived
 * downstream (links, statistics) inherit them.
 */
public final class ProvenanceHeaders {
    /** {@code live} or {@code replay}. */
    public static final String RUN_MODE = "mrt.run.mode";
    /** The replay id; absent on live records. */
    public static final String REPLAY_ID = "mrt.replay.id";

    public static final String TAXONOMY_VERSION = "mrt.taxonomy.version";
    public static final String TAGGER_VERSION = "mrt.tagger.version";
    /** ISO-8601 instant at which the record was tagged. */
    public static final String PROCESSING_TIME = "mrt.processing.time";

    public static final List<String> ALL =
            List.of(RUN_MODE, REPLAY_ID, TAXONOMY_VERSION, TAGGER_VERSION, PROCESSING_TIME);

    private ProvenanceHeaders() {}

    /**
     * A copy of {@code input} with our headers set (an input record's own provenance headers,
     * e.g. from an upstream run, are replaced, never duplicated).
     */
    public static Headers stamped(
            Headers input, RunIdentity run, String taxonomyVersion, String taggerVersion, Instant processingTime) {
        Headers out = new RecordHeaders();
        for (Header h : input) {
            if (!ALL.contains(h.key())) {
                out.add(h);
            }
        }
        put(out, RUN_MODE, run.mode());
        if (run.replayId() != null) {
            put(out, REPLAY_ID, run.replayId());
        }
        put(out, TAXONOMY_VERSION, taxonomyVersion);
        put(out, TAGGER_VERSION, taggerVersion);
        put(out, PROCESSING_TIME, processingTime.toString());
        return out;
    }

    /** The value of a header as text, or null when absent. */
    public static String read(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers h, String name, String value) {
        if (value != null) {
            h.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
