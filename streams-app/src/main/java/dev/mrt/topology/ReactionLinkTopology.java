package dev.mrt.topology;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * Political events linked with market notes from other articles and from the notes feed that
 * share a link key, in event time: a note may come {@code link.window.before} before the event to
 * {@code link.window.after} after it. Each arriving record is linked to at most
 * {@code link.max.per.record} counterparts, the best scored (see {@link ReactionLinker}).
 * Results go to {@code reactions.links.v1}, keyed by political event id. Records too late for
 * the window go to the dead-letter topic.
 */
public final class ReactionLinkTopology {

    private ReactionLinkTopology() {}

    public static void addTo(StreamsBuilder builder, Topics topics, TopologySettings s, PipelineMetrics metrics) {
        // A record must stay findable while a counterpart may still arrive: the whole window plus grace.
        Duration retention = s.linkBefore().plus(s.linkAfter()).plus(s.linkGrace());
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.LINK_EVENTS, retention, Duration.ofMillis(1), true),
                Serdes.String(),
                topics.politicalEvents().valueSerde())));
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.LINK_NOTES, retention, Duration.ofMillis(1), true),
                Serdes.String(),
                topics.taggedNotes().valueSerde())));

        ReactionLinker.LinkWindow window =
                new ReactionLinker.LinkWindow(s.linkBefore(), s.linkAfter(), s.linkMaxPerRecord());
        KStream<String, ReactionLink> fromEvents = builder.stream(
                        topics.politicalEvents().name(),
                        topics.politicalEvents().consumed())
                .processValues(
                        () -> new LateRecordGate<PoliticalEvent>(
                                "link-events", LateRecordGate.Lateness.joinSide(s.linkAfter(), s.linkGrace()), metrics),
                        Named.as("link-events-late-gate"))
                .process(
                        () -> ReactionLinker.forEvents(window),
                        Named.as("link-arriving-events"),
                        StoreNames.LINK_EVENTS,
                        StoreNames.LINK_NOTES);
        KStream<String, ReactionLink> fromNotes = builder.stream(
                        topics.taggedNotes().name(), topics.taggedNotes().consumed())
                .processValues(
                        () -> new LateRecordGate<TaggedMarketNote>(
                                "link-notes", LateRecordGate.Lateness.joinSide(s.linkBefore(), s.linkGrace()), metrics),
                        Named.as("link-notes-late-gate"))
                .process(
                        () -> ReactionLinker.forNotes(window),
                        Named.as("link-arriving-notes"),
                        StoreNames.LINK_EVENTS,
                        StoreNames.LINK_NOTES);

        fromEvents
                .merge(fromNotes, Named.as("merge-reaction-links"))
                .peek((key, link) -> metrics.reactionLinked(), Named.as("count-reaction-links"))
                .to(topics.links().name(), topics.links().produced());
    }
}
