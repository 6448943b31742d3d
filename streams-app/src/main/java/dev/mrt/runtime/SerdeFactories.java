package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.topology.SerdeFactory;

/** The serdes of a run, from its configuration (schema.registry.url and friends). */
public final class SerdeFactories {

    private SerdeFactories() {
    }

    public static SerdeFactory forConfig(AppConfig config) {
        return new InterimAvroSerdes();
    }
}
