package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.analysis.CountrySalience;
import dev.mrt.tagging.taxonomy.CodeRoles;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Lexicon;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.taxonomy.TriggerDef;
import dev.mrt.tagging.text.LightStemmer;
import dev.mrt.tagging.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds political events per sentence: trigger phrases whose argument requirements hold
 * (countries, leaders, a central bank), plus reported statements of governments and central
 * bankers. Triggers that are negated ("no plans for a meeting"), hypothetical ("would be at
 * the G20 summit", "if ... talks") or mere time references ("since the inauguration") do not
 * count; weak triggers yield to strong ones in the same sentence.
 */
public final class EventDetector {
    private static final int SPEAKER_REACH = 8;
    private static final int CENTRAL_BANK_REACH = 8;
    /** Tokens either side of a trigger within which a named country is a party to the event. */
    private static final int COUNTRY_REACH = 20;
    /** The contract's "history cited for context": more than about a month before publication. */
    private static final int HISTORY_DAYS = 35;
    /** Tokens either side of a trigger within which a year dates it. */
    private static final int YEAR_REACH = 4;

    private static final String LAST = LightStemmer.stem("last");
    private static final String YEAR = LightStemmer.stem("year");
    private static final String AGO = LightStemmer.stem("ago");

    private final Taxonomy taxonomy;
    private final Lexicon lex;
    private final CodeRoles roles;
    /** The event types of a central bank's decision and of its signals ({@link CodeRoles}). */
    private final String decision;

    private final String guidance;

    public EventDetector(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.lex = taxonomy.lexicon();
        this.roles = taxonomy.roles();
        this.decision = roles.policyDecision();
        this.guidance = roles.guidance();
    }

    public List<EventSighting> detect(ArticleAnalysis a) {
        List<EventSighting> out = new ArrayList<>();
        ParagraphLeaders leaders = new ParagraphLeaders(a);
        for (Sentence s : a.sentences()) {
            if (!mayHoldEvent(a.mentions().get(s.index()))) {
                continue;
            }
            List<EventSighting> here = new ArrayList<>();
            EventParticipants p = null;
            for (Mention m : a.mentions().get(s.index())) {
                Concept.Trigger tr = m.get(Concept.Trigger.class);
                if (tr == null || suppressed(a, s, m, true)) {
                    continue;
                }
                if (p == null) {
                    p = EventParticipants.of(a, s);
                }
                EventSighting e = fromTrigger(a, s, m, tr.trigger(), p, leaders);
                if (e != null && !hasType(here, e.type()) && !history(a, e) && !yearBefore(a, s, m)) {
                    here.add(e);
                }
            }
            boolean strong = false;
            for (EventSighting e : here) {
                strong |= !e.weak();
            }
            if (strong) {
                here.removeIf(e -> e.weak() && !e.type().equals(guidance));
            }
            EventSighting speech = speech(a, s, p, here);
            if (!here.isEmpty() || speech != null) {
                dropDecisionsInsideGuidance(here, speech);
            }
            if (speech != null && !absorbedByAny(here, speech)) {
                here.add(speech);
            }
            out.addAll(here);
        }
        return out;
    }

    /**
     * A sighting of an event of this type that a learned model reads in a sentence where no
     * trigger stood: the sentence is the evidence, its participants are the actors and
     * countries (else the story's country, as for a trigger that requires one).
     *
     * @return the sighting, or null when no country can be given to it
     */
    public EventSighting fromModel(ArticleAnalysis a, Sentence s, String type, double confidence) {
        EventParticipants p = EventParticipants.of(a, s);
        Set<String> countries = new TreeSet<>(p.countries);
        if (countries.isEmpty()) {
            String c = fallbackCountry(a, p, type);
            if (c == null) {
                return null;
            }
            countries.add(c);
        }
        return new EventSighting(
                type,
                p.actorNames(),
                countries,
                RelativeDateResolver.resolve(a, s, s.from()),
                confidence,
                s.index(),
                s.from(),
                s.to(),
                false,
                false,
                Set.of(),
                s.from(),
                false);
    }

    /**
     * "In March, parliament passed ...", "the 2019 tariffs": an event the text dates more than
     * {@link #HISTORY_DAYS} before publication is history cited for context, not news.
     */
    private static boolean history(ArticleAnalysis a, EventSighting e) {
        return a.publishedDate() != null
                && e.date() != null
                && e.date().isBefore(a.publishedDate().minusDays(HISTORY_DAYS));
    }

    /**
     * "won re-election in 2014", "the 2018 tariffs": a year before publication's next to a trigger
     * dates the event as history, and so do "last year's" and "two years ago". A year after "since"
     * is a yardstick ("the first hike since 2018").
     */
    private static boolean yearBefore(ArticleAnalysis a, Sentence s, Mention trigger) {
        if (a.publishedDate() == null) {
            return false;
        }
        int year = a.publishedDate().getYear();
        for (int j = Math.max(s.from(), trigger.from() - YEAR_REACH);
                j < Math.min(s.to(), trigger.to() + YEAR_REACH);
                j++) {
            String n = a.norm(j);
            if ((n.equals(LAST) && j + 1 < s.to() && a.norm(j + 1).equals(YEAR))
                    || (n.equals(AGO) && j > s.from() && a.norm(j - 1).equals(YEAR))) {
                return true;
            }
            if (n.length() == 4
                    && a.tokens().get(j).kind() == dev.mrt.tagging.text.Token.Kind.NUMBER
                    && !(j > s.from() && a.norm(j - 1).equals("since"))) {
                int y = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : 0;
                if (y >= 1900 && y < year) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasType(List<EventSighting> here, String type) {
        for (EventSighting e : here) {
            if (e.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private boolean absorbedByAny(List<EventSighting> here, EventSighting speech) {
        for (EventSighting e : here) {
            if (absorbs(e, speech)) {
                return true;
            }
        }
        return false;
    }

    private static final long EVENT_WORDS = Mention.bit(Concept.Trigger.class) | Mention.bit(Concept.SpeechVerb.class);

    private static boolean mayHoldEvent(List<Mention> ms) {
        for (int i = 0, n = ms.size(); i < n; i++) {
            if ((ms.get(i).kinds() & EVENT_WORDS) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Powell signaled the Fed can be patient on rate cuts", "minutes showed officials split over
     * rate cuts": a decision mentioned inside guidance is guidance, not a decision.
     */
    private void dropDecisionsInsideGuidance(List<EventSighting> here, EventSighting speech) {
        List<EventSighting> signals = new ArrayList<>();
        here.stream().filter(e -> e.type().equals(guidance)).forEach(signals::add);
        if (speech != null && speech.type().equals(guidance)) {
            signals.add(speech);
        }
        for (EventSighting g : signals) {
            Set<String> who = g.speech() ? g.speakerCountries() : g.countries();
            here.removeIf(e -> e.type().equals(decision)
                    && e.anchor() > g.anchor()
                    && e.countries().stream().anyMatch(who::contains));
        }
        boolean strongLeft = here.stream().anyMatch(e -> !e.weak() && !e.type().equals(guidance));
        if (!strongLeft) {
            return;
        }
        here.removeIf(e -> e.weak() && e.type().equals(guidance) && !e.speech());
    }

    /**
     * A concrete event of the speaker's country absorbs the speech about it; but a government
     * reacting to it (a reaction verb) makes a statement of its own, and a central banker
     * looking ahead ("the Fed left rates unchanged and Powell said it would be patient") gives
     * guidance beyond the decision.
     */
    private boolean absorbs(EventSighting e, EventSighting speech) {
        if (roles.isMonetary(speech.type())) {
            boolean beyondDecision = speech.forward() && e.type().equals(decision);
            return !beyondDecision
                    && roles.isMonetary(e.type())
                    && e.countries().stream().anyMatch(speech.speakerCountries()::contains);
        }
        // "China condemned the tariffs": a government answering the event is a statement of its own.
        return !speech.forward() && e.countries().stream().anyMatch(speech.speakerCountries()::contains);
    }

    private static boolean suppressed(ArticleAnalysis a, Sentence s, Mention m, boolean subjectOfHypothetical) {
        return TriggerScope.suppressed(a, s, m, subjectOfHypothetical);
    }

    private EventSighting fromTrigger(
            ArticleAnalysis a, Sentence s, Mention m, TriggerDef t, EventParticipants p, ParagraphLeaders leaders) {
        String type = t.eventType();
        Set<String> countries = EventParticipants.countriesNear(a, s, m, COUNTRY_REACH);
        // Two parties may stand further apart than one ("Russia ... its forces ... into Ukraine").
        boolean needsTwo = t.requires() == TriggerDef.Requirement.TWO_COUNTRIES
                || t.requires() == TriggerDef.Requirement.LEADER_AND_FOREIGN
                || t.requires() == TriggerDef.Requirement.TWO_LEADERS
                || t.requires() == TriggerDef.Requirement.MEETING;
        if (needsTwo && countries.size() < 2) {
            countries = new TreeSet<>(p.countries);
        }
        switch (t.requires()) {
            case NONE -> {}
            case COUNTRY -> {
                if (countries.isEmpty()) {
                    String c = fallbackCountry(a, p, type);
                    if (c == null) {
                        return null;
                    }
                    countries.add(c);
                }
            }
            case TWO_COUNTRIES -> {
                if (countries.size() < 2) {
                    return null;
                }
            }
            case LEADER_AND_FOREIGN -> {
                if (p.leaderCountries.isEmpty() || countries.size() < 2) {
                    return null;
                }
            }
            case TWO_LEADERS -> {
                boolean counterpart =
                        p.leaderCountries.size() == 1 && countries.size() >= 2 && mentionsCounterpart(a, s);
                if (p.leaderCountries.size() < 2 && !counterpart) {
                    return null;
                }
            }
            case CENTRAL_BANK -> {
                if (!p.hasCentralBank()) {
                    return null;
                }
            }
            case OFFICE_HOLDER -> {
                if (!OfficeHolderArgument.holds(a, s, m)) {
                    return null;
                }
                if (countries.isEmpty()) {
                    String c = fallbackCountry(a, p, type);
                    if (c == null) {
                        return null;
                    }
                    countries.add(c);
                }
            }
            case MEETING -> {
                // A central bank's meeting is a policy meeting, and its talks with other bankers no diplomacy; leaders
                // meeting
                // in the same sentence still meet.
                if (countries.size() < 2 || (p.hasCentralBank() && p.leaderCountries.isEmpty())) {
                    return null;
                }
                type = leadersMeet(s, p, countries, leaders)
                        ? taxonomy.meetingType(Taxonomy.Meeting.LEADERS)
                        : taxonomy.meetingType(Taxonomy.Meeting.OFFICIALS);
            }
        }
        if (t.typeWithCentralBank() != null && p.hasCentralBank()) {
            type = t.typeWithCentralBank();
        }
        // "taper talk", "rate-cut remarks": a decision named only as the topic of speech is guidance.
        Mention next = a.mentionAt(s.index(), m.to());
        if (type.equals(decision) && next != null && next.from() == m.to() && next.has(Concept.SpeechVerb.class)) {
            type = guidance;
        }
        if (roles.isMonetary(type)) {
            String bank = centralBankNear(a, s, m);
            if (bank == null) {
                bank = fallbackCountry(a, p, type);
            }
            if (bank != null) {
                countries = new TreeSet<>(Set.of(bank));
            }
        }
        LocalDate date = RelativeDateResolver.resolve(a, s, m.from());
        // Minutes and the like are guidance in their own right; a weak cue ("signalled") only when nothing else
        // explains it.
        boolean forward = type.equals(guidance) && !t.weak();
        return new EventSighting(
                type,
                p.actorNames(),
                countries,
                date,
                t.confidence(),
                s.index(),
                s.from(),
                s.to(),
                t.weak(),
                false,
                Set.of(),
                m.from(),
                forward);
    }

    private boolean mentionsCounterpart(ArticleAnalysis a, Sentence s) {
        for (int j = s.from(); j < s.to(); j++) {
            if (lex.counterparts().contains(a.norm(j))) {
                return true;
            }
        }
        return false;
    }

    private String fallbackCountry(ArticleAnalysis a, EventParticipants p, String type) {
        // "OPEC+ agrees an output hike" over a story about WTI: the body that acts has no country
        // of its own, and the story's most named country did not act.
        if (p.actsOnlyThroughStatelessBodies()) {
            return null;
        }
        if (roles.isMonetary(type)) {
            String bank = a.salience().dominantCentralBank();
            if (bank != null) {
                return bank;
            }
        }
        return a.salience().dominant();
    }

    /** The country of a central bank named right next to a monetary trigger ("BOJ hikes rates"). */
    private static String centralBankNear(ArticleAnalysis a, Sentence s, Mention trigger) {
        for (Mention m : a.mentions().get(s.index())) {
            if (m.to() < trigger.from() - CENTRAL_BANK_REACH || m.from() > trigger.to() + CENTRAL_BANK_REACH) {
                continue;
            }
            Concept.Institution i = m.get(Concept.Institution.class);
            if (i != null && i.institution().isCentralBank() && i.institution().country() != null) {
                return i.institution().country();
            }
            Concept.Person p = m.get(Concept.Person.class);
            if (p != null && p.person().isCentralBanker()) {
                return p.person().country();
            }
        }
        return null;
    }

    /** Leaders of two countries in the sentence, or one here and a counterpart in the same paragraph. */
    private static boolean leadersMeet(
            Sentence s, EventParticipants p, Set<String> countries, ParagraphLeaders leaders) {
        if (p.leaderCountries.size() >= 2) {
            return true;
        }
        if (p.leaderCountries.isEmpty()) {
            return false;
        }
        for (String c : leaders.of(s)) {
            if (countries.contains(c) && !p.leaderCountries.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Countries whose leaders each paragraph names; computed per paragraph on first use. */
    private static final class ParagraphLeaders {
        private final ArticleAnalysis article;
        private java.util.Map<Integer, Set<String>> byParagraph;

        ParagraphLeaders(ArticleAnalysis article) {
            this.article = article;
        }

        /** Sentences of a paragraph are contiguous, so only the neighbours of {@code s} are read. */
        Set<String> of(Sentence s) {
            if (byParagraph == null) {
                byParagraph = new java.util.HashMap<>();
            }
            return byParagraph.computeIfAbsent(s.paragraph(), k -> {
                Set<String> all = new TreeSet<>();
                int first = s.index();
                while (first > 0 && article.sentences().get(first - 1).paragraph() == k) {
                    first--;
                }
                for (int i = first;
                        i < article.sentences().size()
                                && article.sentences().get(i).paragraph() == k;
                        i++) {
                    all.addAll(EventParticipants.of(article, article.sentences().get(i)).leaderCountries);
                }
                return all;
            });
        }
    }

    /** "Trump said ... China": a government speaker on a foreign country, or a central banker speaking. */
    private EventSighting speech(ArticleAnalysis a, Sentence s, EventParticipants known, List<EventSighting> here) {
        List<Mention> ms = a.mentions().get(s.index());
        for (int i = 0; i < ms.size(); i++) {
            Mention verb = ms.get(i);
            if (!verb.has(Concept.SpeechVerb.class) || suppressed(a, s, verb, false)) {
                continue;
            }
            Mention speaker = a.norm(verb.from() - 1).equals(",") ? sentenceSubject(a, s, ms, i) : speakerOf(ms, i);
            if (speaker == null) {
                continue;
            }
            EventParticipants p = known != null ? known : EventParticipants.of(a, s);
            String speakerCountry = CountrySalience.countryOf(speaker);
            Concept.Person person = speaker.get(Concept.Person.class);
            Concept.Institution inst = speaker.get(Concept.Institution.class);
            boolean centralBank = (person != null && person.person().isCentralBanker())
                    || (inst != null && inst.institution().isCentralBank());
            LocalDate date = RelativeDateResolver.resolve(a, s, verb.from());
            if (centralBank) {
                String country =
                        speakerCountry != null ? speakerCountry : a.salience().dominant();
                if (country == null) {
                    continue;
                }
                boolean forward = ForwardLooking.after(a, s, verb.to());
                return taxonomy.speechEventType(Taxonomy.Speaker.CENTRAL_BANK)
                        .map(type -> new EventSighting(
                                type,
                                p.actorNames(),
                                Set.of(country),
                                date,
                                0.7,
                                s.index(),
                                s.from(),
                                s.to(),
                                true,
                                true,
                                Set.of(country),
                                verb.from(),
                                forward))
                        .orElse(null);
            }
            boolean government = person != null
                    || (inst != null && inst.institution().isGovernment())
                    || speaker.has(Concept.Country.class);
            if (!government || speakerCountry == null) {
                continue;
            }
            Set<String> about = p.countries;
            if (about.stream().noneMatch(c -> !c.equals(speakerCountry)) && attributesQuoteBefore(a, s)) {
                // '"... tariffs on Turkey," the White House said.': the quote before says what it is about.
                about = new TreeSet<>(about);
                about.addAll(EventParticipants.of(a, a.sentences().get(s.index() - 1)).countries);
            }
            boolean reaction = verb.get(Concept.SpeechVerb.class).reaction();
            if (reaction && about.stream().noneMatch(c -> !c.equals(speakerCountry))) {
                // "China condemned the tariffs": the event it answers says whom it is about.
                about = new TreeSet<>(about);
                for (EventSighting e : here) {
                    about.addAll(e.countries());
                }
                if (about.stream().noneMatch(c -> !c.equals(speakerCountry)) && s.index() > 0) {
                    about.addAll(EventParticipants.of(a, a.sentences().get(s.index() - 1)).countries);
                }
            }
            if (about.stream().noneMatch(c -> !c.equals(speakerCountry))) {
                continue;
            }
            Set<String> countries = new TreeSet<>(about);
            countries.add(speakerCountry);
            return taxonomy.speechEventType(Taxonomy.Speaker.GOVERNMENT)
                    .map(type -> new EventSighting(
                            type,
                            p.actorNames(),
                            countries,
                            date,
                            0.65,
                            s.index(),
                            s.from(),
                            s.to(),
                            true,
                            true,
                            Set.of(speakerCountry),
                            verb.from(),
                            reaction))
                    .orElse(null);
        }
        return null;
    }

    /** The sentence attributes a quotation that ends the sentence before it. */
    private static boolean attributesQuoteBefore(ArticleAnalysis a, Sentence s) {
        if (s.index() == 0 || a.sentences().get(s.index() - 1).paragraph() != s.paragraph()) {
            return false;
        }
        int j = a.startOf(s.from()) - 1;
        while (j >= 0 && Character.isWhitespace(a.text().charAt(j))) {
            j--;
        }
        return j >= 0 && (a.text().charAt(j) == '\u201d' || a.text().charAt(j) == '"');
    }

    /**
     * "Trump renewed his attacks on Powell, saying ...": after a comma the speaker is the one who
     * acts in the sentence: its first person, else its first institution or country that is not
     * just naming a market ("Hong Kong's Hang Seng").
     */
    private static Mention sentenceSubject(ArticleAnalysis a, Sentence s, List<Mention> ms, int verbIndex) {
        Mention fallback = null;
        for (int j = 0; j < verbIndex; j++) {
            Mention m = ms.get(j);
            if (m.has(Concept.Person.class)) {
                return m;
            }
            Concept.Institution inst = m.get(Concept.Institution.class);
            boolean actor = (inst != null && !inst.institution().isMedia())
                    || (m.has(Concept.Country.class) && !EventParticipants.modifiesAsset(a, s, m));
            if (fallback == null && actor) {
                fallback = m;
            }
        }
        return fallback;
    }

    private static Mention speakerOf(List<Mention> ms, int verbIndex) {
        Mention verb = ms.get(verbIndex);
        for (int j = verbIndex - 1; j >= 0; j--) {
            Mention m = ms.get(j);
            if (verb.from() - m.to() > SPEAKER_REACH) {
                break;
            }
            if (m.has(Concept.Trigger.class) || m.has(Concept.SpeechVerb.class)) {
                break;
            }
            if (m.has(Concept.Person.class) || m.has(Concept.Institution.class) || m.has(Concept.Country.class)) {
                return m;
            }
        }
        if (verbIndex + 1 < ms.size()) {
            Mention after = ms.get(verbIndex + 1);
            if (after.from() - verb.to() <= 2
                    && (after.has(Concept.Person.class) || after.has(Concept.Institution.class))) {
                return after;
            }
        }
        return null;
    }
}
