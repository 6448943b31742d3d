package dev.mrt.testing;

import dev.mrt.embedded.EmbeddedKafka;
import java.time.Duration;

/**
 * An embedded broker as a default Kafka deployment keeps history: seven days by record timestamp
 * (the embedded broker otherwise keeps everything), with the retention check running every second
 * from the start instead of every five minutes after 30 s, so a test sees within seconds what a
 * real broker would delete.
 */
public final class RetentionCheckingBroker {

    private RetentionCheckingBroker() {}

    public static EmbeddedKafka.Builder withKafkasDefaultRetention() {
        return EmbeddedKafka.builder()
                .brokerProperty(
                        "log.retention.ms", String.valueOf(Duration.ofDays(7).toMillis()))
                .brokerProperty("log.retention.check.interval.ms", "1000")
                .brokerProperty("log.initial.task.delay.ms", "0");
    }
}
