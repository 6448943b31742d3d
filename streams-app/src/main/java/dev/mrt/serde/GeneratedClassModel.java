package dev.mrt.serde;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * The Avro model for writing and reading one generated class: a plain {@link SpecificData} (a
 * subclass would lose Avro's fast reader, which accepts only the exact classes) with the class's
 * logical-type conversions and its generated encoders switched on.
 *
 * <p>Generated encoders: Avro generates {@code customEncode} for records without logical types
 * but leaves it unused unless the model enables it ({@code org.apache.avro.specific.use_custom_coders});
 * it is enabled on this model only.
 *
 * <p>Class trust: Avro 1.12 instantiates generated classes found by name only when
 * {@link ClassSecurityValidator} trusts them, to stop a hostile schema naming arbitrary classes.
 * This model adds to Avro's global trust exactly the generated record, enum and fixed classes
 * reachable from the compiled-in schema of a class the application chose, never a name taken from
 * the registry, and never a whole package.
 */
final class GeneratedClassModel {

    private static final Set<String> TRUSTED = ConcurrentHashMap.newKeySet();
    private static final ClassSecurityPredicate TRUST_GENERATED = type -> TRUSTED.contains(type.getName());

    private GeneratedClassModel() {}

    static SpecificData of(Class<? extends SpecificRecord> type) {
        SpecificData original = SpecificData.getForClass(type);
        SpecificData model = new SpecificData(type.getClassLoader());
        original.getConversions().forEach(model::addLogicalTypeConversion);
        model.setCustomCoders(true);
        trustGeneratedClassesOf(original.getSchema(type), type.getClassLoader());
        return model;
    }

    private static void trustGeneratedClassesOf(Schema schema, ClassLoader loader) {
        List<Class<?>> generated = new ArrayList<>();
        collect(schema, loader, generated, new HashSet<>());
        generated.forEach(type -> TRUSTED.add(type.getName()));
        ensureGlobalTrusts(generated);
    }

    /** Checked every time, because other code may replace Avro's global predicate after us. */
    private static synchronized void ensureGlobalTrusts(List<Class<?>> generated) {
        ClassSecurityPredicate global = ClassSecurityValidator.getGlobal();
        if (!generated.stream().allMatch(global::isTrusted)) {
            ClassSecurityValidator.setGlobal(new TrustingComposite(global));
        }
    }

    /** The previous global predicate, widened by the generated classes. */
    private record TrustingComposite(ClassSecurityPredicate previous) implements ClassSecurityPredicate {
        @Override
        public boolean isTrusted(Class<?> type) {
            return TRUST_GENERATED.isTrusted(type) || previous.isTrusted(type);
        }

        @Override
        public void forbiddenClass(String className) {
            previous.forbiddenClass(className);
        }
    }

    private static void collect(Schema schema, ClassLoader loader, List<Class<?>> found, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                String className = SpecificData.getClassName(schema);
                try {
                    Class<?> generated = Class.forName(className, false, loader);
                    if (SpecificRecord.class.isAssignableFrom(generated)
                            || generated.isEnum()
                            || org.apache.avro.specific.SpecificFixed.class.isAssignableFrom(generated)) {
                        found.add(generated);
                    }
                } catch (ClassNotFoundException notGenerated) {
                    // Avro reads a named type without a generated class generically.
                }
                if (schema.getType() == Schema.Type.RECORD) {
                    schema.getFields().forEach(field -> collect(field.schema(), loader, found, seen));
                }
            }
            case ARRAY -> collect(schema.getElementType(), loader, found, seen);
            case MAP -> collect(schema.getValueType(), loader, found, seen);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, loader, found, seen));
            default -> {
                // Primitive types name no class.
            }
        }
    }
}
