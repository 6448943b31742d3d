package dev.mrt.serde.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Applies a {@link CompatibilityLevel} with Avro's own {@link SchemaCompatibility}, as the registry
 * does: BACKWARD means the new schema reads data written with the old; FORWARD the reverse.
 */
final class AvroCompatibilityChecker {

    private AvroCompatibilityChecker() {}

    /**
     * @param previous the subject's versions, oldest first (version numbers are 1-based positions)
     * @return one message per incompatibility; empty when compatible
     */
    static List<String> incompatibilities(CompatibilityLevel level, Schema candidate, List<Schema> previous) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return messages;
        }
        int first = level.transitive() ? 0 : previous.size() - 1;
        for (int i = previous.size() - 1; i >= first; i--) {
            Schema old = previous.get(i);
            int version = i + 1;
            if (level.checksBackward()) {
                describe(candidate, old, "BACKWARD", version, messages);
            }
            if (level.checksForward()) {
                describe(old, candidate, "FORWARD", version, messages);
            }
        }
        return messages;
    }

    private static void describe(Schema reader, Schema writer, String direction, int oldVersion, List<String> out) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            out.add("{errorType:'" + incompatibility.getType() + "', description:'" + incompatibility.getMessage()
                    + "', field:'" + IncompatibilityDescription.fieldPath(reader, incompatibility.getLocation())
                    + "', location:'" + incompatibility.getLocation() + "', oldSchemaVersion:" + oldVersion
                    + ", check:'" + direction + "'}");
        }
    }
}
