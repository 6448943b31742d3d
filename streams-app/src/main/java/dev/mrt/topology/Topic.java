package dev.mrt.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** A topic's name and the serdes of its keys and values, in one object. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    /** Consumed with a processor name derived from the topic, so no name is auto-generated. */
    public Consumed<K, V> consumed() {
        return Consumed.with(keySerde, valueSerde).withName("source-" + name);
    }

    /** For a second subscription point or purpose; processor names must be unique. */
    public Consumed<K, V> consumed(String purpose) {
        return Consumed.with(keySerde, valueSerde).withName("source-" + name + "-" + purpose);
    }

    public Produced<K, V> produced() {
        return Produced.with(keySerde, valueSerde).withName("sink-" + name);
    }

    /** For a topic written from several places; sink names must be unique. */
    public Produced<K, V> produced(String from) {
        return Produced.with(keySerde, valueSerde).withName("sink-" + name + "-from-" + from);
    }
}
