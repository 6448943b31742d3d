package dev.mrt.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.api.ApiServer;
import dev.mrt.api.PrometheusMetrics;
import dev.mrt.api.json.Json;
import dev.mrt.api.live.LiveEndpoint;
import dev.mrt.api.live.LiveFeed;
import dev.mrt.api.query.QueryServices;
import dev.mrt.api.query.StreamsAccess;
import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.config.Setting;
import dev.mrt.market.Instruments;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.RunIdentity;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline with its HTTP API, wired in the one order that works: the HTTP server binds first
 * (with {@code http.port=0} only then is the port known), its address becomes
 * {@code application.server} unless configured, then the pipeline, its topics, the live feed, and
 * Kafka Streams start. {@link #close()} stops them in reverse: no request meets a closed client.
 */
public final class ServedPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServedPipeline.class);
    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]", "*");

    private final PrometheusMetrics metrics;
    private final ApiServer server;
    private final Pipeline pipeline;
    private final StreamsRunner runner;
    private final LiveFeed feed;
    private final HostInfo advertised;

    private ServedPipeline(
            PrometheusMetrics metrics,
            ApiServer server,
            Pipeline pipeline,
            StreamsRunner runner,
            LiveFeed feed,
            HostInfo advertised) {
        this.metrics = metrics;
        this.server = server;
        this.pipeline = pipeline;
        this.runner = runner;
        this.feed = feed;
        this.advertised = advertised;
    }

    /** Starts everything; Kafka Streams is started but not necessarily RUNNING yet. */
    public static ServedPipeline start(AppConfig config, RunIdentity run) {
        ObjectMapper mapper = Json.mapper();
        PrometheusMetrics metrics = new PrometheusMetrics();
        StreamsAccess access = new StreamsAccess();
        LiveEndpoint live = new LiveEndpoint();
        ApiServer server = null;
        Pipeline pipeline = null;
        StreamsRunner runner = null;
        LiveFeed feed = null;
        try {
            ArticleTagger tagger = Pipeline.taggerFor(config);
            Instruments instruments = Pipeline.instrumentsFor(config, tagger);
            server = ApiServer.start(
                    config.string(Setting.HTTP_HOST),
                    config.integer(Setting.HTTP_PORT),
                    access,
                    metrics,
                    live,
                    mapper,
                    new QueryServices.LinkWindow(
                            config.duration(Setting.LINK_WINDOW_BEFORE), config.duration(Setting.LINK_WINDOW_AFTER)),
                    instruments);
            AppConfig cfg = withApplicationServer(config, server.port());
            HostInfo self = HostInfo.buildFromEndpoint(
                    String.valueOf(cfg.kafkaOverrides().get(StreamsConfig.APPLICATION_SERVER_CONFIG)));
            pipeline = Pipeline.create(cfg, run, new PipelineMetrics(metrics.registry()), tagger, instruments);
            pipeline.ensureTopics();
            runner = pipeline.newRunner();
            metrics.bind(runner.streams());
            access.attach(runner.streams(), self);
            feed = new LiveFeed(
                    consumerConfig(cfg),
                    pipeline.topics().enriched(),
                    pipeline.topics().links(),
                    cfg.integer(Setting.LIVE_FEED_BUFFER));
            feed.start();
            live.attach(feed);
            runner.start();
            LOG.info(
                    "HTTP API on {}:{} (application.server {}:{})",
                    config.string(Setting.HTTP_HOST),
                    server.port(),
                    self.host(),
                    self.port());
            return new ServedPipeline(metrics, server, pipeline, runner, feed, self);
        } catch (RuntimeException e) {
            closeQuietly(feed);
            closeQuietly(server);
            closeQuietly(runner);
            closeQuietly(pipeline);
            closeQuietly(metrics);
            throw e;
        }
    }

    /** {@code application.server} as configured, or this instance's HTTP address. */
    static AppConfig withApplicationServer(AppConfig config, int boundPort) {
        String key = Setting.KAFKA_PREFIX + StreamsConfig.APPLICATION_SERVER_CONFIG;
        Object configured = config.kafkaOverrides().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        if (configured != null && !String.valueOf(configured).isBlank()) {
            HostInfo h = HostInfo.buildFromEndpoint(String.valueOf(configured));
            if (h.port() != boundPort) {
                LOG.warn(
                        "{}={} but the HTTP API listens on port {}: other instances will not reach this one",
                        key,
                        configured,
                        boundPort);
            }
            return config;
        }
        String endpoint = advertisedHost(config.string(Setting.HTTP_HOST)) + ":" + boundPort;
        return config.with(key, endpoint, new ConfigOrigin("http.host and the bound http.port", 0));
    }

    /** A wildcard bind address is no address for peers: they get this machine's name instead. */
    static String advertisedHost(String bindHost) {
        if (!WILDCARDS.contains(bindHost)) {
            return bindHost;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** The Kafka client settings a plain consumer understands (security, timeouts), plus the bootstrap servers. */
    private static Map<String, Object> consumerConfig(AppConfig cfg) {
        Map<String, Object> out = new HashMap<>();
        cfg.kafkaOverrides().forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k) && !k.equals(ConsumerConfig.GROUP_ID_CONFIG)) {
                out.put(k, v);
            }
        });
        out.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.string(Setting.BOOTSTRAP_SERVERS));
        return out;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public StreamsRunner runner() {
        return runner;
    }

    public PipelineMetrics metrics() {
        return pipeline.metrics();
    }

    /** The address other instances and the dashboard use: {@code http://host:port}. */
    public String baseUrl() {
        return "http://" + advertised.host() + ":" + advertised.port();
    }

    public int port() {
        return server.port();
    }

    /** Reverse order of start: the feed and the HTTP server, then Kafka Streams, then the serdes' registry client. */
    @Override
    public void close() {
        closeQuietly(feed);
        closeQuietly(server);
        closeQuietly(runner);
        closeQuietly(pipeline);
        closeQuietly(metrics);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("Closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
        }
    }
}
