package dev.mrt.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetPlannerTest {
    private static final TopicPartition A0 = new TopicPartition("news.articles.v1", 0);
    private static final TopicPartition A1 = new TopicPartition("news.articles.v1", 1);
    private static final TopicPartition N0 = new TopicPartition("market.notes.v1", 0);

    @Test
    void aNewGroupStartsWhereTheStartWasFoundAndEndsAtTheEndOffsets() {
        var plan = OffsetPlanner.plan(List.of(A0, A1), Map.of(), Map.of(A0, 40L, A1, 7L), Map.of(A0, 100L, A1, 50L));

        assertThat(plan).containsExactly(new PartitionPlan(A0, 40, 100, false), new PartitionPlan(A1, 7, 50, false));
        assertThat(plan).extracting(PartitionPlan::toProcess).containsExactly(60L, 43L);
    }

    @Test
    void aPartitionWithNoRecordAtOrAfterTheStartHasNothingToDo() {
        var plan = OffsetPlanner.plan(List.of(A0), Map.of(), Map.of(A0, -1L), Map.of(A0, 100L));

        assertThat(plan).containsExactly(new PartitionPlan(A0, 100, 100, false));
        assertThat(plan.get(0).toProcess()).isZero();
    }

    @Test
    void committedOffsetsWinOverTheStartSoARestartedReplayResumes() {
        var plan =
                OffsetPlanner.plan(List.of(A0, A1), Map.of(A0, 70L), Map.of(A0, 0L, A1, 0L), Map.of(A0, 100L, A1, 50L));

        assertThat(plan).containsExactly(new PartitionPlan(A0, 70, 100, true), new PartitionPlan(A1, 0, 50, false));
        ReplayPlan replay = new ReplayPlan(
                new ReplayId("r"),
                "app-replay-r",
                dev.mrt.topology.EventTimeWindow.ALL,
                List.of("news.articles.v1"),
                Map.of(),
                "reactions.enriched.replay-r",
                10,
                plan);
        assertThat(replay.resuming()).isTrue();
        assertThat(replay.offsetsToReset()).containsExactly(Map.entry(A1, 0L));
        assertThat(replay.targets()).containsEntry(A0, 100L).containsEntry(A1, 50L);
        assertThat(replay.toProcess()).isEqualTo(80);
        assertThat(replay.outputTaken())
                .as("records in the output of a resumed replay are its own")
                .isFalse();
        ReplayPlan fresh = new ReplayPlan(
                new ReplayId("r"),
                "app-replay-r",
                dev.mrt.topology.EventTimeWindow.ALL,
                List.of("news.articles.v1"),
                Map.of(),
                "reactions.enriched.replay-r",
                10,
                OffsetPlanner.plan(List.of(A0), Map.of(), Map.of(A0, 0L), Map.of(A0, 100L)));
        assertThat(fresh.outputTaken()).isTrue();
    }

    @Test
    void partitionsComeOutSortedByTopicThenPartition() {
        var plan = OffsetPlanner.plan(List.of(A1, N0, A0), Map.of(), Map.of(), Map.of(A0, 1L, A1, 2L, N0, 3L));

        assertThat(plan).extracting(PartitionPlan::partition).containsExactly(N0, A0, A1);
    }

    @Test
    void aPartitionWithoutAnEndOffsetIsAnError() {
        assertThatThrownBy(() -> OffsetPlanner.plan(List.of(A0), Map.of(), Map.of(A0, 0L), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(A0.toString());
    }

    @Test
    void progressOfAPartitionCountsFromItsStart() {
        assertThat(new PartitionProgress(A0, 40, 70, 100, false).fraction()).isEqualTo(0.5);
        assertThat(new PartitionProgress(A0, 40, 70, 100, false).remaining()).isEqualTo(30);
        assertThat(new PartitionProgress(A0, 40, 99, 100, true).remaining()).isZero();
        assertThat(new PartitionProgress(A0, 100, 100, 100, true).fraction()).isEqualTo(1.0);
    }
}
