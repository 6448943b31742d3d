package dev.mrt.replay;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A replay's name. It becomes part of the application id (consumer group, state, internal
 * topics) and of the output topic names, so it is limited to characters valid in both.
 */
public record ReplayId(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final DateTimeFormatter DERIVED =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public ReplayId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "replay id '" + value + "' must be 1 to 80 characters of a-z A-Z 0-9 . _ -");
        }
    }

    /** A fresh id from the start time (UTC), e.g. {@code 20240501-101500}. */
    public static ReplayId derivedAt(Instant now) {
        return new ReplayId(DERIVED.format(now));
    }

    /** {@code <live application id>-replay-<id>}: a consumer group and state of its own. */
    public String applicationId(String liveApplicationId) {
        return liveApplicationId + "-replay-" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
