package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mrt.avro.Evidence;
import dev.mrt.config.SerdeSetting;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The no-argument serializer and deserializer that Kafka instantiates from {@code value.serializer=...}. */
class ConfigureByClassNameTest {

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    @Test
    void plain_serializer_and_generic_deserializer() {
        AvroSerializer<Evidence> serializer = new AvroSerializer<>();
        serializer.configure(scope.config(), false);
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>();
        deserializer.configure(scope.config(), false);

        Object read = deserializer.deserialize("evidence", serializer.serialize("evidence", new Evidence(1, 3, "ab")));

        assertThat(read).isInstanceOf(GenericRecord.class).isNotInstanceOf(Evidence.class);
        assertThat(((GenericRecord) read).get("text")).hasToString("ab");
        serializer.close();
        deserializer.close();
    }

    @Test
    void specific_avro_reader_needs_avro_to_trust_the_package_and_says_so() {
        // Other code in this JVM may have widened Avro's global trust; this test needs the default.
        ClassSecurityValidator.ClassSecurityPredicate global = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT);
        try {
            expectTrustHint();
        } finally {
            ClassSecurityValidator.setGlobal(global);
        }
    }

    private void expectTrustHint() {
        // Written as a GenericRecord: no serde of the generated class has been used, so nothing is trusted yet.
        GenericRecord written = new GenericData.Record(Evidence.getClassSchema());
        written.put("start", 1);
        written.put("end", 3);
        written.put("text", "ab");
        byte[] bytes = AvroSerdes.generic(false, scope.config()).serializer().serialize("evidence", written);
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>();
        deserializer.configure(scope.config(SerdeSetting.SPECIFIC_AVRO_READER.key(), true), false);

        AvroSerdeException error =
                catchThrowableOfType(AvroSerdeException.class, () -> deserializer.deserialize("evidence", bytes));

        assertThat(error.getMessage())
                .contains("specific.avro.reader=true")
                .contains("org.apache.avro.SERIALIZABLE_PACKAGES")
                .contains("schema id 1");
    }

    @Test
    void specific_avro_reader_returns_generated_classes_once_trusted() {
        AvroSerializer<Evidence> serializer = new AvroSerializer<>();
        serializer.configure(scope.config(), false);
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>();
        deserializer.configure(scope.config(SerdeSetting.SPECIFIC_AVRO_READER.key(), true), false);

        Object read = deserializer.deserialize("evidence", serializer.serialize("evidence", new Evidence(1, 3, "ab")));

        assertThat(read).isEqualTo(new Evidence(1, 3, "ab"));
    }

    @Test
    void unconfigured_use_is_refused_with_the_missing_key() {
        AvroSerializer<Evidence> serializer = new AvroSerializer<>();

        IllegalStateException error = catchThrowableOfType(
                IllegalStateException.class, () -> serializer.serialize("evidence", new Evidence(1, 3, "ab")));

        assertThat(error.getMessage()).contains("schema.registry.url");
    }
}
