package dev.mrt.topology;

import dev.mrt.avro.ReactionStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Reaction counts by statistics key (see {@link ReactionIncrements}): a window's totals, or a
 * change to them (counts may be negative: a retracted reaction). Confidences are summed in
 * thousandths, as integers, so totals are exact and do not depend on the order in which
 * reactions were added and retracted (a sum of doubles would). Mutable; not thread-safe.
 */
public final class StatsCells {
    private static final double MILLIS = 1000.0;

    private final TreeMap<String, long[]> cells = new TreeMap<>();

    public static StatsCells empty() {
        return new StatsCells();
    }

    /**
     * Adds ({@code sign} 1) or retracts ({@code sign} -1) one reaction of the given confidence
     * under {@code key}; a cell back to zero disappears. The confidence is rounded to thousandths
     * before the sign is applied, so a retraction undoes its addition exactly.
     */
    public StatsCells add(String key, int sign, double confidence) {
        return addMillis(key, sign, sign * Math.round(confidence * MILLIS));
    }

    private StatsCells addMillis(String key, long count, long confidenceMillis) {
        long[] c = cells.computeIfAbsent(key, k -> new long[2]);
        c[0] += count;
        c[1] += confidenceMillis;
        if (c[0] == 0 && c[1] == 0) {
            cells.remove(key);
        }
        return this;
    }

    /** Adds a statistics record's count and confidence sum under its key, times {@code sign} (1 or -1). */
    public StatsCells add(ReactionStats stats, int sign) {
        return addMillis(stats.getKey(), sign * stats.getCount(), sign * Math.round(stats.getConfidenceSum() * MILLIS));
    }

    /** Adds every cell of {@code other} times {@code sign} (1 or -1). */
    public StatsCells add(StatsCells other, int sign) {
        other.cells.forEach((k, c) -> addMillis(k, sign * c[0], sign * c[1]));
        return this;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public int size() {
        return cells.size();
    }

    public long count(String key) {
        long[] c = cells.get(key);
        return c == null ? 0 : c[0];
    }

    public double confidenceSum(String key) {
        long[] c = cells.get(key);
        return c == null ? 0 : c[1] / MILLIS;
    }

    public Iterable<String> keys() {
        return cells.keySet();
    }

    /** The cells as statistics records of one window, sorted by key. */
    public List<ReactionStats> toStats(long windowStart, long windowSizeMs) {
        List<ReactionStats> out = new ArrayList<>(cells.size());
        for (Map.Entry<String, long[]> e : cells.entrySet()) {
            out.add(ReactionIncrements.describe(e.getKey())
                    .setWindowSizeMs(windowSizeMs)
                    .setWindowStart(Instant.ofEpochMilli(windowStart))
                    .setWindowEnd(Instant.ofEpochMilli(windowStart + windowSizeMs))
                    .setCount(e.getValue()[0])
                    .setConfidenceSum(e.getValue()[1] / MILLIS)
                    .build());
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StatsCells other) || other.cells.size() != cells.size()) {
            return false;
        }
        for (Map.Entry<String, long[]> e : cells.entrySet()) {
            long[] c = other.cells.get(e.getKey());
            if (c == null || c[0] != e.getValue()[0] || c[1] != e.getValue()[1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, long[]> e : cells.entrySet()) {
            h += e.getKey().hashCode() ^ Long.hashCode(e.getValue()[0] * 31 + e.getValue()[1]);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        cells.forEach((k, c) -> b.append(b.length() > 1 ? ", " : "")
                .append(k)
                .append('=')
                .append(c[0])
                .append('/')
                .append(c[1] / MILLIS));
        return b.append('}').toString();
    }

    /**
     * A compact binary form for stores and internal topics (no schema registry round trip): the
     * statistics stores rewrite a window's cells at every change, so the encoding is kept small
     * and cheap.
     */
    public static Serde<StatsCells> serde() {
        return Serdes.serdeFrom((topic, v) -> v == null ? null : v.toBytes(), (topic, b) -> b == null ? null : of(b));
    }

    /**
     * The serde of a value made of a fixed-size head and statistics cells (the head's bytes, then
     * the cells' compact form).
     */
    static <T> Serde<T> serdeWithHead(
            int headSize,
            java.util.function.BiConsumer<T, ByteBuffer> writeHead,
            java.util.function.Function<T, StatsCells> cellsOf,
            java.util.function.BiFunction<ByteBuffer, StatsCells, T> read) {
        return Serdes.serdeFrom(
                (topic, v) -> {
                    if (v == null) {
                        return null;
                    }
                    byte[] cells = cellsOf.apply(v).toBytes();
                    ByteBuffer buf = ByteBuffer.allocate(headSize + cells.length);
                    writeHead.accept(v, buf);
                    return buf.put(cells).array();
                },
                (topic, b) -> {
                    if (b == null) {
                        return null;
                    }
                    ByteBuffer head = ByteBuffer.wrap(b, 0, Math.min(headSize, b.length));
                    StatsCells cells = b.length > headSize
                            ? of(java.util.Arrays.copyOfRange(b, headSize, b.length))
                            : StatsCells.empty();
                    return read.apply(head, cells);
                });
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + cells.size() * 48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(cells.size());
            for (Map.Entry<String, long[]> e : cells.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static StatsCells of(byte[] bytes) {
        StatsCells s = new StatsCells();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                s.cells.put(key, new long[] {in.readLong(), in.readLong()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a statistics cells record", e);
        }
        return s;
    }
}
