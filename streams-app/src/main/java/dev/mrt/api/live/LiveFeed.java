package dev.mrt.api.live;

import dev.mrt.api.json.EnrichedArticleJson;
import dev.mrt.api.json.Json;
import dev.mrt.api.json.ReactionJson;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionLink;
import dev.mrt.topology.Topic;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live feed: enriched articles and reaction links as they are committed to the output topics.
 *
 * <p>One consumer per instance reads every partition of both topics, {@code read_committed} and
 * without a consumer group (no rebalances, no offsets to manage). So any instance serves the whole
 * feed, and only results of committed transactions reach clients: a tap inside the topology would
 * see only its own partitions and, under exactly-once, records of transactions that may still
 * abort. The last {@code live.feed.buffer} events stay in memory for reconnecting clients and
 * the ticker's backlog; clients get them through {@link #subscribe}.
 */
public final class LiveFeed implements AutoCloseable {
    /** SSE event name of an enriched article. */
    public static final String ARTICLE = "article";
    /**
     * SSE event name of a cross-feed reaction (a {@code ReactionLink} of a row of the links
     * table; in-article reactions come with their article). "link" on the wire: clients such as
     * the dashboard listen for that name and resume from positions that carry it.
     */
    public static final String REACTION = "link";

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final int CLIENT_QUEUE = 1_000;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<String, NoteLinks> links;
    private final int capacity;
    private final Object lock = new Object();
    private final ArrayDeque<LiveEvent> buffer = new ArrayDeque<>();
    /** Per feed and partition: the first offset the buffer still covers; earlier ones are gone. */
    private final Map<String, Map<Integer, Long>> coveredFrom = new HashMap<>();

    private final List<LiveSubscription> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile FeedPosition position = FeedPosition.empty();
    private volatile boolean closed;
    private volatile boolean started;

    public LiveFeed(
            Map<String, Object> consumerConfig,
            Topic<String, EnrichedArticle> enriched,
            Topic<String, NoteLinks> links,
            int capacity) {
        Map<String, Object> cfg = new HashMap<>(consumerConfig);
        cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.remove(ConsumerConfig.GROUP_ID_CONFIG);
        cfg.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "mrt-live-feed");
        this.consumer = new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.enriched = enriched;
        this.links = links;
        this.capacity = capacity;
        this.thread = new Thread(this::run, "mrt-live-feed");
        thread.setDaemon(true);
    }

    /** Assigns every partition, starting a buffer's worth before the end, and starts reading. */
    public void start() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(enriched.name(), links.name())) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long backlog = Math.max(1, capacity / Math.max(1, partitions.size()));
        synchronized (lock) {
            FeedPosition p = FeedPosition.empty();
            for (TopicPartition tp : partitions) {
                long from = Math.max(begin.get(tp), end.get(tp) - backlog);
                consumer.seek(tp, from);
                coveredFrom
                        .computeIfAbsent(feedOf(tp.topic()), f -> new HashMap<>())
                        .put(tp.partition(), from);
                p = p.advance(feedOf(tp.topic()), tp.partition(), from - 1);
            }
            position = p;
        }
        started = true;
        thread.start();
    }

    /**
     * A new client. With the position of its last event (a reconnect), it first gets every buffered
     * event it has not seen, or a {@code reset} event when some are no longer buffered; without
     * one, the last {@code backlog} events. Then a {@code ready} event whose id is the current
     * position, then live events.
     */
    public LiveSubscription subscribe(FeedPosition lastSeen, int backlog) {
        synchronized (lock) {
            LiveSubscription sub = new LiveSubscription(CLIENT_QUEUE + capacity);
            List<LiveEvent> replay = new ArrayList<>();
            if (lastSeen != null) {
                if (hasGap(lastSeen)) {
                    sub.offer(control(
                            "reset", "{\"reason\":\"events since the last id are no longer buffered; reload\"}"));
                }
                buffer.stream()
                        .filter(e -> e.offset() >= lastSeen.nextOffset(e.feed(), e.partition()))
                        .forEach(replay::add);
            } else {
                buffer.stream().skip(Math.max(0, buffer.size() - backlog)).forEach(replay::add);
            }
            replay.forEach(sub::offer);
            sub.offer(control("ready", "{\"buffered\":" + buffer.size() + "}"));
            subscribers.add(sub);
            return sub;
        }
    }

    public void unsubscribe(LiveSubscription sub) {
        subscribers.remove(sub);
        sub.close();
    }

    public int capacity() {
        return capacity;
    }

    public boolean isStarted() {
        return started;
    }

    private boolean hasGap(FeedPosition lastSeen) {
        for (Map.Entry<String, Map<Integer, Long>> f : coveredFrom.entrySet()) {
            for (Map.Entry<Integer, Long> p : f.getValue().entrySet()) {
                long next = lastSeen.nextOffset(f.getKey(), p.getKey());
                if (next >= 0 && next < p.getValue()) {
                    return true;
                }
            }
        }
        return false;
    }

    private LiveEvent control(String name, String data) {
        return new LiveEvent(name, data, "", -1, -1, position);
    }

    private void run() {
        try {
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(250))) {
                    publish(r);
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                LOG.error("Live feed stopped", e);
            }
        } catch (RuntimeException e) {
            LOG.error("Live feed stopped: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
            subscribers.forEach(LiveSubscription::close);
        }
    }

    private void publish(ConsumerRecord<byte[], byte[]> r) {
        String feed = feedOf(r.topic());
        List<String> data = r.value() == null ? List.of() : toJson(feed, r);
        synchronized (lock) {
            position = position.advance(feed, r.partition(), r.offset());
            for (String d : data) {
                LiveEvent e = new LiveEvent(feed, d, feed, r.partition(), r.offset(), position);
                buffer.addLast(e);
                while (buffer.size() > capacity) {
                    LiveEvent gone = buffer.removeFirst();
                    coveredFrom
                            .computeIfAbsent(gone.feed(), f -> new HashMap<>())
                            .put(gone.partition(), gone.offset() + 1);
                }
                subscribers.forEach(s -> s.offer(e));
            }
            subscribers.removeIf(LiveSubscription::isClosed);
        }
    }

    /** An article, or one {@code link} event per link of a note's row (a retracted row has none). */
    private List<String> toJson(String feed, ConsumerRecord<byte[], byte[]> r) {
        try {
            if (ARTICLE.equals(feed)) {
                return List.of(Json.write(EnrichedArticleJson.toJson(
                        enriched.valueSerde().deserializer().deserialize(r.topic(), r.headers(), r.value()))));
            }
            NoteLinks row = links.valueSerde().deserializer().deserialize(r.topic(), r.headers(), r.value());
            List<String> out = new ArrayList<>();
            for (ReactionLink l : row.getLinks()) {
                out.add(Json.write(ReactionJson.toJson(l)));
            }
            return out;
        } catch (RuntimeException e) {
            LOG.warn("Live feed skips {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
            return List.of();
        }
    }

    private String feedOf(String topic) {
        return topic.equals(enriched.name()) ? ARTICLE : REACTION;
    }

    @Override
    public void close() {
        closed = true;
        if (started) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(Duration.ofSeconds(5));
        }
        subscribers.forEach(LiveSubscription::close);
    }
}
