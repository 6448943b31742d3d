package dev.mrt.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.TaggerVersion;
import dev.mrt.tagging.Tags;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ModelBundle;
import dev.mrt.tagging.learned.ShippedModel;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The model the jar ships is the one its metadata describes, trained from the corpus committed
 * beside it: a change of the corpus, the taxonomy or the tagger's reading without retraining
 * fails here ({@code train-model} retrains). And the tagger with it stays deterministic and
 * thread-safe.
 */
class ShippedModelTest {
    private static final Path ROOT = Path.of(System.getProperty("mrt.repo.root", ".."));
    private static final Path CORPUS = ROOT.resolve("data/news-corpus/train.jsonl");
    private static final ArticleTagger TAGGER = ArticleTagger.load(ROOT.resolve("config/taxonomy"));

    @Test
    void theJarShipsAModelTrainedFromTheCommittedCorpusWithThisTaxonomy() throws Exception {
        Properties meta = ShippedModel.metadata();
        assertThat(ShippedModel.get()).as("model.bin in the jar").isPresent();
        assertThat(meta.getProperty(ShippedModel.KEY_DATA_SHA256))
                .as("the corpus changed since the model was trained: retrain with train-model")
                .isEqualTo(LabelledCorpus.sha256(CORPUS));
        assertThat(meta.getProperty(ShippedModel.KEY_TAXONOMY_VERSION)).isEqualTo(TAGGER.taxonomyVersion());
        assertThat(TAGGER.model()).isSameAs(ShippedModel.get().get());
        assertThat(TAGGER.taggerVersion())
                .isEqualTo(TaggerVersion.get() + "+" + meta.getProperty(ShippedModel.KEY_VERSION));
    }

    @Test
    void retrainingWithTheRecordedParametersReproducesTheShippedModel() throws Exception {
        Properties meta = ShippedModel.metadata();
        TrainerSettings settings = new TrainerSettings(
                Integer.parseInt(meta.getProperty("trainer.iterations")),
                Integer.parseInt(meta.getProperty("trainer.cutoff")),
                Double.parseDouble(meta.getProperty("trainer.l1")),
                Double.parseDouble(meta.getProperty("trainer.l2")));
        ArticleTagger rules = TAGGER.rulesOnly();
        List<RulesReading> readings = new ArrayList<>();
        for (LabelledPassage p : LabelledCorpus.read(CORPUS, rules.taxonomy())) {
            readings.add(RulesReading.of(rules, p));
        }
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        ModelBundle.write(
                Trainer.train(
                        readings,
                        rules.taxonomy().eventTypes().stream().sorted().toList(),
                        settings),
                bundle);
        assertThat(ShippedModel.sha256(bundle.toByteArray()))
                .as("retrained model differs from the shipped one: the taxonomy or the tagger's reading changed"
                        + " since training; retrain with train-model")
                .isEqualTo(meta.getProperty(ShippedModel.KEY_SHA256));
    }

    @Test
    void theTaggerWithTheModelGivesTheSameTagsOnEveryThreadAndEveryRun() throws Exception {
        List<ArticleText> articles = dev.mrt.tagging.TestTaggers.labelledPassages();
        List<Tags> once = articles.stream().map(TAGGER::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Tags>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> articles.stream().map(TAGGER::tag).toList()));
            }
            for (Future<List<Tags>> run : runs) {
                assertThat(run.get()).isEqualTo(once);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(TAGGER.model()).isInstanceOf(LearnedModel.class);
    }
}
