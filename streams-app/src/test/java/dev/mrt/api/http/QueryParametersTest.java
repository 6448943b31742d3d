package dev.mrt.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    private static final Set<String> PAGED = QueryParameters.paged("type");

    private static QueryParameters of(Map<String, List<String>> q) {
        return QueryParameters.of(q, PAGED);
    }

    @Test
    void readsInstantsOffsetsAndWholeDays() {
        assertThat(of(Map.of("from", List.of("2021-09-10T12:25:00Z")))
                        .timeRange()
                        .from())
                .isEqualTo(Instant.parse("2021-09-10T12:25:00Z").toEpochMilli());
        assertThat(of(Map.of("from", List.of("2021-09-10T08:25:00-04:00")))
                        .timeRange()
                        .from())
                .isEqualTo(Instant.parse("2021-09-10T12:25:00Z").toEpochMilli());
        TimeRange day = of(Map.of("from", List.of("2021-09-10"), "to", List.of("2021-09-10")))
                .timeRange();
        assertThat(day.from()).isEqualTo(Instant.parse("2021-09-10T00:00:00Z").toEpochMilli());
        assertThat(day.to()).isEqualTo(Instant.parse("2021-09-10T23:59:59.999Z").toEpochMilli());
        assertThat(of(Map.of()).timeRange()).isEqualTo(TimeRange.all());
    }

    @Test
    void rejectsWhatItCannotReadNamingTheParameter() {
        assertThatThrownBy(() -> of(Map.of("to", List.of("10/09/2021"))).timeRange())
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.parameter()).isEqualTo("to");
                    assertThat(e.getMessage()).contains("10/09/2021", "ISO-8601");
                });
        assertThatThrownBy(() -> of(Map.of("limit", List.of("501"))).limit())
                .isInstanceOfSatisfying(
                        ApiError.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
        assertThatThrownBy(() -> of(Map.of("limt", List.of("5"))))
                .isInstanceOfSatisfying(
                        ApiError.class, e -> assertThat(e.getMessage()).contains("unknown parameter", "limit"));
        assertThatThrownBy(() -> of(Map.of("type", List.of("a", "b"))))
                .isInstanceOfSatisfying(
                        ApiError.class, e -> assertThat(e.getMessage()).contains("2 times"));
        assertThatThrownBy(() -> of(Map.of("cursor", List.of("%%%"))).cursor())
                .isInstanceOfSatisfying(
                        ApiError.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }

    @Test
    void aCursorRoundTripsAndAdmitsOnlyWhatSortsAfterIt() {
        Cursor c = new Cursor(1_000, "b");
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        assertThat(c.admits(999, "a")).isTrue();
        assertThat(c.admits(1_000, "c")).isTrue();
        assertThat(c.admits(1_000, "b")).isFalse();
        assertThat(c.admits(1_000, "a")).isFalse();
        assertThat(c.admits(1_001, "z")).isFalse();
    }
}
