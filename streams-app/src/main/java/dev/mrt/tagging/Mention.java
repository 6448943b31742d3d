package dev.mrt.tagging;

import java.util.List;

/** A matched phrase: token range [from, to) and what it means. */
public record Mention(int from, int to, List<Concept> concepts) {

    public <T extends Concept> T get(Class<T> type) {
        for (Concept c : concepts) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public boolean has(Class<? extends Concept> type) {
        return get(type) != null;
    }
}
