package dev.mrt.tagging.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges sightings of the same event (same type, overlapping countries) and drops events that
 * a more concrete one in the article already accounts for: statements made around a call,
 * summit or talks between the same countries, or about an event between exactly those countries; a central banker's remarks on the bank's own
 * decision, unless they look ahead; tension where there is military action; talks that are the
 * article's trade talks.
 */
public final class EventMerger {
    private EventMerger() {}

    public static List<MergedEvent> merge(List<EventSighting> mentions) {
        List<MergedEvent> events = new ArrayList<>();
        for (EventSighting m : mentions) {
            MergedEvent match = null;
            for (MergedEvent e : events) {
                if (e.type().equals(m.type())
                        && (e.countries().isEmpty()
                                || m.countries().isEmpty()
                                || !java.util.Collections.disjoint(m.countries(), e.countries()))) {
                    match = e;
                    break;
                }
            }
            if (match != null) {
                match.add(m);
            } else {
                events.add(new MergedEvent(m));
            }
        }
        events.removeIf(e -> subsumed(e, events));
        return events;
    }

    private static boolean subsumed(MergedEvent e, List<MergedEvent> all) {
        for (MergedEvent o : all) {
            if (o == e || !o.sharesCountry(e)) {
                continue;
            }
            if (e.type().equals("diplomacy.statement")
                    && !o.type().equals(e.type())
                    && (o.type().startsWith("diplomacy.") || o.countries().containsAll(e.countries()))) {
                return true;
            }
            if (e.type().equals("monetary.guidance") && !e.forward() && o.type().equals("monetary.policy_decision")) {
                return true;
            }
            if (e.type().equals("conflict.tension") && o.type().equals("conflict.military")) {
                return true;
            }
            // Talks between the same countries that the article calls trade talks are those trade talks.
            if (e.type().equals("diplomacy.official_talks")
                    && o.type().equals("trade.talks")
                    && o.countries().containsAll(e.countries())) {
                return true;
            }
        }
        return false;
    }
}
