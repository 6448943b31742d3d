package dev.mrt.topology;

import dev.mrt.avro.ReactionLink;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Indexes a cross-feed reaction link at its political event's time, beside the links found
 * inside articles, so one time range selects the events and all their reactions. The link id is
 * deterministic, so a link found again overwrites itself. Emits nothing.
 */
final class ReactionLinkIndexer implements Processor<String, ReactionLink, Void, Void> {
    private WindowStore<String, ReactionLink> reactions;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        reactions = context.getStateStore(StoreNames.DASHBOARD_REACTIONS);
    }

    @Override
    public void process(Record<String, ReactionLink> record) {
        ReactionLink link = record.value();
        if (link != null) {
            reactions.put(link.getId(), link, link.getEventTime().toEpochMilli());
        }
    }
}
