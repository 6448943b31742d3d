package dev.mrt.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigException;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.config.ValueType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
    void environmentVariablesAreSettingsTheAppReads() {
        checkAppEnvironment(realStack());
    }

    @Test
    void kafkaPassThroughSettingsAreKafkaConfigs() {
        checkKafkaPassThrough(realStack());
    }

    @Test
    void healthchecksProbeTheReadinessPathOnTheConfiguredPort() {
        checkHealthPath(realStack());
    }

    @Test
    void publishedAppPortIsTheConfiguredPortOnAllInterfaces() {
        checkAppPort(realStack());
    }

    @Test
    void dockerfileCopiesTheJarTheShadePluginWrites() {
        checkJarPath(realStack());
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
    void hostPortsAreBoundToLoopback() {
        checkLoopbackPorts(realStack());
    }

    @Test
    void seederImportsASampleArchiveOnceAfterTheAppIsReady() {
        checkSeeder(realStack());
    }

    @Test
    void seederArchiveExistsInTheRepository() {
        Path samples = project.root.resolve(project.defaults.string(Setting.SAMPLES_DIR));
        // The sample archives arrive with the import command; until config/samples exists there
        // is nothing to compare with. From then on a missing or renamed archive fails here.
        Assumptions.assumeTrue(
                Files.isDirectory(samples),
                () -> samples + " does not exist yet: the seeder's archive cannot be checked");
        checkSeederArchiveExists(realStack());
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

    /** MRT_* variables of the app's image and services must load: an unknown key throws ConfigException. */
    static void checkAppEnvironment(Stack s) {
        for (String service : s.appImageServices()) {
            Map<String, String> env = s.containerEnvironment(service);
            try {
                s.project.load(env);
            } catch (ConfigException e) {
                fail(service + ": the app would refuse to start: " + e.getMessage());
            }
        }
    }

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

    static void checkHealthPath(Stack s) {
        Dockerfile.Instruction healthcheck = s.dockerfile.runtime().only("HEALTHCHECK");
        String command = healthcheck.args.substring(healthcheck.args.indexOf("CMD") + 3);
        URI dockerProbe = singleUrl("Dockerfile HEALTHCHECK", command.replaceAll("\\$\\{\\w+:-([^}]*)}", "$1"));
        assertThat(dockerProbe.getPath()).as("Dockerfile HEALTHCHECK path").isEqualTo(HttpPaths.READY);
        int imageDefaultPort = s.project.load(s.dockerfile.runtime().env()).integer(Setting.HTTP_PORT);
        Matcher portVariable = Pattern.compile(
                        "\\$\\{" + ConfigLoader.environmentVariableOf(Setting.HTTP_PORT.key()) + ":-(\\d+)}")
                .matcher(command);
        assertThat(portVariable.find())
                .as(
                        "Dockerfile HEALTHCHECK must follow %s: %s",
                        ConfigLoader.environmentVariableOf(Setting.HTTP_PORT.key()), command)
                .isTrue();
        assertThat(Integer.parseInt(portVariable.group(1)))
                .as("Dockerfile HEALTHCHECK default port")
                .isEqualTo(imageDefaultPort);

        URI composeProbe = singleUrl("compose app healthcheck", s.healthcheckCommand(APP));
        assertThat(composeProbe.getPath()).as("compose app healthcheck path").isEqualTo(HttpPaths.READY);
        assertThat(composeProbe.getPort())
                .as("compose app healthcheck port")
                .isEqualTo(s.project.load(s.containerEnvironment(APP)).integer(Setting.HTTP_PORT));
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

    static void checkJarPath(Stack s) {
        String shadeOutput = s.project.shadeOutputFile;
        assertThat(shadeOutput)
                .as("shade plugin outputFile in streams-app/pom.xml")
                .startsWith("${project.build.directory}/");
        String jarName = shadeOutput.substring("${project.build.directory}/".length());
        String builtJar = s.dockerfile.build().workdir() + "/streams-app/target/" + jarName;

        Dockerfile.Instruction copy = s.dockerfile.runtime().all("COPY").stream()
                .filter(i -> i.flag("from") != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the runtime stage copies nothing from the build stage"));
        List<String> words = copy.words();
        assertThat(copy.flag("from")).as("COPY --from").isEqualTo(s.dockerfile.build().name);
        assertThat(words.get(words.size() - 2)).as("jar the Dockerfile copies").isEqualTo(builtJar);

        String installedJar = s.dockerfile.runtime().resolve(words.get(words.size() - 1), jarName);
        List<String> entrypoint = s.dockerfile.runtime().only("ENTRYPOINT").json();
        assertThat(entrypoint).as("ENTRYPOINT runs the copied jar").containsSequence("-jar", installedJar);
        assertThat(Path.of(installedJar).getParent().toString())
                .as("the jar sits in the WORKDIR, beside config/")
                .isEqualTo(s.dockerfile.runtime().workdir());
        assertThat(s.dockerfile
                        .runtime()
                        .copiesFromContext("config/", s.dockerfile.runtime().workdir() + "/config"))
                .as("config/ is copied into the WORKDIR, where ConfigLoader looks for %s", ConfigLoader.DEFAULTS_FILE)
                .isTrue();
        assertThat(s.dockerfile.runtime().only("CMD").json())
                .as("default command")
                .containsExactly("run");
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
                assertThat(dep.getValue().path("condition").asText())
                        .as("%s waits for %s to be healthy", service, dep.getKey())
                        .isEqualTo("service_healthy");
                assertThat(s.healthcheckCommand(dep.getKey()))
                        .as("%s depends on %s being healthy", service, dep.getKey())
                        .isNotBlank();
            });
        }
        assertThat(s.dependencies(APP)).as("app waits for").contains(KAFKA, REGISTRY);
        assertThat(s.dependencies(KAFKA_UI)).as("kafka-ui waits for").contains(KAFKA, REGISTRY);
        assertThat(s.dependencies(REGISTRY)).as("schema-registry waits for").contains(KAFKA);
        assertThat(s.healthcheckCommand(KAFKA))
                .as("kafka healthcheck uses the image's scripts")
                .contains("/opt/kafka/bin/");
        assertThat(singleUrl("schema-registry healthcheck", s.healthcheckCommand(REGISTRY))
                        .getPath())
                .as("schema-registry healthcheck")
                .isEqualTo("/subjects");
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
        Set<String> waitsFor = s.dependencies(SEEDER);
        assertThat(waitsFor.contains(APP) || waitsFor.containsAll(List.of(KAFKA, REGISTRY)))
                .as("the seeder waits for the app (its topics) or for kafka and the registry: %s", waitsFor)
                .isTrue();
        String archive = s.seederArchive();
        assertThat(Path.of(archive).isAbsolute())
                .as("the archive is inside the image, relative to its WORKDIR")
                .isFalse();
        assertThat(archive).as("only config/ of the repository is in the image").startsWith("config/");
        assertThat(archive)
                .as("a sample archive, from local.samples.dir")
                .startsWith(s.project.defaults.string(Setting.SAMPLES_DIR) + "/");
        assertThat(s.ports(SEEDER)).as("the seeder serves nothing").isEmpty();
    }

    static void checkSeederArchiveExists(Stack s) {
        Path archive = s.project.root.resolve(s.seederArchive());
        assertThat(archive)
                .as("the seeder's archive, built into the image with config/")
                .isRegularFile();
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
        void renamedSetting() {
            composeObjects(
                    DockerFilesTest::checkAppEnvironment,
                    "MRT_SCHEMA_REGISTRY_URL:",
                    "MRT_REGISTRY_URL:",
                    "registry.url");
        }

        @Test
        void badSettingValue() {
            composeObjects(
                    DockerFilesTest::checkAppEnvironment,
                    "MRT_HTTP_HOST: \"0.0.0.0\"",
                    "MRT_HTTP_PORT: \"http\"",
                    "MRT_HTTP_PORT");
        }

        @Test
        void unknownSettingInTheImage() {
            dockerfileObjects(
                    DockerFilesTest::checkAppEnvironment,
                    "ENV MRT_HTTP_HOST=",
                    "ENV MRT_HTTP_HOSTNAME=",
                    "http.hostname");
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
        void healthcheckOnTheWrongPath() {
            dockerfileObjects(DockerFilesTest::checkHealthPath, "/health/ready", "/health", "HEALTHCHECK path");
            composeObjects(
                    DockerFilesTest::checkHealthPath,
                    "8080/health/ready",
                    "8080/health/live",
                    "compose app healthcheck path");
        }

        @Test
        void healthcheckOnTheWrongPort() {
            composeObjects(
                    DockerFilesTest::checkHealthPath,
                    "127.0.0.1:8080/health/ready",
                    "127.0.0.1:9090/health/ready",
                    "compose app healthcheck port");
            dockerfileObjects(
                    DockerFilesTest::checkHealthPath,
                    "${MRT_HTTP_PORT:-8080}",
                    "${MRT_HTTP_PORT:-8081}",
                    "default port");
            dockerfileObjects(
                    DockerFilesTest::checkHealthPath, "${MRT_HTTP_PORT:-8080}", "8080", "must follow MRT_HTTP_PORT");
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
        void jarPathDiffersFromTheShadeOutput() {
            dockerfileObjects(
                    DockerFilesTest::checkJarPath,
                    "/src/streams-app/target/market-reaction-tagger.jar",
                    "/src/streams-app/target/mrt-streams-app-0.1.0.jar",
                    "jar the Dockerfile copies");
            dockerfileObjects(
                    DockerFilesTest::checkJarPath,
                    "\"-jar\", \"/opt/mrt/market-reaction-tagger.jar\"",
                    "\"-jar\", \"/opt/mrt/app.jar\"",
                    "ENTRYPOINT runs the copied jar");
            dockerfileObjects(
                    DockerFilesTest::checkJarPath,
                    "COPY config/ ./config/",
                    "COPY config/ /etc/mrt/config/",
                    "config/ is copied into the WORKDIR");
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
                    "condition: service_healthy",
                    "condition: service_started",
                    "to be healthy");
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
                    "[\"import\", \"config/samples/articles.jsonl\"]",
                    "[\"import\", \"/data/articles.jsonl\"]",
                    "relative to its WORKDIR");
            composeObjects(
                    DockerFilesTest::checkSeeder,
                    "[\"import\", \"config/samples/articles.jsonl\"]",
                    "[\"import\", \"config/articles.jsonl\"]",
                    "local.samples.dir");
        }

        @Test
        void seederArchiveMissing() {
            composeObjects(
                    DockerFilesTest::checkSeederArchiveExists,
                    "config/samples/articles.jsonl",
                    "config/samples/no-such-archive.jsonl",
                    "seeder's archive");
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

    /** Facts from the repository: defaults, poms. */
    static final class Project {
        final Path root;
        final AppConfig defaults;
        final Map<String, String> pomProperties;
        final String version;
        final List<String> modules;
        final String shadeOutputFile;

        private Project(
                Path root,
                AppConfig defaults,
                Map<String, String> pomProperties,
                String version,
                List<String> modules,
                String shadeOutputFile) {
            this.root = root;
            this.defaults = defaults;
            this.pomProperties = pomProperties;
            this.version = version;
            this.modules = modules;
            this.shadeOutputFile = shadeOutputFile;
        }

        static Project load(Path root) throws Exception {
            var factory = DocumentBuilderFactory.newInstance();
            Element parent = factory.newDocumentBuilder()
                    .parse(root.resolve("pom.xml").toFile())
                    .getDocumentElement();
            Map<String, String> properties = new HashMap<>();
            NodeList props =
                    ((Element) parent.getElementsByTagName("properties").item(0)).getChildNodes();
            for (int i = 0; i < props.getLength(); i++) {
                if (props.item(i) instanceof Element e) {
                    properties.put(e.getTagName(), e.getTextContent().trim());
                }
            }
            List<String> modules = new ArrayList<>();
            NodeList moduleNodes = parent.getElementsByTagName("module");
            for (int i = 0; i < moduleNodes.getLength(); i++) {
                modules.add(moduleNodes.item(i).getTextContent().trim());
            }
            String version = directChild(parent, "version");

            Element app = factory.newDocumentBuilder()
                    .parse(root.resolve("streams-app/pom.xml").toFile())
                    .getDocumentElement();
            String shadeOutput = null;
            NodeList plugins = app.getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                if ("maven-shade-plugin".equals(directChild(plugin, "artifactId"))) {
                    shadeOutput = plugin.getElementsByTagName("outputFile")
                            .item(0)
                            .getTextContent()
                            .trim();
                }
            }
            assertThat(shadeOutput)
                    .as("streams-app/pom.xml configures the shade plugin's outputFile")
                    .isNotNull();
            AppConfig defaults = new ConfigLoader(root, Map.of()).load(null, null, Map.of());
            return new Project(root, defaults, properties, version, modules, shadeOutput);
        }

        private static String directChild(Element parent, String tag) {
            NodeList children = parent.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                    return e.getTextContent().trim();
                }
            }
            return null;
        }

        /** The configuration the app builds in a container with this environment (and no --config). */
        AppConfig load(Map<String, String> environment) {
            return new ConfigLoader(root, environment).load(null, null, Map.of());
        }

        Set<String> configuredTopics() {
            return Arrays.stream(Setting.values())
                    .filter(s -> s.type() == ValueType.TOPIC)
                    .map(defaults::string)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    record PortBinding(String spec, String hostIp, String hostPort, int containerPort) {
        static PortBinding parse(JsonNode node) {
            if (node.isObject()) {
                return new PortBinding(
                        node.toString(),
                        node.path("host_ip").asText(""),
                        node.path("published").asText(""),
                        node.path("target").asInt());
            }
            String spec = node.asText();
            String[] parts = spec.replaceFirst("/(tcp|udp)$", "").split(":");
            return switch (parts.length) {
                case 1 -> new PortBinding(spec, "", "", Integer.parseInt(parts[0]));
                case 2 -> new PortBinding(spec, "", parts[0], Integer.parseInt(parts[1]));
                case 3 -> new PortBinding(spec, parts[0], parts[1], Integer.parseInt(parts[2]));
                default -> throw new AssertionError("port binding not understood: " + spec);
            };
        }
    }

    /** The compose file, the Dockerfile and the README, parsed, with the project they belong to. */
    static final class Stack {
        final Project project;
        final JsonNode compose;
        final Dockerfile dockerfile;
        final String readme;

        private Stack(Project project, JsonNode compose, Dockerfile dockerfile, String readme) {
            this.project = project;
            this.compose = compose;
            this.dockerfile = dockerfile;
            this.readme = readme;
        }

        static Stack parse(Project project, String composeText, String dockerfileText, String readme) {
            try {
                JsonNode compose = new YAMLMapper().readTree(composeText);
                return new Stack(project, compose, Dockerfile.parse(dockerfileText), readme);
            } catch (IOException e) {
                throw new AssertionError(COMPOSE_FILE + " is not valid YAML: " + e.getMessage(), e);
            }
        }

        List<String> serviceNames() {
            List<String> names = new ArrayList<>();
            compose.path("services").fieldNames().forEachRemaining(names::add);
            assertThat(names).as("compose services").contains(KAFKA, REGISTRY, APP, SEEDER, KAFKA_UI);
            return names;
        }

        JsonNode service(String name) {
            JsonNode node = compose.path("services").path(name);
            assertThat(node.isObject()).as("service %s", name).isTrue();
            return node;
        }

        /** Services built from docker/Dockerfile, or running the image such a service builds. */
        List<String> appImageServices() {
            Set<String> appImages = new LinkedHashSet<>();
            for (String name : serviceNames()) {
                JsonNode build = service(name).path("build");
                if (build.path("dockerfile").asText("").endsWith(DOCKERFILE)
                        && service(name).has("image")) {
                    appImages.add(service(name).path("image").asText());
                }
            }
            List<String> out = new ArrayList<>();
            for (String name : serviceNames()) {
                boolean built = service(name)
                        .path("build")
                        .path("dockerfile")
                        .asText("")
                        .endsWith(DOCKERFILE);
                if (built || appImages.contains(service(name).path("image").asText(""))) {
                    out.add(name);
                }
            }
            assertThat(out).as("services running the app's image").contains(APP);
            return out;
        }

        Map<String, String> environment(String name) {
            Map<String, String> env = new LinkedHashMap<>();
            JsonNode node = service(name).path("environment");
            if (node.isObject()) {
                node.fields()
                        .forEachRemaining(e -> env.put(
                                e.getKey(),
                                e.getValue().isNull() ? "" : e.getValue().asText()));
            } else {
                for (JsonNode entry : node) {
                    String text = entry.asText();
                    int eq = text.indexOf('=');
                    env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
                }
            }
            return env;
        }

        /** What the process in an app-image container sees: the image's ENV, then the service's. */
        Map<String, String> containerEnvironment(String name) {
            Map<String, String> env = new LinkedHashMap<>(dockerfile.runtime().env());
            env.putAll(environment(name));
            return env;
        }

        List<PortBinding> ports(String name) {
            List<PortBinding> out = new ArrayList<>();
            service(name).path("ports").forEach(p -> out.add(PortBinding.parse(p)));
            return out;
        }

        String healthcheckCommand(String name) {
            JsonNode test = service(name).path("healthcheck").path("test");
            if (test.isTextual()) {
                return test.asText();
            }
            List<String> words = new ArrayList<>();
            test.forEach(w -> words.add(w.asText()));
            return String.join(" ", words);
        }

        Set<String> dependencies(String name) {
            Set<String> out = new LinkedHashSet<>();
            JsonNode deps = service(name).path("depends_on");
            if (deps.isArray()) {
                deps.forEach(d -> out.add(d.asText()));
            } else {
                deps.fieldNames().forEachRemaining(out::add);
            }
            return out;
        }

        List<String> command(String name) {
            JsonNode command = service(name).path("command");
            if (command.isTextual()) {
                return List.of(command.asText().trim().split("\\s+"));
            }
            List<String> out = new ArrayList<>();
            command.forEach(w -> out.add(w.asText()));
            return out;
        }

        String seederArchive() {
            List<String> args = command(SEEDER);
            return args.stream()
                    .skip(1)
                    .filter(a -> !a.startsWith("-"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the seeder imports no file: " + args));
        }

        int registryPort() {
            return URI.create(environment(REGISTRY)
                            .get("SCHEMA_REGISTRY_LISTENERS")
                            .split(",")[0])
                    .getPort();
        }

        Set<String> volumeTargets(String name) {
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode volume : service(name).path("volumes")) {
                out.add(
                        volume.isTextual()
                                ? volume.asText().split(":")[1]
                                : volume.path("target").asText());
            }
            return out;
        }
    }

    /** A line-based Dockerfile reader: enough of the syntax for the instructions this project uses. */
    static final class Dockerfile {
        final List<Stage> stages;

        private Dockerfile(List<Stage> stages) {
            this.stages = stages;
        }

        static Dockerfile parse(String text) {
            List<String> logical = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                current.append(trimmed);
                if (!current.toString().isBlank()) {
                    logical.add(current.toString().strip());
                }
                current.setLength(0);
            }
            List<Stage> stages = new ArrayList<>();
            for (String line : logical) {
                String[] split = line.split("\\s+", 2);
                Instruction instruction =
                        new Instruction(split[0].toUpperCase(Locale.ROOT), split.length > 1 ? split[1] : "");
                if (instruction.keyword.equals("FROM")) {
                    List<String> words = instruction.words();
                    String name =
                            words.size() >= 3 && words.get(words.size() - 2).equalsIgnoreCase("AS")
                                    ? words.get(words.size() - 1)
                                    : String.valueOf(stages.size());
                    stages.add(new Stage(name, words.get(0)));
                } else {
                    assertThat(stages).as("%s before any FROM", line).isNotEmpty();
                    stages.get(stages.size() - 1).instructions.add(instruction);
                }
            }
            assertThat(stages)
                    .as("a multi-stage build: a build stage and a runtime stage")
                    .hasSizeGreaterThanOrEqualTo(2);
            return new Dockerfile(stages);
        }

        Stage build() {
            return stages.get(0);
        }

        Stage runtime() {
            return stages.get(stages.size() - 1);
        }

        static final class Stage {
            final String name;
            final String image;
            final List<Instruction> instructions = new ArrayList<>();

            Stage(String name, String image) {
                this.name = name;
                this.image = image;
            }

            List<Instruction> all(String keyword) {
                return instructions.stream()
                        .filter(i -> i.keyword.equals(keyword))
                        .toList();
            }

            Instruction only(String keyword) {
                List<Instruction> found = all(keyword);
                assertThat(found).as("stage %s has one %s", name, keyword).hasSize(1);
                return found.get(0);
            }

            String workdir() {
                List<Instruction> workdirs = all("WORKDIR");
                assertThat(workdirs).as("stage %s sets a WORKDIR", name).isNotEmpty();
                return workdirs.get(workdirs.size() - 1).args.trim().replaceAll("/$", "");
            }

            /** A path as the stage sees it: relative paths are under the WORKDIR, a directory gets the file's name. */
            String resolve(String destination, String fileName) {
                String absolute = destination.startsWith("/")
                        ? destination
                        : workdir() + "/" + destination.replaceFirst("^\\./", "");
                return absolute.endsWith("/") ? absolute + fileName : absolute;
            }

            Map<String, String> env() {
                Map<String, String> env = new LinkedHashMap<>();
                for (Instruction i : all("ENV")) {
                    List<String> words = i.words();
                    if (!words.isEmpty() && !words.get(0).contains("=")) {
                        env.put(
                                words.get(0),
                                i.args.substring(i.args.indexOf(words.get(0))
                                                + words.get(0).length())
                                        .strip());
                        continue;
                    }
                    for (String word : words) {
                        int eq = word.indexOf('=');
                        env.put(word.substring(0, eq), word.substring(eq + 1));
                    }
                }
                return env;
            }

            /** Whether a COPY from the build context takes {@code source} (to {@code destination}, when given). */
            boolean copiesFromContext(String source, String destination) {
                for (Instruction copy : all("COPY")) {
                    if (copy.flag("from") != null) {
                        continue;
                    }
                    List<String> words = copy.words();
                    List<String> sources = words.subList(0, words.size() - 1);
                    String target = words.get(words.size() - 1);
                    String resolvedTarget = resolve(target, "").replaceAll("/$", "");
                    boolean sourceMatches = sources.stream()
                            .anyMatch(w ->
                                    w.equals(source) || w.replaceAll("/$", "").equals(source.replaceAll("/$", "")));
                    if (sourceMatches && (destination == null || resolvedTarget.equals(destination))) {
                        return true;
                    }
                }
                return false;
            }
        }

        static final class Instruction {
            final String keyword;
            final String args;

            Instruction(String keyword, String args) {
                this.keyword = keyword;
                this.args = args;
            }

            /** Shell-like words without flags (--x=y); quotes removed. */
            List<String> words() {
                return tokens().stream().filter(t -> !t.startsWith("--")).toList();
            }

            String flag(String name) {
                return tokens().stream()
                        .filter(t -> t.startsWith("--" + name + "="))
                        .map(t -> t.substring(name.length() + 3))
                        .findFirst()
                        .orElse(null);
            }

            List<String> json() {
                try {
                    List<String> out = new ArrayList<>();
                    new ObjectMapper().readTree(args).forEach(n -> out.add(n.asText()));
                    return out;
                } catch (IOException e) {
                    throw new AssertionError(keyword + " is not in exec (JSON) form: " + args, e);
                }
            }

            private List<String> tokens() {
                List<String> out = new ArrayList<>();
                StringBuilder word = new StringBuilder();
                char quote = 0;
                boolean inWord = false;
                for (char c : args.toCharArray()) {
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        } else {
                            word.append(c);
                        }
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                        inWord = true;
                    } else if (Character.isWhitespace(c)) {
                        if (inWord) {
                            out.add(word.toString());
                            word.setLength(0);
                            inWord = false;
                        }
                    } else {
                        word.append(c);
                        inWord = true;
                    }
                }
                if (inWord) {
                    out.add(word.toString());
                }
                return out;
            }

            @Override
            public String toString() {
                return keyword + " " + args;
            }
        }
    }
}
