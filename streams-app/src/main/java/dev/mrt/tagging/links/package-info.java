/**
 * In-article links: which of an article's events each of its notes reacts to
 * ({@link dev.mrt.tagging.links.InArticleLinker}), and why ({@link dev.mrt.tagging.links.LinkBasis}:
 * same sentence, an explicit reference such as "the call", a causal cue such as "after", or only
 * a shared country). Links across articles and feeds are the topology's reactions, not these.
 *
 * <p>Uses {@code text}, {@code taxonomy}, {@code analysis}, {@code events} and {@code notes}.
 */
package dev.mrt.tagging.links;
