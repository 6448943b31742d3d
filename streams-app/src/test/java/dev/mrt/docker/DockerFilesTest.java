package dev.mrt.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on development or CI machines, so {@code docker/compose.yml} and
 * {@code docker/Dockerfile} are checked here against the application's own code and defaults: a
 * renamed setting, a moved health path, a new port or a renamed jar breaks this build instead of
 * the first {@code docker compose up} on someone's laptop.
 *
 * <p>Each check is a static method over a parsed {@link Stack}; {@link EachCheckCanFail} feeds
 * every check a broken copy of the real files and expects it to object, so no check passes
 * vacuously.
 */
class DockerFilesTest {

    static final String COMPOSE_FILE = "docker/compose.yml";
    static final String DOCKERFILE = "docker/Dockerfile";
    static final String DOCKER_README = "docker/README.md";
    static final String DOCKERIGNORE = ".dockerignore";

    /** Services that run the app's image; the others are third-party images. */
    static final String APP = "app";

    static final String SEEDER = "seeder";
    static final String KAFKA = "kafka";
    static final String REGISTRY = "schema-registry";
    static final String KAFKA_UI = "kafka-ui";

    /** The topics' naming convention ({@code domain.name.vN}), to spot a topic name in free text. */
    static final Pattern TOPIC_LIKE =
            Pattern.compile("(?<![\\w.-])[a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)*\\.v[0-9]+(?![\\w-])");

    static final Pattern URL = Pattern.compile("https?://[^\\s\"'|;]+");

    static Project project;
    static String composeText;
    static String dockerfileText;
    static String readmeText;
    static String dockerignoreText;

    @BeforeAll
    static void readFiles() throws Exception {
        project = Project.load(repoRoot());
        composeText = Files.readString(project.root.resolve(COMPOSE_FILE));
        dockerfileText = Files.readString(project.root.resolve(DOCKERFILE));
        readmeText = Files.readString(project.root.resolve(DOCKER_README));
        dockerignoreText = Files.readString(project.root.resolve(DOCKERIGNORE));
    }

    static Path repoRoot() {
        String root = System.getProperty("mrt.repo.root");
        assertThat(root).as("system property mrt.repo.root (set by surefire)").isNotNull();
        return Path.of(root).toAbsolutePath().normalize();
    }

    static Stack realStack() {
        return Stack.parse(project, composeText, dockerfileText, readmeText);
    }

    // ---------------------------------------------------------------------------------------
    // The checks, run against the real files
    // ---------------------------------------------------------------------------------------

    @Test
    void kafkaPassThroughSettingsAreKafkaConfigs() {
        checkKafkaPassThrough(realStack());
    }

    @Test
    void publishedAppPortIsTheConfiguredPortOnAllInterfaces() {
        checkAppPort(realStack());
    }

    @Test
    void buildStageUsesTheWrapperWithCacheFriendlyLayers() {
        checkBuildStage(realStack());
    }

    @Test
    void runtimeStageIsANonRootJreWithContainerJvmFlags() {
        checkRuntimeStage(realStack());
    }

    @Test
    void everyImageIsPinned() {
        checkImagesPinned(realStack());
    }

    @Test
    void imageVersionsFollowThePom() {
        checkImageVersionsFollowPom(realStack());
    }

    @Test
    void everyServiceButTheSeederHasAHealthcheckAndARestartPolicy() {
        checkHealthchecksAndRestart(realStack());
    }

    @Test
    void noHealthcheckCallsAToolItsImageLacks() {
        checkHealthcheckTools(realStack());
    }

    @Test
    void everyContainerHasAMemoryLimitItsHeapFits() {
        checkMemoryLimits(realStack());
    }

    @Test
    void theBrokerAndTheAppKeepHistory() {
        checkHistoryKept(realStack());
    }

    /** A CRLF checkout would break the wrapper, CI's script and commands inside Linux containers. */
    @Test
    void scriptsAndDockerFilesAreCheckedOutWithLfWhateverTheCheckoutSettings() throws Exception {
        Path root = project.root;
        Assumptions.assumeTrue(
                Files.exists(root.resolve(".git")),
                () -> root + " is not a git checkout: no attributes to ask git for");
        List<String> files = List.of("mvnw", ".ci/run", DOCKERFILE, COMPOSE_FILE, "config/application.properties");
        List<String> command =
                new java.util.ArrayList<>(List.of("git", "-C", root.toString(), "check-attr", "eol", "--"));
        command.addAll(files);
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git check-attr: %s", out).isZero();
        for (String file : files) {
            assertThat(out).as("eol attribute of %s (.gitattributes)", file).contains(file + ": eol: lf");
        }
    }

    @Test
    void hostPortsAreBoundToLoopback() {
        checkLoopbackPorts(realStack());
    }

    @Test
    void seederImportsASampleArchiveOnceAfterTheAppIsReady() {
        checkSeeder(realStack());
    }

    @Test
    void topicNamesAreConfiguredTopics() {
        checkTopicNames(realStack());
    }

    @Test
    void servicesReachEachOtherThroughAdvertisedAddresses() {
        checkWiring(realStack());
    }

    @Test
    void singleBrokerSettingsFitTheAppsTopicDefaults() {
        checkSingleBroker(realStack());
    }

    @Test
    void stateLivesOnNamedVolumes() {
        checkVolumes(realStack());
    }

    @Test
    void readmeNamesEveryPublishedPort() {
        checkReadmePorts(realStack());
    }

    @Test
    void dockerignoreKeepsBuildOutputOutAndSourcesIn() {
        checkDockerignore(realStack(), dockerignoreText);
    }

