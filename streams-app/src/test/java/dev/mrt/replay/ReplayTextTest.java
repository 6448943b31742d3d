package dev.mrt.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.topology.EventTimeWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** What a replay prints: the plan (dry run) and its progress per partition. */
class ReplayTextTest {
    private static final TopicPartition A0 = new TopicPartition("news.articles.v1", 0);
    private static final TopicPartition A1 = new TopicPartition("news.articles.v1", 1);
    private final ReplayId id = new ReplayId("tax2");

    @Test
    void theProgressHasASummaryAndALinePerPartition() {
        CatchUpStatus status = new CatchUpStatus(
                List.of(
                        new PartitionProgress(A0, 0, 250, 1000, false),
                        new PartitionProgress(A1, 500, 999, 1000, true)),
                0,
                false);

        assertThat(ReplayProgressLines.format(id, status).lines())
                .containsExactly(
                        "replay tax2: 750 of 1500 input offsets processed (50%), 750 left",
                        "  news.articles.v1-0  offset 250 of 1000 ( 25%)",
                        "  news.articles.v1-1  offset 1000 of 1000 (100%) done");
        assertThat(ReplayProgressLines.format(
                        id, new CatchUpStatus(status.inputs().subList(1, 2), 12, false)))
                .startsWith("replay tax2: inputs done; 12 record(s) left on intermediate topics");
        assertThat(ReplayProgressLines.format(
                        id, new CatchUpStatus(status.inputs().subList(1, 2), 0, true)))
                .startsWith("replay tax2: caught up");
    }

    @Test
    void thePlanShowsTheGroupTheWindowTheTopicsAndEveryPartition() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("reactions.enriched.v1", "reactions.enriched.replay-tax2");
        outputs.put("reactions.dlq.v1", "reactions.dlq.replay-tax2");
        ReplayPlan plan = new ReplayPlan(
                id,
                "mrt-replay-tax2",
                new EventTimeWindow(Instant.parse("2021-09-01T00:00:00Z"), Instant.parse("2021-10-01T00:00:00Z")),
                List.of("news.articles.v1", "market.notes.v1"),
                outputs,
                "reactions.enriched.replay-tax2",
                0,
                List.of(new PartitionPlan(A0, 40, 100, false), new PartitionPlan(A1, 70, 90, true)));

        String text = ReplayPlanText.format(plan);

        assertThat(text)
                .contains(
                        "application id   mrt-replay-tax2 (resuming: the group has committed offsets",
                        "event time       [2021-09-01T00:00:00Z, 2021-10-01T00:00:00Z)",
                        "reactions.enriched.v1 -> reactions.enriched.replay-tax2");
        assertThat(text).containsPattern("news.articles.v1-0\\s+40\\s+100\\s+60\\s+reset");
        assertThat(text).containsPattern("news.articles.v1-1\\s+70\\s+90\\s+20\\s+committed offset");
        assertThat(text).containsPattern("total\\s+80");
        assertThat(text.indexOf("reactions.enriched.v1"))
                .as("outputs keep their order")
                .isLessThan(text.indexOf("reactions.dlq.v1"));
        assertThat(text).doesNotContain("warning");
    }
}
