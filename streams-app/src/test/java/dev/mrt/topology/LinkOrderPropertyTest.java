package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.LinkEvent;
import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.ReactionLink;
import dev.mrt.testing.Reactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The links of every note do not depend on the order in which sources arrive, on when changes
 * are emitted, nor on a restart from what is stored: for random sources (events and notes on two
 * link keys, some revised), fed in a random order (a source's revisions in their own order, as
 * one upstream task delivers them), emitted at random moments and restarted once from the stored
 * state, the final table equals a model that scores every note against every event of the final
 * revisions; and the statistics changes handed out add up to the model's statistics exactly.
 */
class LinkOrderPropertyTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Duration BEFORE = Duration.ofHours(1);
    private static final Duration AFTER = Duration.ofHours(24);
    private static final int MAX_LINKS = 3;
    private static final List<String> KEYS = List.of("CN-US", "US");
    private static final double[] CONFIDENCES = {0.5, 0.7, 0.9, 0.9};

    /** One revision of one source. */
    record Revision(String key, LinkSource source) {}

    @Property(tries = 300)
    void theTableAndTheStatisticsAreThoseOfTheDataWhateverTheOrder(@ForAll("scenarios") Scenario scenario) {
        LinkIndex index = new LinkIndex(BEFORE, AFTER, MAX_LINKS);
        Map<String, List<ReactionLink>> table = new TreeMap<>();
        StatsCells stats = StatsCells.empty();
        Random random = new Random(scenario.seed());
        int restartAt = random.nextInt(scenario.arrivals().size() + 1);
        for (int i = 0; i < scenario.arrivals().size(); i++) {
            if (i == restartAt) {
                index = restarted(index, scenario);
            }
            Revision r = scenario.arrivals().get(i);
            index.put(r.key(), r.source());
            if (random.nextInt(4) == 0) {
                emit(index, table, stats);
            }
        }
        emit(index, table, stats);

        Map<String, List<ReactionLink>> expected = model(scenario.finalRevisions());
        assertThat(table).isEqualTo(expected);
        StatsCells expectedStats = StatsCells.empty();
        expected.values().forEach(links -> links.forEach(l -> ReactionIncrements.add(expectedStats, l, 1)));
        assertThat(stats).isEqualTo(expectedStats);
    }

    private static void emit(LinkIndex index, Map<String, List<ReactionLink>> table, StatsCells stats) {
        index.emit((note, before, after) -> {
            assertThat(before).isEqualTo(table.getOrDefault(note.noteId(), List.of()));
            before.forEach(l -> ReactionIncrements.add(stats, l, -1));
            after.forEach(l -> ReactionIncrements.add(stats, l, 1));
            if (after.isEmpty()) {
                table.remove(note.noteId());
            } else {
                table.put(note.noteId(), after);
            }
        });
    }

    /** A new index from what the old one would have stored, as after a restart. */
    private static LinkIndex restarted(LinkIndex index, Scenario scenario) {
        LinkIndex restored = new LinkIndex(BEFORE, AFTER, MAX_LINKS);
        scenario.arrivals().stream().map(Revision::key).distinct().forEach(key -> {
            var state = index.state(key);
            if (state != null) {
                restored.restore(key, state);
            }
        });
        restored.rescoreAfterRestore(Long.MIN_VALUE);
        return restored;
    }

    /** Every note of the final revisions scored against every event of the other sources in its window. */
    private static Map<String, List<ReactionLink>> model(List<LinkSource> sources) {
        Map<String, List<ReactionLink>> out = new TreeMap<>();
        for (LinkSource noteSource : sources) {
            for (LinkNote n : noteSource.getNotes()) {
                List<ReactionLink> candidates = new ArrayList<>();
                for (LinkSource eventSource : sources) {
                    long lag = noteSource.getEventTime().toEpochMilli()
                            - eventSource.getEventTime().toEpochMilli();
                    for (LinkEvent e : eventSource.getEvents()) {
                        if (e.getLinkKey().equals(n.getLinkKey())
                                && lag >= -BEFORE.toMillis()
                                && lag <= AFTER.toMillis()) {
                            candidates.add(ReactionLinkScorer.link(n.getLinkKey(), e, eventSource, n, noteSource));
                        }
                    }
                }
                List<ReactionLink> best = candidates.stream()
                        .filter(Objects::nonNull)
                        .sorted(BestLinks.BEST_FIRST)
                        .limit(MAX_LINKS)
                        .toList();
                if (!best.isEmpty()) {
                    out.put(n.getId(), best);
                }
            }
        }
        return out;
    }

    /** The revisions in arrival order, and the seed that decides when to emit and restart. */
    record Scenario(List<Revision> arrivals, long seed) {
        List<LinkSource> finalRevisions() {
            Map<String, LinkSource> last = new LinkedHashMap<>();
            arrivals.forEach(r -> last.put(r.key(), r.source()));
            return List.copyOf(last.values());
        }

        @Override
        public String toString() {
            return arrivals.size() + " arrivals, seed " + seed;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.integers().between(2, 30), Arbitraries.longs(), Arbitraries.longs())
                .as((count, dataSeed, orderSeed) -> {
                    Random data = new Random(dataSeed);
                    Map<String, List<LinkSource>> revisions = new HashMap<>();
                    for (int i = 0; i < count; i++) {
                        boolean feed = data.nextInt(3) == 0;
                        String id = (feed ? "feed-" : "a-") + i;
                        // Sources over two days, often within minutes of each other.
                        Instant t = T0.plus(Duration.ofMinutes(10L * data.nextInt(288)));
                        int versions = data.nextInt(4) == 0 ? 2 : 1;
                        List<LinkSource> list = new ArrayList<>();
                        for (int v = 0; v < versions; v++) {
                            list.add(source(id, feed, t, data));
                        }
                        revisions.put(id, list);
                    }
                    return new Scenario(interleave(revisions, new Random(orderSeed)), orderSeed);
                });
    }

    private static LinkSource source(String id, boolean feed, Instant t, Random data) {
        List<LinkEvent> events = new ArrayList<>();
        List<LinkNote> notes = new ArrayList<>();
        String kind = feed ? LinkSources.SOURCE_NOTE_FEED : LinkSources.SOURCE_ARTICLE;
        if (!feed) {
            for (int e = data.nextInt(3); e > 0; e--) {
                events.add(Reactions.event(
                        id, "e" + e, KEYS.get(data.nextInt(KEYS.size())), CONFIDENCES[data.nextInt(4)]));
            }
        }
        for (int n = data.nextInt(3); n > 0; n--) {
            notes.add(Reactions.note(id, "n" + n, KEYS.get(data.nextInt(KEYS.size())), CONFIDENCES[data.nextInt(4)]));
        }
        return Reactions.source(id, kind, t, events, notes);
    }

    /** A random order in which each source's revisions keep their own order. */
    private static List<Revision> interleave(Map<String, List<LinkSource>> revisions, Random order) {
        List<String> slots = new ArrayList<>();
        revisions.forEach((id, list) -> list.forEach(s -> slots.add(id)));
        slots.sort(Comparator.naturalOrder());
        java.util.Collections.shuffle(slots, order);
        Map<String, Integer> next = new HashMap<>();
        List<Revision> out = new ArrayList<>();
        for (String id : slots) {
            int v = next.merge(id, 1, Integer::sum) - 1;
            LinkSource s = revisions.get(id).get(v);
            out.add(new Revision(LinkSources.storeKey(s), s));
        }
        return out;
    }
}
