package dev.mrt.tagging.model;

/**
 * One sentence of an article, as a learned model reads it.
 *
 * @param index     position among the article's sentences
 * @param text      the sentence's text as written
 * @param title     the sentence is (part of) the headline
 * @param paragraph index of its paragraph (the title is paragraph 0)
 */
public record SentenceInput(int index, String text, boolean title, int paragraph) {}
