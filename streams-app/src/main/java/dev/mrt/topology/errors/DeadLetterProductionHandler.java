package dev.mrt.topology.errors;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A result that cannot be serialized, or that the broker refuses for good (too large), goes
 * to the dead-letter topic with the input record's original bytes. Anything else fails the
 * task, so that exactly-once retries it rather than skipping output.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private String dlqTopic;
    private DeadLetterCounter metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        DeadLetterTarget target = DeadLetterTarget.from(configs);
        dlqTopic = target.topic();
        metrics = target.metrics();
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
        if (dlqTopic.equals(record.topic())) {
            // The dead letter itself cannot be written: trying again would loop on the same record.
            LOG.error(
                    "Cannot write a dead letter of {} bytes to {} ({}); the record from {}-{}@{} is dropped. Raise "
                            + "kafka.producer.max.request.size and the topic's max.message.bytes to keep such records.",
                    record.value() == null ? 0 : record.value().length,
                    dlqTopic,
                    e.getMessage(),
                    ctx.topic(),
                    ctx.partition(),
                    ctx.offset());
            metrics.deadLettered(DeadLetterReason.UNWRITABLE_DEAD_LETTER);
            return Response.resume();
        }
        if (e instanceof RecordTooLargeException) {
            return deadLetter(ctx, e, "result for " + record.topic() + " too large");
        }
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(
            ErrorHandlerContext ctx, ProducerRecord record, Exception e, SerializationExceptionOrigin origin) {
        return deadLetter(ctx, e, "cannot serialize the " + origin.name().toLowerCase() + " for " + record.topic());
    }

    private Response deadLetter(ErrorHandlerContext ctx, Exception e, String what) {
        LOG.error("Dead-lettering {}-{}@{}: {}", ctx.topic(), ctx.partition(), ctx.offset(), what, e);
        metrics.deadLettered(DeadLetterReason.PRODUCTION);
        return Response.resume(DeadLetterRecords.of(
                dlqTopic, ctx.sourceRawKey(), ctx.sourceRawValue(), ctx, e, DeadLetterReason.PRODUCTION));
    }
}
