package dev.mrt.learning;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.tagging.ArticleText;
import java.util.List;
import java.util.Set;

/**
 * A passage of the labelled corpus and its labels, as training reads them.
 *
 * @param article the text
 * @param events  per labelled event, the types it may have (one, or the "any_of" list)
 * @param evidence per labelled event, its evidence as written (a substring of title and body)
 * @param notes   the labelled notes as {@code family/direction}
 * @param linked  whether the text ties its events to its notes
 * @param fold    the cross-validation fold (by story), or -1 when the line has none
 * @param story   the story slug, or the id when the line has none
 * @param gold    the line's "gold" object as written, for scoring
 */
public record LabelledPassage(
        ArticleText article,
        List<List<String>> events,
        List<String> evidence,
        Set<String> notes,
        boolean linked,
        int fold,
        String story,
        JsonNode gold) {
    public LabelledPassage {
        events = events.stream().map(List::copyOf).toList();
        evidence = List.copyOf(evidence);
        notes = Set.copyOf(notes);
    }

    public String id() {
        return article.id();
    }
}
