package dev.mrt.cli;

import dev.mrt.learning.CrossValidation;
import dev.mrt.learning.ThresholdSearch;
import dev.mrt.learning.TrainerSettings;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.learned.Thresholds;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cross-validate --corpus FILE}: k-fold figures by story. For each fold of the corpus,
 * trains the learned layer on the other folds (with the shipped model's parameters and
 * thresholds, or thresholds chosen on these folds with {@code --tune}), tags the fold with the
 * rules alone and with that model, and prints per-fold and pooled figures.
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
            names = "--tune",
            description = "Choose the thresholds on these folds (as train-model does) instead of the shipped model's.")
    boolean tune;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        Properties shipped = ShippedModel.metadata();
        TrainerSettings settings = new TrainerSettings(
                Integer.parseInt(shipped.getProperty("trainer.iterations", "" + TrainerSettings.DEFAULT.iterations())),
                Integer.parseInt(shipped.getProperty("trainer.cutoff", "" + TrainerSettings.DEFAULT.cutoff())),
                Double.parseDouble(shipped.getProperty("trainer.l1", "" + TrainerSettings.DEFAULT.l1())),
                Double.parseDouble(shipped.getProperty("trainer.l2", "" + TrainerSettings.DEFAULT.l2())));
        Thresholds thresholds;
        if (tune || shipped.getProperty("threshold.keep") == null) {
            thresholds = null;
        } else {
            thresholds = new Thresholds(
                    Double.parseDouble(shipped.getProperty("threshold.keep")),
                    Double.parseDouble(shipped.getProperty("threshold.add")),
                    Double.parseDouble(shipped.getProperty("threshold.note")),
                    Double.parseDouble(shipped.getProperty("threshold.unlink")),
                    Double.parseDouble(shipped.getProperty("threshold.link")));
        }
        CorpusReadings c = CorpusReadings.read(corpus, taxonomyDir, assignFolds);
        out.println("cross-validate: " + c.readings().size() + " passages of " + corpus + ", folds "
                + CrossValidation.folds(c.readings()) + ", " + settings);
        Map<Integer, LearnedModel> folds = CrossValidation.train(
                c.readings(), c.types(), settings, thresholds == null ? new Thresholds(0, 1, 0, 0, 1) : thresholds);
        if (thresholds == null) {
            Thresholds chosen = ThresholdSearch.choose(CrossValidation.outOfFold(c.readings(), folds));
            folds.replaceAll((fold, m) -> m.withThresholds(chosen));
            thresholds = chosen;
        }
        out.println("thresholds: " + thresholds + (tune ? " (chosen on these folds)" : " (the shipped model's)"));
        KFoldFigures.of(c.tagger(), c.readings(), folds).print(out);
        return 0;
    }
}
