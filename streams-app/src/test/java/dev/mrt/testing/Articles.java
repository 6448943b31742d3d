package dev.mrt.testing;

import dev.mrt.avro.Article;
import java.time.OffsetDateTime;

/** Articles written for tests. */
public final class Articles {

    private Articles() {}

    public static Article article(String id, String title, String body, String publishedAt) {
        OffsetDateTime t = OffsetDateTime.parse(publishedAt);
        return Article.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setPublishedAt(t.toInstant())
                .setPublishedOffsetSeconds(t.getOffset().getTotalSeconds())
                .setSource("test")
                .build();
    }

    /** A short story with a political event and a market reaction, written for tests. */
    public static Article leaderCallStory(String id) {
        return article(
                id,
                "Leaders of the US and China speak by phone",
                "President Joe Biden and President Xi Jinping spoke by phone on Thursday night. "
                        + "Markets were upbeat after the call. Treasury yields rose slightly and the "
                        + "offshore yuan strengthened against the dollar.",
                "2021-09-10T08:25:00-04:00");
    }
}
