package dev.mrt.tagging.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds one taxonomy file to its {@link TaxonomyYaml} record with Jackson, and turns Jackson's
 * errors (unknown key, wrong shape, duplicate key, bad YAML) into a {@link TaxonomyException}
 * naming file, line, column and key.
 */
final class TaxonomyYamlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private TaxonomyYamlReader() {}

    static TaxonomyYaml.IndexEntry readIndex(String file, Reader in) {
        return read(file, in, TaxonomyYaml.IndexEntry.class);
    }

    static TaxonomyYaml.FileEntry readFile(String file, Reader in) {
        return read(file, in, TaxonomyYaml.FileEntry.class);
    }

    private static <T> T read(String file, Reader in, Class<T> type) {
        ObjectReader reader = MAPPER.readerFor(type).withAttribute(LocatedDeserializer.FILE, file);
        String text;
        try {
            text = readAll(in);
        } catch (IOException e) {
            throw new TaxonomyException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            T value = reader.readValue(text);
            if (value == null) {
                // An empty file binds to nothing: every section is absent.
                return reader.readValue("{}");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            JsonLocation key = YamlKeyLocator.find(text, pathOf(e));
            String where =
                    key == null ? where(file, e) : new Place(file, key.getLineNr(), key.getColumnNr()).toString();
            throw new TaxonomyException(where + ": key '" + e.getPropertyName() + "': unknown key in "
                    + context(e.getReferringClass()) + " (allowed: " + allowed(e) + ")");
        } catch (InvalidFormatException e) {
            throw new TaxonomyException(
                    where(file, e) + ": key '" + key(e) + "': bad value '" + e.getValue() + "' (" + expected(e) + ")");
        } catch (MismatchedInputException e) {
            throw new TaxonomyException(where(file, e) + ": key '" + key(e) + "': " + expected(e));
        } catch (JsonProcessingException e) {
            // Duplicate keys come from the parser, bare or wrapped with the path that led to them.
            Matcher dup = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (dup.find()) {
                throw new TaxonomyException(where(file, e) + ": key '" + dup.group(1) + "': duplicate key");
            }
            if (e instanceof JsonMappingException m && !(m.getCause() instanceof StreamReadException)) {
                throw new TaxonomyException(where(file, e) + ": key '" + key(m) + "': " + e.getOriginalMessage(), e);
            }
            Throwable syntax = e.getCause() instanceof StreamReadException r ? r : e;
            throw new TaxonomyException(
                    where(file, e) + ": not valid YAML: "
                            + String.valueOf(((JsonProcessingException) syntax).getOriginalMessage())
                                    .replaceAll("\\s+", " ")
                                    .strip(),
                    e);
        } catch (IOException e) {
            throw new TaxonomyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The start of the token the parser stopped at, else the location the error gives. */
    private static String where(String file, JsonProcessingException e) {
        JsonLocation at = e.getProcessor() instanceof JsonParser p && p.currentTokenLocation() != null
                ? p.currentTokenLocation()
                : e.getLocation();
        return at == null ? file : new Place(file, at.getLineNr(), at.getColumnNr()).toString();
    }

    /** The innermost key on the error's path ("assets[3].class" gives "class"). */
    private static String key(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return "(top)";
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return e.getOriginalMessage();
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "expected a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "expected a mapping";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "expected true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "expected a number";
        }
        return "expected a value";
    }

    /** {@code AmbiguousCurrencyNameEntry} reads "ambiguous currency name". */
    static String context(Class<?> type) {
        if (type == null) {
            return "taxonomy file";
        }
        if (type == TaxonomyYaml.IndexEntry.class) {
            return "taxonomy index";
        }
        if (type == TaxonomyYaml.FileEntry.class) {
            return "taxonomy file";
        }
        String name = type.getSimpleName().replaceFirst("Entry$", "");
        return String.join(" ", name.split("(?=[A-Z])")).toLowerCase(Locale.ROOT);
    }

    /** The keys of the mapping, in the order the record declares them. */
    private static String allowed(UnrecognizedPropertyException e) {
        List<String> out = new ArrayList<>();
        Class<?> type = e.getReferringClass();
        if (type != null && type.isRecord()) {
            PropertyNamingStrategies.NamingBase snake =
                    (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
            for (RecordComponent c : type.getRecordComponents()) {
                JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
                out.add(named != null ? named.value() : snake.translate(c.getName()));
            }
        } else {
            e.getKnownPropertyIds().forEach(k -> out.add(String.valueOf(k)));
        }
        return String.join(", ", out);
    }

    /** The error's path as keys and list indexes, the unknown key last. */
    private static List<Object> pathOf(JsonMappingException e) {
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.add(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.add(r.getIndex());
            }
        }
        return path;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
