package dev.mrt.serde.registry;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Avro's reader/writer incompatibilities in words an operator can act on: Avro locates a problem
 * as a JSON path ({@code /fields/0/type}); this adds the field names along it ({@code start}).
 */
public final class IncompatibilityDescription {

    private IncompatibilityDescription() {}

    /** Null when the reader can read what the writer wrote. */
    public static String ofReading(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility check =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (check.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return null;
        }
        return describe(check.getResult().getIncompatibilities(), reader);
    }

    public static String describe(List<Incompatibility> incompatibilities, Schema reader) {
        return incompatibilities.stream()
                .map(i -> i.getType() + " at field '" + fieldPath(reader, i.getLocation()) + "' (" + i.getLocation()
                        + "): " + i.getMessage())
                .collect(Collectors.joining("; "));
    }

    /** {@code /fields/2/type/items/fields/0} -> {@code market_notes[].id}, as far as the path can be followed. */
    public static String fieldPath(Schema root, String location) {
        StringBuilder path = new StringBuilder();
        Schema current = root;
        String[] tokens = location == null ? new String[0] : location.split("/");
        for (int i = 0; i < tokens.length && current != null; i++) {
            String token = tokens[i];
            if (token.equals("fields") && i + 1 < tokens.length && current.getType() == Schema.Type.RECORD) {
                int index = Integer.parseInt(tokens[++i]);
                if (index >= current.getFields().size()) {
                    break;
                }
                Schema.Field field = current.getFields().get(index);
                path.append(path.length() == 0 ? "" : ".").append(field.name());
                current = field.schema();
            } else if (token.equals("items") && current.getType() == Schema.Type.ARRAY) {
                path.append("[]");
                current = current.getElementType();
            } else if (token.equals("values") && current.getType() == Schema.Type.MAP) {
                path.append("{}");
                current = current.getValueType();
            } else if (token.matches("\\d+") && current.getType() == Schema.Type.UNION) {
                int branch = Integer.parseInt(token);
                current =
                        branch < current.getTypes().size() ? current.getTypes().get(branch) : null;
            }
        }
        return path.length() == 0 ? "(record)" : path.toString();
    }
}