    // ---------------------------------------------------------------------------------------
    // Checks
    // ---------------------------------------------------------------------------------------

    /**
     * The app passes {@code kafka.*} through unchecked, so a typo there would be ignored by Kafka
     * with a warning; here it must be a name Kafka Streams or a Kafka client defines.
     */
    static void checkKafkaPassThrough(Stack s) {
        for (String service : s.appImageServices()) {
            for (String variable : s.containerEnvironment(service).keySet()) {
                if (!variable.startsWith(ConfigLoader.ENV_PREFIX)) {
                    continue;
                }
                String key = ConfigLoader.keyOfEnvironmentVariable(variable);
                if (key.startsWith(Setting.KAFKA_PREFIX)) {
                    String kafkaName = key.substring(Setting.KAFKA_PREFIX.length());
                    assertThat(isKafkaConfig(kafkaName))
                            .as(
                                    "%s: %s sets '%s', which no Kafka Streams, producer, consumer or admin config is called",
                                    service, variable, kafkaName)
                            .isTrue();
                }
            }
        }
    }

    static void checkAppPort(Stack s) {
        AppConfig inCompose = s.project.load(s.containerEnvironment(APP));
        int port = inCompose.integer(Setting.HTTP_PORT);
        List<PortBinding> bindings = s.ports(APP);
        assertThat(bindings).as("app must publish its HTTP port").isNotEmpty();
        assertThat(bindings)
                .extracting(PortBinding::containerPort)
                .as("app's published container port")
                .containsExactly(port);
        assertThat(inCompose.string(Setting.HTTP_HOST))
                .as("http.host in compose: 127.0.0.1 is unreachable through a published port")
                .isEqualTo("0.0.0.0");

        AppConfig inImage = s.project.load(s.dockerfile.runtime().env());
        assertThat(inImage.string(Setting.HTTP_HOST))
                .as("http.host the image sets")
                .isEqualTo("0.0.0.0");
        List<String> exposed = s.dockerfile.runtime().all("EXPOSE").stream()
                .map(i -> i.args.trim())
                .toList();
        assertThat(exposed).as("Dockerfile EXPOSE").containsExactly(String.valueOf(inImage.integer(Setting.HTTP_PORT)));
    }

    static void checkBuildStage(Stack s) {
        Dockerfile.Stage build = s.dockerfile.build();
        List<Dockerfile.Instruction> runs = build.all("RUN");
        assertThat(runs).as("build stage RUN instructions").isNotEmpty();
        for (Dockerfile.Instruction run : runs) {
            assertThat(run.args)
                    .as("build commands use the project's Maven wrapper")
                    .startsWith("./mvnw ");
            assertThat(run.args).as("Maven in batch mode").contains(" -B ");
        }
        Dockerfile.Instruction packaging = runs.get(runs.size() - 1);
        assertThat(packaging.words()).as("the last RUN builds the jar").contains("package", "-DskipTests");

        assertThat(build.copiesFromContext("mvnw", null)).as("mvnw copied").isTrue();
        assertThat(build.copiesFromContext(".mvn/", null)).as(".mvn/ copied").isTrue();
        assertThat(build.copiesFromContext("pom.xml", null))
                .as("parent pom copied")
                .isTrue();
        for (String module : s.project.modules) {
            assertThat(build.copiesFromContext(module + "/pom.xml", null))
                    .as("the reactor needs the pom of module %s", module)
                    .isTrue();
        }
        int firstRun = build.instructions.indexOf(runs.get(0));
        List<Dockerfile.Instruction> copies = build.all("COPY");
        for (Dockerfile.Instruction copy : copies) {
            boolean isSource = copy.words().stream().anyMatch(w -> w.contains("/src") || w.startsWith("config"));
            boolean isBuildFile = copy.words().stream().anyMatch(w -> w.endsWith("pom.xml") || w.contains("mvn"));
            int at = build.instructions.indexOf(copy);
            if (isSource) {
                assertThat(at)
                        .as("sources (%s) are copied after the dependency layer", copy.args)
                        .isGreaterThan(firstRun);
            }
            if (isBuildFile) {
                assertThat(at)
                        .as("build files (%s) are copied before the dependency layer", copy.args)
                        .isLessThan(firstRun);
            }
        }
        assertThat(runs.size()).as("a dependency layer before the package step").isGreaterThanOrEqualTo(2);
        assertThat(runs.get(0).args)
                .as("the first RUN downloads dependencies only")
                .contains("go-offline")
                .doesNotContain("package");
    }

    static void checkRuntimeStage(Stack s) {
        Dockerfile.Stage runtime = s.dockerfile.runtime();
        String user = runtime.only("USER").args.trim();
        assertThat(user.split(":")[0]).as("USER of the runtime stage").isNotIn("root", "0");
        assertThat(user.split(":")[0])
                .as("USER numeric, so runAsNonRoot can be verified")
                .matches("\\d+");
        int userIndex = runtime.instructions.indexOf(runtime.only("USER"));
        int entrypointIndex = runtime.instructions.indexOf(runtime.only("ENTRYPOINT"));
        assertThat(userIndex).as("USER comes before ENTRYPOINT").isLessThan(entrypointIndex);

        String jvmFlags = String.join(
                " ",
                runtime.env().getOrDefault("JDK_JAVA_OPTIONS", ""),
                runtime.env().getOrDefault("JAVA_TOOL_OPTIONS", ""),
                String.join(" ", runtime.only("ENTRYPOINT").json()));
        assertThat(jvmFlags)
                .as("container-aware JVM flags")
                .contains("-XX:MaxRAMPercentage=", "-XX:+ExitOnOutOfMemoryError");
        assertThat(runtime.image).as("runtime base image").contains("jre");
        assertThat(s.dockerfile.build().image).as("build base image").contains("jdk");
    }

