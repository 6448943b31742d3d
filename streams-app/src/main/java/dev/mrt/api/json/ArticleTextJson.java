package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.Article;
import dev.mrt.tagging.ArticleText;

/**
 * An article as the API serves it for showing evidence in place: every field of the record
 * ({@link AvroJson}) but {@code body}, and {@code text}, title + blank line + body, the string
 * every evidence {@code start}/{@code end} indexes into (UTF-16 units, as in JavaScript strings).
 */
public final class ArticleTextJson {

    private ArticleTextJson() {}

    public static ObjectNode toJson(Article a) {
        ObjectNode o = AvroJson.of(a);
        o.remove("body");
        o.put("text", a.getTitle() + ArticleText.TITLE_BODY_SEPARATOR + a.getBody());
        return o;
    }
}
