package dev.mrt.topology;

import dev.mrt.avro.PriceTick;
import dev.mrt.avro.ReactionBatch;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Instruments;
import dev.mrt.market.PricePoint;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The realized-move stage's two entrances, prices and batches of reactions, on the same
 * partitions (both keyed by instrument) and the same stores ({@link RealizedBook}). A record
 * more than {@code realized.horizon} behind the newest one the stage accepted is late: the stores
 * may no longer hold what it needs or changes, so it goes to the dead-letter topic instead.
 */
abstract class RealizedMeasurer<V> implements Processor<String, V, String, RealizedMove> {
    private final Instruments instruments;
    private final RealizedMoves moves;
    private final Duration horizon;
    private final PipelineMetrics metrics;
    private final String stage;
    private ProcessorContext<String, RealizedMove> context;
    private RealizedBook book;
    private KeyValueStore<String, Long> clocks;
    /** Where the stage's own stream time is kept in the clocks store (no instrument code is empty). */
    static final String STAGE_TIME_KEY = "";

    private static final long STAGE_TIME_STEP = 3_600_000L;

    RealizedMeasurer(
            Instruments instruments, RealizedMoves moves, Duration horizon, PipelineMetrics metrics, String stage) {
        this.instruments = instruments;
        this.moves = moves;
        this.horizon = horizon;
        this.metrics = metrics;
        this.stage = stage;
    }

    static RealizedMeasurer<PriceTick> forPrices(
            Instruments instruments, RealizedMoves moves, Duration horizon, PipelineMetrics metrics) {
        return new RealizedMeasurer<>(instruments, moves, horizon, metrics, "realized-prices") {
            @Override
            void handle(RealizedBook book, Record<String, PriceTick> record) {
                PriceTick p = record.value();
                book.onPrice(new PricePoint(p.getTime().toEpochMilli(), p.getValue(), p.getSynthetic()));
            }
        };
    }

    static RealizedMeasurer<ReactionBatch> forReactions(
            Instruments instruments, RealizedMoves moves, Duration horizon, PipelineMetrics metrics) {
        return new RealizedMeasurer<>(instruments, moves, horizon, metrics, "realized-reactions") {
            @Override
            void handle(RealizedBook book, Record<String, ReactionBatch> record) {
                book.onBatch(record.value());
            }
        };
    }

    abstract void handle(RealizedBook book, Record<String, V> record);

    @Override
    public void init(ProcessorContext<String, RealizedMove> context) {
        this.context = context;
        this.clocks = context.getStateStore(StoreNames.REALIZED_PRICE_CLOCKS);
        this.book = new RealizedBook(
                context.getStateStore(StoreNames.REALIZED_PRICES),
                context.getStateStore(StoreNames.REALIZED_REACTIONS),
                context.getStateStore(StoreNames.REALIZED_PRICE_CLOCKS),
                instruments,
                moves);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        long stageTime = stageTime();
        if (record.timestamp() + horizon.toMillis() < stageTime) {
            metrics.late(stage);
            throw new DeadLetterException(
                    DeadLetterReason.LATE,
                    stage + ": record at " + Instant.ofEpochMilli(record.timestamp())
                            + " is more than realized.horizon (" + horizon
                            + ") behind the newest record the stage took ("
                            + Instant.ofEpochMilli(stageTime) + ", to the hour)");
        }
        Headers headers = record.headers();
        book.begin(record.key(), (key, value, timestamp) -> {
            metrics.realizedMoveEmitted(value);
            context.forward(new Record<>(key, value, timestamp, headers));
        });
        handle(book, record);
        book.flush();
        long hour = Math.floorDiv(record.timestamp(), STAGE_TIME_STEP) * STAGE_TIME_STEP;
        if (hour > stageTime) {
            clocks.put(STAGE_TIME_KEY, hour);
        }
    }

    /**
     * The newest time among the records this stage accepted, to the hour below (kept to the hour,
     * it is written once an hour of event time, not with every record; the stores keep a day more
     * than the horizon). Not the task's stream time: that counts every record read, and one price
     * dead-lettered for a time years ahead would make everything after it late.
     */
    private long stageTime() {
        Long t = clocks.get(STAGE_TIME_KEY);
        return t == null ? Long.MIN_VALUE : t;
    }
}
