package dev.mrt.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

/**
 * Any Avro record as JSON, driven by its schema: every field under its schema name, in schema
 * order; {@code timestamp-millis} as an ISO-8601 instant, {@code date} as an ISO-8601 date; an
 * absent optional value as {@code null}. Because the schema decides the fields, a field added to
 * a record shows up in every output built on this, and no output can drop one.
 */
public final class AvroJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {}

    public static ObjectNode of(IndexedRecord record) {
        ObjectNode o = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            o.set(field.name(), value(field.schema(), record.get(field.pos())));
        }
        return o;
    }

    /** A list of records, each as {@link #of}. */
    public static ArrayNode array(List<? extends IndexedRecord> records) {
        ArrayNode a = NODES.arrayNode();
        records.forEach(r -> a.add(of(r)));
        return a;
    }

    private static JsonNode value(Schema schema, Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        return switch (schema.getType()) {
            case UNION -> value(branch(schema, v), v);
            case RECORD -> of((IndexedRecord) v);
            case ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                ((Iterable<?>) v).forEach(e -> a.add(value(schema.getElementType(), e)));
                yield a;
            }
            case MAP -> {
                ObjectNode m = NODES.objectNode();
                ((Map<?, ?>) v).forEach((k, e) -> m.set(k.toString(), value(schema.getValueType(), e)));
                yield m;
            }
            case INT ->
                isLogical(schema, LogicalTypes.date())
                        ? NODES.textNode(
                                v instanceof LocalDate d
                                        ? d.toString()
                                        : LocalDate.ofEpochDay((Integer) v).toString())
                        : NODES.numberNode((Integer) v);
            case LONG ->
                isLogical(schema, LogicalTypes.timestampMillis())
                        ? NODES.textNode(
                                v instanceof Instant t
                                        ? t.toString()
                                        : Instant.ofEpochMilli((Long) v).toString())
                        : NODES.numberNode((Long) v);
            case DOUBLE -> NODES.numberNode((Double) v);
            case FLOAT -> NODES.numberNode((Float) v);
            case BOOLEAN -> NODES.booleanNode((Boolean) v);
            case NULL -> NODES.nullNode();
            case STRING, ENUM -> NODES.textNode(v.toString());
            case BYTES, FIXED ->
                throw new IllegalArgumentException(
                        "no JSON rendering for Avro " + schema.getType() + " (no record of ours has one)");
        };
    }

    /**
     * The branch of a union a value takes. Ours are all {@code [null, X]}: a value takes X. Any
     * other union is resolved by Avro (which knows no logical-type conversions: fine for them).
     */
    private static Schema branch(Schema union, Object v) {
        List<Schema> nonNull = union.getTypes().stream()
                .filter(t -> t.getType() != Schema.Type.NULL)
                .toList();
        return nonNull.size() == 1
                ? nonNull.get(0)
                : union.getTypes().get(GenericData.get().resolveUnion(union, v));
    }

    private static boolean isLogical(Schema schema, LogicalType type) {
        LogicalType actual = schema.getLogicalType();
        return actual != null && actual.getName().equals(type.getName());
    }
}
