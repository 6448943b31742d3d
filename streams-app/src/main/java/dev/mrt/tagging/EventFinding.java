package dev.mrt.tagging;

import java.time.LocalDate;
import java.util.List;

/**
 * A political or policy event found in an article.
 *
 * @param id         unique within the article: e1, e2, ...
 * @param type       taxonomy event type code, e.g. {@code diplomacy.leader_call}
 * @param actors     canonical names of who acted
 * @param countries  ISO 3166-1 alpha-2 codes, sorted, no duplicates
 * @param eventDate  date the event happened, or null when the text does not say
 */
public record EventFinding(
        String id,
        String type,
        List<String> actors,
        List<String> countries,
        LocalDate eventDate,
        double confidence,
        EvidenceSpan evidence) {

    public EventFinding {
        actors = List.copyOf(actors);
        countries = List.copyOf(countries);
    }
}
