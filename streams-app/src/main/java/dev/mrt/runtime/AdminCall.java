package dev.mrt.runtime;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaFuture;

/** The answer to one Admin API request, or an IllegalStateException that says what could not be done and why. */
public final class AdminCall {
    private static final long TIMEOUT_SECONDS = 30;

    private AdminCall() {}

    /** @param what what was asked, as in "cannot {what}" */
    public static <T> T get(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out trying to " + what + " (is the cluster reachable?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted trying to " + what, e);
        }
    }
}
