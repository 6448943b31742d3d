package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.runtime.ServedPipeline;
import dev.mrt.runtime.ShutdownSignal;
import dev.mrt.runtime.StartupWait;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.topology.RunIdentity;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The pipeline against a real cluster and registry, until SIGTERM/SIGINT or a fatal error. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Run the pipeline against the Kafka cluster and Schema Registry of the configuration.",
        description = "Connects to bootstrap.servers and schema.registry.url, creates missing topics when "
                + "topic.create=true (otherwise verifies they exist), and runs the topologies. Serves the query API, "
                + "live feed, dashboard, health and metrics on http.host:http.port. Stops cleanly on SIGTERM or "
                + "Ctrl-C; exits 1 on a fatal error.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar run --config prod.properties")
public final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        AppConfig cfg = config.load(null, Map.of());
        LOG.info(
                "Starting {} against {} (registry {})",
                cfg.string(Setting.APPLICATION_ID),
                cfg.string(Setting.BOOTSTRAP_SERVERS),
                cfg.string(Setting.SCHEMA_REGISTRY_URL));
        try (ShutdownSignal shutdown = new ShutdownSignal()) {
            if (!StartupWait.awaitDependencies(cfg, shutdown::isRequested)) {
                return 0;
            }
            try (ServedPipeline served = ServedPipeline.start(cfg, RunIdentity.live())) {
                StreamsRunner runner = served.runner();
                shutdown.stopWhenTerminated(runner);
                if (!runner.awaitRunning(Duration.ofMinutes(5), shutdown::isRequested)) {
                    if (shutdown.isBySignal()) {
                        return 0;
                    }
                    LOG.error("Kafka Streams did not reach RUNNING; see the errors above");
                    return 1;
                }
                LOG.info("Running; dashboard and API at {}/", served.baseUrl());
                shutdown.await();
                if (runner.fatalError() != null) {
                    LOG.error(
                            "Stopped on a fatal error: {}", runner.fatalError().toString());
                    return 1;
                }
                LOG.info("Shutting down");
                return 0;
            }
        }
    }
}
