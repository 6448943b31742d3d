package dev.mrt.topology;

import dev.mrt.avro.Article;

/**
 * An article that passed deduplication, with what the pipeline remembers of its id: the
 * revision it replaces and when that one was published, or null when the id is new.
 */
record ArticleRevision(Article article, DedupEntry previous, long previousTime) {}
