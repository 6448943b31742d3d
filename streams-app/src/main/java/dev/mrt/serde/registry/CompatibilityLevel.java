package dev.mrt.serde.registry;

import java.util.Locale;

/** The registry's compatibility levels, with Confluent's names. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** The new schema must read data written with the earlier one(s). */
    public boolean checksBackward() {
        return backward;
    }

    /** The earlier schema(s) must read data written with the new one. */
    public boolean checksForward() {
        return forward;
    }

    /** Checked against every earlier version, not only the latest. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a level name as the registry spells it; case-insensitive. */
    public static CompatibilityLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "Unknown compatibility level '" + name + "'; expected one of "
                            + java.util.Arrays.toString(values()),
                    e);
        }
    }
}
