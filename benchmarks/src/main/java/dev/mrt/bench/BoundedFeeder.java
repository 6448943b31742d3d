package dev.mrt.bench;

import dev.mrt.avro.Article;
import dev.mrt.runtime.RecordSender;
import dev.mrt.topology.Topic;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes generated articles in order, as fast as the app takes them: never more than
 * {@code maxLead} ahead of what the app has enriched, so that the broker holds a bounded backlog
 * and the app never waits for input. Producer settings of {@code import}.
 */
final class BoundedFeeder implements Runnable {
    private final String bootstrapServers;
    private final Topic<String, Article> topic;
    private final ArticleGenerator articles;
    private final long count;
    private final long maxLead;
    private final LongSupplier enriched;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile long chars;

    BoundedFeeder(
            String bootstrapServers,
            Topic<String, Article> topic,
            ArticleGenerator articles,
            long count,
            long maxLead,
            LongSupplier enriched) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.articles = articles;
        this.count = count;
        this.maxLead = maxLead;
        this.enriched = enriched;
    }

    @Override
    public void run() {
        try (var producer = RecordSender.durableProducer(bootstrapServers, topic)) {
            long sum = 0;
            for (long i = 0; i < count && failure.get() == null; i++) {
                while (i - enriched.getAsLong() > maxLead) {
                    Thread.sleep(100);
                }
                Article a = articles.next();
                sum += a.getTitle().length() + a.getBody().length();
                chars = sum;
                producer.send(
                        new ProducerRecord<>(
                                topic.name(), null, a.getPublishedAt().toEpochMilli(), a.getId(), a),
                        (m, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** The first send that failed, or null. */
    Exception failure() {
        return failure.get();
    }

    double meanChars() {
        long n = articles.count();
        return n == 0 ? 0 : chars / (double) n;
    }
}
