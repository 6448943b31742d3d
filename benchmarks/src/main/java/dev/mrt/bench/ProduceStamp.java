package dev.mrt.bench;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The wall-clock time an article was produced, in a record header. Publication times are
 * historical (event time), so latency is measured from this stamp; the pipeline copies input
 * headers onto the enriched record. Microseconds since the epoch, 8 bytes big-endian.
 */
final class ProduceStamp {
    static final String HEADER = "bench.produced.at.us";

    private ProduceStamp() {}

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    static byte[] encode(long micros) {
        return ByteBuffer.allocate(Long.BYTES).putLong(micros).array();
    }

    /** The stamp, or -1 when the record has none. */
    static long read(Headers headers) {
        Header h = headers.lastHeader(HEADER);
        return h == null || h.value() == null || h.value().length != Long.BYTES
                ? -1
                : ByteBuffer.wrap(h.value()).getLong();
    }
}
