package dev.mrt.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

    private static final SchemaText V1 = SchemaText.avro("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"}]}""");
    /** V1 + an optional field: BACKWARD and FORWARD compatible. */
    private static final SchemaText V2_OPTIONAL = SchemaText.avro("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"},
             {"name":"venue","type":["null","string"],"default":null}]}""");
    /** V1 + a required field: new readers cannot read old data (not BACKWARD), old readers can read new (FORWARD). */
    private static final SchemaText V2_REQUIRED = SchemaText.avro("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"},
             {"name":"price","type":"double"}]}""");
    /** V1 without its only field: new readers can read old data (BACKWARD), old readers cannot (not FORWARD). */
    private static final SchemaText V2_EMPTY = SchemaText.avro("""
            {"type":"record","name":"Quote","namespace":"test","fields":[]}""");

    private final String scope = "mock-test-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void ids_start_at_one_and_are_shared_by_equal_schemas_across_subjects() {
        int first = registry.register("a-value", V1, false);
        int again = registry.register("a-value", SchemaText.avro(V1.schema().replace(",", " ,  ")), false);
        int otherSubject = registry.register("b-value", V1, false);
        int second = registry.register("a-value", V2_OPTIONAL, false);

        assertThat(first).isEqualTo(1);
        assertThat(again).as("whitespace does not make a new schema").isEqualTo(1);
        assertThat(otherSubject).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(registry.latestVersion("a-value").version())
                .as("re-registering made no version")
                .isEqualTo(2);
        assertThat(registry.latestVersion("b-value").version()).isEqualTo(1);
    }

    @Test
    void backward_is_the_default_and_an_incompatible_change_is_refused_with_409() {
        registry.register("q-value", V1, false);

        SchemaRegistryException refused = catchThrowableOfType(
                SchemaRegistryException.class, () -> registry.register("q-value", V2_REQUIRED, false));

        assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(refused.httpStatus()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.registryMessage())
                .contains("incompatible with an earlier schema for subject \"q-value\"")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("field:'price'")
                .contains("BACKWARD");
        assertThat(registry.latestVersion("q-value").version()).isEqualTo(1);
        assertThat(registry.register("q-value", V2_OPTIONAL, false)).isEqualTo(2);
    }

    @Test
    void levels_are_checked_in_their_direction() {
        registry.register("fwd-value", V1, false);
        registry.updateCompatibility("fwd-value", CompatibilityLevel.FORWARD);
        registry.register("full-value", V1, false);
        registry.updateCompatibility("full-value", CompatibilityLevel.FULL);
        registry.register("none-value", V1, false);
        registry.updateCompatibility("none-value", CompatibilityLevel.NONE);

        assertThat(registry.register("fwd-value", V2_REQUIRED, false)).isPositive();
        assertThat(catchThrowableOfType(
                                SchemaRegistryException.class, () -> registry.register("fwd-value", V2_EMPTY, false))
                        .errorCode())
                .isEqualTo(409);
        assertThat(catchThrowableOfType(
                                SchemaRegistryException.class,
                                () -> registry.register("full-value", V2_REQUIRED, false))
                        .errorCode())
                .isEqualTo(409);
        assertThat(registry.register("full-value", V2_OPTIONAL, false)).isPositive();
        assertThat(registry.register("none-value", V2_REQUIRED, false)).isPositive();
        assertThat(registry.compatibility("none-value")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(registry.compatibility("untouched-value")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void transitive_levels_check_every_earlier_version() {
        SchemaText v2 = V2_EMPTY;
        registry.updateCompatibility("plain-value", CompatibilityLevel.BACKWARD);
        registry.updateCompatibility("transitive-value", CompatibilityLevel.BACKWARD_TRANSITIVE);
        for (String subject : new String[] {"plain-value", "transitive-value"}) {
            registry.register(subject, V1, false);
            registry.register(subject, v2, false);
        }

        // Readable against v2 (no fields to miss) but not against v1, whose symbol is a string.
        SchemaText v3 = SchemaText.avro("""
                {"type":"record","name":"Quote","namespace":"test","fields":[
                 {"name":"symbol","type":"int","default":0}]}""");

        assertThat(registry.register("plain-value", v3, false)).isPositive();
        assertThat(catchThrowableOfType(
                                SchemaRegistryException.class, () -> registry.register("transitive-value", v3, false))
                        .registryMessage())
                .contains("oldSchemaVersion:1");
    }

    @Test
    void scopes_are_isolated_and_shared_within_the_jvm() {
        String otherScope = scope + "-other";
        try {
            registry.register("q-value", V1, false);
            MockSchemaRegistry other = MockSchemaRegistry.forScope(otherScope);

            SchemaRegistryException missing =
                    catchThrowableOfType(SchemaRegistryException.class, () -> other.latestVersion("q-value"));
            other.register("q-value", V2_REQUIRED, false);

            assertThat(missing.errorCode()).isEqualTo(40401);
            assertThat(MockSchemaRegistry.forScope(scope)).isSameAs(registry);
            assertThat(registry.latestVersion("q-value").schema())
                    .isEqualTo(SchemaText.avro(new org.apache.avro.Schema.Parser()
                            .parse(V1.schema())
                            .toString()));
        } finally {
            MockSchemaRegistry.dropScope(otherScope);
        }
    }

    @Test
    void error_codes_match_the_real_registry() {
        registry.register("q-value", V1, false);

        assertThat(catchThrowableOfType(SchemaRegistryException.class, () -> registry.latestVersion("nope"))
                        .errorCode())
                .isEqualTo(40401);
        assertThat(catchThrowableOfType(SchemaRegistryException.class, () -> registry.lookup("nope", V1, false))
                        .errorCode())
                .isEqualTo(40401);
        assertThat(catchThrowableOfType(
                                SchemaRegistryException.class, () -> registry.lookup("q-value", V2_OPTIONAL, false))
                        .errorCode())
                .isEqualTo(40403);
        assertThat(catchThrowableOfType(SchemaRegistryException.class, () -> registry.schemaById(99))
                        .errorCode())
                .isEqualTo(40403);
        assertThat(catchThrowableOfType(
                                SchemaRegistryException.class,
                                () -> registry.register("q-value", SchemaText.avro("{\"type\":\"nonsense\"}"), false))
                        .errorCode())
                .isEqualTo(42201);
        assertThat(catchThrowableOfType(
                                SchemaRegistryException.class,
                                () -> registry.register(
                                        "q-value", new SchemaText("syntax = \"proto3\";", "PROTOBUF"), false))
                        .errorCode())
                .isEqualTo(42201);
    }

    @Test
    void normalized_lookup_ignores_attribute_order() {
        registry.register("q-value", V1, false);
        SchemaText reordered = SchemaText.avro("""
                {"namespace":"test","fields":[{"type":"string","name":"symbol"}],"name":"Quote","type":"record",
                 "owner":"desk"}""");
        SchemaText sameButReordered = SchemaText.avro("""
                {"type":"record","name":"Quote","namespace":"test","owner":"desk","fields":[{"name":"symbol","type":"string"}]}""");
        int withProperty = registry.register("p-value", reordered, true);

        RegisteredSchema found = registry.lookup("p-value", sameButReordered, true);
        RegisteredSchema plain = registry.lookup("q-value", V1, false);

        assertThat(found.id()).isEqualTo(withProperty);
        assertThat(plain.id()).isEqualTo(1);
    }

    @Test
    void compatibility_test_against_latest() {
        registry.register("q-value", V1, false);

        assertThat(registry.testCompatibility("q-value", V2_OPTIONAL, false).compatible())
                .isTrue();
        CompatibilityCheck bad = registry.testCompatibility("q-value", V2_REQUIRED, false);
        assertThat(bad.compatible()).isFalse();
        assertThat(bad.messages()).hasSize(1);
    }

    @Test
    void guids_identify_schemas() {
        registry.register("q-value", V1, false);
        RegisteredSchema found = registry.lookup("q-value", V1, false);

        assertThat(found.guid()).isNotNull();
        assertThat(registry.schemaByGuid(found.guid())).isEqualTo(registry.schemaById(found.id()));
        assertThat(catchThrowableOfType(SchemaRegistryException.class, () -> registry.schemaByGuid(UUID.randomUUID()))
                        .errorCode())
                .isEqualTo(40403);
    }
}
