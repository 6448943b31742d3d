package dev.mrt.topology.errors;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a record was dead-lettered. Travels as its {@link #code()} in the {@link
 * DeadLetterRecords#REASON_HEADER} header and in the {@code reason} tag of the
 * {@code mrt.dead.lettered} metric; the codes are part of the dead-letter topic's contract.
 */
public enum DeadLetterReason {
    /** The bytes could not be deserialized (not Avro, wrong magic byte, unknown schema id, truncated). */
    DESERIALIZATION("deserialization"),
    /** A processor failed on the record. */
    PROCESSING("processing"),
    /** The result could not be serialized or produced. */
    PRODUCTION("production"),
    /** Later (event time) than the grace period of a window. */
    LATE("late"),
    /** A null value (tombstone) where an article was expected. */
    NULL_VALUE("null_value"),
    /** An article with no text to tag. */
    EMPTY_BODY("empty_body"),
    /**
     * A price that cannot be used: an instrument not in instruments.yaml, a key other than its
     * instrument, a unit other than the instrument's, or a value that is no number of that unit.
     */
    INVALID_PRICE("invalid_price"),
    /** Published implausibly far in the future; it would move stream time and make every later record late. */
    FUTURE_TIMESTAMP("future_timestamp"),
    /** Metric only: a dead letter that could not be written either (too large for the producer or topic); logged as an error. */
    UNWRITABLE_DEAD_LETTER("unwritable_dead_letter");

    private final String code;

    DeadLetterReason(String code) {
        this.code = code;
    }

    /** The value written to the header and the metric tag. */
    public String code() {
        return code;
    }

    /** The reason a header value names, if it names one. */
    public static Optional<DeadLetterReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
