package dev.mrt.topology.errors;

/**
 * Thrown by a processor for a record that must go to the dead-letter topic rather than on;
 * the processing handler writes the record's original bytes there with {@link #reason()}.
 */
public final class DeadLetterException extends RuntimeException {
    private final DeadLetterReason reason;

    public DeadLetterException(DeadLetterReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
