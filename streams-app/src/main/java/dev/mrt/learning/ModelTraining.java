package dev.mrt.learning;

import dev.mrt.tagging.TaggerVersion;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ModelBundle;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.learned.Thresholds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;

/**
 * What {@code train-model} does: cross-validates by the corpus' folds (the out-of-fold
 * probabilities choose the thresholds; each fold is scored with thresholds chosen on the other
 * folds: the k-fold figures), trains the final classifiers on the whole corpus, and gives the
 * model file and its metadata (the corpus' sha256, the library and parameters, thresholds,
 * k-fold figures, the taxonomy version). Deterministic: the same corpus, taxonomy and code give
 * the same model file.
 *
 * @param bundle   the model file ({@link ShippedModel#BUNDLE})
 * @param metadata its metadata, in the order written
 */
public record ModelTraining(byte[] bundle, Map<String, String> metadata, Thresholds thresholds, KFoldFigures figures) {

    /** The library the classifiers are trained with, as recorded. */
    public static final String LIBRARY = "org.apache.opennlp:opennlp-tools:" + libraryVersion();

    public static ModelTraining run(CorpusReadings c, Path corpus, TrainerSettings settings, LocalDate date)
            throws IOException {
        Map<Integer, LearnedModel> folds =
                CrossValidation.train(c.readings(), c.types(), settings, new Thresholds(0, 1, 0, 0, 1));
        List<CrossValidation.OutOfFold> oof = CrossValidation.outOfFold(c.readings(), folds);
        Thresholds thresholds = ThresholdSearch.choose(oof);
        KFoldFigures figures =
                KFoldFigures.of(c.tagger(), c.readings(), CrossValidation.withThresholdsOfOtherFolds(folds, oof));

        Map<String, AbstractModel> classifiers = Trainer.train(c.readings(), c.types(), settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelBundle.write(classifiers, out);
        byte[] bytes = out.toByteArray();

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ShippedModel.KEY_VERSION, ShippedModel.versionOf(bytes));
        meta.put(ShippedModel.KEY_SHA256, ShippedModel.sha256(bytes));
        meta.put("model.classifiers", String.join(",", classifiers.keySet()));
        meta.put(ShippedModel.KEY_TAXONOMY_VERSION, c.tagger().taxonomyVersion());
        meta.put("data.file", corpus.toString().replace('\\', '/'));
        meta.put(ShippedModel.KEY_DATA_SHA256, LabelledCorpus.sha256(corpus));
        meta.put("data.passages", Integer.toString(c.readings().size()));
        meta.put("trained.date", date.toString());
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
        return new ModelTraining(bytes, meta, thresholds, figures);
    }

    /** Writes {@link ShippedModel#BUNDLE} and {@link ShippedModel#METADATA} into the directory. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(ShippedModel.BUNDLE), bundle);
        StringBuilder b = new StringBuilder();
        b.append("# The tagger's learned layer, written by train-model: do not edit, retrain.\n");
        b.append("# model.bin holds the classifiers (OpenNLP maxent, binary format) named in model.classifiers;\n");
        b.append("# data.sha256 is the sha256 of the training corpus; kfold.* are figures by story of the rules\n");
        b.append("# alone and with the model trained on the other folds, deciding at thresholds chosen on the other\n");
        b.append("# folds' out-of-fold probabilities; threshold.* (chosen on all folds) are the shipped model's.\n");
        metadata.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        Files.writeString(dir.resolve(ShippedModel.METADATA), b.toString(), StandardCharsets.UTF_8);
    }

    public String version() {
        return metadata.get(ShippedModel.KEY_VERSION);
    }

    private static String libraryVersion() {
        String v = AbstractModel.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
