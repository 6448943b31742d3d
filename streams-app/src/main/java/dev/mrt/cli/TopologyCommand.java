package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.runtime.Pipeline;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the Kafka Streams topology: every source, processor, store and sink, by the names we gave them. */
@Command(
        name = "topology",
        mixinStandardHelpOptions = true,
        header = "Print the Kafka Streams topology, every source, processor, store and sink by name (no Kafka needed).",
        description = "Builds the topologies from the configuration and prints Kafka Streams' description of them.")
public final class TopologyCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        AppConfig cfg = config.load(null, Map.of());
        System.out.println(Pipeline.describe(cfg));
        return 0;
    }
}
