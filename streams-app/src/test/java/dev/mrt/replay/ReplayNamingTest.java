package dev.mrt.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.testing.TestConfigs;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Replay ids, the names of a replay's topics, and the configuration derived for it. */
class ReplayNamingTest {
    private final ReplayId id = new ReplayId("tax2");

    @Test
    void aReplayTopicReplacesTheVersionSuffixOrAppendsToANameWithout() {
        assertThat(ReplayTopicNames.of("reactions.enriched.v1", id)).isEqualTo("reactions.enriched.replay-tax2");
        assertThat(ReplayTopicNames.of("news.political-events.v12", id)).isEqualTo("news.political-events.replay-tax2");
        assertThat(ReplayTopicNames.of("my-dlq", id)).isEqualTo("my-dlq.replay-tax2");
        assertThat(ReplayTopicNames.of("reactions.v1.enriched", id)).isEqualTo("reactions.v1.enriched.replay-tax2");
    }

    @Test
    void replayIdsAreCheckedAndDerivedFromTheStartTime() {
        assertThat(ReplayId.derivedAt(Instant.parse("2024-05-01T10:15:00Z")).value())
                .isEqualTo("20240501-101500");
        assertThat(id.applicationId("market-reaction-tagger")).isEqualTo("market-reaction-tagger-replay-tax2");
        assertThatThrownBy(() -> new ReplayId("with space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("with space");
        assertThatThrownBy(() -> new ReplayId("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReplayConfigurationRedirectsEveryOutputAndKeepsTheInputs() {
        AppConfig live = TestConfigs.local();

        AppConfig replay = ReplayConfiguration.derive(live, id, null);

        assertThat(replay.string(Setting.APPLICATION_ID))
                .isEqualTo(live.string(Setting.APPLICATION_ID) + "-replay-tax2");
        assertThat(replay.string(Setting.TOPIC_ARTICLES)).isEqualTo(live.string(Setting.TOPIC_ARTICLES));
        assertThat(replay.string(Setting.TOPIC_MARKET_NOTES)).isEqualTo(live.string(Setting.TOPIC_MARKET_NOTES));
        for (Setting output : ReplayConfiguration.OUTPUTS) {
            assertThat(replay.string(output)).isNotEqualTo(live.string(output)).endsWith(".replay-tax2");
        }
        assertThat(replay.string(Setting.TOPIC_ENRICHED)).isEqualTo("reactions.enriched.replay-tax2");
        assertThat(replay.origin(Setting.TOPIC_DLQ.key()).describe()).isEqualTo("replay tax2");
    }

    @Test
    void aReplayLinksWithinTheSameHorizonAsTheLiveRun() {
        AppConfig live = TestConfigs.local();
        assertThat(ReplayConfiguration.derive(live, id, null).duration(Setting.LINK_HORIZON))
                .isEqualTo(live.duration(Setting.LINK_HORIZON));
    }

    @Test
    void anOutputTopicMayBeChosenButNeverALiveOne() {
        AppConfig live = TestConfigs.local();

        assertThat(ReplayConfiguration.derive(live, id, "backfill.enriched").string(Setting.TOPIC_ENRICHED))
                .isEqualTo("backfill.enriched");
        assertThatThrownBy(() -> ReplayConfiguration.derive(live, id, live.string(Setting.TOPIC_ENRICHED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("live topic");
        assertThatThrownBy(() -> ReplayConfiguration.derive(live, id, live.string(Setting.TOPIC_ARTICLES)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
