package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.PriceTick;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is publication time (for a price: the time it was observed): taken from the value, so that an article produced with a
 * wrong record timestamp (a replayed archive, a misconfigured producer) still lands in the
 * right windows. Falls back to the record timestamp for anything else.
 */
public final class PublicationTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Object value = record.value();
        if (value instanceof Article a && a.getPublishedAt() != null) {
            return a.getPublishedAt().toEpochMilli();
        }
        if (value instanceof MarketNote n && n.getPublishedAt() != null) {
            return n.getPublishedAt().toEpochMilli();
        }
        if (value instanceof PriceTick p && p.getTime() != null) {
            return p.getTime().toEpochMilli();
        }
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
