package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.Article;
import dev.mrt.tagging.ArticleText;

/**
 * An article's text as the evidence offsets see it: {@code text} is title + blank line + body,
 * the string every evidence {@code start}/{@code end} indexes into (UTF-16 units, as in
 * JavaScript strings).
 */
public final class ArticleTextJson {
    private final ObjectMapper mapper;

    public ArticleTextJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.getId());
        o.put("title", a.getTitle());
        o.put("text", a.getTitle() + ArticleText.TITLE_BODY_SEPARATOR + a.getBody());
        o.put("published_at", a.getPublishedAt().toString());
        o.put("source", a.getSource());
        o.put("url", a.getUrl());
        o.put("version", a.getVersion());
        o.put("updated_at", a.getUpdatedAt() == null ? null : a.getUpdatedAt().toString());
        return o;
    }
}
