package dev.mrt.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.ingest.InvalidArticleException;
import dev.mrt.tagging.ArticleTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The {@code evaluate} command's work: labelled passages (article lines with a {@code gold}
 * object) tagged and scored; a bad line, or one without {@code gold}, reported and skipped.
 *
 * @param passages how many passages were scored
 * @param badLines how many lines were skipped
 */
public record Evaluation(GoldScorer score, int passages, int badLines) {

    public static Evaluation run(ArticleTagger tagger, BufferedReader in, String source, PrintWriter err)
            throws IOException {
        GoldScorer scorer = new GoldScorer(tagger.taxonomy());
        int[] passages = {0};
        int bad = new ArticleLines().forEach(in, "evaluate", source, err, line -> {
            JsonNode gold = line.json().get("gold");
            if (gold == null || !gold.isObject()) {
                throw new InvalidArticleException("no 'gold' object");
            }
            scorer.add(line.article().id(), gold, tagger.tag(line.text()));
            passages[0]++;
        });
        return new Evaluation(scorer, passages[0], bad);
    }
}
