package dev.mrt.topology;

import dev.mrt.avro.AnchoredReactions;
import dev.mrt.avro.MeasuredSource;
import dev.mrt.avro.PriceTick;
import dev.mrt.avro.ReactionBatch;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import dev.mrt.market.Instruments;
import dev.mrt.market.RealizedMoveRule;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * What the market did after each reaction: the reactions of every enriched article
 * ({@link ReactionsToMeasure}) are repartitioned by instrument beside the prices
 * ({@code market.prices.v1}, key = instrument), and measured over 15 min, 1 h and 1 day from the
 * event's time and from publication ({@link RealizedBook}); results go to
 * {@code reactions.realized.v1} keyed by {@code <reaction id>@<horizon>}, re-emitted when a late
 * price changes them, a tombstone when a reaction is retracted. Unusable and late prices go to
 * the dead-letter topic.
 *
 * <p>The stores keep what a record within {@code realized.horizon} of stream time may need: the
 * reactions for the horizon plus the longest horizon and the spread of a reaction's two anchors
 * (a cross-feed note may follow its event by the link window); the prices for that plus the
 * volatility window before the earliest anchor.
 */
public final class RealizedMovesTopology {
    public static final String TRACK_PROCESSOR = "realized-track-article-reactions";
    public static final String REPARTITION = "realized-reactions-by-instrument";
    public static final String VALIDATE_PRICE_PROCESSOR = "realized-validate-price";
    public static final String MEASURE_PRICES_PROCESSOR = "realized-measure-on-price";
    public static final String MEASURE_REACTIONS_PROCESSOR = "realized-measure-on-reactions";

    private RealizedMovesTopology() {}

    public static void addTo(
            StreamsBuilder builder,
            Topics topics,
            TopologySettings s,
            Instruments instruments,
            PipelineMetrics metrics) {
        Duration spread = s.linkAfter().plus(s.linkBefore());
        Duration reactionsKept =
                s.realizedHorizon().plus(spread).plus(Horizons.LONGEST).plus(Duration.ofDays(1));
        Duration lookBack = s.realizedVolatilityWindow().compareTo(Horizons.LONGEST) > 0
                ? s.realizedVolatilityWindow()
                : Horizons.LONGEST;
        Duration pricesKept = reactionsKept.plus(lookBack);
        Duration sourcesKept = s.realizedHorizon().plus(Duration.ofDays(1));
        Serde<ReactionBatch> batchSerde = topics.serde(ReactionBatch.class);

        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.REALIZED_SOURCES, sourcesKept, Duration.ofMillis(1), false),
                Serdes.String(),
                topics.serde(MeasuredSource.class))));
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.REALIZED_PRICES, pricesKept, Duration.ofMillis(1), false),
                Serdes.String(),
                PricePoints.serde())));
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.REALIZED_REACTIONS, reactionsKept, Duration.ofMillis(1), false),
                Serdes.String(),
                topics.serde(AnchoredReactions.class))));
        builder.addStateStore(StoreChangelogs.logged(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.REALIZED_PRICE_CLOCKS), Serdes.String(), Serdes.Long())));

        String[] stores = {StoreNames.REALIZED_PRICES, StoreNames.REALIZED_REACTIONS, StoreNames.REALIZED_PRICE_CLOCKS};

        KStream<String, RealizedMove> fromReactions = builder.stream(
                        topics.enriched().name(), topics.enriched().consumed("realized"))
                .process(
                        () -> ReactionSetTracker.ofArticles(instruments),
                        Named.as(TRACK_PROCESSOR),
                        StoreNames.REALIZED_SOURCES)
                .repartition(Repartitioned.<String, ReactionBatch>as(REPARTITION)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(batchSerde))
                .process(
                        () -> RealizedMeasurer.forReactions(
                                instruments, moves(s, instruments), s.realizedHorizon(), metrics),
                        Named.as(MEASURE_REACTIONS_PROCESSOR),
                        stores);
        KStream<String, RealizedMove> fromPrices = builder.stream(
                        topics.prices().name(),
                        topics.prices().consumed().withTimestampExtractor(new PublicationTimeExtractor()))
                .processValues(() -> new PriceValidator(instruments, s.maxFuture()), Named.as(VALIDATE_PRICE_PROCESSOR))
                .process(
                        () -> RealizedMeasurer.<PriceTick>forPrices(
                                instruments, moves(s, instruments), s.realizedHorizon(), metrics),
                        Named.as(MEASURE_PRICES_PROCESSOR),
                        stores);
        fromReactions
                .merge(fromPrices, Named.as("realized-merge"))
                .to(topics.realized().name(), topics.realized().produced());
    }

    /** One per processor instance: the fingerprinting buffers are not shared between threads. */
    private static RealizedMoves moves(TopologySettings s, Instruments instruments) {
        return new RealizedMoves(
                new RealizedMoveRule(s.realizedVolatilityWindow(), s.realizedSignificanceZ()), instruments.version());
    }
}
