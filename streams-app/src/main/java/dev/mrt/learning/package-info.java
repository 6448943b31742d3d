/**
 * Training and cross-validation of the tagger's learned layer ({@code dev.mrt.tagging.learned})
 * from a labelled corpus: {@link dev.mrt.learning.LabelledCorpus} reads it,
 * {@link dev.mrt.learning.RulesReading} records what the rules hand the model for each passage,
 * {@link dev.mrt.learning.Trainer} trains the OpenNLP classifiers, {@link dev.mrt.learning.CrossValidation}
 * and {@link dev.mrt.learning.ThresholdSearch} give out-of-fold probabilities, thresholds and
 * {@link dev.mrt.learning.KFoldFigures} by story, and {@link dev.mrt.learning.ModelTraining} makes
 * the model file and metadata {@code train-model} writes.
 *
 * <p>Uses the tagger's facade and {@code learned}, {@code offline}'s scorer, OpenNLP and Jackson;
 * no Kafka. Nothing of the running application uses it.
 */
package dev.mrt.learning;
