package dev.mrt.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class RetriedTransactionWriteFilterTest {
    private final RetriedTransactionWriteFilter filter = new RetriedTransactionWriteFilter();
    private final LoggerContext context = new LoggerContext();

    private FilterReply decide(String logger, Level level, String message) {
        LoggingEvent e = new LoggingEvent("test", context.getLogger(logger), level, message, null, null);
        return filter.decide(e);
    }

    @Test
    void dropsOnlyTheProducersRetriedWritesOfATransactionStartingEarly() {
        String retried = "[Producer clientId=app-StreamThread-1-producer, transactionalId=app-1] Got error produce"
                + " response with correlation id 73 on topic-partition app-store-changelog-2, retrying"
                + " (2147483646 attempts left). Error: ";
        assertThat(decide(RetriedTransactionWriteFilter.SENDER, Level.WARN, retried + "CONCURRENT_TRANSACTIONS"))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide(RetriedTransactionWriteFilter.SENDER, Level.WARN, retried + "OUT_OF_ORDER_SEQUENCE_NUMBER"))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide(RetriedTransactionWriteFilter.SENDER, Level.WARN, retried + "NOT_LEADER_OR_FOLLOWER"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(RetriedTransactionWriteFilter.SENDER, Level.ERROR, retried + "CONCURRENT_TRANSACTIONS"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("dev.mrt.Other", Level.WARN, retried + "CONCURRENT_TRANSACTIONS"))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
