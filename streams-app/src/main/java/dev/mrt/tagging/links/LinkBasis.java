package dev.mrt.tagging.links;

import java.util.Locale;

/** Why an event and a note of the same article are linked, strongest first. */
public enum LinkBasis {
    /** Both in one sentence. */
    SAME_SENTENCE,
    /** The note's sentence or paragraph names the event ("optimistic about the call"). */
    EXPLICIT_REFERENCE,
    /** A causal cue ("after", "amid", "driven by") ties the note to the event. */
    CAUSAL_CUE,
    /** Only the article and a country (or paragraph) in common. */
    SAME_ARTICLE;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The contract's lower-case code, as written in every output. */
    public String code() {
        return code;
    }
}
