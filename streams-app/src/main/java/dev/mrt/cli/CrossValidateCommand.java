package dev.mrt.cli;

import dev.mrt.learning.CorpusReadings;
import dev.mrt.learning.CrossValidation;
import dev.mrt.learning.TrainerSettings;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.learned.Thresholds;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cross-validate --corpus FILE}: k-fold figures by story. For each fold of the corpus,
 * trains the learned layer on the other folds (with the shipped model's training parameters),
 * lets it decide at thresholds chosen on the other folds' out-of-fold probabilities (or the
 * shipped model's), tags the fold with the rules alone and with that model, and prints per-fold
 * and pooled figures.
 */
@Command(
        name = "cross-validate",
        mixinStandardHelpOptions = true,
        header = "k-fold figures by story of a labelled corpus, rules only and with the learned layer.",
        description = "For each fold of the corpus, trains the learned layer on the other folds (with the shipped"
                + " model's training parameters), tags the fold with the rules alone and with that model, and prints"
                + " per-fold and pooled figures: events F1 (precision, recall), notes F1 and link accuracy.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar cross-validate --corpus data/news-corpus/train.jsonl")
public final class CrossValidateCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "FILE",
            description = "Labelled passages, each with a fold (by story).")
    Path corpus;

    @Mixin
    TaxonomyOption taxonomy;

    @Option(
            names = "--assign-folds",
            paramLabel = "N",
            description = "Give a passage without a fold one of N folds by its story. Default: 0 (every passage needs a"
                    + " fold).")
    int assignFolds;

    @Option(
            names = "--shipped-thresholds",
            description = "Decide at the shipped model's thresholds instead of thresholds chosen, for each fold, on the"
                    + " other folds.")
    boolean shippedThresholds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        TrainerSettings settings = ShippedModel.trainerSettings()
                .map(m -> new TrainerSettings(m.iterations(), m.cutoff(), m.l1(), m.l2()))
                .orElse(TrainerSettings.DEFAULT);
        Thresholds fixed = null;
        if (shippedThresholds) {
            fixed = ShippedModel.get()
                    .orElseThrow(() -> new IllegalStateException("the jar ships no model"))
                    .thresholds();
        }
        CorpusReadings c = CorpusReadings.read(corpus, taxonomy.load(), assignFolds);
        out.println("cross-validate: " + c.readings().size() + " passages of " + corpus + ", folds "
                + CrossValidation.folds(c.readings()) + ", " + settings);
        CrossValidation.Figures figures = CrossValidation.figures(c, settings, fixed);
        out.println("thresholds per fold" + (fixed == null ? " (chosen on the other folds)" : " (the shipped model's)")
                + ": " + figures.thresholds());
        figures.figures().print(out);
        return 0;
    }
}
