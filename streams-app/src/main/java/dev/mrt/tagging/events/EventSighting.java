package dev.mrt.tagging.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One sighting of a political event in one sentence, before sightings of the same event merge.
 *
 * @param speakerCountries for statements and guidance: the speaker's countries, used to let a
 *                         concrete event in the same sentence absorb the statement
 * @param anchor           token of the trigger or reporting verb
 * @param forward          a speech that goes beyond the event beside it: guidance that looks ahead
 *                         ("would be patient"), or a government reacting to an event ("condemned");
 *                         neither is absorbed by that event
 */
public record EventSighting(
        String type,
        List<String> actors,
        Set<String> countries,
        LocalDate date,
        double confidence,
        int sentence,
        int from,
        int to,
        boolean weak,
        boolean speech,
        Set<String> speakerCountries,
        int anchor,
        boolean forward) {}
