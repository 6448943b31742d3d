package dev.mrt.replay;

import java.time.Duration;

/**
 * How a replay run ended.
 *
 * @param last       the last progress seen, or null when it ended before any
 * @param inputsDone when every input partition was processed (the stages after the inputs, links
 *                   and statistics, may take longer), or null when they never were
 * @param error      what stopped it, when {@link Ending#FAILED}
 */
public record ReplayOutcome(Ending ending, CatchUpStatus last, Duration took, Duration inputsDone, Throwable error) {

    public enum Ending {
        /** Every input processed up to its target, and every stage after it. */
        CAUGHT_UP,
        /** Stopped on request (signal) before catching up; the same replay id resumes it. */
        INTERRUPTED,
        /** Kafka Streams stopped on an error. */
        FAILED
    }
}
