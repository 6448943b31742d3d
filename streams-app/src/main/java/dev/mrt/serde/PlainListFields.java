package dev.mrt.serde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Replaces the {@code GenericData.Array}s in a freshly read generated record with
 * {@link ArrayList}s, as builders make.
 *
 * <p>Why: {@code GenericData.Array.equals} compares its elements with Avro's conversion-less
 * generic model, which throws on logical-type values (an {@code Instant}, a {@code LocalDate} in a
 * union) inside array elements, so {@code read.equals(built)} fails on records such as
 * {@code EnrichedArticle}. Avro's fast reader, which is several times faster than the resolving
 * one, always makes {@code GenericData.Array}s; the copy afterwards is cheap. The walk is planned
 * once per reader schema and visits only fields that can hold an array.
 */
final class PlainListFields {

    /** Rewrites one value of a known schema; returns the value to store. */
    private interface Step {
        Object apply(Object value);
    }

    private final Step root;

    private PlainListFields(Step root) {
        this.root = root;
    }

    static PlainListFields forSchema(Schema schema) {
        return new PlainListFields(plan(schema, new HashMap<>()));
    }

    @SuppressWarnings("unchecked")
    <T> T apply(T record) {
        return root == null || record == null ? record : (T) root.apply(record);
    }

    /** Null when no array can occur under {@code schema}. */
    private static Step plan(Schema schema, Map<String, RecordStep> records) {
        switch (schema.getType()) {
            case ARRAY -> {
                Step element = plan(schema.getElementType(), records);
                return value -> toArrayList(value, element);
            }
            case MAP -> {
                Step element = plan(schema.getValueType(), records);
                return element == null ? null : value -> rewriteValues(value, element);
            }
            case RECORD -> {
                RecordStep known = records.get(schema.getFullName());
                if (known != null) {
                    return known;
                }
                RecordStep step = new RecordStep();
                records.put(schema.getFullName(), step);
                for (Schema.Field field : schema.getFields()) {
                    Step fieldStep = plan(field.schema(), records);
                    if (fieldStep != null) {
                        step.positions.add(field.pos());
                        step.steps.add(fieldStep);
                    }
                }
                // A record reached again through recursion keeps its (possibly empty) step: a no-op.
                return step.positions.isEmpty() ? null : step;
            }
            case UNION -> {
                Map<String, Step> byRecordName = new LinkedHashMap<>();
                Step array = null;
                Step map = null;
                for (Schema branch : schema.getTypes()) {
                    Step step = plan(branch, records);
                    if (step == null) {
                        continue;
                    }
                    switch (branch.getType()) {
                        case ARRAY -> array = step;
                        case MAP -> map = step;
                        case RECORD -> byRecordName.put(branch.getFullName(), step);
                        default -> {
                            // Other branches hold no arrays.
                        }
                    }
                }
                if (array == null && map == null && byRecordName.isEmpty()) {
                    return null;
                }
                Step arrayBranch = array;
                Step mapBranch = map;
                return value -> {
                    if (value instanceof List<?> && arrayBranch != null) {
                        return arrayBranch.apply(value);
                    }
                    if (value instanceof Map<?, ?> && mapBranch != null) {
                        return mapBranch.apply(value);
                    }
                    if (value instanceof IndexedRecord record) {
                        Step step = byRecordName.get(record.getSchema().getFullName());
                        return step == null ? value : step.apply(value);
                    }
                    return value;
                };
            }
            default -> {
                return null;
            }
        }
    }

    private static final class RecordStep implements Step {
        private final List<Integer> positions = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();

        @Override
        public Object apply(Object value) {
            if (!(value instanceof IndexedRecord record)) {
                return value;
            }
            for (int i = 0; i < positions.size(); i++) {
                int pos = positions.get(i);
                Object field = record.get(pos);
                if (field != null) {
                    record.put(pos, steps.get(i).apply(field));
                }
            }
            return record;
        }
    }

    private static Object toArrayList(Object value, Step element) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        ArrayList<Object> copy = new ArrayList<>(list.size());
        for (Object item : list) {
            copy.add(element == null || item == null ? item : element.apply(item));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object rewriteValues(Object value, Step element) {
        if (value instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).replaceAll((key, item) -> item == null ? null : element.apply(item));
        }
        return value;
    }
}
