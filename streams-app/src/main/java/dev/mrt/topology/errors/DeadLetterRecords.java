package dev.mrt.topology.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds dead-letter records: the original key and value bytes, Kafka Streams' own error
 * headers (KIP-1034 names, so standard tooling reads them), and our reason.
 */
public final class DeadLetterRecords {
    public static final String REASON_HEADER = "mrt.dlq.reason";
    public static final String EXCEPTION_HEADER = "__streams.errors.exception";
    public static final String MESSAGE_HEADER = "__streams.errors.message";
    public static final String STACKTRACE_HEADER = "__streams.errors.stacktrace";
    public static final String TOPIC_HEADER = "__streams.errors.topic";
    public static final String PARTITION_HEADER = "__streams.errors.partition";
    public static final String OFFSET_HEADER = "__streams.errors.offset";
    private static final int MAX_STACKTRACE_CHARS = 8_000;

    private DeadLetterRecords() {}

    public static List<ProducerRecord<byte[], byte[]>> of(
            String dlqTopic, byte[] key, byte[] value, ErrorHandlerContext ctx, Exception e, DeadLetterReason reason) {
        Headers h = new RecordHeaders();
        if (ctx.headers() != null) {
            ctx.headers().forEach(h::add);
        }
        put(h, REASON_HEADER, reason.code());
        put(h, EXCEPTION_HEADER, e.getClass().getName());
        put(h, MESSAGE_HEADER, String.valueOf(e.getMessage()));
        put(h, STACKTRACE_HEADER, stackTrace(e));
        put(h, TOPIC_HEADER, ctx.topic());
        put(h, PARTITION_HEADER, String.valueOf(ctx.partition()));
        put(h, OFFSET_HEADER, String.valueOf(ctx.offset()));
        return List.of(new ProducerRecord<>(dlqTopic, null, null, key, value, h));
    }

    /** The reason a dead letter carries, or null when its header is missing or names no known reason. */
    public static DeadLetterReason reason(Headers headers) {
        return DeadLetterReason.ofCode(header(headers, REASON_HEADER)).orElse(null);
    }

    public static String header(Headers headers, String name) {
        var last = headers.lastHeader(name);
        return last == null ? null : new String(last.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers h, String name, String value) {
        h.remove(name);
        h.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stackTrace(Exception e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() <= MAX_STACKTRACE_CHARS ? s : s.substring(0, MAX_STACKTRACE_CHARS);
    }
}
