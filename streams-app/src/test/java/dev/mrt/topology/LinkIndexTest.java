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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The link index without Kafka: what a note is linked to, and what changes are handed out. */
class LinkIndexTest {
    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");
    private static final String KEY = "CN-US";

    private final LinkIndex index = new LinkIndex(Duration.ofHours(1), Duration.ofHours(24), 2);
    private final Map<String, List<ReactionLink>> rows = new HashMap<>();

    private static LinkSource article(String id, Instant t, List<LinkEvent> events, List<LinkNote> notes) {
        return Reactions.source(id, LinkSources.SOURCE_ARTICLE, t, events, notes);
    }

    private static LinkSource eventsOf(String id, Instant t, double... confidences) {
        List<LinkEvent> events = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            events.add(Reactions.event(id, "e" + i, KEY, confidences[i]));
        }
        return article(id, t, events, List.of());
    }

    private static LinkSource feedNote(String id, Instant t) {
        return Reactions.source(
                id, LinkSources.SOURCE_NOTE_FEED, t, List.of(), List.of(Reactions.note(id, "n1", KEY, 0.8)));
    }

    private void put(LinkSource s) {
        index.put(LinkSources.storeKey(s), s);
    }

    private void emit() {
        index.emit((note, before, after) -> {
            assertThat(before).isEqualTo(rows.getOrDefault(note.noteId(), List.of()));
            if (after.isEmpty()) {
                rows.remove(note.noteId());
            } else {
                rows.put(note.noteId(), after);
            }
        });
    }

    private List<String> linkedEvents(String noteId) {
        return rows.getOrDefault(noteId, List.of()).stream()
                .map(ReactionLink::getEventId)
                .toList();
    }

    @Test
    void aNoteKeepsItsBestEventsWhicheverArrivesFirst() {
        put(feedNote("feed-1", T0));
        put(eventsOf("far", T0.minus(Duration.ofHours(20)), 0.9));
        put(eventsOf("near", T0.minus(Duration.ofMinutes(10)), 0.9));
        put(eventsOf("weak", T0.minus(Duration.ofMinutes(5)), 0.2));
        emit();
        // Two links at most: the near strong event, then the far one (lag-weighted) beats the weak near one.
        assertThat(linkedEvents("feed-1/n1")).containsExactly("near/e0", "far/e0");

        LinkIndex other = new LinkIndex(Duration.ofHours(1), Duration.ofHours(24), 2);
        List<LinkSource> reversed = List.of(
                eventsOf("weak", T0.minus(Duration.ofMinutes(5)), 0.2),
                eventsOf("near", T0.minus(Duration.ofMinutes(10)), 0.9),
                eventsOf("far", T0.minus(Duration.ofHours(20)), 0.9),
                feedNote("feed-1", T0));
        reversed.forEach(s -> other.put(LinkSources.storeKey(s), s));
        List<String> again = new ArrayList<>();
        other.emit((note, before, after) -> after.forEach(l -> again.add(l.getEventId())));
        assertThat(again).containsExactly("near/e0", "far/e0");
    }

    @Test
    void onlyEventsWhoseWindowHoldsTheNoteAndNotFromItsOwnArticle() {
        put(eventsOf("too-early", T0.minus(Duration.ofHours(24)).minusSeconds(1), 0.9));
        put(eventsOf("too-late", T0.plus(Duration.ofHours(1)).plusSeconds(1), 0.9));
        put(article(
                "own",
                T0,
                List.of(Reactions.event("own", "e0", KEY, 0.9)),
                List.of(Reactions.note("own", "n1", KEY, 0.8))));
        put(feedNote("feed-1", T0));
        emit();
        assertThat(linkedEvents("own/n1")).isEmpty();
        assertThat(linkedEvents("feed-1/n1")).containsExactly("own/e0");

        put(eventsOf("edge-before", T0.minus(Duration.ofHours(24)), 0.9));
        put(eventsOf("edge-after", T0.plus(Duration.ofHours(1)), 0.9));
        emit();
        assertThat(linkedEvents("own/n1")).containsExactlyInAnyOrder("edge-before/e0", "edge-after/e0");
    }

    @Test
    void aLaterCloserEventDisplacesOneAndTheChangeIsHandedOutOnce() {
        put(feedNote("feed-1", T0));
        put(eventsOf("a", T0.minus(Duration.ofMinutes(50)), 0.9));
        put(eventsOf("b", T0.minus(Duration.ofMinutes(40)), 0.9));
        emit();
        assertThat(linkedEvents("feed-1/n1")).containsExactly("b/e0", "a/e0");

        put(eventsOf("c", T0.plus(Duration.ofMinutes(5)), 0.9));
        put(eventsOf("d", T0.plus(Duration.ofMinutes(50)), 0.9));
        List<String> handed = new ArrayList<>();
        index.emit((note, before, after) -> handed.add(note.noteId()));
        assertThat(handed).containsExactly("feed-1/n1");
        assertThat(index.hasDirty()).isFalse();
    }

    @Test
    void aRevisionTakesOutTheEventsItNoLongerHasAndRetiresItsLostNotes() {
        put(feedNote("feed-1", T0));
        put(eventsOf("a", T0, 0.9, 0.8));
        emit();
        assertThat(linkedEvents("feed-1/n1")).containsExactly("a/e0", "a/e1");

        put(eventsOf("a", T0, 0.8));
        emit();
        assertThat(linkedEvents("feed-1/n1")).containsExactly("a/e0");

        put(Reactions.source("feed-1", LinkSources.SOURCE_NOTE_FEED, T0, List.of(), List.of()));
        emit();
        assertThat(rows).doesNotContainKey("feed-1/n1");
        assertThat(index.hasDirty()).isFalse();
    }

    @Test
    void anIdenticalRevisionChangesNothing() {
        LinkSource s = eventsOf("a", T0, 0.9);
        put(s);
        assertThat(index.put(LinkSources.storeKey(s), s).identical()).isTrue();
    }

    @Test
    void whatIsStoredRestoresTheSameLinksAndWhatIsStillToEmit() {
        put(feedNote("feed-1", T0));
        put(eventsOf("a", T0.minusSeconds(60), 0.9));
        emit();
        put(eventsOf("b", T0.minusSeconds(30), 0.9));

        LinkIndex restored = new LinkIndex(Duration.ofHours(1), Duration.ofHours(24), 2);
        for (String key : List.of("note_feed:feed-1@0", "article:a@0", "article:b@0")) {
            restored.restore(key, index.state(key));
        }
        assertThat(restored.hasDirty()).isFalse();
        restored.rescoreAfterRestore(T0.minus(Duration.ofDays(1)).toEpochMilli());
        assertThat(restored.hasDirty()).isTrue();
        List<List<String>> changes = new ArrayList<>();
        restored.emit((note, before, after) ->
                changes.add(after.stream().map(ReactionLink::getEventId).toList()));
        assertThat(changes).containsExactly(List.of("b/e0", "a/e0"));
    }

    @Test
    void evictsOnlySourcesOlderThanTheCutoffWithNothingLeftToEmit() {
        put(eventsOf("old", T0.minus(Duration.ofDays(30)), 0.9));
        put(eventsOf("new", T0, 0.9));
        assertThat(index.evictBefore(T0.minus(Duration.ofDays(1)).toEpochMilli()))
                .containsExactly("article:old@0");
        assertThat(index.size()).isEqualTo(1);
    }
}
