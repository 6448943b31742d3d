package dev.mrt.testing;

import java.time.Duration;
import java.util.Map;

import dev.mrt.config.AppConfig;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.Topics;

/** The whole pipeline running on an embedded broker, for integration tests. */
public final class RunningPipeline implements AutoCloseable {
    private final Pipeline pipeline;
    private final StreamsRunner runner;
    private final AppConfig config;

    private RunningPipeline(AppConfig config, RunIdentity run) throws InterruptedException {
        this.config = config;
        this.pipeline = Pipeline.create(config, run);
        pipeline.ensureTopics();
        this.runner = pipeline.newRunner();
        runner.start();
        if (!runner.awaitRunning(Duration.ofSeconds(60))) {
            runner.close();
            throw new IllegalStateException("pipeline did not reach RUNNING");
        }
    }

    /**
     * Starts the pipeline against {@code kafka} with the local profile; each call should use its
     * own application id so tests do not share state.
     */
    public static RunningPipeline start(EmbeddedKafka kafka, String applicationId, Map<String, String> overrides)
            throws InterruptedException {
        AppConfig cfg = TestConfigs.onBroker(kafka, applicationId, overrides);
        return new RunningPipeline(cfg, RunIdentity.live());
    }

    public Topics topics() {
        return pipeline.topics();
    }

    public AppConfig config() {
        return config;
    }

    public dev.mrt.topology.PipelineMetrics pipelineMetrics() {
        return pipeline.metrics();
    }

    public StreamsRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        runner.close();
        pipeline.close();
    }
}
