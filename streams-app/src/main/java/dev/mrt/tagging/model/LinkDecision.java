package dev.mrt.tagging.model;

/** What the learned layer makes of the rules' links between an article's events and notes. */
public enum LinkDecision {
    /** The rules' links stand. */
    AS_FOUND,
    /** The article does not tie its events to its notes: no link. */
    NONE,
    /** The article ties them although the rules found no link: link its main event and note. */
    LINKED
}
