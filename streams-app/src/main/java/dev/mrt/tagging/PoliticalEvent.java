package dev.mrt.tagging;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** An event with all its sightings merged; mutable only while {@link EventMerger} builds it. */
final class PoliticalEvent {
    final String type;
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> countries = new TreeSet<>();
    final java.util.Set<Integer> sentences = new java.util.LinkedHashSet<>();
    LocalDate date;
    /** Some sighting is guidance that looks ahead (see {@link EventMention#forward()}). */
    boolean forward;

    double confidence;
    /** Evidence: the first sighting that dates the event, else the first sighting. */
    int from;

    int to;

    PoliticalEvent(EventMention first) {
        this.type = first.type();
        this.from = first.from();
        this.to = first.to();
        this.confidence = first.confidence();
        add(first);
    }

    void add(EventMention m) {
        actors.addAll(m.actors());
        countries.addAll(m.countries());
        sentences.add(m.sentence());
        forward |= m.forward();
        if (date == null && m.date() != null) {
            date = m.date();
            from = m.from();
            to = m.to();
        }
        if (sentences.size() > 1) {
            confidence = Math.min(0.97, Math.max(confidence, m.confidence()) + 0.02);
        }
    }

    boolean sharesCountry(PoliticalEvent other) {
        return !java.util.Collections.disjoint(countries, other.countries);
    }
}
