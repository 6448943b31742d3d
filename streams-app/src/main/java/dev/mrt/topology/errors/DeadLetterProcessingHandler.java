package dev.mrt.topology.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor rejects ({@link DeadLetterException}) or fails on goes to the
 * dead-letter topic with the original bytes of the input record; the app goes on.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private String dlqTopic;
    private DeadLetterCounter metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        DeadLetterTarget target = DeadLetterTarget.from(configs);
        dlqTopic = target.topic();
        metrics = target.metrics();
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception e) {
        DeadLetterReason reason = e instanceof DeadLetterException d ? d.reason() : DeadLetterReason.PROCESSING;
        if (e instanceof DeadLetterException) {
            LOG.info(
                    "Dead-lettering {}-{}@{} ({}): {}",
                    ctx.topic(),
                    ctx.partition(),
                    ctx.offset(),
                    reason.code(),
                    e.getMessage());
        } else {
            LOG.error(
                    "Processor {} failed on {}-{}@{}; dead-lettering the record",
                    ctx.processorNodeId(),
                    ctx.topic(),
                    ctx.partition(),
                    ctx.offset(),
                    e);
        }
        metrics.deadLettered(reason);
        return Response.resume(
                DeadLetterRecords.of(dlqTopic, ctx.sourceRawKey(), ctx.sourceRawValue(), ctx, e, reason));
    }
}
