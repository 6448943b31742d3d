package dev.mrt.ingest;

import dev.mrt.avro.Article;
import java.time.OffsetDateTime;

/**
 * An article as {@link ArticleJsonParser} read it, before it goes where it is going: to Kafka as
 * an {@link Article} record ({@link #toAvro()}), or straight to the tagger ({@code offline}).
 *
 * @param title       "" when absent
 * @param body        "" when absent
 * @param publishedAt null when absent
 */
public record ParsedArticle(
        String id,
        String title,
        String body,
        OffsetDateTime publishedAt,
        String source,
        String url,
        String language,
        Long version,
        OffsetDateTime updatedAt) {

    /** The Avro record for the articles topic; its publication time is the record's timestamp, so it is required. */
    public Article toAvro() throws InvalidArticleException {
        if (publishedAt == null) {
            throw new InvalidArticleException("missing 'published_at'");
        }
        return Article.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setPublishedAt(publishedAt.toInstant())
                .setPublishedOffsetSeconds(publishedAt.getOffset().getTotalSeconds())
                .setSource(source)
                .setUrl(url)
                .setLanguage(language)
                .setVersion(version)
                .setUpdatedAt(updatedAt == null ? null : updatedAt.toInstant())
                .build();
    }
}
