package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.serde.SharedRegistrySerdes;

/** The serdes of a run: Confluent-wire Avro with one shared registry client (schema.registry.url and friends). */
public final class SerdeFactories {

    private SerdeFactories() {}

    public static SharedRegistrySerdes forConfig(AppConfig config) {
        return new SharedRegistrySerdes(config.serdeConfig());
    }
}
