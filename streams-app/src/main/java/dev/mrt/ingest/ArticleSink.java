package dev.mrt.ingest;

import dev.mrt.avro.Article;

/** Where an article import sends articles: the articles topic in production, a list in tests. */
public interface ArticleSink extends RecordSink<Article> {}
