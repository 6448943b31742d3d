package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.InstitutionDef;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.PersonDef;
import dev.mrt.tagging.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who and which countries a sentence involves: people (not mere possessors, as in "Biden's
 * envoy John Kerry"), institutions and countries named directly or through their people.
 */
final class EventParticipants {
    final List<PersonDef> people = new ArrayList<>();
    final List<InstitutionDef> institutions = new ArrayList<>();
    final Set<String> countries = new TreeSet<>();
    final Set<String> leaderCountries = new TreeSet<>();

    static EventParticipants of(ArticleAnalysis a, Sentence s) {
        EventParticipants p = new EventParticipants();
        for (Mention m : a.mentions().get(s.index())) {
            Concept.Person person = m.get(Concept.Person.class);
            Concept.Institution inst = m.get(Concept.Institution.class);
            Concept.Country country = m.get(Concept.Country.class);
            boolean possessor = a.norm(m.to()).equals("'s")
                    && m.to() + 1 < s.to()
                    && a.mentionAt(s.index(), m.to() + 1) == null
                    && !a.tokens().get(m.to() + 1).capitalized();
            if (person != null) {
                p.countries.add(person.person().country());
                if (!possessor && !p.people.contains(person.person())) {
                    p.people.add(person.person());
                    if (person.person().isLeader()) {
                        p.leaderCountries.add(person.person().country());
                    }
                }
            } else if (inst != null) {
                if (inst.institution().country() != null) {
                    p.countries.add(inst.institution().country());
                }
                if (!p.institutions.contains(inst.institution())) {
                    p.institutions.add(inst.institution());
                }
            } else if (country != null && !modifiesAsset(a, s, m)) {
                p.countries.add(country.code());
            }
        }
        TitledLeaders.addTo(a, s, p.leaderCountries);
        return p;
    }

    /**
     * The countries an event trigger involves: those of its actors (people, institutions) and
     * the countries named within {@code reach} tokens of it. A country named further away in a
     * long sentence ("... including, perhaps, Afghanistan") is a passing mention, not a party.
     */
    static java.util.Set<String> countriesNear(ArticleAnalysis a, Sentence s, Mention trigger, int reach) {
        java.util.Set<String> out = new TreeSet<>();
        for (Mention m : a.mentions().get(s.index())) {
            Concept.Person person = m.get(Concept.Person.class);
            Concept.Institution inst = m.get(Concept.Institution.class);
            Concept.Country country = m.get(Concept.Country.class);
            if (person != null) {
                out.add(person.person().country());
            } else if (inst != null) {
                if (inst.institution().country() != null) {
                    out.add(inst.institution().country());
                }
            } else if (country != null
                    && !modifiesAsset(a, s, m)
                    && m.to() >= trigger.from() - reach
                    && m.from() <= trigger.to() + reach) {
                out.add(country.code());
            }
        }
        return out;
    }

    /** "Hong Kong's Hang Seng", "Mexico's peso": the country names a market, not a participant. */
    static boolean modifiesAsset(ArticleAnalysis a, Sentence s, Mention country) {
        int j = country.to();
        if (j < s.to() && a.norm(j).equals("'s")) {
            j++;
        }
        Mention next = j < s.to() ? a.mentionAt(s.index(), j) : null;
        return next != null && next.from() == j && (next.has(Concept.Asset.class) || next.has(Concept.Currency.class));
    }

    boolean hasCentralBank() {
        return institutions.stream().anyMatch(InstitutionDef::isCentralBank)
                || people.stream().anyMatch(PersonDef::isCentralBanker);
    }

    /** Country of the first central bank or central banker, or null (a generic "the central bank"). */
    String centralBankCountry() {
        for (InstitutionDef i : institutions) {
            if (i.isCentralBank() && i.country() != null) {
                return i.country();
            }
        }
        for (PersonDef p : people) {
            if (p.isCentralBanker()) {
                return p.country();
            }
        }
        return null;
    }

    /** Institutions without a country of their own (OPEC, the IMF) and no person or country beside them. */
    boolean actsOnlyThroughStatelessBodies() {
        return people.isEmpty()
                && countries.isEmpty()
                && !institutions.isEmpty()
                && institutions.stream().allMatch(i -> i.country() == null);
    }

    List<String> actorNames() {
        Set<String> names = new LinkedHashSet<>();
        people.forEach(p -> names.add(p.name()));
        institutions.stream().filter(i -> !i.isMedia()).forEach(i -> names.add(i.name()));
        return new ArrayList<>(names);
    }
}
