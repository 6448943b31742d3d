package dev.mrt.topology;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Makes the value serde of an Avro record type; the serde package provides the real one. */
@FunctionalInterface
public interface SerdeFactory {
    <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type);
}
