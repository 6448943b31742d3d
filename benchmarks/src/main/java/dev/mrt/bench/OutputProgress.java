package dev.mrt.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * How many output records had been read at which time: the timeline that separates start-up
 * from steady state.
 */
final class OutputProgress {
    /** One poll that returned records: the count so far and when it was read. */
    record Point(long nanos, long count) {}

    private final List<Point> points = new ArrayList<>();
    private long count;

    synchronized void accept(ConsumerRecords<byte[], byte[]> records) {
        count += records.count();
        points.add(new Point(System.nanoTime(), count));
    }

    synchronized long count() {
        return count;
    }

    /** The first point at which at least {@code n} records had been read, or null. */
    synchronized Point reached(long n) {
        for (Point p : points) {
            if (p.count() >= n) {
                return p;
            }
        }
        return null;
    }

    /** Records/s between the points where {@code fromShare} and {@code toShare} of {@code total} had been read. */
    double rateBetween(long total, double fromShare, double toShare) {
        Point a = reached((long) Math.ceil(total * fromShare));
        Point b = reached((long) Math.ceil(total * toShare));
        if (a == null || b == null || b.nanos() <= a.nanos()) {
            return Double.NaN;
        }
        return (b.count() - a.count()) * 1e9 / (b.nanos() - a.nanos());
    }
}
