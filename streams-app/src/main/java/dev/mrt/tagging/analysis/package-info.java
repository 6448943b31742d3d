/**
 * The article read once against the taxonomy, for every later stage:
 * {@link dev.mrt.tagging.analysis.ArticleAnalysis} (tokens, sentences, the phrase mentions of
 * each sentence, the publication date), {@link dev.mrt.tagging.analysis.CountrySalience} (which
 * country and central bank the story is about, for generic phrases), and the scope of words
 * that both events and notes respect: {@link dev.mrt.tagging.analysis.NegationDetector} and
 * {@link dev.mrt.tagging.analysis.ModalityDetector}.
 *
 * <p>Uses {@code text} and {@code taxonomy}.
 */
package dev.mrt.tagging.analysis;