    static void checkImagesPinned(Stack s) {
        Map<String, String> images = new LinkedHashMap<>();
        for (Dockerfile.Stage stage : s.dockerfile.stages) {
            images.put("Dockerfile stage " + stage.name, stage.image);
        }
        for (String service : s.serviceNames()) {
            String image = s.service(service).path("image").asText(null);
            if (image == null) {
                assertThat(s.service(service).has("build"))
                        .as("service %s has neither image nor build", service)
                        .isTrue();
                continue;
            }
            images.put("service " + service, image);
        }
        images.forEach((where, image) -> {
            String reference = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
            int slash = reference.lastIndexOf('/');
            int colon = reference.lastIndexOf(':');
            assertThat(colon).as("%s: image %s has no tag", where, image).isGreaterThan(slash);
            String tag = reference.substring(colon + 1);
            assertThat(tag).as("%s: image %s", where, image).isNotEqualToIgnoringCase("latest");
            assertThat(tag)
                    .as("%s: image %s needs a version in its tag", where, image)
                    .containsPattern("\\d");
        });
    }

    static void checkImageVersionsFollowPom(Stack s) {
        assertThat(tagOf(s.service(KAFKA).path("image").asText()))
                .as("apache/kafka tag = kafka.version in pom.xml")
                .isEqualTo(s.project.pomProperties.get("kafka.version"));
        for (String service : s.appImageServices()) {
            assertThat(tagOf(s.service(service).path("image").asText()))
                    .as("%s image tag = project version", service)
                    .isEqualTo(s.project.version);
        }
        String release = s.project.pomProperties.get("maven.compiler.release");
        assertThat(tagOf(s.dockerfile.build().image))
                .as("build JDK = maven.compiler.release")
                .startsWith(release + ".");
        assertThat(tagOf(s.dockerfile.runtime().image))
                .as("runtime JRE = maven.compiler.release")
                .startsWith(release + ".");
    }

    static void checkHealthchecksAndRestart(Stack s) {
        for (String service : s.serviceNames()) {
            JsonNode healthcheck = s.service(service).path("healthcheck");
            String restart = s.service(service).path("restart").asText("");
            if (service.equals(SEEDER)) {
                continue;
            }
            assertThat(healthcheck.path("disable").asBoolean(false))
                    .as("%s: healthcheck disabled", service)
                    .isFalse();
            assertThat(s.healthcheckCommand(service))
                    .as("%s: healthcheck test", service)
                    .isNotBlank();
            assertThat(restart).as("%s: restart policy", service).isIn("unless-stopped", "always", "on-failure");
        }
        for (String service : s.serviceNames()) {
            s.service(service).path("depends_on").fields().forEachRemaining(dep -> {
                String condition = dep.getValue().path("condition").asText();
                assertThat(condition)
                        .as("%s waits for %s to be healthy or started", service, dep.getKey())
                        .isIn("service_healthy", "service_started");
                if (condition.equals("service_healthy")) {
                    assertThat(s.healthcheck(dep.getKey()).isNone())
                            .as("%s depends on %s being healthy, which has no healthcheck", service, dep.getKey())
                            .isFalse();
                }
            });
        }
        assertThat(s.dependencies(APP)).as("app waits for").contains(KAFKA, REGISTRY);
        assertThat(s.dependencies(KAFKA_UI)).as("kafka-ui waits for").contains(KAFKA, REGISTRY);
        assertThat(s.dependencies(REGISTRY)).as("schema-registry waits for").contains(KAFKA);
        assertThat(s.dependencies(SEEDER))
                .as("the seeder waits for the app's topics")
                .contains(APP);
        assertThat(s.service(SEEDER)
                        .path("depends_on")
                        .path(APP)
                        .path("condition")
                        .asText())
                .as("the seeder waits for a RUNNING app")
                .isEqualTo("service_healthy");
    }

    /**
     * What each pinned third-party image ships that a healthcheck may call, as looked up for that
     * pin (a new pin is refused until its tools are looked up again). Confluent's images have bash
     * (their entrypoints are bash scripts) but neither curl nor wget; kafka-ui's is Alpine (busybox
     * wget); apache/kafka has its scripts.
     */
    static final Map<String, Set<String>> SHIPPED = Map.of(
            "apache/kafka:4.4.0", Set.of("/opt/kafka/bin/kafka-broker-api-versions.sh", "bash", "sh"),
            "confluentinc/cp-schema-registry:8.3.1", Set.of("bash", "sh", "java"),
            "kafbat/kafka-ui:v1.5.0", Set.of("wget", "sh"));

    /** The app's image: the JRE base's shells and what the Dockerfile installs with apt-get. */
    static Set<String> appImageTools(Stack s) {
        Set<String> tools = new TreeSet<>(Set.of("sh", "bash", "java"));
        for (Dockerfile.Instruction run : s.dockerfile.runtime().all("RUN")) {
            List<String> words = run.words();
            int install = words.indexOf("install");
            if (install > 0 && words.get(install - 1).equals("apt-get")) {
                for (String w : words.subList(install + 1, words.size())) {
                    if (w.equals("&&")) {
                        break;
                    }
                    if (!w.startsWith("-")) {
                        tools.add(w);
                    }
                }
            }
        }
        return tools;
    }

