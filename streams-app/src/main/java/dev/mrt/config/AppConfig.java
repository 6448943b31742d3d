package dev.mrt.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The application's configuration after layering: every value typed, checked, and traceable to
 * the file line, environment variable or option it came from. Immutable.
 */
public final class AppConfig {

    private static final List<String> SECRET_MARKERS =
            List.of("password", "secret", "token", "user.info", "jaas", "credentials");

    private final Map<String, ConfigValue> values;
    private final Map<Setting, Object> typed;

    private AppConfig(Map<String, ConfigValue> values, Map<Setting, Object> typed) {
        this.values = values;
        this.typed = typed;
    }

    /**
     * Merges layers, lowest priority first, and checks every key and value.
     *
     * @throws ConfigException naming the source, line and key of the first problem
     */
    public static AppConfig fromLayers(List<Map<String, ConfigValue>> layers) {
        Map<String, ConfigValue> merged = new LinkedHashMap<>();
        for (Map<String, ConfigValue> layer : layers) {
            merged.putAll(layer);
        }
        Map<Setting, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : merged.entrySet()) {
            String key = e.getKey();
            ConfigValue v = e.getValue();
            var setting = Setting.byKey(key);
            if (setting.isPresent()) {
                try {
                    typed.put(setting.get(), setting.get().type().parse(v.raw()));
                } catch (IllegalArgumentException ex) {
                    throw ConfigException.at(
                            v.origin(),
                            key,
                            ex.getMessage() + " (expected "
                                    + setting.get().type().description() + ")");
                }
            } else if (SerdeSetting.byKey(key).isPresent()) {
                SerdeSetting serde = SerdeSetting.byKey(key).get();
                try {
                    serde.type().parse(v.raw());
                } catch (IllegalArgumentException ex) {
                    throw ConfigException.at(
                            v.origin(),
                            key,
                            ex.getMessage() + " (expected " + serde.type().description() + ")");
                }
            } else if (!key.startsWith(Setting.KAFKA_PREFIX)) {
                throw ConfigException.at(
                        v.origin(),
                        key,
                        "unknown setting; 'market-reaction-tagger config --list' lists the known "
                                + "ones; Kafka settings take the prefix '" + Setting.KAFKA_PREFIX + "'");
            } else if (key.equals(Setting.KAFKA_PREFIX)) {
                throw ConfigException.at(v.origin(), key, "a Kafka setting needs a name after the prefix");
            }
        }
        for (Setting s : Setting.values()) {
            if (!typed.containsKey(s)) {
                throw new ConfigException("no value for '" + s.key()
                        + "': it belongs in config/application.properties (" + s.doc() + ")");
            }
        }
        return new AppConfig(Collections.unmodifiableMap(merged), Collections.unmodifiableMap(typed));
    }

    /** A copy with one setting replaced, e.g. the embedded broker's address in local mode. */
    public AppConfig with(String key, String raw, ConfigOrigin origin) {
        return fromLayers(List.of(values, Map.of(key, new ConfigValue(raw, origin))));
    }

    public String string(Setting s) {
        return String.valueOf(typed.get(s));
    }

    public int integer(Setting s) {
        return (Integer) typed.get(s);
    }

    public boolean bool(Setting s) {
        return (Boolean) typed.get(s);
    }

    public double decimal(Setting s) {
        return (Double) typed.get(s);
    }

    public Duration duration(Setting s) {
        return (Duration) typed.get(s);
    }

    public TopicRetention retention(Setting s) {
        return (TopicRetention) typed.get(s);
    }

    /** Where a key's value came from, for messages that point the user at it. */
    public ConfigOrigin origin(String key) {
        ConfigValue v = values.get(key);
        return v == null ? new ConfigOrigin("built-in", 0) : v.origin();
    }

    /** Settings under {@code kafka.}, prefix removed, for Kafka clients and Streams. */
    public Map<String, Object> kafkaOverrides() {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(Setting.KAFKA_PREFIX)) {
                out.put(k.substring(Setting.KAFKA_PREFIX.length()), v.raw());
            }
        });
        return out;
    }

    /** Schema Registry client settings, including {@code schema.registry.url}. */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (isSerdeKey(k)) {
                out.put(k, v.raw());
            }
        });
        return out;
    }

    /** All values as text, secrets masked: safe to log or print. */
    public Map<String, String> redacted() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, isSecret(k) ? "[hidden]" : v.raw()));
        return out;
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(k::contains);
    }

    private static boolean isSerdeKey(String key) {
        return SerdeSetting.byKey(key).isPresent();
    }

    @Override
    public String toString() {
        return "AppConfig" + redacted();
    }
}
