package dev.mrt.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.TaggerVersion;
import dev.mrt.tagging.Tags;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ModelBundle;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.learned.Thresholds;
import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.TaggingModel;
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

    /**
     * A model whose thresholds leave events, notes or links to the rules is not asked about them
     * ({@link LearnedModel#decides}, {@link LearnedModel#weighs}): the tags are those of the same
     * model asked about everything, at the shipped thresholds and at thresholds that read all.
     */
    @Test
    void notAskingWhereTheThresholdsDecideNothingChangesNoTag() throws Exception {
        LearnedModel shipped = ShippedModel.get().orElseThrow();
        ArticleTagger rules = TAGGER.rulesOnly();
        List<ArticleText> articles = dev.mrt.tagging.TestTaggers.labelledPassages();
        for (LearnedModel m : List.of(shipped, shipped.withThresholds(new Thresholds(0, 1, 0, 0, 1)))) {
            ArticleTagger skipping = rules.withModel(m);
            ArticleTagger asking = rules.withModel(askedAboutEverything(m));
            for (ArticleText a : articles) {
                Tags s = skipping.tag(a);
                Tags full = asking.tag(a);
                assertThat(s.events()).as(a.id()).isEqualTo(full.events());
                assertThat(s.notes()).as(a.id()).isEqualTo(full.notes());
                assertThat(s.links()).as(a.id()).isEqualTo(full.links());
            }
        }
        LearnedModel off = shipped.withThresholds(new Thresholds(0, 1, 0, 0, 1));
        LinkInput linked = new LinkInput(List.of("sanctions"), List.of(0), List.of("causal"));
        assertThat(off.decides()).isFalse();
        assertThat(off.weighs(linked)).isFalse();
        assertThat(off.weighs(new LinkInput(List.of("sanctions"), List.of(0), List.of())))
                .isTrue();
        LearnedModel reading = shipped.withThresholds(new Thresholds(0.2, 0.9, 0.3, 0.1, 0.95));
        assertThat(reading.decides()).isTrue();
        assertThat(reading.weighs(linked)).isTrue();
    }

    /** The model's decisions without its word on when they can be skipped (the interface's defaults). */
    private static TaggingModel askedAboutEverything(LearnedModel m) {
        return dev.mrt.tagging.TestTaggers.model(m::decide, m::link, m.version());
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