    /** No healthcheck calls a program its image lacks (the issue: curl in a Confluent image). */
    static void checkHealthcheckTools(Stack s) {
        for (String service : s.serviceNames()) {
            Healthcheck check = s.healthcheck(service);
            if (check.isNone()) {
                continue;
            }
            Set<String> shipped;
            if (s.appImageServices().contains(service)) {
                shipped = appImageTools(s);
            } else {
                String image = s.service(service).path("image").asText();
                assertThat(SHIPPED)
                        .as("%s: what does %s ship? Look it up and add it to SHIPPED", service, image)
                        .containsKey(image);
                shipped = SHIPPED.get(image);
            }
            for (String program : check.programs()) {
                assertThat(shipped)
                        .as("%s: healthcheck calls %s, which %s does not ship: %s", service, program, service, check)
                        .contains(program);
            }
        }
    }

    /**
     * Every container has a memory limit, and every JVM's heap fits in it with room for the rest:
     * an explicit -Xmx at most 3/4 of the limit; the app's image sizes its heap as a percentage of
     * the limit, at most 75 % (RocksDB's memory is outside the heap) and at least 192 MB.
     */
    static void checkMemoryLimits(Stack s) {
        Pattern xmx = Pattern.compile("-Xmx(\\d+)([kmg])", Pattern.CASE_INSENSITIVE);
        Pattern percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
        for (String service : s.serviceNames()) {
            String limitText = s.service(service).path("mem_limit").asText("");
            assertThat(limitText).as("%s: mem_limit", service).isNotBlank();
            long limit = bytes(limitText);
            for (Map.Entry<String, String> e : s.containerEnvironment(service).entrySet()) {
                Matcher m = xmx.matcher(e.getValue());
                while (m.find()) {
                    long heap = bytes(m.group(1) + m.group(2));
                    assertThat(heap)
                            .as(
                                    "%s: %s sets -Xmx%s%s, more than 3/4 of mem_limit %s",
                                    service, e.getKey(), m.group(1), m.group(2), limitText)
                            .isLessThanOrEqualTo(limit * 3 / 4);
                }
            }
            if (s.appImageServices().contains(service)) {
                Matcher m = percentage.matcher(s.containerEnvironment(service).getOrDefault("JDK_JAVA_OPTIONS", ""));
                assertThat(m.find())
                        .as("%s: the image sizes the heap with MaxRAMPercentage", service)
                        .isTrue();
                double pct = Double.parseDouble(m.group(1));
                assertThat(pct)
                        .as("%s: MaxRAMPercentage leaves room for RocksDB", service)
                        .isLessThanOrEqualTo(75);
                assertThat((long) (limit * pct / 100))
                        .as("%s: heap from mem_limit %s at %s %%", service, limitText, m.group(1))
                        .isGreaterThanOrEqualTo(192L << 20);
            }
        }
    }

