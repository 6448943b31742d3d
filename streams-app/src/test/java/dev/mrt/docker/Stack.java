package dev.mrt.docker;

import static dev.mrt.docker.DockerFilesTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The compose file, the Dockerfile and the README, parsed, with the project they belong to. */
final class Stack {
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
            boolean built =
                    service(name).path("build").path("dockerfile").asText("").endsWith(DOCKERFILE);
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

    /**
     * The healthcheck the service's container runs: the service's own, or for a service of the
     * app's image without one, the Dockerfile's HEALTHCHECK; {@link Healthcheck#NONE} when none
     * or disabled.
     */
    Healthcheck healthcheck(String name) {
        JsonNode check = service(name).path("healthcheck");
        if (check.path("disable").asBoolean(false)) {
            return Healthcheck.NONE;
        }
        JsonNode test = check.path("test");
        if (test.isTextual()) {
            return Healthcheck.shell(test.asText());
        }
        if (test.isArray() && !test.isEmpty()) {
            List<String> words = new ArrayList<>();
            test.forEach(w -> words.add(w.asText()));
            return switch (words.get(0)) {
                case "CMD" -> Healthcheck.exec(words.subList(1, words.size()));
                case "CMD-SHELL" -> Healthcheck.shell(String.join(" ", words.subList(1, words.size())));
                default -> Healthcheck.NONE;
            };
        }
        if (!appImageServices().contains(name)) {
            return Healthcheck.NONE;
        }
        List<Dockerfile.Instruction> fromImage = dockerfile.runtime().all("HEALTHCHECK");
        if (fromImage.isEmpty()) {
            return Healthcheck.NONE;
        }
        String args = fromImage.get(fromImage.size() - 1).args;
        int cmd = args.indexOf("CMD ");
        if (cmd < 0) {
            return Healthcheck.NONE;
        }
        String command = args.substring(cmd + 4).strip();
        if (command.startsWith("[")) {
            return Healthcheck.exec(new Dockerfile.Instruction("CMD", command).json());
        }
        return Healthcheck.shell(command);
    }

    String healthcheckCommand(String name) {
        return healthcheck(name).toString();
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
        return URI.create(environment(REGISTRY).get("SCHEMA_REGISTRY_LISTENERS").split(",")[0])
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
