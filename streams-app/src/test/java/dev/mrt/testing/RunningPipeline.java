package dev.mrt.testing;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.ServedPipeline;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.Topics;
import java.time.Duration;
import java.util.Map;

/** The whole pipeline running on an embedded broker, for integration tests; optionally with its HTTP API. */
public final class RunningPipeline implements AutoCloseable {
    private final Pipeline pipeline;
    private final StreamsRunner runner;
    private final AppConfig config;
    private final ServedPipeline served;

    private RunningPipeline(AppConfig config, Pipeline pipeline, StreamsRunner runner, ServedPipeline served)
            throws InterruptedException {
        this.config = config;
        this.pipeline = pipeline;
        this.runner = runner;
        this.served = served;
        if (!runner.awaitRunning(Duration.ofSeconds(60))) {
            close();
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
        Pipeline pipeline = Pipeline.create(cfg, RunIdentity.live());
        pipeline.ensureTopics();
        StreamsRunner runner = pipeline.newRunner();
        runner.start();
        return new RunningPipeline(cfg, pipeline, runner, null);
    }

    /**
     * As {@link #start}, with the HTTP API (query API, live feed, dashboard, health, metrics) on a
     * free loopback port, as {@code run} and {@code local} start it. Instances started with the
     * same application id share the work and answer for each other.
     */
    public static RunningPipeline startServed(EmbeddedKafka kafka, String applicationId, Map<String, String> overrides)
            throws InterruptedException {
        Map<String, String> settings = new java.util.HashMap<>(overrides);
        settings.putIfAbsent(Setting.HTTP_HOST.key(), "127.0.0.1");
        settings.putIfAbsent(Setting.HTTP_PORT.key(), "0");
        AppConfig cfg = TestConfigs.onBroker(kafka, applicationId, settings);
        ServedPipeline served = ServedPipeline.start(cfg, RunIdentity.live());
        return new RunningPipeline(cfg, served.pipeline(), served.runner(), served);
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

    public org.apache.kafka.streams.Topology topology() {
        return pipeline.topology();
    }

    public StreamsRunner runner() {
        return runner;
    }

    /** {@code http://127.0.0.1:<port>}; only for a pipeline started with {@link #startServed}. */
    public String baseUrl() {
        if (served == null) {
            throw new IllegalStateException("started without the HTTP API; use startServed");
        }
        return served.baseUrl();
    }

    @Override
    public void close() {
        if (served != null) {
            served.close();
        } else {
            runner.close();
            pipeline.close();
        }
    }
}
