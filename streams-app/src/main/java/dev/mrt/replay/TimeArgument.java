package dev.mrt.replay;

import dev.mrt.config.ValueType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * A point in time on the command line: an ISO-8601 instant ({@code 2021-09-10T12:25:00Z}), a
 * date-time with offset ({@code 2021-09-10T08:25:00-04:00}), a date-time or date taken as UTC
 * ({@code 2021-09-10}), or a duration ago ({@code 7d}, {@code 12h}, {@code PT30M}).
 */
public final class TimeArgument {

    private static final List<Function<String, Instant>> TIMESTAMP_FORMS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());

    private TimeArgument() {}

    public static Instant parse(String text, Instant now) {
        String v = text.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(
                    "empty time; use an ISO timestamp such as 2021-09-10T00:00:00Z or a duration ago such as 7d");
        }
        for (Function<String, Instant> form : TIMESTAMP_FORMS) {
            try {
                return form.apply(v);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        Duration ago;
        try {
            ago = ValueType.DURATION.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is neither an ISO timestamp (2021-09-10T00:00:00Z, "
                    + "2021-09-10T08:25:00-04:00, 2021-09-10) nor a duration ago (7d, 12h, PT30M)");
        }
        return now.minus(ago);
    }
}
