package dev.mrt.learning;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * How the classifiers are trained: OpenNLP's maxent trainer by L-BFGS ({@code MAXENT_QN}) with
 * L1 and L2 penalties, on features seen at least {@code cutoff} times, on one thread (so that
 * training is deterministic).
 */
public record TrainerSettings(int iterations, int cutoff, double l1, double l2) {
    public static final TrainerSettings DEFAULT = new TrainerSettings(300, 2, 0.5, 0.5);

    TrainingParameters openNlp() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L1COST_PARAM, l1);
        p.put(QNTrainer.L2COST_PARAM, l2);
        p.put("PrintMessages", false);
        return p;
    }

    /** As recorded with a model. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trainer.algorithm", QNTrainer.MAXENT_QN_VALUE);
        m.put("trainer.iterations", Integer.toString(iterations));
        m.put("trainer.cutoff", Integer.toString(cutoff));
        m.put("trainer.l1", Double.toString(l1));
        m.put("trainer.l2", Double.toString(l2));
        m.put("trainer.threads", "1");
        return m;
    }
}
