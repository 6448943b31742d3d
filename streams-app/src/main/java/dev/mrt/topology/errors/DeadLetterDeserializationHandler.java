package dev.mrt.topology.errors;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bytes that cannot be read go to the dead-letter topic as they came; the app goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private String dlqTopic;
    private DeadLetterCounter metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        DeadLetterTarget target = DeadLetterTarget.from(configs);
        dlqTopic = target.topic();
        metrics = target.metrics();
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception e) {
        LOG.warn(
                "Dead-lettering unreadable record {}-{}@{}: {}",
                ctx.topic(),
                ctx.partition(),
                ctx.offset(),
                e.getMessage());
        metrics.deadLettered(DeadLetterReason.DESERIALIZATION);
        return Response.resume(
                DeadLetterRecords.of(dlqTopic, record.key(), record.value(), ctx, e, DeadLetterReason.DESERIALIZATION));
    }
}
