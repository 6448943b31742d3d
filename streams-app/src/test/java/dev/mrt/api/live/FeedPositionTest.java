package dev.mrt.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedPositionTest {

    @Test
    void advancesPerFeedAndPartitionAndRoundTripsAsAnEventId() {
        FeedPosition p = FeedPosition.empty()
                .advance("article", 0, 11)
                .advance("article", 1, 3)
                .advance("link", 0, 0);
        assertThat(p.toString()).isEqualTo("article:0=12,1=4;link:0=1");
        FeedPosition back = FeedPosition.parse(p.toString());
        assertThat(back).isEqualTo(p);
        assertThat(back.nextOffset("article", 1)).isEqualTo(4);
        assertThat(back.nextOffset("link", 3)).isEqualTo(-1);
    }

    @Test
    void anIdItCannotReadMeansStartLive() {
        assertThat(FeedPosition.parse(null)).isNull();
        assertThat(FeedPosition.parse("")).isNull();
        assertThat(FeedPosition.parse("garbage")).isNull();
        assertThat(FeedPosition.parse("article:0=x")).isNull();
    }
}
