package dev.mrt.tagging.taxonomy;

import java.util.Locale;

/** Direction of an asset's quoted level (yield for bonds, the pair as quoted for FX). */
public enum Direction {
    UP,
    DOWN,
    FLAT,
    MIXED;

    /** The contract's lower-case code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Direction inverse() {
        return switch (this) {
            case UP -> DOWN;
            case DOWN -> UP;
            default -> this;
        };
    }

    public static Direction fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
