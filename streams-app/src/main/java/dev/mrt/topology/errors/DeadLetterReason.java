package dev.mrt.topology.errors;

/** The values of the {@link DeadLetterRecords#REASON_HEADER} header: why a record was dead-lettered. */
public final class DeadLetterReason {
    /** The bytes could not be deserialized (not Avro, wrong magic byte, unknown schema id, truncated). */
    public static final String DESERIALIZATION = "deserialization";
    /** A processor failed on the record. */
    public static final String PROCESSING = "processing";
    /** The result could not be serialized or produced. */
    public static final String PRODUCTION = "production";
    /** Later (event time) than the grace period of a window. */
    public static final String LATE = "late";
    /** A null value (tombstone) where an article was expected. */
    public static final String NULL_VALUE = "null_value";
    /** An article with no text to tag. */
    public static final String EMPTY_BODY = "empty_body";
    /** Published implausibly far in the future; it would move stream time and make every later record late. */
    public static final String FUTURE_TIMESTAMP = "future_timestamp";

    /** Metric only: a dead letter that could not be written either (too large for the producer or topic); logged as an error. */
    public static final String UNWRITABLE_DEAD_LETTER = "unwritable_dead_letter";

    private DeadLetterReason() {}
}
