package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.serde.TopicValueSchema;
import dev.mrt.serde.registry.MockSchemaRegistry;
import dev.mrt.serde.registry.SchemaText;
import dev.mrt.testing.TestConfigs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SchemasCommandTest {

    private final String scope = "cli-" + UUID.randomUUID();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    private static final List<TopicValueSchema> TOPICS = SchemasCommand.valueSchemas(TestConfigs.local());

    private int run(String... args) {
        CommandLine command = MrtCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void registers_every_default_topic_value_schema() {
        int exit = run("schemas", "--registry", "mock://" + scope);

        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        assertThat(exit).isZero();
        assertThat(TOPICS).hasSize(7);
        TOPICS.forEach(topic -> {
            assertThat(registry.latestVersion(topic.topic() + "-value").schema().schema())
                    .isEqualTo(topic.valueSchema().toString());
            assertThat(out.toString()).contains("registered  " + topic.topic() + "-value");
        });
    }

    @Test
    void check_passes_for_new_and_unchanged_subjects_and_registers_nothing() {
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        registry.register(
                "reactions.enriched.v1-value",
                SchemaText.avro(dev.mrt.avro.EnrichedArticle.getClassSchema().toString()),
                false);
        long before = registry.requestCount();

        int exit = run("schemas", "--registry", "mock://" + scope, "--check");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("compatible  reactions.enriched.v1-value")
                .contains("new         news.articles.v1-value");
        assertThat(registry.requestCount() - before).isEqualTo(TOPICS.size());
        assertThat(registry.latestVersion("reactions.enriched.v1-value").version())
                .isEqualTo(1);
    }

    @Test
    void check_exits_non_zero_and_prints_the_incompatibility() {
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        registry.register("news.articles.v1-value", SchemaText.avro("""
                {"type":"record","name":"Article","namespace":"dev.mrt.avro","fields":[
                  {"name":"id","type":"long"}]}"""), false);

        int exit = run("schemas", "--registry", "mock://" + scope, "--check");

        assertThat(exit).isEqualTo(SchemasCommand.INCOMPATIBLE);
        assertThat(err.toString())
                .contains("INCOMPATIBLE news.articles.v1-value")
                .contains("TYPE_MISMATCH")
                .contains("field:'id'");
        assertThat(out.toString()).contains("new         reactions.enriched.v1-value");
    }

    @Test
    void registering_an_incompatible_schema_is_refused_and_reported() {
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        registry.register("news.articles.v1-value", SchemaText.avro("""
                {"type":"record","name":"Article","namespace":"dev.mrt.avro","fields":[
                  {"name":"id","type":"long"}]}"""), false);

        int exit = run("schemas", "--registry", "mock://" + scope);

        assertThat(exit).isEqualTo(SchemasCommand.INCOMPATIBLE);
        assertThat(err.toString())
                .contains("REFUSED     news.articles.v1-value")
                .contains("incompatible");
        assertThat(registry.latestVersion("reactions.enriched.v1-value").version())
                .isEqualTo(1);
    }

    @Test
    void registry_settings_are_checked() {
        int exit = run("schemas", "--registry", "mock://" + scope, "-s", "schema.registry.nonsense=1");

        assertThat(exit).isEqualTo(SchemasCommand.REGISTRY_ERROR);
        assertThat(err.toString()).contains("schema.registry.nonsense");

        // Checked with the rest of the configuration, so the message says where the value came from.
        err.getBuffer().setLength(0);
        exit = run("schemas", "--registry", "mock://" + scope, "-s", "schema.registry.max.retries=many");
        assertThat(exit).isEqualTo(SchemasCommand.REGISTRY_ERROR);
        assertThat(err.toString()).contains("schema.registry.max.retries", "'many' is not an integer", "command line");
    }

    @Test
    void an_unreachable_registry_exits_with_2() {
        int exit = run("schemas", "--registry", "http://localhost:1", "--check", "-s", "max.retries=0");

        assertThat(exit).isEqualTo(SchemasCommand.REGISTRY_ERROR);
        assertThat(err.toString()).contains("unreachable");
    }
}