    /** Compose's byte values: 512m, 2g, 1024k, or plain bytes. */
    static long bytes(String text) {
        Matcher m =
                Pattern.compile("(\\d+)([bkmg]?)b?", Pattern.CASE_INSENSITIVE).matcher(text.strip());
        assertThat(m.matches()).as("a size: %s", text).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    /**
     * History is kept: the broker's own retention keeps everything (topics made by anything), and
     * the app, configured as in the container, creates its topics keeping everything.
     */
    static void checkHistoryKept(Stack s) {
        Map<String, String> kafka = s.environment(KAFKA);
        assertThat(kafka.get("KAFKA_LOG_RETENTION_MS"))
                .as("kafka: log.retention.ms")
                .isEqualTo("-1");
        assertThat(kafka.getOrDefault("KAFKA_LOG_RETENTION_BYTES", "-1"))
                .as("kafka: log.retention.bytes")
                .isEqualTo("-1");
        for (String service : s.appImageServices()) {
            AppConfig cfg = s.project.load(s.containerEnvironment(service));
            for (Setting retention : List.of(
                    Setting.TOPIC_RETENTION_INPUT, Setting.TOPIC_RETENTION_OUTPUT, Setting.TOPIC_RETENTION_DLQ)) {
                assertThat(cfg.retention(retention).isForever())
                        .as("%s: %s", service, retention.key())
                        .isTrue();
            }
        }
    }

    static void checkLoopbackPorts(Stack s) {
        for (String service : s.serviceNames()) {
            for (PortBinding binding : s.ports(service)) {
                assertThat(binding.hostIp())
                        .as("%s publishes %s beyond this machine", service, binding.spec())
                        .isEqualTo("127.0.0.1");
            }
        }
    }

    static void checkSeeder(Stack s) {
        assertThat(s.appImageServices()).as("the seeder runs the app's image").contains(SEEDER);
        JsonNode restart = s.service(SEEDER).path("restart");
        assertThat(restart.isTextual() && restart.asText().equals("no"))
                .as("seeder restart policy is the string \"no\": %s", restart)
                .isTrue();
        assertThat(s.command(SEEDER)).as("seeder command").first().isEqualTo("import");
        assertThat(s.command(SEEDER))
                .as("the seeder imports only into an empty topic: once per Kafka volume")
                .contains("--if-empty");
        Set<String> waitsFor = s.dependencies(SEEDER);
        assertThat(waitsFor.contains(APP) || waitsFor.containsAll(List.of(KAFKA, REGISTRY)))
                .as("the seeder waits for the app (its topics) or for kafka and the registry: %s", waitsFor)
                .isTrue();
        assertThat(s.ports(SEEDER)).as("the seeder serves nothing").isEmpty();
    }

    static void checkTopicNames(Stack s) {
        Set<String> configured = s.project.configuredTopics();
        for (String topic : configured) {
            assertThat(TOPIC_LIKE.matcher(topic).matches())
                    .as("configured topic %s must match the pattern this test uses to find topic names", topic)
                    .isTrue();
        }
        Set<String> mentioned = new TreeSet<>();
        collectScalars(s.compose, text -> mentioned.addAll(topicsIn(text)));
        Set<String> inReadme = topicsIn(s.readme);
        assertThat(mentioned).as("topic names in %s", COMPOSE_FILE).isSubsetOf(configured);
        assertThat(inReadme).as("topic names in %s", DOCKER_README).isSubsetOf(configured);
    }

    static void checkWiring(Stack s) {
        Set<String> internalKafka = new LinkedHashSet<>();
        for (String listener : s.environment(KAFKA)
                .getOrDefault("KAFKA_ADVERTISED_LISTENERS", "")
                .split(",")) {
            String address = listener.substring(listener.indexOf("://") + 3);
            if (address.startsWith(KAFKA + ":")) {
                internalKafka.add(address);
            }
        }
        assertThat(internalKafka)
                .as("kafka advertises an address on the compose network")
                .isNotEmpty();
        for (String service : s.appImageServices()) {
            AppConfig cfg = s.project.load(s.containerEnvironment(service));
            assertThat(cfg.string(Setting.BOOTSTRAP_SERVERS))
                    .as("%s bootstrap.servers", service)
                    .isIn(internalKafka);
            URI registry = URI.create(cfg.string(Setting.SCHEMA_REGISTRY_URL));
            assertThat(registry.getHost())
                    .as("%s schema.registry.url host", service)
                    .isEqualTo(REGISTRY);
            assertThat(registry.getPort())
                    .as("%s schema.registry.url port", service)
                    .isEqualTo(s.registryPort());
        }
        String storeBootstrap = s.environment(REGISTRY).get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS");
        assertThat(storeBootstrap.replaceFirst("^[A-Z_]+://", ""))
                .as("schema-registry's Kafka")
                .isIn(internalKafka);
        assertThat(s.environment(REGISTRY).get("SCHEMA_REGISTRY_KAFKASTORE_TOPIC"))
                .as("registry storage topic")
                .isEqualTo("_schemas");
        assertThat(s.environment(KAFKA_UI).get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .as("kafka-ui's Kafka")
                .isIn(internalKafka);
        URI uiRegistry = URI.create(s.environment(KAFKA_UI).get("KAFKA_CLUSTERS_0_SCHEMAREGISTRY"));
        assertThat(uiRegistry.getHost() + ":" + uiRegistry.getPort())
                .as("kafka-ui's registry")
                .isEqualTo(REGISTRY + ":" + s.registryPort());
        assertThat(s.ports(REGISTRY))
                .extracting(PortBinding::containerPort)
                .as("published registry port")
                .containsExactly(s.registryPort());
        assertThat(s.healthcheckCommand(KAFKA))
                .as("kafka healthcheck address")
                .containsAnyOf(internalKafka.toArray(String[]::new));
    }

    static void checkSingleBroker(Stack s) {
        Map<String, String> kafka = s.environment(KAFKA);
        for (String variable : List.of(
                "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            assertThat(kafka.get(variable))
                    .as("kafka %s on a single broker", variable)
                    .isEqualTo("1");
        }
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).as("combined KRaft node").isEqualTo("broker,controller");
        String nodeId = kafka.get("KAFKA_NODE_ID");
        assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                .as("the node votes for itself")
                .startsWith(nodeId + "@" + KAFKA + ":");
        for (String service : s.appImageServices()) {
            assertThat(s.project.load(s.containerEnvironment(service)).integer(Setting.TOPIC_REPLICATION_FACTOR))
                    .as("%s creates topics with more replicas than the one broker", service)
                    .isEqualTo(1);
        }
        assertThat(s.environment(REGISTRY).get("SCHEMA_REGISTRY_KAFKASTORE_TOPIC_REPLICATION_FACTOR"))
                .as("registry topic replicas")
                .isEqualTo("1");
    }

    static void checkVolumes(Stack s) {
        Set<String> declared = new TreeSet<>();
        s.compose.path("volumes").fieldNames().forEachRemaining(declared::add);
        for (String service : s.serviceNames()) {
            for (JsonNode volume : s.service(service).path("volumes")) {
                String source = volume.isTextual()
                        ? volume.asText().split(":")[0]
                        : volume.path("source").asText();
                assertThat(source)
                        .as("%s mounts %s: a named volume, not a host path", service, volume)
                        .isIn(declared);
            }
        }
        assertThat(s.volumeTargets(KAFKA))
                .as("kafka's log.dirs is on a volume")
                .contains(s.environment(KAFKA).get("KAFKA_LOG_DIRS"));
        String stateDir =
                s.containerEnvironment(APP).get(ConfigLoader.environmentVariableOf(Setting.KAFKA_PREFIX + "state.dir"));
        assertThat(stateDir).as("the app's Kafka Streams state.dir is set").isNotNull();
        assertThat(s.volumeTargets(APP))
                .as("the app's state.dir is on a volume")
                .contains(stateDir);
        assertThat(s.dockerfile.runtime().all("RUN").stream()
                        .anyMatch(r -> r.args.contains("mkdir -p " + stateDir) && r.args.contains("chown")))
                .as("the image creates %s for its user, so a fresh named volume is writable", stateDir)
                .isTrue();
    }

    static void checkReadmePorts(Stack s) {
        for (String service : s.serviceNames()) {
            for (PortBinding binding : s.ports(service)) {
                assertThat(s.readme)
                        .as("%s tells where %s listens", DOCKER_README, service)
                        .containsPattern("localhost:" + binding.hostPort() + "\\b");
            }
        }
        assertThat(s.readme).as("how to start").contains("docker compose -f " + COMPOSE_FILE + " up");
        assertThat(s.readme).as("how to stop and drop the volumes").contains("down --volumes");
    }

    /** A stale target/ must not reach the build; nothing the Dockerfile copies may be ignored. */
    static void checkDockerignore(Stack s, String dockerignore) {
        List<String> patterns = dockerignore
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.replaceAll("/$", ""))
                .toList();
        assertThat(patterns).as("%s", DOCKERIGNORE).contains(".git");
        assertThat(patterns).as("%s leaves out build output", DOCKERIGNORE).anyMatch(p -> p.endsWith("target"));
        for (Dockerfile.Stage stage : s.dockerfile.stages) {
            for (Dockerfile.Instruction copy : stage.all("COPY")) {
                if (copy.flag("from") != null) {
                    continue;
                }
                List<String> words = copy.words();
                for (String source : words.subList(0, words.size() - 1)) {
                    String path = source.replaceAll("/$", "");
                    assertThat(patterns)
                            .as("%s ignores %s, which the Dockerfile copies", DOCKERIGNORE, source)
                            .noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Every check can fail: each is fed a broken copy of the real files
    // ---------------------------------------------------------------------------------------

    @Nested
    class EachCheckCanFail {

        private void objects(
                Consumer<Stack> check,
                UnaryOperator<String> compose,
                UnaryOperator<String> dockerfile,
                String expectedInMessage) {
            Stack broken =
                    Stack.parse(project, compose.apply(composeText), dockerfile.apply(dockerfileText), readmeText);
            assertThatThrownBy(() -> check.accept(broken))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(expectedInMessage);
        }

        private void composeObjects(Consumer<Stack> check, String from, String to, String expected) {
            assertThat(composeText).as("mutation target in compose").contains(from);
            objects(check, t -> t.replace(from, to), t -> t, expected);
        }

        private void dockerfileObjects(Consumer<Stack> check, String from, String to, String expected) {
            assertThat(dockerfileText).as("mutation target in Dockerfile").contains(from);
            objects(check, t -> t, t -> t.replace(from, to), expected);
        }

        @Test
        void misspelledKafkaPassThrough() {
            composeObjects(
                    DockerFilesTest::checkKafkaPassThrough,
                    "MRT_KAFKA_STATE_DIR:",
                    "MRT_KAFKA_STATE_DIRECTORY:",
                    "state.directory");
        }

        @Test
        void publishedPortDiffersFromTheConfiguredOne() {
            composeObjects(
                    DockerFilesTest::checkAppPort,
                    "\"127.0.0.1:8080:8080\"",
                    "\"127.0.0.1:8080:9000\"",
                    "published container port");
            composeObjects(
                    DockerFilesTest::checkAppPort,
                    "MRT_HTTP_HOST: \"0.0.0.0\"",
                    "MRT_HTTP_PORT: \"9000\"",
                    "published container port");
            dockerfileObjects(DockerFilesTest::checkAppPort, "EXPOSE 8080", "EXPOSE 8090", "EXPOSE");
        }

        @Test
        void appBoundToLoopbackInsideTheContainer() {
            composeObjects(
                    DockerFilesTest::checkAppPort,
                    "MRT_HTTP_HOST: \"0.0.0.0\"",
                    "MRT_HTTP_HOST: \"127.0.0.1\"",
                    "http.host in compose");
            objects(
                    DockerFilesTest::checkAppPort,
                    t -> t.replace("MRT_HTTP_HOST: \"0.0.0.0\"", "MRT_LOCAL_KEEP_DATA: \"false\""),
                    t -> t.replace("ENV MRT_HTTP_HOST=0.0.0.0 ", "ENV "),
                    "http.host in compose");
        }

        @Test
        void buildWithoutTheWrapper() {
            dockerfileObjects(
                    DockerFilesTest::checkBuildStage,
                    "RUN ./mvnw -B -ntp -DskipTests",
                    "RUN mvn -B -ntp -DskipTests",
                    "Maven wrapper");
        }

        @Test
        void sourcesCopiedBeforeTheDependencyLayer() {
            dockerfileObjects(
                    DockerFilesTest::checkBuildStage,
                    "COPY benchmarks/pom.xml benchmarks/\n",
                    "COPY benchmarks/pom.xml benchmarks/\nCOPY schemas/src/ schemas/src/\n",
                    "copied after the dependency layer");
        }

        @Test
        void moduleMissingFromTheBuildStage() {
            dockerfileObjects(
                    DockerFilesTest::checkBuildStage, "COPY benchmarks/pom.xml benchmarks/\n", "", "module benchmarks");
        }

        @Test
        void runtimeAsRootOrWithoutJvmFlags() {
            dockerfileObjects(
                    DockerFilesTest::checkRuntimeStage, "USER 10001:10001", "USER root", "USER of the runtime stage");
            dockerfileObjects(
                    DockerFilesTest::checkRuntimeStage,
                    "-XX:+ExitOnOutOfMemoryError",
                    "-XX:+UseSerialGC",
                    "container-aware JVM flags");
        }

        @Test
        void unpinnedImages() {
            composeObjects(
                    DockerFilesTest::checkImagesPinned, "kafbat/kafka-ui:v1.5.0", "kafbat/kafka-ui", "has no tag");
            composeObjects(
                    DockerFilesTest::checkImagesPinned, "kafbat/kafka-ui:v1.5.0", "kafbat/kafka-ui:latest", "kafka-ui");
            dockerfileObjects(
                    DockerFilesTest::checkImagesPinned,
                    "eclipse-temurin:17.0.20.1_1-jre-noble",
                    "eclipse-temurin:jre",
                    "needs a version");
        }

        @Test
        void brokerVersionDriftsFromThePom() {
            composeObjects(
                    DockerFilesTest::checkImageVersionsFollowPom,
                    "apache/kafka:4.4.0",
                    "apache/kafka:4.3.1",
                    "kafka.version");
            composeObjects(
                    DockerFilesTest::checkImageVersionsFollowPom,
                    "market-reaction-tagger:0.1.0",
                    "market-reaction-tagger:0.0.9",
                    "project version");
        }

        @Test
        void serviceWithoutHealthcheck() {
            composeObjects(
                    DockerFilesTest::checkHealthchecksAndRestart,
                    "      test: [\"CMD\", \"wget\"",
                    "      disable: true\n      x-test: [\"CMD\", \"wget\"",
                    "kafka-ui: healthcheck disabled");
            composeObjects(
                    DockerFilesTest::checkHealthchecksAndRestart,
                    "    image: kafbat/kafka-ui:v1.5.0\n    restart: unless-stopped\n",
                    "    image: kafbat/kafka-ui:v1.5.0\n",
                    "kafka-ui: restart policy");
            composeObjects(
                    DockerFilesTest::checkHealthchecksAndRestart,
                    "      app:\n        condition: service_healthy",
                    "      app:\n        condition: service_started",
                    "a RUNNING app");
            composeObjects(
                    DockerFilesTest::checkHealthchecksAndRestart,
                    "condition: service_healthy",
                    "condition: service_completed_successfully",
                    "healthy or started");
        }

        @Test
        void healthcheckCallingAToolItsImageLacks() {
            composeObjects(
                    DockerFilesTest::checkHealthcheckTools,
                    "test: [\"CMD\", \"bash\", \"-c\", \"exec 3<>",
                    "test: [\"CMD\", \"curl\", \"-c\", \"exec 3<>",
                    "schema-registry: healthcheck calls curl");
            composeObjects(
                    DockerFilesTest::checkHealthcheckTools,
                    "&& read -r status <&3 &&",
                    "&& head -1 <&3 | grep -q 200 &&",
                    "schema-registry: healthcheck calls head");
            dockerfileObjects(
                    DockerFilesTest::checkHealthcheckTools,
                    "apt-get install -y --no-install-recommends curl",
                    "apt-get install -y --no-install-recommends ca-certificates",
                    "app: healthcheck calls curl");
            composeObjects(
                    DockerFilesTest::checkHealthcheckTools,
                    "confluentinc/cp-schema-registry:8.3.1",
                    "confluentinc/cp-schema-registry:8.4.0",
                    "Look it up");
        }

        @Test
        void memoryLimitMissingOrTooSmallForTheHeap() {
            composeObjects(DockerFilesTest::checkMemoryLimits, "    mem_limit: 2g\n", "", "app: mem_limit");
            composeObjects(
                    DockerFilesTest::checkMemoryLimits,
                    "KAFKA_HEAP_OPTS: \"-Xms512m -Xmx512m\"",
                    "KAFKA_HEAP_OPTS: \"-Xms512m -Xmx1g\"",
                    "kafka: KAFKA_HEAP_OPTS sets -Xmx1g");
            dockerfileObjects(
                    DockerFilesTest::checkMemoryLimits,
                    "-XX:MaxRAMPercentage=40",
                    "-XX:MaxRAMPercentage=90",
                    "leaves room for RocksDB");
            composeObjects(
                    DockerFilesTest::checkMemoryLimits,
                    "    mem_limit: 512m\n    healthcheck:\n      # A batch",
                    "    mem_limit: 256m\n    healthcheck:\n      # A batch",
                    "seeder: heap from mem_limit 256m");
        }

        @Test
        void brokerOrAppThatDeletesHistory() {
            composeObjects(
                    DockerFilesTest::checkHistoryKept,
                    "KAFKA_LOG_RETENTION_MS: \"-1\"",
                    "KAFKA_LOG_RETENTION_MS: \"604800000\"",
                    "log.retention.ms");
            composeObjects(
                    DockerFilesTest::checkHistoryKept,
                    "MRT_HTTP_HOST: \"0.0.0.0\"",
                    "MRT_HTTP_HOST: \"0.0.0.0\"\n      MRT_TOPIC_RETENTION_OUTPUT: \"7d\"",
                    "topic.retention.output");
        }

        @Test
        void portPublishedOnAllInterfaces() {
            composeObjects(
                    DockerFilesTest::checkLoopbackPorts, "\"127.0.0.1:9092:9092\"", "\"9092:9092\"", "kafka publishes");
            composeObjects(
                    DockerFilesTest::checkLoopbackPorts,
                    "\"127.0.0.1:8088:8080\"",
                    "\"0.0.0.0:8088:8080\"",
                    "kafka-ui publishes");
        }

        @Test
        void seederRestartsOrReadsAnArchiveOutsideConfig() {
            composeObjects(DockerFilesTest::checkSeeder, "restart: \"no\"", "restart: no-thanks", "restart policy");
            composeObjects(
                    DockerFilesTest::checkSeeder,
                    "[\"import\", \"--if-empty\", ",
                    "[\"import\", ",
                    "once per Kafka volume");
        }

        @Test
        void unknownTopicName() {
            composeObjects(
                    DockerFilesTest::checkTopicNames,
                    "KAFKA_CLUSTERS_0_NAME: \"market-reaction-tagger\"",
                    "KAFKA_CLUSTERS_0_NAME: \"market-reaction-tagger\"\n      KAFKA_CLUSTERS_0_X: \"reactions.enriched.v2\"",
                    "reactions.enriched.v2");
            Stack broken = Stack.parse(
                    project,
                    composeText,
                    dockerfileText,
                    readmeText.replace("reactions.enriched.v1", "reactions.enrich.v1"));
            assertThatThrownBy(() -> checkTopicNames(broken))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("reactions.enrich.v1");
        }

        @Test
        void serviceWiredToAnAddressKafkaDoesNotAdvertise() {
            composeObjects(
                    DockerFilesTest::checkWiring,
                    "MRT_BOOTSTRAP_SERVERS: \"kafka:29092\"",
                    "MRT_BOOTSTRAP_SERVERS: \"kafka:9092\"",
                    "bootstrap.servers");
            composeObjects(
                    DockerFilesTest::checkWiring,
                    "KAFKA_CLUSTERS_0_SCHEMAREGISTRY: \"http://schema-registry:8081\"",
                    "KAFKA_CLUSTERS_0_SCHEMAREGISTRY: \"http://registry:8081\"",
                    "kafka-ui's registry");
            composeObjects(
                    DockerFilesTest::checkWiring,
                    "SCHEMA_REGISTRY_LISTENERS: \"http://0.0.0.0:8081\"",
                    "SCHEMA_REGISTRY_LISTENERS: \"http://0.0.0.0:8085\"",
                    "schema.registry.url port");
        }

        @Test
        void replicationAboveOneBroker() {
            composeObjects(
                    DockerFilesTest::checkSingleBroker,
                    "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: \"1\"",
                    "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: \"2\"",
                    "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR");
            composeObjects(
                    DockerFilesTest::checkSingleBroker,
                    "MRT_HTTP_HOST: \"0.0.0.0\"",
                    "MRT_HTTP_HOST: \"0.0.0.0\"\n      MRT_TOPIC_REPLICATION_FACTOR: \"3\"",
                    "more replicas");
        }

        @Test
        void stateOffTheVolume() {
            composeObjects(
                    DockerFilesTest::checkVolumes,
                    "      - app-state:/var/lib/mrt/state\n",
                    "      - app-state:/var/lib/mrt/other\n",
                    "state.dir is on a volume");
            composeObjects(
                    DockerFilesTest::checkVolumes,
                    "      - kafka-data:/var/lib/kafka/data\n",
                    "      - ./data:/var/lib/kafka/data\n",
                    "named volume");
            dockerfileObjects(
                    DockerFilesTest::checkVolumes,
                    "mkdir -p /var/lib/mrt/state",
                    "mkdir -p /var/lib/mrt",
                    "creates /var/lib/mrt/state");
        }

        @Test
        void dockerignoreHidesWhatTheBuildNeeds() {
            assertThatThrownBy(() -> checkDockerignore(realStack(), dockerignoreText + "config/\n"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ignores config/");
            assertThatThrownBy(() -> checkDockerignore(realStack(), dockerignoreText.replace("**/target/", "")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("build output");
        }

        @Test
        void readmeOutOfStep() {
            composeObjects(
                    DockerFilesTest::checkReadmePorts,
                    "\"127.0.0.1:8088:8080\"",
                    "\"127.0.0.1:8089:8080\"",
                    "kafka-ui");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Parsing
    // ---------------------------------------------------------------------------------------

    static URI singleUrl(String where, String text) {
        Matcher m = URL.matcher(text);
        assertThat(m.find()).as("%s names a URL: %s", where, text).isTrue();
        return URI.create(m.group());
    }

    static String tagOf(String image) {
        String reference = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        return reference.substring(reference.lastIndexOf(':') + 1);
    }

    static Set<String> topicsIn(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = TOPIC_LIKE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static void collectScalars(JsonNode node, Consumer<String> sink) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                sink.accept(e.getKey());
                collectScalars(e.getValue(), sink);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectScalars(n, sink));
        } else if (!node.isNull() && !node.isMissingNode()) {
            sink.accept(node.asText());
        }
    }

    static boolean isKafkaConfig(String name) {
        if (StreamsConfig.configDef().names().contains(name)) {
            return true;
        }
        Map<String, Set<String>> clientPrefixes = Map.of(
                StreamsConfig.PRODUCER_PREFIX, ProducerConfig.configNames(),
                StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.configNames(),
                StreamsConfig.MAIN_CONSUMER_PREFIX, ConsumerConfig.configNames(),
                StreamsConfig.RESTORE_CONSUMER_PREFIX, ConsumerConfig.configNames(),
                StreamsConfig.GLOBAL_CONSUMER_PREFIX, ConsumerConfig.configNames(),
                StreamsConfig.ADMIN_CLIENT_PREFIX, AdminClientConfig.configNames());
        for (Map.Entry<String, Set<String>> e : clientPrefixes.entrySet()) {
            if (name.startsWith(e.getKey())
                    && e.getValue().contains(name.substring(e.getKey().length()))) {
                return true;
            }
        }
        return name.startsWith(StreamsConfig.TOPIC_PREFIX)
                || ProducerConfig.configNames().contains(name)
                || ConsumerConfig.configNames().contains(name)
                || AdminClientConfig.configNames().contains(name);
    }
}
