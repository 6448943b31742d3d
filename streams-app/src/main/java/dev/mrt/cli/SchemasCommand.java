package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.AvroSerdeConfig;
import dev.mrt.serde.TopicValueSchema;
import dev.mrt.serde.registry.CompatibilityCheck;
import dev.mrt.serde.registry.SchemaRegistryClient;
import dev.mrt.serde.registry.SchemaRegistryException;
import dev.mrt.topology.Topics;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schemas}: registers the project's Avro value schemas under {@code <topic>-value} for the
 * configured topics, or with {@code --check} only tests them against the latest registered versions.
 */
@Command(
        name = "schemas",
        mixinStandardHelpOptions = true,
        header = "Register the project's Avro schemas for the configured topics, or check their compatibility.",
        description = "Registers each configured topic's value schema under the subject <topic>-value, or with "
                + "--check only tests it against the latest registered version (nothing is registered).",
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar schemas --check",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every schema registered, or compatible",
            "1:a schema was refused or is incompatible",
            "2:the registry could not be used (unreachable, bad settings)"
        })
public final class SchemasCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INCOMPATIBLE = 1;
    static final int REGISTRY_ERROR = 2;

    @CommandLine.Mixin
    ConfigOptions appConfig;

    @Option(
            names = "--registry",
            paramLabel = "URL",
            description = "Schema Registry URL(s), comma-separated for failover, or mock://scope. "
                    + "Default: schema.registry.url of the configuration.")
    String registry;

    @Option(
            names = "--check",
            description = "Only test compatibility with the latest registered versions; register nothing.")
    boolean check;

    @Option(names = "--normalize", description = "Ask the registry to normalize the schemas (normalize.schemas).")
    boolean normalize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AppConfig app = appConfig.load(null, Map.of());
        Map<String, Object> config = new HashMap<>(app.serdeConfig());
        if (registry != null) {
            config.put(SerdeSetting.SCHEMA_REGISTRY_URL.key(), registry);
        }
        Optional<String> problem = AvroSerdeConfig.problem(config);
        if (problem.isPresent()) {
            err.println("Invalid registry settings: " + problem.get());
            return REGISTRY_ERROR;
        }
        AvroSerdeConfig serdeConfig = AvroSerdeConfig.from(config);
        int result = OK;
        try (SchemaRegistryClient client = serdeConfig.registry().open()) {
            for (TopicValueSchema topic : valueSchemas(app)) {
                int outcome = check ? check(client, topic, out, err) : register(client, topic, out, err);
                result = Math.max(result, outcome);
            }
        } catch (SchemaRegistryException e) {
            err.println("Schema Registry " + serdeConfig.registry() + " failed: " + e.getMessage());
            return REGISTRY_ERROR;
        }
        out.flush();
        err.flush();
        return result;
    }

    /** Each configured topic with Avro values and its record class. */
    static List<TopicValueSchema> valueSchemas(AppConfig app) {
        return Topics.valueTypes(app).stream()
                .map(e -> new TopicValueSchema(e.getKey(), e.getValue()))
                .toList();
    }

    private int register(SchemaRegistryClient client, TopicValueSchema topic, PrintWriter out, PrintWriter err) {
        String subject = topic.valueSubject();
        try {
            int id = client.register(subject, topic.valueSchemaText(), normalize);
            out.printf(
                    "registered  %-40s id %d (%s)%n",
                    subject, id, topic.valueClass().getSimpleName());
            return OK;
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.INCOMPATIBLE_SCHEMA) {
                err.printf("REFUSED     %-40s %s%n", subject, e.registryMessage());
                return INCOMPATIBLE;
            }
            throw e;
        }
    }

    private int check(SchemaRegistryClient client, TopicValueSchema topic, PrintWriter out, PrintWriter err) {
        String subject = topic.valueSubject();
        try {
            CompatibilityCheck result = client.testCompatibility(subject, topic.valueSchemaText(), normalize);
            if (result.compatible()) {
                out.printf(
                        "compatible  %-40s (%s)%n", subject, topic.valueClass().getSimpleName());
                return OK;
            }
            err.printf("INCOMPATIBLE %-39s (%s)%n", subject, topic.valueClass().getSimpleName());
            result.messages().forEach(message -> err.println("    " + message));
            return INCOMPATIBLE;
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                out.printf(
                        "new         %-40s nothing registered yet (%s)%n",
                        subject, topic.valueClass().getSimpleName());
                return OK;
            }
            throw e;
        }
    }
}
