package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.tagging.ArticleText;
import java.time.ZoneOffset;

/** Converts the Avro article into the tagger's input, in the publisher's local offset. */
final class ArticleTexts {

    private ArticleTexts() {}

    static ArticleText of(Article a) {
        Integer offsetSeconds = a.getPublishedOffsetSeconds();
        ZoneOffset offset = offsetSeconds == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds);
        return new ArticleText(
                a.getId(), a.getTitle(), a.getBody(), a.getPublishedAt().atOffset(offset));
    }
}
