package dev.mrt.ingest;

import dev.mrt.time.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * {@code --rate N}: a token bucket refilled at N tokens per second, one token per record. It
 * holds at most a tenth of a second's worth (and at least one), so after a pause the import
 * catches up by a short burst, not by a flood.
 */
public final class TokenBucket implements Throttle {
    private final double tokensPerNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private double tokens;
    private long last;

    public TokenBucket(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + perSecond);
        }
        this.tokensPerNano = perSecond / 1e9;
        this.capacity = Math.max(1.0, perSecond / 10);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.last = nanoTime.getAsLong();
        this.tokens = 1.0;
    }

    public static TokenBucket perSecond(double rate) {
        return new TokenBucket(rate, System::nanoTime, Sleeper.REAL);
    }

    @Override
    public void acquire() throws InterruptedException {
        refill();
        while (tokens < 1.0) {
            sleeper.sleep(Duration.ofNanos((long) Math.ceil((1.0 - tokens) / tokensPerNano)));
            refill();
        }
        tokens -= 1.0;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
        last = now;
    }
}
