package dev.mrt.tagging;

import dev.mrt.tagging.links.LinkBasis;

/**
 * A link from an event to a note inside one article (not to be confused with a cross-feed
 * reaction, {@code topology.ReactionLinker}, which links events and notes of different articles).
 *
 * @param event id of the event in the article (e1, ...)
 * @param note  id of the note in the article (n1, ...)
 * @param basis the {@link LinkBasis#code()} of why they are linked
 */
public record InArticleLink(String event, String note, String basis, double confidence) {}
