package dev.mrt.replay;

import java.time.Instant;
import java.util.Locale;

/** Where a replay starts reading its inputs: at the beginning, or at the first record at or after an instant. */
public sealed interface ReplayStart {

    /** The start of the event-time window, or null when unbounded. */
    Instant instant();

    record Earliest() implements ReplayStart {
        @Override
        public Instant instant() {
            return null;
        }

        @Override
        public String toString() {
            return "earliest";
        }
    }

    record At(Instant instant) implements ReplayStart {
        @Override
        public String toString() {
            return instant.toString();
        }
    }

    static ReplayStart earliest() {
        return new Earliest();
    }

    static ReplayStart at(Instant instant) {
        return new At(instant);
    }

    /** {@code earliest}, or anything {@link TimeArgument} reads. */
    static ReplayStart parse(String text, Instant now) {
        if (text.strip().toLowerCase(Locale.ROOT).equals("earliest")) {
            return earliest();
        }
        return at(TimeArgument.parse(text, now));
    }
}
