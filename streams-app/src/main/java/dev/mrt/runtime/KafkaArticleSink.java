package dev.mrt.runtime;

import dev.mrt.avro.Article;
import dev.mrt.ingest.ArticleSink;
import dev.mrt.topology.Topic;
import java.util.Map;

/** Sends imported articles to the articles topic: key = article id, record timestamp = publication time. */
public final class KafkaArticleSink extends KafkaRecordSink<Article> implements ArticleSink {

    public KafkaArticleSink(Map<String, Object> clientProperties, Topic<String, Article> articles) {
        super(
                clientProperties,
                articles,
                Article::getId,
                a -> a.getPublishedAt().toEpochMilli());
    }
}
