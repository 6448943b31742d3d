package dev.mrt.learning;

import dev.mrt.tagging.ArticleTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A labelled corpus read by the rules, for training and cross-validation. */
public record CorpusReadings(ArticleTagger tagger, List<RulesReading> readings, List<String> types) {

    /**
     * @param tagger      whose rules read the passages (its model, if any, is not asked)
     * @param assignFolds when positive, a passage without a fold gets one by its story (the same
     *                    story always the same fold); when 0 every passage must have a fold
     */
    public static CorpusReadings read(Path corpus, ArticleTagger tagger, int assignFolds) throws IOException {
        tagger = tagger.rulesOnly();
        List<RulesReading> readings = new ArrayList<>();
        for (LabelledPassage p : LabelledCorpus.read(corpus, tagger.taxonomy())) {
            if (p.fold() < 0 && assignFolds > 0) {
                p = new LabelledPassage(
                        p.article(),
                        p.events(),
                        p.evidence(),
                        p.notes(),
                        p.linked(),
                        Math.floorMod(p.story().hashCode(), assignFolds),
                        p.story(),
                        p.gold());
            }
            readings.add(RulesReading.of(tagger, p));
        }
        return new CorpusReadings(
                tagger,
                readings,
                tagger.taxonomy().eventTypes().stream().sorted().toList());
    }
}
