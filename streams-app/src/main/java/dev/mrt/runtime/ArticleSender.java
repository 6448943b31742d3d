package dev.mrt.runtime;

import dev.mrt.avro.Article;
import dev.mrt.avro.MarketNote;
import dev.mrt.topology.Topic;

/**
 * Sends articles (or items of the market-notes feed) keyed by id with record timestamp =
 * publication time, idempotently; fails if any send failed.
 */
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

    public static int sendNotes(String bootstrapServers, Topic<String, MarketNote> topic, Iterable<MarketNote> notes) {
        return RecordSender.sendAll(
                bootstrapServers,
                topic,
                notes,
                MarketNote::getId,
                n -> n.getPublishedAt().toEpochMilli());
    }
}
