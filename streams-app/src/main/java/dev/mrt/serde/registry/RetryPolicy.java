package dev.mrt.serde.registry;

import java.time.Duration;

/**
 * Exponential backoff between rounds of attempts: {@code initialWait * 2^round}, capped at
 * {@code maxWait}. Confluent's client names: {@code max.retries}, {@code retries.wait.ms},
 * {@code retries.max.wait.ms}.
 *
 * @param maxRetries rounds after the first one; 0 = no retry
 */
public record RetryPolicy(int maxRetries, Duration initialWait, Duration maxWait) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    /** Wait before retry round {@code retry} (0-based). */
    public Duration delayBeforeRetry(int retry) {
        long factor = 1L << Math.min(retry, 30);
        long millis = initialWait.toMillis() * factor;
        if (millis < 0 || millis > maxWait.toMillis()) {
            return maxWait;
        }
        return Duration.ofMillis(millis);
    }
}
