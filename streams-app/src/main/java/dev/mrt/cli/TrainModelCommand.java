package dev.mrt.cli;

import dev.mrt.learning.CrossValidation;
import dev.mrt.learning.LabelledCorpus;
import dev.mrt.learning.ThresholdSearch;
import dev.mrt.learning.Trainer;
import dev.mrt.learning.TrainerSettings;
import dev.mrt.tagging.TaggerVersion;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ModelBundle;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.learned.Thresholds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.ml.model.AbstractModel;
import picocli.CommandLine.Command;
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
        description = "Trains the tagger's learned layer from a labelled corpus with folds by story, and writes the"
                + " model the jar ships with its metadata and k-fold figures.")
public final class TrainModelCommand implements Callable<Integer> {
    /** Where the jar takes the model from, relative to the repository root. */
    static final Path DEFAULT_OUT = Path.of("streams-app/src/main/resources/dev/mrt/tagging/learned");

    static final String LIBRARY = "org.apache.opennlp:opennlp-tools:" + libraryVersion();

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Labelled passages with a fold.")
    Path corpus;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write model.bin and model.properties (default: ${DEFAULT-VALUE}).")
    Path out = DEFAULT_OUT;

    @Option(
            names = "--taxonomy",
            paramLabel = "DIR",
            description = "Taxonomy directory (default: config/taxonomy, else the bundled copy).")
    Path taxonomyDir;

    @Option(names = "--l2", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2 = TrainerSettings.DEFAULT.l2();

    @Option(names = "--l1", description = "L1 penalty (default: ${DEFAULT-VALUE}).")
    double l1 = TrainerSettings.DEFAULT.l1();

    @Option(names = "--cutoff", description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int cutoff = TrainerSettings.DEFAULT.cutoff();

    @Option(names = "--iterations", description = "L-BFGS iterations at most (default: ${DEFAULT-VALUE}).")
    int iterations = TrainerSettings.DEFAULT.iterations();

    @Option(names = "--date", description = "The training date recorded (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        TrainerSettings settings = new TrainerSettings(iterations, cutoff, l1, l2);
        CorpusReadings c = CorpusReadings.read(corpus, taxonomyDir, 0);
        stdout.println("train-model: " + c.readings().size() + " passages of " + corpus + ", folds "
                + CrossValidation.folds(c.readings()));

        Map<Integer, LearnedModel> folds =
                CrossValidation.train(c.readings(), c.types(), settings, new Thresholds(0, 1, 0, 0, 1));
        List<CrossValidation.OutOfFold> oof = CrossValidation.outOfFold(c.readings(), folds);
        Thresholds thresholds = ThresholdSearch.choose(oof);
        KFoldFigures figures =
                KFoldFigures.of(c.tagger(), c.readings(), CrossValidation.withThresholdsOfOtherFolds(folds, oof));

        Map<String, AbstractModel> classifiers = Trainer.train(c.readings(), c.types(), settings);
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        ModelBundle.write(classifiers, bundle);
        byte[] bytes = bundle.toByteArray();
        String version = ShippedModel.versionOf(bytes);

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ShippedModel.KEY_VERSION, version);
        meta.put(ShippedModel.KEY_SHA256, ShippedModel.sha256(bytes));
        meta.put("model.classifiers", String.join(",", classifiers.keySet()));
        meta.put(ShippedModel.KEY_TAXONOMY_VERSION, c.tagger().taxonomyVersion());
        meta.put("data.file", corpus.toString());
        meta.put(ShippedModel.KEY_DATA_SHA256, LabelledCorpus.sha256(corpus));
        meta.put("data.passages", Integer.toString(c.readings().size()));
        meta.put("trained.date", (date == null ? LocalDate.now() : date).toString());
        meta.put("trained.by", "train-model of market-reaction-tagger " + TaggerVersion.get());
        meta.put("library", LIBRARY);
        meta.putAll(settings.describe());
        meta.put("threshold.keep", Double.toString(thresholds.keep()));
        meta.put("threshold.add", Double.toString(thresholds.add()));
        meta.put("threshold.note", Double.toString(thresholds.note()));
        meta.put("threshold.unlink", Double.toString(thresholds.unlink()));
        meta.put("threshold.link", Double.toString(thresholds.link()));
        meta.put("kfold.folds", CrossValidation.folds(c.readings()).toString().replace(" ", ""));
        meta.putAll(figures.asMetadata());

        Files.createDirectories(out);
        Files.write(out.resolve(ShippedModel.BUNDLE), bytes);
        Files.writeString(out.resolve(ShippedModel.METADATA), metadata(meta), StandardCharsets.UTF_8);

        figures.print(stdout);
        stdout.println("thresholds: " + thresholds);
        stdout.println("wrote " + out.resolve(ShippedModel.BUNDLE) + " (" + bytes.length + " bytes, " + version
                + ") and " + out.resolve(ShippedModel.METADATA));
        return 0;
    }

    private static String metadata(Map<String, String> meta) {
        StringBuilder b = new StringBuilder();
        b.append("# The tagger's learned layer, written by train-model: do not edit, retrain.\n");
        b.append("# model.bin holds the classifiers (OpenNLP maxent, binary format) named in model.classifiers;\n");
        b.append("# data.sha256 is the sha256 of the training corpus; kfold.* are figures by story of the rules\n");
        b.append("# alone and with the model trained on the other folds, deciding at thresholds chosen on the other\n");
        b.append("# folds' out-of-fold probabilities; threshold.* (chosen on all folds) are the shipped model's.\n");
        for (Map.Entry<String, String> e : meta.entrySet()) {
            b.append(e.getKey())
                    .append('=')
                    .append(e.getValue().replace("\\", "/"))
                    .append('\n');
        }
        return b.toString();
    }

    private static String libraryVersion() {
        String v = AbstractModel.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
