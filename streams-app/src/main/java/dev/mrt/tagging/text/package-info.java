/**
 * Text without meaning: {@link dev.mrt.tagging.text.Tokenizer} (one linear pass; "U.S." one
 * token, a possessive "'s" its own), {@link dev.mrt.tagging.text.LightStemmer},
 * {@link dev.mrt.tagging.text.SentenceSplitter} (terminal punctuation and line breaks, minus
 * abbreviations) and {@link dev.mrt.tagging.text.Vocabulary}, the dense ids of the words the
 * taxonomy knows, which let the tokenizer share Strings and the phrase matcher index by id.
 *
 * <p>Uses nothing else of the tagger: knowledge comes in as plain sets and vocabularies.
 */
package dev.mrt.tagging.text;
