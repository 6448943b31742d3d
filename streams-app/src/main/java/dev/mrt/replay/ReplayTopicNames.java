package dev.mrt.replay;

import java.util.regex.Pattern;

/**
 * Names a replay's own copy of a live topic: the live name with its schema-version suffix
 * replaced by {@code .replay-<id>} ({@code reactions.enriched.v1} -> {@code reactions.enriched.replay-tax2}),
 * or {@code .replay-<id>} appended when there is none. The replay id keeps the names apart.
 */
public final class ReplayTopicNames {
    private static final Pattern VERSION_SUFFIX = Pattern.compile("\\.v\\d+$");

    private ReplayTopicNames() {}

    public static String of(String liveTopic, ReplayId id) {
        return VERSION_SUFFIX.matcher(liveTopic).replaceFirst("") + ".replay-" + id.value();
    }
}
