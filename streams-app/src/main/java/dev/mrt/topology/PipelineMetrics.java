package dev.mrt.topology;

import dev.mrt.topology.errors.DeadLetterCounter;
import dev.mrt.topology.errors.DeadLetterReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/**
 * The pipeline's own counters and timers, in one Micrometer registry that the HTTP API
 * exposes. Kafka Streams instantiates the error handlers itself; they find this object in the
 * Streams configuration under {@link #CONFIG_KEY}.
 */
public final class PipelineMetrics implements DeadLetterCounter {
    /** Streams config key under which the instance travels to the error handlers. */
    public static final String CONFIG_KEY = DeadLetterCounter.CONFIG_KEY;

    private final MeterRegistry registry;
    private final Counter tagged;
    private final Counter deduplicated;
    private final Counter updated;
    private final Counter events;
    private final Counter notes;
    private final Counter links;
    private final Counter reactionLinks;
    private final Counter feedNotes;
    private final Timer taggingTime;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.tagged = registry.counter("mrt.articles.tagged");
        this.deduplicated = registry.counter("mrt.articles.deduplicated");
        this.updated = registry.counter("mrt.articles.updated");
        this.events = registry.counter("mrt.political.events");
        this.notes = registry.counter("mrt.market.notes");
        this.links = registry.counter("mrt.links", "scope", "article");
        this.reactionLinks = registry.counter("mrt.links", "scope", "cross_feed");
        this.feedNotes = registry.counter("mrt.feed.notes.tagged");
        this.taggingTime = Timer.builder("mrt.tagging.time")
                .description("Time to tag one article")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    /** For tests and tools that do not export metrics. */
    public static PipelineMetrics inMemory() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void articleTagged(int eventCount, int noteCount, int linkCount, Duration took) {
        tagged.increment();
        events.increment(eventCount);
        notes.increment(noteCount);
        links.increment(linkCount);
        taggingTime.record(took);
    }

    public void feedNoteTagged(int noteCount) {
        feedNotes.increment();
        notes.increment(noteCount);
    }

    public void deduplicated() {
        deduplicated.increment();
    }

    public void updated() {
        updated.increment();
    }

    /** Cross-feed links written for the first time (a note's row may be written again with others). */
    public void reactionsLinked(int count) {
        reactionLinks.increment(count);
    }

    @Override
    public void deadLettered(DeadLetterReason reason) {
        registry.counter("mrt.dead.lettered", "reason", reason.code()).increment();
    }

    /** An input record outside a replay's event-time window, skipped. */
    public void outsideWindow(String input) {
        registry.counter("mrt.replay.outside.window", "input", input).increment();
    }

    /** A realized move written (by its status at the verdict's anchor), or retracted. */
    public void realizedMoveEmitted(dev.mrt.avro.RealizedMove move) {
        String status = move == null
                ? "retracted"
                : ("publication".equals(move.getCheckedFrom()) ? move.getFromPublication() : move.getFromEvent())
                        .getStatus();
        registry.counter("mrt.realized.moves", "status", status).increment();
    }

    public void late(String stage) {
        registry.counter("mrt.late.records", "stage", stage).increment();
    }

    /** Sum of every counter of that name, whatever its tags (e.g. dead letters of all reasons). */
    public double total(String name) {
        return registry.find(name).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    public double count(String name, String... tags) {
        var c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }
}
