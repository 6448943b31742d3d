package dev.mrt.bench;

import dev.mrt.avro.Article;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.topology.Topic;

/**
 * Fills the input topic before any timing starts, as the {@code import} command does: key =
 * article id, record timestamp = publication time, in publication order, idempotent producer
 * with {@code acks=all}.
 */
final class ArticlePreloader {

    private ArticlePreloader() {}

    /** @return chars of article text (title and body) sent */
    static long load(String bootstrapServers, Topic<String, Article> topic, ArticleGenerator articles, int count) {
        long[] chars = {0};
        Iterable<Article> generated = () -> java.util.stream.Stream.generate(articles::next)
                .limit(count)
                .peek(a -> chars[0] += a.getBody().length() + a.getTitle().length())
                .iterator();
        ArticleSender.sendAll(bootstrapServers, topic, generated);
        return chars[0];
    }
}
