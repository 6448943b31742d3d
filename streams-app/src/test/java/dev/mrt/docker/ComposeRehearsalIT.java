package dev.mrt.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.serde.registry.FakeRegistryServer;
import dev.mrt.testing.AppProcess;
import dev.mrt.testing.Records;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code docker compose up} rehearsed without a Docker engine: the app's and the seeder's commands
 * from {@code docker/compose.yml} run as the image's user (uid 10001, switched to with
 * {@code setpriv}) in a root-owned copy of the image's layout ({@link ImageLayout}), with the
 * image's and the service's environment, the JVM held to the service's {@code mem_limit}
 * ({@code -XX:MaxRAM}, as a container's cgroup would), and the compose network's {@code kafka}
 * and {@code schema-registry} pointed at an in-process broker (with compose's broker retention)
 * and a registry served over HTTP on localhost. The HTTP port is the one thing moved (to a free
 * one). The services start in compose's order; the healthchecks run as written.
 *
 * <p>Needs root (to switch user; CI runs as root) and the packaged jar (a failsafe test, after
 * {@code package}).
 */
class ComposeRehearsalIT {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeRehearsalIT.class);
    private static final Path OUT = Path.of("target", "rehearsal").toAbsolutePath();
    private static final Duration START = Duration.ofSeconds(120);

    private static Stack stack;
    private static ImageLayout layout;
    private static EmbeddedKafka kafka;
    private static FakeRegistryServer registry;
    private static int httpPort;

    @BeforeAll
    static void buildTheLayoutAndStartTheStandIns() throws Exception {
        int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        Assumptions.assumeTrue(
                uid == 0,
                "the compose rehearsal runs the commands as the image's user (uid 10001) and needs root to switch to"
                        + " it; running as uid " + uid + " (CI runs as root)");
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "the compose rehearsal switches user with setpriv (util-linux), not found at /usr/bin/setpriv");
        Path root = DockerFilesTest.repoRoot();
        Project project = Project.load(root);
        stack = Stack.parse(
                project,
                Files.readString(root.resolve(DockerFilesTest.COMPOSE_FILE)),
                Files.readString(root.resolve(DockerFilesTest.DOCKERFILE)),
                Files.readString(root.resolve(DockerFilesTest.DOCKER_README)));

        Path jar = Path.of(System.getProperty("mrt.app.jar", "streams-app/target/market-reaction-tagger.jar"));
        assertThat(jar).as("the packaged jar (this test runs after package)").isRegularFile();
        String built = stack.dockerfile.build().workdir() + "/streams-app/target/" + jar.getFileName();
        Utils.delete(OUT.toFile());
        layout = ImageLayout.build(stack.dockerfile, root, Map.of(built, jar), OUT);

        EmbeddedKafka.Builder broker = EmbeddedKafka.builder()
                // Retention checks every second from the start: a broker that deleted old news would show it.
                .brokerProperty("log.retention.check.interval.ms", "1000")
                .brokerProperty("log.initial.task.delay.ms", "0");
        brokerSettingsFromCompose().forEach(broker::brokerProperty);
        kafka = broker.build();
        kafka.start();
        registry = FakeRegistryServer.start();
        httpPort = freePort();
    }

    @AfterAll
    static void stopTheStandIns() {
        if (registry != null) {
            registry.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void theAppComesUpAndTheSeederLoadsTheSamplesOnceAsTheImagesUser() throws Exception {
        assertThat(stack.dependencies(DockerFilesTest.SEEDER))
                .as("compose starts the seeder after the app")
                .contains(DockerFilesTest.APP);
        Set<String> samples = JsonLinesArticles.readAll(layout.workdir().resolve(stack.seederArchive())).stream()
                .map(a -> a.getId())
                .collect(Collectors.toSet());

        Process app = start(DockerFilesTest.APP, OUT.resolve("app.log"));
        try {
            AppProcess.Running running = awaitRunning(app, OUT.resolve("app.log"));
            LOG.info("app RUNNING {} after its start, at {}", running.afterStart(), running.baseUrl());
            // Bound to 0.0.0.0 (MRT_HTTP_HOST); asked on loopback, as the published port forwards.
            assertThat(get("http://127.0.0.1:" + httpPort + "/health/ready"))
                    .as("/health/ready")
                    .isEqualTo(200);
            assertThat(runHealthcheck(DockerFilesTest.APP, stack.healthcheck(DockerFilesTest.APP)))
                    .as("the app's healthcheck (%s), run as the image's user", stack.healthcheck(DockerFilesTest.APP))
                    .isZero();
            Path state = Path.of(layout.hostPath(
                    stack.containerEnvironment(DockerFilesTest.APP).get("MRT_KAFKA_STATE_DIR")));
            try (var files = Files.list(state)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith(".instance-id")))
                        .as("the instance id kept in the state volume, written by the image's user")
                        .singleElement()
                        .satisfies(f ->
                                assertThat(Files.getAttribute(f, "unix:uid")).isEqualTo(layout.uid()));
            }

            Completed seeded = runToEnd(DockerFilesTest.SEEDER, OUT.resolve("seeder-1.log"));
            assertThat(seeded.code())
                    .as("seeder exit code; see %s", seeded.log())
                    .isZero();
            assertThat(seeded.output())
                    .contains("import: " + samples.size() + " read, " + samples.size() + " sent, 0 rejected");

            var enriched = Records.readRawUntil(
                    kafka.bootstrapServers(),
                    stack.project.defaults.string(dev.mrt.config.Setting.TOPIC_ENRICHED),
                    r -> r.stream()
                            .map(x -> new String(x.key(), StandardCharsets.UTF_8))
                            .collect(Collectors.toSet())
                            .containsAll(samples),
                    Duration.ofSeconds(90));
            assertThat(enriched.stream().map(x -> new String(x.key(), StandardCharsets.UTF_8)))
                    .as("every sample enriched by the app")
                    .containsAll(samples);

            Completed again = runToEnd(DockerFilesTest.SEEDER, OUT.resolve("seeder-2.log"));
            assertThat(again.code())
                    .as("second seeder run; see %s", again.log())
                    .isZero();
            assertThat(again.output()).as("the second `up` sends nothing").contains("already holds");
            assertThat(again.output()).doesNotContain(" sent,");
        } finally {
            app.destroy();
            Duration grace = dev.mrt.config.ValueType.DURATION.parse(
                    stack.service(DockerFilesTest.APP).path("stop_grace_period").asText("10s"));
            boolean stopped = app.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            if (!stopped) {
                app.destroyForcibly();
            }
            assertThat(stopped)
                    .as("the app stops within stop_grace_period after SIGTERM")
                    .isTrue();
            assertThat(app.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
        }
    }

    @Test
    void theRegistrysHealthcheckNeedsNothingButBashAndTellsUpFromDown() throws Exception {
        Healthcheck check = stack.healthcheck(DockerFilesTest.REGISTRY);
        int port = stack.registryPort();
        Healthcheck against = rewritePort(check, port, registry.url().getPort());
        assertThat(runAsRootWithoutPath(against))
                .as("%s against a registry", against)
                .isZero();
        Healthcheck down = rewritePort(check, port, freePort());
        assertThat(runAsRootWithoutPath(down)).as("%s against nothing", down).isNotZero();
    }

    // ---------------------------------------------------------------------------------------

    /** The broker's own retention settings from the compose file, as the embedded broker's properties. */
    private static Map<String, String> brokerSettingsFromCompose() {
        Map<String, String> out = new HashMap<>();
        stack.environment(DockerFilesTest.KAFKA).forEach((k, v) -> {
            if (k.startsWith("KAFKA_LOG_RETENTION_")) {
                out.put(
                        k.substring("KAFKA_".length())
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '.'),
                        v);
            }
        });
        assertThat(out).as("compose sets the broker's retention").isNotEmpty();
        return out;
    }

    /** The service's process: the image's ENTRYPOINT and the service's command, as the image's user. */
    private static Process start(String service, Path log) throws IOException {
        List<String> command =
                new ArrayList<>(stack.dockerfile.runtime().only("ENTRYPOINT").json());
        List<String> args = stack.command(service).isEmpty()
                ? stack.dockerfile.runtime().only("CMD").json()
                : stack.command(service);
        command.addAll(args);
        ProcessBuilder pb = asImageUser(command.stream().map(layout::hostPath).toList(), environment(service));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        LOG.info("{}: {}", service, pb.command());
        return pb.start();
    }

    private static ProcessBuilder asImageUser(List<String> command, Map<String, String> environment) {
        List<String> cmd = new ArrayList<>(List.of(
                "/usr/bin/setpriv", "--reuid=" + layout.uid(), "--regid=" + layout.gid(), "--clear-groups", "--"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(layout.workdir().toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        return pb;
    }

    /**
     * What the service's process sees: the image's ENV, then the service's environment, with the
     * compose network's addresses and the image's paths mapped to this machine, the JVM limited to
     * the service's mem_limit, and a PATH and HOME as the image has them.
     */
    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOME", "/nonexistent");
        stack.containerEnvironment(service).forEach((k, v) -> env.put(k, layout.hostPath(onThisMachine(unescape(v)))));
        String limit = stack.service(service).path("mem_limit").asText("");
        if (!limit.isEmpty()) {
            env.merge("JDK_JAVA_OPTIONS", "-XX:MaxRAM=" + DockerFilesTest.bytes(limit), (a, b) -> a + " " + b);
        }
        if (service.equals(DockerFilesTest.APP)) {
            env.put("MRT_HTTP_PORT", String.valueOf(httpPort));
        }
        return env;
    }

    /** Compose's {@code $$} is a literal {@code $}. */
    private static String unescape(String value) {
        return value.replace("$$", "$");
    }

    /** {@code kafka:29092} and {@code schema-registry:8081} of the compose network, replaced by the stand-ins. */
    private static String onThisMachine(String value) {
        String out = value;
        for (String listener : stack.environment(DockerFilesTest.KAFKA)
                .getOrDefault("KAFKA_ADVERTISED_LISTENERS", "")
                .split(",")) {
            String address = listener.substring(listener.indexOf("://") + 3);
            if (address.startsWith(DockerFilesTest.KAFKA + ":")) {
                out = out.replace(address, kafka.bootstrapServers());
            }
        }
        return out.replace(
                DockerFilesTest.REGISTRY + ":" + stack.registryPort(),
                "localhost:" + registry.url().getPort());
    }

    private static AppProcess.Running awaitRunning(Process app, Path log) throws Exception {
        long started = System.nanoTime();
        long deadline = started + START.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                Matcher m = AppProcess.RUNNING_LINE.matcher(line);
                if (m.find()) {
                    return new AppProcess.Running(Duration.ofNanos(System.nanoTime() - started), m.group(1));
                }
            }
            assertThat(app.isAlive())
                    .as(
                            "the app exited (%s); its log:\n%s",
                            app.isAlive() ? "" : app.exitValue(), Files.readString(log))
                    .isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError(
                "the app did not reach RUNNING within " + START + "; its log:\n" + Files.readString(log));
    }

    private record Completed(int code, String output, Path log) {}

    private static Completed runToEnd(String service, Path log) throws Exception {
        Process p = start(service, log);
        if (!p.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(service + " did not finish within " + START + "; see " + log);
        }
        return new Completed(p.exitValue(), Files.readString(log), log);
    }

    /** The healthcheck as Docker runs it in the service's container: as the image's user, with its environment. */
    private static int runHealthcheck(String service, Healthcheck check) throws Exception {
        assertThat(check.isNone()).as("%s has a healthcheck", service).isFalse();
        Path log = OUT.resolve(service + "-healthcheck.log");
        ProcessBuilder pb = asImageUser(check.commandLine(), environment(service));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("healthcheck finished").isTrue();
        LOG.info("{} healthcheck exit {}: {}", service, p.exitValue(), Files.readString(log));
        return p.exitValue();
    }

    /** A third-party image's check, with no PATH: anything but shell builtins would not be found. */
    private static int runAsRootWithoutPath(Healthcheck check) throws Exception {
        List<String> cmd = new ArrayList<>(check.commandLine());
        String program = cmd.get(0);
        if (!program.startsWith("/")) {
            cmd.set(0, "/bin/" + program);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().clear();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        LOG.info("{} -> exit {} {}", check, p.exitValue(), out);
        return p.exitValue();
    }

    private static Healthcheck rewritePort(Healthcheck check, int from, int to) {
        java.util.function.UnaryOperator<String> r = s -> unescape(s)
                .replace("127.0.0.1/" + from, "127.0.0.1/" + to)
                .replace("127.0.0.1:" + from, "127.0.0.1:" + to)
                .replace("localhost:" + from, "localhost:" + to);
        return check.shell() != null
                ? Healthcheck.shell(r.apply(check.shell()))
                : Healthcheck.exec(check.exec().stream().map(r).toList());
    }

    private static int get(String url) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
