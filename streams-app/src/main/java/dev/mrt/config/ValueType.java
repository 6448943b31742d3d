package dev.mrt.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** How a setting's text is parsed and checked. Each parser throws IllegalArgumentException with a user-facing reason. */
public final class ValueType<T> {
    private final String description;
    private final Function<String, T> parser;

    private ValueType(String description, Function<String, T> parser) {
        this.description = description;
        this.parser = parser;
    }

    public T parse(String raw) {
        return parser.apply(raw);
    }

    public String description() {
        return description;
    }

    public static final ValueType<String> TEXT = new ValueType<>("text", s -> s);

    public static final ValueType<String> NON_EMPTY = new ValueType<>("non-empty text", s -> {
        if (s.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return s;
    });

    /** Kafka's own rule: 1..249 chars of [a-zA-Z0-9._-]. */
    public static final ValueType<String> TOPIC = new ValueType<>("Kafka topic name", s -> {
        if (s.isEmpty() || s.length() > 249 || s.equals(".") || s.equals("..")) {
            throw new IllegalArgumentException("'" + s + "' is not a valid topic name");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-';
            if (!ok) {
                throw new IllegalArgumentException("'" + s + "' is not a valid topic name (only a-z A-Z 0-9 . _ -)");
            }
        }
        return s;
    });

    public static final ValueType<Boolean> BOOLEAN = new ValueType<>("true or false", s -> {
        String v = s.toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("'" + s + "' is not true or false");
    });

    public static final ValueType<Integer> PORT = intRange(0, 65535);
    public static final ValueType<Integer> POSITIVE_INT = intRange(1, Integer.MAX_VALUE);

    /** ISO-8601 ({@code PT1H}, {@code P7D}) or shorthand ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d}). */
    public static final ValueType<Duration> DURATION =
            new ValueType<>("duration such as 30s, 1h, 7d or PT1H", ValueType::parseDuration);

    /** {@code forever}, or a duration as {@link #DURATION} reads it (at least a minute: a shorter one is a typo). */
    public static final ValueType<TopicRetention> RETENTION =
            new ValueType<>("'forever' or a duration such as 400d", ValueType::parseRetention);

    public static ValueType<Integer> intRange(int min, int max) {
        return new ValueType<>("integer in [" + min + ", " + max + "]", s -> {
            int v;
            try {
                v = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not an integer");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(v + " is outside [" + min + ", " + max + "]");
            }
            return v;
        });
    }

    /** A finite number above zero. */
    public static ValueType<Double> positiveDouble() {
        return new ValueType<>("number above 0", s -> {
            double v;
            try {
                v = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a number");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("'" + s + "' is not a number above 0");
            }
            return v;
        });
    }

    public static ValueType<Long> longRange(long min, long max) {
        return new ValueType<>("integer in [" + min + ", " + max + "]", s -> {
            long v;
            try {
                v = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not an integer");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(v + " is outside [" + min + ", " + max + "]");
            }
            return v;
        });
    }

    public static ValueType<String> oneOf(String... allowed) {
        List<String> options = List.of(allowed);
        return new ValueType<>("one of " + options, s -> {
            if (!options.contains(s)) {
                throw new IllegalArgumentException("'" + s + "' is not one of " + options);
            }
            return s;
        });
    }

    static TopicRetention parseRetention(String s) {
        if (s.strip().equalsIgnoreCase(TopicRetention.FOREVER_TEXT)) {
            return TopicRetention.forever();
        }
        Duration d = parseDuration(s);
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("'" + s + "' is shorter than a minute");
        }
        return TopicRetention.of(d);
    }

    static Duration parseDuration(String s) {
        String v = s.strip();
        if (v.startsWith("P") || v.startsWith("p") || v.startsWith("-P")) {
            try {
                return requireNonNegative(Duration.parse(v), s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 duration");
            }
        }
        int split = 0;
        while (split < v.length() && Character.isDigit(v.charAt(split))) {
            split++;
        }
        if (split == 0 || split == v.length()) {
            throw new IllegalArgumentException("'" + s + "' is not a duration (e.g. 500ms, 30s, 5m, 1h, 7d, PT1H)");
        }
        long amount;
        try {
            amount = Long.parseLong(v.substring(0, split));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is too large");
        }
        return switch (v.substring(split).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("'" + s + "' has an unknown unit (use ms, s, m, h, d)");
        };
    }

    private static Duration requireNonNegative(Duration d, String raw) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + raw + "' is negative");
        }
        return d;
    }
}
