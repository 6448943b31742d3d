package dev.mrt.cli;

import dev.mrt.learning.CorpusReadings;
import dev.mrt.learning.CrossValidation;
import dev.mrt.learning.ModelTraining;
import dev.mrt.learning.TrainerSettings;
import dev.mrt.tagging.learned.ShippedModel;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train-model --corpus FILE}: trains the tagger's learned layer. Cross-validates by the
 * corpus' folds (by story): the out-of-fold probabilities choose the thresholds, and each fold is
 * scored with thresholds chosen on the other folds (the k-fold figures). Then it trains the final
 * classifiers on the whole corpus, and writes {@code model.bin} and {@code model.properties}
 * (the corpus' sha256, the library and parameters, thresholds, k-fold figures) where the jar
 * takes them from. Deterministic: the same corpus, taxonomy and code give the same model.bin.
 */
@Command(
        name = "train-model",
        mixinStandardHelpOptions = true,
        header = "Train the tagger's learned layer from a labelled corpus; write the model the jar ships.",
        description = "Cross-validates by the corpus' folds (by story): the out-of-fold probabilities choose the"
                + " thresholds, and each fold is scored with thresholds chosen on the other folds. Then trains the"
                + " classifiers on the whole corpus and writes model.bin and model.properties (the corpus' sha256,"
                + " the library and parameters, the thresholds, the k-fold figures). Rebuild the jar to ship them.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar train-model --corpus data/news-corpus/train.jsonl")
public final class TrainModelCommand implements Callable<Integer> {
    /** Where the jar takes the model from, relative to the repository root. */
    static final Path DEFAULT_OUT = Path.of("streams-app/src/main/resources/dev/mrt/tagging/learned");

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Labelled passages with a fold.")
    Path corpus;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write model.bin and model.properties. Default: ${DEFAULT-VALUE}.")
    Path out = DEFAULT_OUT;

    @Mixin
    TaxonomyOption taxonomy;

    @Option(names = "--l2", description = "L2 penalty. Default: ${DEFAULT-VALUE}.")
    double l2 = TrainerSettings.DEFAULT.l2();

    @Option(names = "--l1", description = "L1 penalty. Default: ${DEFAULT-VALUE}.")
    double l1 = TrainerSettings.DEFAULT.l1();

    @Option(names = "--cutoff", description = "Features seen fewer times are dropped. Default: ${DEFAULT-VALUE}.")
    int cutoff = TrainerSettings.DEFAULT.cutoff();

    @Option(names = "--iterations", description = "L-BFGS iterations at most. Default: ${DEFAULT-VALUE}.")
    int iterations = TrainerSettings.DEFAULT.iterations();

    @Option(names = "--date", description = "The training date recorded. Default: today.")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        CorpusReadings c = CorpusReadings.read(corpus, taxonomy.load(), 0);
        stdout.println("train-model: " + c.readings().size() + " passages of " + corpus + ", folds "
                + CrossValidation.folds(c.readings()));
        ModelTraining trained = ModelTraining.run(
                c, corpus, new TrainerSettings(iterations, cutoff, l1, l2), date == null ? LocalDate.now() : date);
        trained.write(out);
        trained.figures().print(stdout);
        stdout.println("thresholds: " + trained.thresholds());
        stdout.println("wrote " + out.resolve(ShippedModel.BUNDLE) + " (" + trained.bundle().length + " bytes, "
                + trained.version() + ") and " + out.resolve(ShippedModel.METADATA));
        return 0;
    }
}
