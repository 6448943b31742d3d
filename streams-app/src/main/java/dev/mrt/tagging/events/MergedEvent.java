package dev.mrt.tagging.events;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** An event with all its sightings merged; mutable only while {@link EventMerger} builds it. */
public final class MergedEvent {
    private final String type;
    private final Set<String> actors = new LinkedHashSet<>();
    private final Set<String> countries = new TreeSet<>();
    private final Set<Integer> sentences = new LinkedHashSet<>();
    /** Read-only views, made once: the accessors are called in the linker's loops. */
    private final Set<String> actorsView = Collections.unmodifiableSet(actors);

    private final Set<String> countriesView = Collections.unmodifiableSet(countries);
    private final Set<Integer> sentencesView = Collections.unmodifiableSet(sentences);
    private LocalDate date;
    /** Some sighting is guidance that looks ahead (see {@link EventSighting#forward()}). */
    private boolean forward;

    private double confidence;
    /** Evidence: the first sighting that dates the event, else the first sighting. */
    private int from;

    private int to;

    MergedEvent(EventSighting first) {
        this.type = first.type();
        this.from = first.from();
        this.to = first.to();
        this.confidence = first.confidence();
        add(first);
    }

    void add(EventSighting m) {
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

    boolean sharesCountry(MergedEvent other) {
        return !Collections.disjoint(countries, other.countries);
    }

    /** The taxonomy's event type code. */
    public String type() {
        return type;
    }

    /** Canonical names of who acted, in order of first mention. */
    public Set<String> actors() {
        return actorsView;
    }

    /** ISO codes, sorted. */
    public Set<String> countries() {
        return countriesView;
    }

    /** Indexes of the sentences that report it, in order of first sighting. */
    public Set<Integer> sentences() {
        return sentencesView;
    }

    /** The date the event happened, or null when the text does not say. */
    public LocalDate date() {
        return date;
    }

    boolean forward() {
        return forward;
    }

    public double confidence() {
        return confidence;
    }

    /** First token of the evidence. */
    public int from() {
        return from;
    }

    /** Token after the evidence. */
    public int to() {
        return to;
    }
}
