package dev.mrt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate limiter against a fake clock: sleeping advances it, nothing waits for real. */
class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    private static final class FakeClock {
        long now = 5 * SECOND;
        final List<Long> sleeps = new ArrayList<>();

        long nanoTime() {
            return now;
        }

        void sleep(Duration d) {
            sleeps.add(d.toNanos());
            now += d.toNanos();
        }
    }

    @Test
    void sendsAtTheConfiguredRate() throws InterruptedException {
        FakeClock clock = new FakeClock();
        TokenBucket bucket = new TokenBucket(100, clock::nanoTime, clock::sleep);
        long start = clock.now;

        for (int i = 0; i < 1_001; i++) {
            bucket.acquire();
        }

        // The first record goes at once; the next thousand take ten seconds at 100/s.
        assertThat(clock.now - start).isBetween(10 * SECOND - SECOND / 1000, 10 * SECOND + SECOND / 1000);
    }

    @Test
    void afterAPauseOnlyATenthOfASecondsWorthGoesAtOnce() throws InterruptedException {
        FakeClock clock = new FakeClock();
        TokenBucket bucket = new TokenBucket(1_000, clock::nanoTime, clock::sleep);
        bucket.acquire();
        clock.now += 60 * SECOND;
        clock.sleeps.clear();

        for (int i = 0; i < 100; i++) {
            bucket.acquire();
        }
        assertThat(clock.sleeps).as("100 tokens saved up during the pause").isEmpty();

        bucket.acquire();
        assertThat(clock.sleeps).hasSize(1);
        assertThat(clock.sleeps.get(0)).isEqualTo(SECOND / 1_000);
    }

    @Test
    void slowRatesWaitLongerThanASecond() throws InterruptedException {
        FakeClock clock = new FakeClock();
        TokenBucket bucket = new TokenBucket(0.5, clock::nanoTime, clock::sleep);

        bucket.acquire();
        bucket.acquire();

        assertThat(clock.sleeps).containsExactly(2 * SECOND);
    }

    @Test
    void theRateMustBePositive() {
        assertThatThrownBy(() -> TokenBucket.perSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenBucket.perSecond(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
