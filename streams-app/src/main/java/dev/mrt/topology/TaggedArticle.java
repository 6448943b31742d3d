package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;

/**
 * A tagged article and what it replaces: {@code revision} is what will be remembered of it,
 * {@code previous} (null when the id is new) what was remembered of the revision before,
 * published at {@code previousTime}.
 */
record TaggedArticle(EnrichedArticle enriched, DedupEntry revision, DedupEntry previous, long previousTime) {

    boolean replaces() {
        return previous != null;
    }

    StatsCells contribution() {
        return revision.contribution();
    }
}
