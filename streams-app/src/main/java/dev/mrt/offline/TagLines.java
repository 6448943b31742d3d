package dev.mrt.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.json.EnrichedArticleJson;
import dev.mrt.api.json.Json;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.Tags;
import dev.mrt.topology.EnrichedArticleMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The {@code tag} command's work: every good line of JSON Lines articles tagged and written as
 * one line of the contract's JSON, in input order; a bad line reported and skipped.
 */
public final class TagLines {
    private final ArticleTagger tagger;

    public TagLines(ArticleTagger tagger) {
        this.tagger = tagger;
    }

    /** @return the number of bad lines */
    public int run(BufferedReader in, String source, Writer out, PrintWriter err) throws IOException {
        return new ArticleLines().forEach(in, "tag", source, err, line -> {
            out.write(Json.write(contract(line.article().id(), tagger.tag(line.text()))));
            out.write('\n');
        });
    }

    /**
     * The tagger's findings in the contract's shape. They go through the same mapping to the Avro
     * records as the stream's ({@link EnrichedArticleMapper}) and the same rendering
     * ({@link EnrichedArticleJson}), so an article shows the same fields here and in the stream.
     */
    public static ObjectNode contract(String id, Tags tags) {
        return EnrichedArticleJson.contract(
                id,
                tags.events().stream().map(EnrichedArticleMapper::event).toList(),
                tags.notes().stream().map(EnrichedArticleMapper::note).toList(),
                tags.links().stream().map(EnrichedArticleMapper::link).toList(),
                tags.tags(),
                tags.taxonomyVersion(),
                tags.taggerVersion());
    }
}
