package dev.mrt.serde;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The Avro model for writing and reading one generated class: that class's logical-type
 * conversions, its nested generated classes resolved up front, the generated encoders switched on,
 * and lists that compare like the ones builders make.
 *
 * <p>Generated encoders: Avro generates {@code customEncode} for records without logical types
 * but leaves it unused unless the model enables it ({@code org.apache.avro.specific.use_custom_coders});
 * here it is enabled for this model only. Reading goes through Avro's fast reader either way.
 *
 * <p>Classes resolved up front: Avro 1.12 refuses to load classes by name unless their package is
 * trusted ({@code org.apache.avro.SERIALIZABLE_PACKAGES}), to stop a hostile schema naming
 * arbitrary classes. Here every name comes from the compiled-in schema of a class the application
 * chose, never from the registry, so the classes are resolved directly and no global trust setting
 * is needed.
 */
final class GeneratedClassModel extends SpecificData {

    private final Map<String, Class<?>> generatedClasses = new HashMap<>();

    GeneratedClassModel(Class<? extends SpecificRecord> type) {
        super(type.getClassLoader());
        setCustomCoders(true);
        SpecificData original = SpecificData.getForClass(type);
        original.getConversions().forEach(this::addLogicalTypeConversion);
        collect(original.getSchema(type), type.getClassLoader());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getClass(Schema schema) {
        Schema.Type type = schema.getType();
        if (type == Schema.Type.RECORD || type == Schema.Type.ENUM || type == Schema.Type.FIXED) {
            Class<?> known = generatedClasses.get(schema.getFullName());
            if (known != null) {
                return known;
            }
        }
        return super.getClass(schema);
    }

    /**
     * Plain {@link ArrayList}s rather than Avro's {@code GenericData.Array}: the latter's
     * {@code equals} compares elements with the conversion-less generic model and throws on
     * logical-type values inside unions (e.g. a nullable date), so a read record could not be
     * compared with a built one.
     */
    @Override
    public Object newArray(Object old, int size, Schema schema) {
        if (old instanceof Collection<?> collection) {
            collection.clear();
            return old;
        }
        return new ArrayList<>(size);
    }

    private void collect(Schema schema, ClassLoader loader) {
        switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> {
                if (generatedClasses.containsKey(schema.getFullName())) {
                    return;
                }
                try {
                    generatedClasses.put(schema.getFullName(), Class.forName(getClassName(schema), false, loader));
                } catch (ClassNotFoundException notGenerated) {
                    // A named type without a generated class is read generically, as Avro would.
                    return;
                }
                if (schema.getType() == Schema.Type.RECORD) {
                    schema.getFields().forEach(field -> collect(field.schema(), loader));
                }
            }
            case ARRAY -> collect(schema.getElementType(), loader);
            case MAP -> collect(schema.getValueType(), loader);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, loader));
            default -> {
                // Primitive types name no class.
            }
        }
    }
}
