package dev.mrt.tagging.events;

import dev.mrt.tagging.taxonomy.CodeRoles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Merges sightings of the same event (same type, overlapping countries) and drops events that
 * a more concrete one in the article already accounts for: statements made around a call,
 * summit or talks between the same countries (a statement about tariffs or sanctions is an
 * event of its own, as the contract's "the statement a leader made about it" says); a central banker's remarks on the bank's own decision, unless they look ahead;
 * tension where there is military action; talks that are the article's trade talks. The event
 * types come from the taxonomy's {@link CodeRoles}.
 */
public final class EventMerger {
    private final CodeRoles roles;

    public EventMerger(CodeRoles roles) {
        this.roles = roles;
    }

    public List<MergedEvent> merge(List<EventSighting> sightings) {
        List<MergedEvent> events = new ArrayList<>();
        for (EventSighting m : sightings) {
            MergedEvent match = null;
            for (MergedEvent e : events) {
                if (e.type().equals(m.type())
                        && (e.countries().isEmpty()
                                || m.countries().isEmpty()
                                || !Collections.disjoint(m.countries(), e.countries()))) {
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

    private boolean subsumed(MergedEvent e, List<MergedEvent> all) {
        for (MergedEvent o : all) {
            if (o == e || !o.sharesCountry(e)) {
                continue;
            }
            if (e.type().equals(roles.statement()) && !o.type().equals(e.type()) && roles.isDiplomacy(o.type())) {
                return true;
            }
            if (e.type().equals(roles.guidance()) && !e.forward() && o.type().equals(roles.policyDecision())) {
                return true;
            }
            if (e.type().equals(roles.tension()) && o.type().equals(roles.militaryAction())) {
                return true;
            }
            // Talks between the same countries that the article calls trade talks are those trade talks.
            if (e.type().equals(roles.officialTalks())
                    && o.type().equals(roles.tradeTalks())
                    && o.countries().containsAll(e.countries())) {
                return true;
            }
        }
        return false;
    }
}
