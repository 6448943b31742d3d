package dev.mrt.serde.registry;

import java.util.List;

/** Answer of {@code POST /compatibility/subjects/{s}/versions/latest?verbose=true}. */
public record CompatibilityCheck(boolean compatible, List<String> messages) {

    public CompatibilityCheck {
        messages = List.copyOf(messages);
    }
}
