package dev.mrt.tagging;

/**
 * A link from an event to a note inside one article.
 *
 * @param basis one of {@link #SAME_SENTENCE}, {@link #EXPLICIT_REFERENCE}, {@link #CAUSAL_CUE},
 *              {@link #SAME_ARTICLE}
 */
public record LinkTag(String event, String note, String basis, double confidence) {
    public static final String SAME_SENTENCE = "same_sentence";
    public static final String EXPLICIT_REFERENCE = "explicit_reference";
    public static final String CAUSAL_CUE = "causal_cue";
    public static final String SAME_ARTICLE = "same_article";
}
