package dev.mrt.tagging.learned;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.TestTaggers;
import dev.mrt.tagging.model.ModelInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hashed weight table scores exactly as OpenNLP's own {@code eval} on the feature names a
 * trainer sees, and a model survives its file: what makes the shipped model the trained one.
 * The classifiers are trained here on sentences the team wrote.
 */
class WeightTableTest {
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-10T09:00:00+02:00");
    private static final List<String> RATE_CUTS = List.of(
            "The central bank of Brazil cut its benchmark rate by half a point on Wednesday.",
            "Norway's central bank lowered interest rates for the first time in four years.",
            "The Reserve Bank of India trimmed the repo rate to 6.25% and the rupee slipped.",
            "Chile's central bank cut rates again, citing slower inflation.");
    private static final List<String> OTHERS = List.of(
            "Voters in Portugal went to the polls on Sunday in a snap election.",
            "Oil prices rose 2% as traders weighed supply risks in the Gulf.",
            "The finance minister presented a budget with deeper spending cuts.",
            "Stocks in Tokyo closed higher, led by exporters, while the yen weakened.",
            "The two leaders spoke by phone about the war and trade.");

    private static List<ModelInput> cuts;
    private static List<ModelInput> others;
    private static AbstractModel classifier;

    @BeforeAll
    static void train() throws Exception {
        cuts = inputs(RATE_CUTS);
        others = inputs(OTHERS);
        List<Event> events = new ArrayList<>();
        cuts.forEach(in -> FeatureNames.sentences(in).stream()
                .filter(java.util.Objects::nonNull)
                .forEach(f -> events.add(new Event(WeightTable.YES, f))));
        others.forEach(in -> FeatureNames.sentences(in).stream()
                .filter(java.util.Objects::nonNull)
                .forEach(f -> events.add(new Event(WeightTable.NO, f))));
        assertThat(events).hasSizeGreaterThan(RATE_CUTS.size());
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        classifier = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    @Test
    void theHashedTableScoresAsOpenNlpDoes() {
        WeightTable table = WeightTable.of(List.of(classifier));
        List<ModelInput> all = new ArrayList<>(cuts);
        all.addAll(others);
        all.addAll(
                inputs(List.of("The Bank of Canada held rates steady, and the loonie edged up against the dollar.")));
        int yes = classifier.getIndex(WeightTable.YES);
        for (ModelInput in : all) {
            List<String[]> names = FeatureNames.sentences(in);
            for (int s = 0; s < names.size(); s++) {
                if (names.get(s) == null) {
                    continue;
                }
                Scoring scoring = new Scoring(table);
                Features.sentence(in, in.sentences().get(s), scoring);
                double expected = classifier.eval(names.get(s))[yes];
                assertThat(scoring.probabilities()[0]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @Test
    void aFeatureTheModelNeverSawWeighsNothing() {
        WeightTable table = WeightTable.of(List.of(classifier));
        assertThat(table.row(FeatureHash.ofName("w:zyxwvutsrq"))).isEqualTo(-1);
        assertThat(table.row(FeatureHash.ofName(Features.BIAS))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aModelReadBackFromItsBundleIsTheSameModel() throws Exception {
        Map<String, AbstractModel> classifiers = new LinkedHashMap<>();
        classifiers.put(LearnedModel.EVENT_PREFIX + "monetary.policy_decision", classifier);
        classifiers.put(LearnedModel.NOTE, classifier);
        classifiers.put(LearnedModel.LINK, classifier);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ModelBundle.write(classifiers, first);
        Map<String, AbstractModel> read = ModelBundle.read(new ByteArrayInputStream(first.toByteArray()));
        assertThat(read.keySet()).containsExactlyElementsOf(classifiers.keySet());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ModelBundle.write(read, second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());

        Thresholds t = new Thresholds(0.1, 0.6, 0.3, 0.1, 0.9);
        LearnedModel before = LearnedModel.of(classifiers, t, "m-before");
        LearnedModel after = LearnedModel.of(read, t, "m-after");
        for (ModelInput in : cuts) {
            assertThat(after.typeProbabilities(in)).containsExactly(before.typeProbabilities(in));
        }
    }

    /** What the tagger hands its model for each text (as training records it). */
    static List<ModelInput> inputs(List<String> texts) {
        List<ModelInput> out = new ArrayList<>();
        for (String text : texts) {
            out.add(dev.mrt.learning.RulesReading.of(
                            TestTaggers.TAGGER,
                            new dev.mrt.learning.LabelledPassage(
                                    new ArticleText("w", "", text, PUBLISHED),
                                    List.of(),
                                    List.of(),
                                    java.util.Set.of(),
                                    false,
                                    0,
                                    "w",
                                    null))
                    .input());
        }
        return out;
    }
}
