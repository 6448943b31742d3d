package dev.mrt.topology;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.StreamJoined;

/**
 * Political events joined with market notes from other articles and from the notes feed that
 * share a link key, in event time: a note may come {@code link.window.before} before the event
 * to {@code link.window.after} after it. Results go to {@code reactions.links.v1}, keyed by
 * political event id. Records too late for the window go to the dead-letter topic.
 */
public final class ReactionLinkTopology {
    public static final String JOIN_NAME = "event-note-join";

    private ReactionLinkTopology() {
    }

    public static void addTo(StreamsBuilder builder, Topics topics, TopologySettings s, PipelineMetrics metrics) {
        StreamTimes streamTimes = new StreamTimes();
        KStream<String, PoliticalEvent> events = builder
                .stream(topics.politicalEvents().name(), topics.politicalEvents().consumed())
                .processValues(() -> new LateRecordGate<>("link-events", streamTimes,
                        LateRecordGate.Lateness.joinSide(s.linkAfter(), s.linkGrace()), metrics), Named.as("link-events-late-gate"));
        KStream<String, TaggedMarketNote> notes = builder
                .stream(topics.taggedNotes().name(), topics.taggedNotes().consumed())
                .processValues(() -> new LateRecordGate<>("link-notes", streamTimes,
                        LateRecordGate.Lateness.joinSide(s.linkBefore(), s.linkGrace()), metrics), Named.as("link-notes-late-gate"));

        events.join(notes, ReactionLinkScorer::link,
                        JoinWindows.ofTimeDifferenceAndGrace(java.time.Duration.ZERO, s.linkGrace())
                                .before(s.linkBefore()).after(s.linkAfter()),
                        StreamJoined.with(Serdes.String(), topics.politicalEvents().valueSerde(), topics.taggedNotes().valueSerde())
                                .withName(JOIN_NAME).withStoreName(StoreNames.EVENT_NOTE_JOIN))
                .filter((key, link) -> link != null, Named.as("drop-same-article-links"))
                .peek((key, link) -> metrics.reactionLinked(), Named.as("count-reaction-links"))
                .selectKey((key, link) -> link.getEventId(), Named.as("key-links-by-event"))
                .to(topics.links().name(), topics.links().produced());
    }
}
