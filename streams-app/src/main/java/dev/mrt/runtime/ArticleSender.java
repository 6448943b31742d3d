package dev.mrt.runtime;

import dev.mrt.avro.Article;
import dev.mrt.topology.Topic;

/** Sends articles keyed by id with record timestamp = publication time, idempotently; fails if any send failed. */
public final class ArticleSender {

    private ArticleSender() {}

    public static int sendAll(String bootstrapServers, Topic<String, Article> topic, Iterable<Article> articles) {
        return RecordSender.sendAll(
                bootstrapServers,
                topic,
                articles,
                Article::getId,
                a -> a.getPublishedAt().toEpochMilli());
    }
}
