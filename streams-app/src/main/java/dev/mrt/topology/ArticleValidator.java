package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Rejects articles that cannot be tagged or would harm the stream: tombstones, empty text, and
 * publication times far in the future (one such record would advance stream time and make
 * every later record "late" for the windows).
 */
final class ArticleValidator implements FixedKeyProcessor<String, Article, Article> {
    private final Duration maxFuture;
    private FixedKeyProcessorContext<String, Article> context;

    ArticleValidator(Duration maxFuture) {
        this.maxFuture = maxFuture;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        if (a == null) {
            throw new DeadLetterException(DeadLetterReason.NULL_VALUE, "null value for article id " + record.key());
        }
        if (a.getBody().isBlank() && a.getTitle().isBlank()) {
            throw new DeadLetterException(DeadLetterReason.EMPTY_BODY, "article " + a.getId() + " has no text");
        }
        Instant limit = Instant.ofEpochMilli(context.currentSystemTimeMs()).plus(maxFuture);
        if (a.getPublishedAt().isAfter(limit)) {
            throw new DeadLetterException(
                    DeadLetterReason.FUTURE_TIMESTAMP,
                    "article " + a.getId() + " published at " + a.getPublishedAt() + ", more than " + maxFuture
                            + " ahead of the clock");
        }
        context.forward(record);
    }
}
