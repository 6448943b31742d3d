package dev.mrt.cli;

import dev.mrt.learning.CrossValidation;
import dev.mrt.learning.TrainerSettings;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.learned.Thresholds;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
        description = "k-fold figures by story: trains the learned layer on all folds but one, scores that one, for"
                + " each fold; prints per-fold and pooled events/notes/links figures, rules only and with the model.")
public final class CrossValidateCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "FILE",
            description = "Labelled passages, each with a fold (by story).")
    Path corpus;

    @Option(
            names = "--taxonomy",
            paramLabel = "DIR",
            description = "Taxonomy directory (default: config/taxonomy, else the bundled copy).")
    Path taxonomyDir;

    @Option(
            names = "--assign-folds",
            paramLabel = "N",
            description =
                    "Give a passage without a fold one of N folds by its story (default: every passage needs one).")
    int assignFolds;

    @Option(
            names = "--shipped-thresholds",
            description = "Decide at the shipped model's thresholds instead of thresholds chosen, for each fold, on the"
                    + " other folds.")
    boolean shippedThresholds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        Properties shipped = ShippedModel.metadata();
        TrainerSettings settings = new TrainerSettings(
                Integer.parseInt(shipped.getProperty("trainer.iterations", "" + TrainerSettings.DEFAULT.iterations())),
                Integer.parseInt(shipped.getProperty("trainer.cutoff", "" + TrainerSettings.DEFAULT.cutoff())),
                Double.parseDouble(shipped.getProperty("trainer.l1", "" + TrainerSettings.DEFAULT.l1())),
                Double.parseDouble(shipped.getProperty("trainer.l2", "" + TrainerSettings.DEFAULT.l2())));
        CorpusReadings c = CorpusReadings.read(corpus, taxonomyDir, assignFolds);
        out.println("cross-validate: " + c.readings().size() + " passages of " + corpus + ", folds "
                + CrossValidation.folds(c.readings()) + ", " + settings);
        Map<Integer, LearnedModel> folds =
                CrossValidation.train(c.readings(), c.types(), settings, new Thresholds(0, 1, 0, 0, 1));
        List<CrossValidation.OutOfFold> oof = CrossValidation.outOfFold(c.readings(), folds);
        Map<Integer, LearnedModel> deciding;
        if (shippedThresholds) {
            Thresholds t = ShippedModel.get()
                    .orElseThrow(() -> new IllegalStateException("the jar ships no model"))
                    .thresholds();
            out.println("thresholds: the shipped model's, " + t);
            deciding = new java.util.TreeMap<>();
            folds.forEach((fold, m) -> deciding.put(fold, m.withThresholds(t)));
        } else {
            deciding = CrossValidation.withThresholdsOfOtherFolds(folds, oof);
            deciding.forEach((fold, m) ->
                    out.println("fold " + fold + " thresholds (chosen on the other folds): " + m.thresholds()));
        }
        KFoldFigures.of(c.tagger(), c.readings(), deciding).print(out);
        return 0;
    }
}
