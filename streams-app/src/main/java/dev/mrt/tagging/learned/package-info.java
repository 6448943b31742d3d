/**
 * The learned layer the tagger ships: {@link dev.mrt.tagging.learned.LearnedModel}, binary maxent
 * classifiers (Apache OpenNLP) trained from the labelled news corpus by {@code train-model}, that
 * decide beside the rules which event types an article carries, which market moves are notes of
 * the story and whether the article links them. {@link dev.mrt.tagging.learned.FeatureNames}
 * gives a trainer the features the classifiers read; {@link dev.mrt.tagging.learned.ShippedModel}
 * reads the model in the jar.
 *
 * <p>Uses {@code text} and {@code model}, and OpenNLP's model classes.
 */
package dev.mrt.tagging.learned;
