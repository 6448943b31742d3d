package dev.mrt.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the producer's warnings about writes it retries because a transaction started while the
 * previous one was completing, which brokers with transactions v2 (KIP-890, the default since
 * Kafka 4.0) answer with CONCURRENT_TRANSACTIONS, and the batches sent behind them with
 * OUT_OF_ORDER_SEQUENCE_NUMBER. The producer retries them and each record is written once; under
 * exactly-once this happens at start-up and under load, and says nothing an operator can act on.
 * A write that fails for good still fails the task (and is logged as such). The embedded broker
 * avoids the situation altogether (it runs transactions v1, see EmbeddedKafka); this is for
 * real clusters.
 */
public final class RetriedTransactionWriteFilter extends Filter<ILoggingEvent> {
    static final String SENDER = "org.apache.kafka.clients.producer.internals.Sender";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (event.getLevel() == Level.WARN && SENDER.equals(event.getLoggerName())) {
            String m = event.getFormattedMessage();
            if (m != null
                    && m.contains("retrying")
                    && (m.contains("Error: CONCURRENT_TRANSACTIONS")
                            || m.contains("Error: OUT_OF_ORDER_SEQUENCE_NUMBER"))) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
